#pragma once

#include "error.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace agrimap {

enum class FarmerTableFormat { Xlsx, Csv };

/// The format a file name asks for by its suffix (.xlsx, .csv), if it is one of them.
std::optional<FarmerTableFormat> farmerTableFormatFor(const QString& path);

/// Writes households of the Farmer Directory to a spreadsheet for internal use: every column
/// of FarmerColumn under its heading in the user's language, then each household's parcels
/// and growing-area codes. XLSX through GDAL's XLSX driver (citizen IDs and phones stay text);
/// CSV through GDAL's CSV driver in UTF-8 with a byte-order mark and CRLF lines, which is what
/// Excel needs to read Vietnamese. The file holds personal data (Decree 13/2023/NĐ-CP): the
/// caller warns first. Reads the project through a read-only connection of its own, so it may
/// run on a worker thread while the project is open for editing. Written under a hidden name
/// and renamed when complete: a failed or cancelled export leaves no file.
class FarmerTableExport {
public:
    /// Return false to cancel.
    using Progress = std::function<bool(int percent)>;

    /// The farmers `fids` of the project at `projectPath`, in that order.
    FarmerTableExport(QString projectPath, std::vector<qint64> fids);

    /// Returns the number of households written.
    Result<qint64> writeTo(const QString& target, const Progress& progress = {}) const;
    /// Where the file is written until it is complete (same folder and suffix).
    static QString partialPathFor(const QString& target);

private:
    QString m_projectPath;
    std::vector<qint64> m_fids;
};

} // namespace agrimap
