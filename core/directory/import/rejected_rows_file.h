#pragma once

#include "error.h"
#include "farmer_import_report.h"
#include "legacy_encoding.h"

#include <optional>
#include <vector>

namespace agrimap {

class ImportTable;

/// The file the rejected rows of an import go to, beside the source: "NAME.rejected.csv".
QString rejectedRowsPath(const QString& sourcePath);

/// The names of the two columns the rejects file adds after the source's own: the row number
/// in the source, and why it was rejected. The mapping of the source ignores them, so a
/// corrected rejects file imports with it.
inline constexpr const char* rejectedRowColumn = "import_row";
inline constexpr const char* rejectedReasonColumn = "import_rejected_because";

/// Writes the rejected rows to rejectedRowsPath(table.path()): the source's columns decoded
/// to Unicode (with `legacy`), then the row number and the reason; CSV in UTF-8 with a byte
/// order mark, so Excel shows the Vietnamese text as it should. Written through GDAL's CSV
/// driver; a file left by an earlier import is replaced. Returns the path.
Result<QString> writeRejectedRows(const ImportTable& table, std::optional<LegacyEncoding> legacy,
                                  const std::vector<RejectedImportRow>& rows);

} // namespace agrimap
