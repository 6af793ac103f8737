#include "import_table.h"

#include "gdal_environment.h"
#include "legacy_source_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

QString gdalReason() {
    const QString reason = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return reason.isEmpty()
               ? QCoreApplication::translate("agrimap::ImportTable", "no further detail from GDAL")
               : reason;
}

bool isSpreadsheetPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

bool isCsvPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
           suffix == QLatin1String("txt");
}

GDALDatasetUniquePtr openTable(const QString& path) {
    const QByteArray file = path.toUtf8();
    if (isSpreadsheetPath(path)) {
        const char* const drivers[] = {"XLSX", nullptr};
        return GDALDatasetUniquePtr(GDALDataset::Open(
            file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    }
    // The CSV driver hands the bytes over as they are (no recoding) and reads every column as
    // text unless told to guess types; the separator (comma, semicolon, tab) it detects.
    const char* const drivers[] = {"CSV", nullptr};
    const char* const options[] = {"HEADERS=YES", "EMPTY_STRING_AS_NULL=NO", nullptr};
    const QByteArray name = QFileInfo(path).suffix().toLower() == QLatin1String("csv")
                                ? file
                                : QByteArray("CSV:") + file;
    return GDALDatasetUniquePtr(GDALDataset::Open(
        name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
}

} // namespace

Result<ImportTable> ImportTable::read(const QString& path, const QString& sheet,
                                      const std::atomic_bool* cancel, const Progress& progress) {
    ensureGdalReady();
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{
            QCoreApplication::translate("agrimap::ImportTable", "%1 does not exist").arg(path)};
    if (!isSpreadsheetPath(path) && !isCsvPath(path))
        return Error{QCoreApplication::translate(
                         "agrimap::ImportTable",
                         "%1: households are imported from CSV (.csv, .tsv, .txt) and Excel "
                         "(.xlsx) files; save the table in one of these formats")
                         .arg(path)};
    // For a workbook: the first row names the columns even when every row is text, and every
    // cell is read as text, so a citizen ID keeps its leading zero and a date its spelling.
    // The driver reads these when it loads a sheet, so they stay set while the rows are read.
    const CPLConfigOptionSetter headers("OGR_XLSX_HEADERS", "FORCE", true);
    const CPLConfigOptionSetter types("OGR_XLSX_FIELD_TYPES", "STRING", true);
    CPLErrorReset();
    GDALDatasetUniquePtr dataset = openTable(path);
    if (!dataset)
        return Error{QCoreApplication::translate("agrimap::ImportTable", "%1 cannot be read: %2")
                         .arg(path, gdalReason())};

    ImportTable table;
    table.m_path = path;
    OGRLayer* layer = nullptr;
    if (isSpreadsheetPath(path)) {
        for (int i = 0; i < dataset->GetLayerCount(); ++i)
            table.m_sheets << QString::fromUtf8(dataset->GetLayer(i)->GetName());
        if (!sheet.isEmpty()) {
            layer = dataset->GetLayerByName(sheet.toUtf8().constData());
            if (!layer)
                return Error{QCoreApplication::translate("agrimap::ImportTable",
                                                         "%1 has no sheet named \"%2\" (it has %3)")
                                 .arg(path, sheet, table.m_sheets.join(QStringLiteral(", ")))};
        } else {
            for (int i = 0; i < dataset->GetLayerCount() && !layer; ++i) {
                if (dataset->GetLayer(i)->GetLayerDefn()->GetFieldCount() > 0)
                    layer = dataset->GetLayer(i);
            }
        }
        if (layer)
            table.m_sheet = QString::fromUtf8(layer->GetName());
    } else {
        if (!sheet.isEmpty())
            return Error{QCoreApplication::translate("agrimap::ImportTable",
                                                     "%1 is a CSV file: it has no sheet \"%2\"")
                             .arg(path, sheet)};
        layer = dataset->GetLayer(0);
    }
    if (!layer || layer->GetLayerDefn()->GetFieldCount() == 0)
        return Error{
            QCoreApplication::translate("agrimap::ImportTable",
                                        "%1 holds no table: the first row should name the columns")
                .arg(path)};

    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    const int columns = definition->GetFieldCount();
    for (int i = 0; i < columns; ++i)
        table.m_headers.emplace_back(definition->GetFieldDefn(i)->GetNameRef());

    // The CSV driver has no row count without reading the file, so progress follows the
    // bytes read; the workbook's sheet is in memory once opened.
    const double fileBytes = double(std::max<qint64>(1, info.size()));
    const GIntBig sheetRows = table.isSpreadsheet() ? layer->GetFeatureCount(TRUE) : 0;
    table.m_cells.reserve(qsizetype(info.size()));
    qsizetype bytesRead = 0;
    int lastPercent = -1;
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature;
         feature.reset(layer->GetNextFeature())) {
        const qsizetype rowsSoFar = table.rowCount() + table.m_emptyRows;
        if ((rowsSoFar & 0x3FF) == 0) {
            if (cancel && cancel->load())
                return Error{QCoreApplication::translate("agrimap::ImportTable", "Cancelled")};
            const int percent = table.isSpreadsheet()
                                    ? int(100 * rowsSoFar / std::max<GIntBig>(1, sheetRows))
                                    : int(100 * double(bytesRead) / fileBytes);
            if (progress && percent != lastPercent)
                progress(lastPercent = std::min(percent, 100));
        }
        bool empty = true;
        const qsizetype rowStart = table.m_cells.size();
        for (int i = 0; i < columns; ++i) {
            if (feature->IsFieldSetAndNotNull(i)) {
                const char* value = feature->GetFieldAsString(i);
                const qsizetype length = qsizetype(strlen(value));
                table.m_cells.append(value, length);
                empty = empty && QByteArrayView(value, length).trimmed().isEmpty();
            }
            table.m_cellEnds.push_back(table.m_cells.size());
        }
        bytesRead += table.m_cells.size() - rowStart + columns;
        if (empty) {
            table.m_cells.truncate(rowStart);
            table.m_cellEnds.resize(table.m_cellEnds.size() - size_t(columns));
            ++table.m_emptyRows;
            continue;
        }
        // The XLSX driver numbers features by their row; the CSV driver from 1 after the header.
        const GIntBig fid = feature->GetFID();
        table.m_rowNumbers.push_back(int(table.isSpreadsheet() ? fid : fid + 1));
    }
    if (CPLGetLastErrorType() >= CE_Failure && table.rowCount() == 0)
        return Error{QCoreApplication::translate("agrimap::ImportTable", "%1 cannot be read: %2")
                         .arg(path, gdalReason())};
    if (progress)
        progress(100);
    return table;
}

QByteArrayView ImportTable::cell(qsizetype row, int column) const {
    const size_t index = size_t(row) * m_headers.size() + size_t(column);
    const qsizetype start = index == 0 ? 0 : m_cellEnds[index - 1];
    return QByteArrayView(m_cells.constData() + start, m_cellEnds[index] - start);
}

QStringList ImportTable::headers(std::optional<LegacyEncoding> legacy) const {
    QStringList decoded;
    for (const QByteArray& header : m_headers)
        decoded << decodeSourceText(header, legacy).trimmed();
    return decoded;
}

QString ImportTable::text(qsizetype row, int column, std::optional<LegacyEncoding> legacy) const {
    return decodeSourceText(cell(row, column), legacy).trimmed();
}

std::optional<LegacyEncoding> ImportTable::detectEncoding() const {
    // Up to a few thousand distinct values from all through the file: enough to tell the
    // encodings apart, quick on 200k rows.
    constexpr size_t wanted = 4000;
    std::vector<QByteArray> samples;
    QSet<QByteArray> seen;
    const auto take = [&](QByteArrayView value) {
        if (!isPlainAscii(value) && !seen.contains(value.toByteArray())) {
            seen.insert(value.toByteArray());
            samples.push_back(value.toByteArray());
        }
    };
    for (const QByteArray& header : m_headers)
        take(header);
    const qsizetype step = std::max<qsizetype>(1, rowCount() / 2000);
    for (qsizetype row = 0; row < rowCount() && samples.size() < wanted; row += step) {
        for (int column = 0; column < columnCount(); ++column)
            take(cell(row, column));
    }
    return detectSourceEncoding(samples);
}

} // namespace agrimap
