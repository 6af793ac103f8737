#pragma once

#include "directory/import/farmer_import.h"
#include "directory/import/import_table.h"

#include <memory>
#include <optional>

namespace agrimap {

/// What the pages of the import wizard share: the file read, the encoding and mapping chosen,
/// and what the import did.
struct FarmerImportState {
    std::shared_ptr<const ImportTable> table;
    std::optional<LegacyEncoding> detected; ///< in the table; nullopt: Unicode
    TextEncodingChoice encoding = TextEncodingChoice::Auto;
    ImportMapping mapping;
    MappingOrigin origin = MappingOrigin::Guessed;
    std::optional<FarmerImportReport> report;

    ImportEncoding resolvedEncoding() const {
        if (encoding == TextEncodingChoice::Auto)
            return {detected, true};
        return {legacyEncodingOf(encoding), false};
    }
};

} // namespace agrimap
