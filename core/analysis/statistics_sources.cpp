#include "statistics_sources.h"

#include "area_statistics.h"
#include "layer_role.h"
#include "project_file.h"

#include <QCoreApplication>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

bool isNamed(const StatisticsLayer& layer, const QString& name) {
    return layer.layerName.compare(name, Qt::CaseInsensitive) == 0 ||
           layer.title.compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace

StatisticsLayer describeStatisticsLayer(const QString& path, const QString& layerName,
                                        const QString& title, const QStringList& fields) {
    StatisticsLayer layer;
    layer.path = path;
    layer.layerName = layerName;
    layer.title = title.isEmpty() ? layerName : title;
    layer.fieldNames = fields;
    const RoleDetection detected = detectLayerRole(fields);
    layer.landUseCodeField = detected.fields.landUseCode;
    layer.communeField = detected.fields.commune;
    for (const char* crop : {"crop", "CayTrong", "LoaiCay"})
        layer.isGrowingAreas =
            layer.isGrowingAreas || fields.contains(QLatin1String(crop), Qt::CaseInsensitive);
    return layer;
}

Result<StatisticsLayer> describeStatisticsLayer(const QString& path, const QString& layerName,
                                                const QString& title) {
    Result<QStringList> fields = layerFieldNames(path, layerName);
    if (!fields)
        return Error{fields.error()};
    return describeStatisticsLayer(path, layerName, title, fields.value());
}

Result<std::vector<StatisticsLayer>> statisticsLayersOf(const QString& path) {
    std::vector<StatisticsLayer> layers;
    if (project_file::isProjectFile(path)) {
        Result<ProjectDocument> document = project_file::read(path);
        if (!document)
            return Error{document.error()};
        for (const ProjectLayer& listed : document->layers) {
            Result<QStringList> fields = layerFieldNames(listed.source, listed.layerName);
            if (!fields)
                continue; // a moved or raster file: the others still count
            StatisticsLayer layer = describeStatisticsLayer(listed.source, listed.layerName,
                                                            listed.title, fields.value());
            layer.assignedCrs = Crs::fromUserInput(listed.assignedCrs);
            layer.textEncoding =
                textEncodingFromKey(listed.textEncoding).value_or(TextEncodingChoice::Auto);
            layers.push_back(layer);
        }
        if (Result<QStringList> fields = layerFieldNames(path, QStringLiteral("production_areas")))
            layers.push_back(
                describeStatisticsLayer(path, QStringLiteral("production_areas"),
                                        QCoreApplication::translate("agrimap::StatisticsSources",
                                                                    "Growing areas (project)"),
                                        fields.value()));
        return layers;
    }
    Result<QStringList> first = layerFieldNames(path, {});
    if (!first)
        return Error{first.error()};
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    for (int i = 0; dataset && i < dataset->GetLayerCount(); ++i) {
        OGRLayer* layer = dataset->GetLayer(i);
        QStringList fields;
        OGRFeatureDefn& definition = *layer->GetLayerDefn();
        for (int field = 0; field < definition.GetFieldCount(); ++field)
            fields << QString::fromUtf8(definition.GetFieldDefn(field)->GetNameRef());
        layers.push_back(
            describeStatisticsLayer(path, QString::fromUtf8(layer->GetName()), {}, fields));
    }
    return layers;
}

const StatisticsLayer* chooseLandUseLayer(const std::vector<StatisticsLayer>& layers,
                                          const QString& name) {
    const StatisticsLayer* best = nullptr;
    for (const StatisticsLayer& layer : layers) {
        if (!name.isEmpty()) {
            if (isNamed(layer, name))
                return &layer;
            continue;
        }
        if (layer.landUseCodeField.isEmpty())
            continue;
        if (!layer.communeField.isEmpty())
            return &layer;
        if (!best)
            best = &layer;
    }
    return best;
}

const StatisticsLayer* chooseGrowingAreaLayer(const std::vector<StatisticsLayer>& layers,
                                              const QString& name) {
    for (const StatisticsLayer& layer : layers) {
        if (name.isEmpty() ? layer.isGrowingAreas : isNamed(layer, name))
            return &layer;
    }
    return nullptr;
}

} // namespace agrimap
