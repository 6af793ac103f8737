#include "project_file.h"

#include "gdal_environment.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::project_file {

namespace {

constexpr const char* layersTable = "agrimap_layers";
constexpr const char* settingsTable = "agrimap_settings";

QString gdalReason() {
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg());
    return message.isEmpty()
               ? QCoreApplication::translate("agrimap::project_file", "unknown reason")
               : message;
}

QString fieldText(const OGRFeature& feature, const char* name) {
    const int index = feature.GetFieldIndex(name);
    return index < 0 || !feature.IsFieldSetAndNotNull(index)
               ? QString()
               : fromSourceUtf8(feature.GetFieldAsString(index));
}

OGRLayer* ensureTable(GDALDataset& dataset, const char* name,
                      const std::vector<std::pair<const char*, OGRFieldType>>& fields) {
    if (OGRLayer* existing = dataset.GetLayerByName(name))
        return existing;
    char** options = nullptr;
    options = CSLSetNameValue(options, "DESCRIPTION", "AgriMap project settings");
    OGRLayer* layer = dataset.CreateLayer(name, nullptr, wkbNone, options);
    CSLDestroy(options);
    if (!layer)
        return nullptr;
    for (const auto& [fieldName, type] : fields) {
        OGRFieldDefn definition(fieldName, type);
        if (layer->CreateField(&definition) != OGRERR_NONE)
            return nullptr;
    }
    return layer;
}

// A layer kept inside the project itself (its growing areas) is stored by this name, so a
// copy of the project (Save As) points at its own layers, not at the original's.
const QString insideProject = QStringLiteral("@project");

QString storedPath(const QDir& projectDir, const QString& source) {
    if (source.startsWith(QLatin1Char('/')) || source.contains(QLatin1Char(':'))) {
        const QFileInfo info(source);
        if (info.exists())
            return projectDir.relativeFilePath(info.absoluteFilePath());
    }
    return source;
}

} // namespace

bool isProjectFile(const QString& path) {
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        return false;
    ensureGdalReady();
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    return dataset && dataset->GetLayerByName(layersTable) != nullptr;
}

Result<ProjectDocument> read(const QString& path) {
    ensureGdalReady();
    const char* const drivers[] = {"GPKG", nullptr};
    CPLErrorReset();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    if (!dataset)
        return Error{
            QCoreApplication::translate("agrimap::project_file", "Cannot open project %1: %2")
                .arg(path, gdalReason())};
    OGRLayer* layers = dataset->GetLayerByName(layersTable);
    if (!layers)
        return Error{QCoreApplication::translate(
                         "agrimap::project_file",
                         "%1 is a GeoPackage but not an AgriMap project (it has no %2 table). "
                         "Open it as a layer instead.")
                         .arg(path, QString::fromLatin1(layersTable))};

    const QDir projectDir = QFileInfo(path).absoluteDir();
    ProjectDocument document;
    if (OGRLayer* settings = dataset->GetLayerByName(settingsTable)) {
        for (const auto& feature : *settings) {
            const QString key = fieldText(*feature, "key");
            const QString value = fieldText(*feature, "value");
            if (key == QLatin1String("title"))
                document.title = value;
            else if (key == QLatin1String("map_crs"))
                document.mapCrs = value;
            else if (key == QLatin1String("view_extent")) {
                const QStringList parts = value.split(QLatin1Char(','));
                if (parts.size() == 4)
                    document.viewExtent = QRectF(QPointF(parts[0].toDouble(), parts[1].toDouble()),
                                                 QPointF(parts[2].toDouble(), parts[3].toDouble()));
            }
        }
    }

    std::vector<std::pair<int, ProjectLayer>> ordered;
    for (const auto& feature : *layers) {
        ProjectLayer layer;
        const QString source = fieldText(*feature, "source");
        layer.source = source == insideProject ? QFileInfo(path).absoluteFilePath()
                       : QDir::isAbsolutePath(source)
                           ? source
                           : QDir::cleanPath(projectDir.filePath(source));
        layer.layerName = fieldText(*feature, "layer_name");
        layer.title = fieldText(*feature, "title");
        layer.roleKey = fieldText(*feature, "role");
        layer.assignedCrs = fieldText(*feature, "assigned_crs");
        layer.textEncoding = fieldText(*feature, "text_encoding");
        layer.visible = feature->GetFieldAsInteger("visible") != 0;
        const int opacityIndex = feature->GetFieldIndex("opacity");
        layer.opacity = opacityIndex >= 0 && feature->IsFieldSetAndNotNull(opacityIndex)
                            ? feature->GetFieldAsDouble(opacityIndex)
                            : 1.0;
        ordered.emplace_back(feature->GetFieldAsInteger("position"), layer);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [position, layer] : ordered)
        document.layers.push_back(std::move(layer));
    return document;
}

Status write(const QString& path, const ProjectDocument& document) {
    ensureGdalReady();
    CPLErrorReset();
    const bool existed = QFileInfo::exists(path);
    GDALDatasetUniquePtr dataset;
    if (existed) {
        const char* const drivers[] = {"GPKG", nullptr};
        dataset.reset(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
    } else {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (driver)
            dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!dataset)
        return Error{
            QCoreApplication::translate("agrimap::project_file", "Cannot write project %1: %2")
                .arg(path, gdalReason())};

    OGRLayer* layers = ensureTable(*dataset, layersTable,
                                   {{"position", OFTInteger},
                                    {"source", OFTString},
                                    {"layer_name", OFTString},
                                    {"title", OFTString},
                                    {"role", OFTString},
                                    {"assigned_crs", OFTString},
                                    {"text_encoding", OFTString},
                                    {"visible", OFTInteger},
                                    {"opacity", OFTReal}});
    // Projects written before a layer could have its text encoding chosen gain the column.
    if (layers && layers->GetLayerDefn()->GetFieldIndex("text_encoding") < 0) {
        OGRFieldDefn textEncoding("text_encoding", OFTString);
        if (layers->CreateField(&textEncoding) != OGRERR_NONE)
            layers = nullptr;
    }
    OGRLayer* settings =
        ensureTable(*dataset, settingsTable, {{"key", OFTString}, {"value", OFTString}});
    if (!layers || !settings) {
        const QString reason = gdalReason();
        dataset.reset();
        if (!existed)
            QFile::remove(path);
        return Error{
            QCoreApplication::translate("agrimap::project_file", "Cannot write project %1: %2")
                .arg(path, reason)};
    }

    // One transaction: a failure (full disk, read-only file) leaves the previous list.
    if (dataset->StartTransaction() != OGRERR_NONE)
        return Error{
            QCoreApplication::translate("agrimap::project_file", "Cannot write project %1: %2")
                .arg(path, gdalReason())};
    bool ok = dataset->ExecuteSQL("DELETE FROM agrimap_layers", nullptr, nullptr) == nullptr &&
              CPLGetLastErrorType() < CE_Failure;
    // Only the keys written here: the editor keeps its own settings (edit.*) in this table.
    ok = ok &&
         dataset->ExecuteSQL("DELETE FROM agrimap_settings WHERE key IN ('format_version', "
                             "'title', 'map_crs', 'view_extent')",
                             nullptr, nullptr) == nullptr &&
         CPLGetLastErrorType() < CE_Failure;

    const QDir projectDir = QFileInfo(path).absoluteDir();
    int position = 0;
    for (const ProjectLayer& layer : document.layers) {
        if (!ok)
            break;
        OGRFeature feature(layers->GetLayerDefn());
        feature.SetField("position", position++);
        const bool inside =
            QFileInfo(layer.source).absoluteFilePath() == QFileInfo(path).absoluteFilePath();
        feature.SetField(
            "source",
            (inside ? insideProject : storedPath(projectDir, layer.source)).toUtf8().constData());
        feature.SetField("layer_name", layer.layerName.toUtf8().constData());
        feature.SetField("title", layer.title.toUtf8().constData());
        feature.SetField("role", layer.roleKey.toUtf8().constData());
        feature.SetField("assigned_crs", layer.assignedCrs.toUtf8().constData());
        feature.SetField("text_encoding", layer.textEncoding.toUtf8().constData());
        feature.SetField("visible", layer.visible ? 1 : 0);
        feature.SetField("opacity", layer.opacity);
        ok = layers->CreateFeature(&feature) == OGRERR_NONE;
    }
    const QRectF extent = document.viewExtent;
    const std::pair<QString, QString> values[] = {
        {QStringLiteral("format_version"), QStringLiteral("1")},
        {QStringLiteral("title"), document.title},
        {QStringLiteral("map_crs"), document.mapCrs},
        {QStringLiteral("view_extent"), extent.isNull() ? QString()
                                                        : QStringLiteral("%1,%2,%3,%4")
                                                              .arg(extent.left(), 0, 'f', 6)
                                                              .arg(extent.top(), 0, 'f', 6)
                                                              .arg(extent.right(), 0, 'f', 6)
                                                              .arg(extent.bottom(), 0, 'f', 6)},
    };
    for (const auto& [key, value] : values) {
        if (!ok)
            break;
        OGRFeature feature(settings->GetLayerDefn());
        feature.SetField("key", key.toUtf8().constData());
        feature.SetField("value", value.toUtf8().constData());
        ok = settings->CreateFeature(&feature) == OGRERR_NONE;
    }
    if (!ok) {
        const QString reason = gdalReason();
        dataset->RollbackTransaction();
        return Error{
            QCoreApplication::translate("agrimap::project_file", "Cannot write project %1: %2")
                .arg(path, reason)};
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        return Error{
            QCoreApplication::translate("agrimap::project_file", "Cannot write project %1: %2")
                .arg(path, gdalReason())};
    dataset.reset(); // closes and flushes; errors at close are reported below
    if (CPLGetLastErrorType() >= CE_Failure)
        return Error{
            QCoreApplication::translate("agrimap::project_file", "Cannot write project %1: %2")
                .arg(path, gdalReason())};
    return {};
}

} // namespace agrimap::project_file
