#pragma once

#include "error.h"

#include <QByteArray>
#include <QStringList>
#include <optional>
#include <vector>

namespace agrimap {

/// What a column of an import file holds: a field of FarmerRecord, a part of a parcel link
/// (the cadastral key, farmed area, tenure), or nothing AgriMap keeps.
enum class ImportField {
    Ignore,
    HouseholdId,
    FullName,
    Gender,
    BirthYear,
    Cccd,
    Phone,
    Commune,
    CommuneOld,
    Hamlet,
    Cooperative,
    MemberSince,
    MainCrops,
    Notes,
    ParcelCommune,
    ParcelSheet,
    ParcelNumber,
    FarmedArea,
    Tenure,
};

/// Every field a column can be mapped to, Ignore first, in the order a form lists them.
const std::vector<ImportField>& importFields();
/// The field's key in mapping files: the farmers column name (full_name, cccd …), or
/// parcel_commune, parcel_sheet, parcel_number, farmed_area_m2, tenure; empty for Ignore.
QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString& key);
/// A name for people ("Full name", "Citizen ID (CCCD)" …), translated.
QString importFieldName(ImportField field);

/// Which field each column of an import file goes to. Remembered per set of headers: the
/// project keeps the last mapping used for a header signature, a JSON file can carry one.
struct ImportMapping {
    QStringList headers;             ///< the file's column names, decoded
    std::vector<ImportField> fields; ///< one per header

    /// The column mapped to `field`, or -1.
    int columnOf(ImportField field) const;
    bool operator==(const ImportMapping&) const = default;
};

/// A mapping guessed from the column names, Vietnamese or English, with or without marks and
/// in any case ("Họ tên", "ho ten", "HỌ VÀ TÊN", "Full name"; "CCCD", "CMND/CCCD"; "SĐT").
/// A field goes to the first column that names it; the others are ignored.
ImportMapping guessImportMapping(const QStringList& headers);

/// Identifies a set of headers, in their order but regardless of marks, case and spacing:
/// files made from the same template share it. A hex SHA-1.
QString headerSignature(const QStringList& headers);

/// Refusals for a mapping about to be used: one column for a field at most, a full name
/// column, and the map sheet and parcel number together. One message naming every problem.
Status checkImportMapping(const ImportMapping& mapping);

/// The mapping as JSON: {"format": "agrimap-import-mapping", "version": 1, "columns":
/// [{"header": "Họ tên", "field": "full_name"}, …]} (ignored columns have "field": null).
QByteArray importMappingJson(const ImportMapping& mapping);
/// The mapping a JSON document gives for a file with `headers`: columns are matched by
/// header (exactly, then regardless of marks and case); a header the document does not name
/// is ignored. Refused when the document is not a mapping.
Result<ImportMapping> importMappingFromJson(const QByteArray& json, const QStringList& headers);

Result<ImportMapping> loadImportMapping(const QString& path, const QStringList& headers);
Status saveImportMapping(const ImportMapping& mapping, const QString& path);

} // namespace agrimap
