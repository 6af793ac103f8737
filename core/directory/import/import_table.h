#pragma once

#include "error.h"
#include "legacy_encoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace agrimap {

/// The cells of a CSV file or of one sheet of an Excel workbook, as the file holds them and
/// before any decoding: a CSV's raw bytes (so TCVN3, VNI and Windows-1258 files reach
/// AgriMap's own decoders intact), a workbook's text as GDAL's XLSX driver reads it. Every
/// cell is read as text, so "087…" keeps its leading zero. Rows whose cells are all empty
/// are left out and counted.
class ImportTable {
public:
    /// Called with 0–100 as the file is read; cancelled when `cancel` is set.
    using Progress = std::function<void(int percent)>;

    /// Reads `path` (.csv, .tsv, .txt: CSV; .xlsx, .xlsm: Excel). `sheet` picks a sheet of a
    /// workbook; empty: the first sheet with rows.
    static Result<ImportTable> read(const QString& path, const QString& sheet = {},
                                    const std::atomic_bool* cancel = nullptr,
                                    const Progress& progress = {});

    QString path() const { return m_path; }
    /// The sheet read, and all sheets of the workbook (empty for a CSV file).
    QString sheet() const { return m_sheet; }
    QStringList sheets() const { return m_sheets; }
    bool isSpreadsheet() const { return !m_sheets.isEmpty(); }

    int columnCount() const { return int(m_headers.size()); }
    qsizetype rowCount() const { return qsizetype(m_rowNumbers.size()); }
    qsizetype emptyRowCount() const { return m_emptyRows; }
    QByteArrayView header(int column) const { return m_headers[size_t(column)]; }
    QByteArrayView cell(qsizetype row, int column) const;
    /// The row's number as a spreadsheet shows it: the header is row 1.
    int rowNumber(qsizetype row) const { return m_rowNumbers[size_t(row)]; }

    /// Headers decoded (with `legacy`, see decodeSourceText), trimmed.
    QStringList headers(std::optional<LegacyEncoding> legacy) const;
    /// A cell decoded and trimmed.
    QString text(qsizetype row, int column, std::optional<LegacyEncoding> legacy) const;

    /// The file's legacy encoding as detectSourceEncoding finds it in its headers and in cells
    /// taken from all through the file; nullopt for Unicode.
    std::optional<LegacyEncoding> detectEncoding() const;

private:
    QString m_path;
    QString m_sheet;
    QStringList m_sheets;
    std::vector<QByteArray> m_headers;
    QByteArray m_cells;                ///< every cell's bytes, one after another
    std::vector<qsizetype> m_cellEnds; ///< where each cell ends in m_cells, row by row
    std::vector<int> m_rowNumbers;
    qsizetype m_emptyRows = 0;
};

} // namespace agrimap
