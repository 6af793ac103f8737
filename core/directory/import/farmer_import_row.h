#pragma once

#include "directory/farmer_record.h"
#include "error.h"
#include "farmer_import_mapping.h"
#include "legacy_encoding.h"

#include <optional>

namespace agrimap {

class ImportTable;

/// One row of an import file read into the directory's terms, before it is checked against
/// the directory: the farmer's fields the row gives (cells mapped and not empty), and the
/// parcel it links, if it names one.
struct FarmerImportRow {
    FarmerRecord farmer;
    quint32 given = 0;                  ///< bit (1 << ImportField) for each field the row gives
    std::optional<FarmerParcel> parcel; ///< farmerFid unset; commune empty when not given
    /// Cells put right on the way: a citizen ID or phone number that lost its leading 0 in a
    /// spreadsheet ("87185004321" → "087185004321").
    int repairedCells = 0;

    bool gives(ImportField field) const { return given & (1u << unsigned(field)); }
};

/// Reads row `row` of `table` through `mapping`, decoding its cells with `legacy`. Refused,
/// with a message naming the column and the value, when a cell cannot be understood: a
/// gender other than Nam/Nữ (male/female), a birth year or date that is none, a farmed area
/// that is not a number ≥ 0, a tenure other than owner/tenant/other, half a parcel key.
/// The farmer's own rules (farmerProblems) are the planner's to check.
Result<FarmerImportRow> readFarmerImportRow(const ImportTable& table, qsizetype row,
                                            const ImportMapping& mapping,
                                            std::optional<LegacyEncoding> legacy);

} // namespace agrimap
