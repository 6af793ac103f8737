#include "rejected_rows_file.h"

#include "import_table.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

QString rejectedRowsPath(const QString& sourcePath) {
    const QFileInfo source(sourcePath);
    return source.dir().filePath(source.completeBaseName() + QStringLiteral(".rejected.csv"));
}

Result<QString> writeRejectedRows(const ImportTable& table, std::optional<LegacyEncoding> legacy,
                                  const std::vector<RejectedImportRow>& rows) {
    const QString path = rejectedRowsPath(table.path());
    const auto failed = [&path]() {
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
        return Error{QCoreApplication::translate(
                         "agrimap::RejectedRowsFile",
                         "Cannot write the rejected rows to %1: %2. Nothing was imported; make "
                         "the folder writable, or close the file if it is open in Excel")
                         .arg(path, reason)};
    };
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return failed();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("CSV");
    CPLErrorReset();
    GDALDatasetUniquePtr dataset(
        driver ? driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
               : nullptr);
    if (!dataset)
        return failed();
    const char* const options[] = {"WRITE_BOM=YES", "LINEFORMAT=CRLF", nullptr};
    OGRLayer* layer = dataset->CreateLayer(QFileInfo(path).completeBaseName().toUtf8().constData(),
                                           nullptr, wkbNone, const_cast<char**>(options));
    if (!layer)
        return failed();
    // The source's columns; a rejects file imported again has its old number and reason
    // replaced by the new ones.
    const QStringList headers = table.headers(legacy);
    std::vector<int> kept;
    for (int column = 0; column < table.columnCount(); ++column) {
        if (headers[column] != QLatin1String(rejectedRowColumn) &&
            headers[column] != QLatin1String(rejectedReasonColumn))
            kept.push_back(column);
    }
    QStringList names;
    for (const int column : kept)
        names << headers[column];
    names << QLatin1String(rejectedRowColumn) << QLatin1String(rejectedReasonColumn);
    for (const QString& name : names) {
        OGRFieldDefn field(name.toUtf8().constData(), OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return failed();
    }
    const int count = int(kept.size());
    for (const RejectedImportRow& row : rows) {
        OGRFeature feature(layer->GetLayerDefn());
        for (int i = 0; i < count; ++i)
            feature.SetField(i, table.text(row.row, kept[size_t(i)], legacy).toUtf8().constData());
        feature.SetField(count, row.rowNumber);
        feature.SetField(count + 1, row.reason.toUtf8().constData());
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return failed();
    }
    CPLErrorReset();
    dataset.reset(); // closing writes the rest: a full disk shows here
    if (CPLGetLastErrorType() >= CE_Failure)
        return failed();
    return path;
}

} // namespace agrimap
