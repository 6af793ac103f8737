#include "gdal_source.h"

#include "gdal_environment.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <memory>

namespace agrimap::detail {

namespace {

char** openOptionsFor(const QString& path) {
    char** options = nullptr;
    if (textEncodingOf(path).rawBytes)
        options = CSLSetNameValue(options, "ENCODING", ""); // raw bytes; decoded by AgriMap
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        options =
            CSLSetNameValue(options, "GEOM_POSSIBLE_NAMES", "WKT,geom,geometry,the_geom,hinh");
        options = CSLSetNameValue(options, "X_POSSIBLE_NAMES", "X,lon,lng,long,longitude,kinh_do");
        options = CSLSetNameValue(options, "Y_POSSIBLE_NAMES", "Y,lat,latitude,vi_do");
        options = CSLSetNameValue(options, "KEEP_GEOM_COLUMNS", "NO");
        options = CSLSetNameValue(options, "AUTODETECT_TYPE", "YES");
    }
    return options;
}

/// Datasets opened raw and recoded are different readers of one file.
QString threadDatasetKey(const QString& path) {
    return textEncodingOf(path).rawBytes ? path + QStringLiteral("\x1fraw") : path;
}

} // namespace

QString gdalLastError() {
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return message.isEmpty()
               ? QCoreApplication::translate("agrimap::DataSource", "no further detail from GDAL")
               : message;
}

Result<GDALDatasetUniquePtr> openDataset(const QString& path, unsigned extraFlags) {
    ensureGdalReady();
    const QFileInfo info(path);
    if (!info.exists())
        return Error{
            QCoreApplication::translate("agrimap::DataSource", "%1: the file does not exist.")
                .arg(path)};
    if (info.isFile() && !info.isReadable())
        return Error{QCoreApplication::translate("agrimap::DataSource",
                                                 "%1: the file cannot be read (permission denied).")
                         .arg(path)};
    if (info.isFile() && info.size() == 0)
        return Error{
            QCoreApplication::translate("agrimap::DataSource", "%1: the file is empty (0 bytes).")
                .arg(path)};

    CPLErrorReset();
    char** options = openOptionsFor(path);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_RASTER | GDAL_OF_READONLY | extraFlags,
        nullptr, options, nullptr));
    CSLDestroy(options);
    if (!dataset) {
        const QString detail = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
        if (detail.isEmpty() || detail.contains(QLatin1String("not recognized")))
            return Error{QCoreApplication::translate(
                             "agrimap::DataSource",
                             "%1: not a format AgriMap can read, or the file is damaged. "
                             "Supported are GeoPackage, Shapefile, MapInfo TAB, DGN v7, GeoJSON, "
                             "KML, CSV, SpatiaLite, FlatGeobuf and GDAL rasters.")
                             .arg(path)};
        return Error{QCoreApplication::translate("agrimap::DataSource", "%1: cannot be opened: %2")
                         .arg(path, detail)};
    }
    return dataset;
}

namespace {
struct ThreadDatasets {
    QHash<QString, std::shared_ptr<GDALDataset>> open;
};
ThreadDatasets& threadDatasets() {
    thread_local ThreadDatasets datasets;
    return datasets;
}
} // namespace

GDALDataset* threadDataset(const QString& path) {
    auto& open = threadDatasets().open;
    const QString key = threadDatasetKey(path);
    const auto found = open.constFind(key);
    if (found != open.constEnd())
        return found.value().get();
    Result<GDALDatasetUniquePtr> dataset = openDataset(path);
    if (!dataset)
        return nullptr;
    std::shared_ptr<GDALDataset> shared(dataset.value().release(),
                                        [](GDALDataset* d) { GDALClose(d); });
    open.insert(key, shared);
    return shared.get();
}

void closeThreadDataset(const QString& path) {
    threadDatasets().open.remove(path);
    threadDatasets().open.remove(path + QStringLiteral("\x1fraw"));
}

} // namespace agrimap::detail
