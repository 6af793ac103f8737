#pragma once

// Files an official would import into the Farmer Directory, written for tests: CSV files in
// UTF-8 or a legacy encoding (the bytes as the old software wrote them), and Excel
// workbooks written through GDAL's XLSX driver. Link GDAL::GDAL to use it.

#include "legacy_text_encoder.h"

#include <QByteArray>
#include <QFile>
#include <QStringList>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <optional>
#include <vector>

namespace agrimap::testing {

/// A CSV cell, quoted when it holds a separator, a quote or a line break.
inline QString csvCell(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Writes `rows` (the first holds the column names) as CSV: UTF-8 when `legacy` is nullopt,
/// else each line encoded as the legacy software did (encodeLegacyText).
inline void writeCsv(const QString& path, const std::vector<QStringList>& rows,
                     std::optional<LegacyEncoding> legacy = std::nullopt) {
    QByteArray bytes;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << csvCell(cell);
        const QString line = cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        bytes += legacy ? encodeLegacyText(line, *legacy) : line.toUtf8();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// Writes `rows` (the first holds the column names) as one sheet of an Excel workbook through
/// GDAL. Cells are text, except in `numericColumns`, typed as numbers (as a column of IDs is
/// when Excel drops their leading zeros).
inline void writeXlsx(const QString& path, const QString& sheet,
                      const std::vector<QStringList>& rows, const QList<int>& numericColumns = {}) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        qFatal("cannot create %s", qPrintable(path));
    OGRLayer* layer = dataset->CreateLayer(sheet.toUtf8().constData(), nullptr, wkbNone, nullptr);
    const QStringList& headers = rows.front();
    for (int i = 0; i < headers.size(); ++i) {
        OGRFieldDefn field(headers[i].toUtf8().constData(),
                           numericColumns.contains(i) ? OFTInteger64 : OFTString);
        layer->CreateField(&field);
    }
    for (size_t r = 1; r < rows.size(); ++r) {
        OGRFeature feature(layer->GetLayerDefn());
        for (int i = 0; i < headers.size() && i < rows[r].size(); ++i) {
            if (rows[r][i].isEmpty())
                continue;
            if (numericColumns.contains(i))
                feature.SetField(i, GIntBig(rows[r][i].toLongLong()));
            else
                feature.SetField(i, rows[r][i].toUtf8().constData());
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            qFatal("cannot write row %zu of %s", r, qPrintable(path));
    }
}

/// Text as a spreadsheet cell typed in a legacy font holds it: the characters that the legacy
/// bytes show as in Windows-1252 ("Nguyễn" in TCVN3 reads "NguyÔn").
inline QString asLegacyFontText(const QString& text, LegacyEncoding legacy) {
    return QString::fromLatin1(encodeLegacyText(text, legacy));
}

} // namespace agrimap::testing
