#include "layer_factory.h"

#include "raster_layer.h"
#include "source_text_encoding.h"
#include "vector_layer.h"

#include <QCoreApplication>
#include <algorithm>

namespace agrimap {

namespace {
int drawingRank(const MapLayer& layer) {
    const auto* vector = qobject_cast<const VectorLayer*>(&layer);
    if (!vector)
        return 0;
    switch (vector->role()) {
    case LayerRole::LandUse:
        return 1;
    case LayerRole::Cadastral:
        return 2;
    case LayerRole::ProductionArea:
        return 3;
    case LayerRole::Other:
        break;
    }
    return vector->sourceInfo().geometryKind == GeometryKind::Polygon ? 4 : 5;
}
} // namespace

MapLayer* createLayer(const DataSourceInfo& source, const SourceLayerInfo& layer) {
    if (layer.isRaster)
        return new RasterLayer(source.path, layer);
    return new VectorLayer(source.path, layer);
}

Result<std::vector<MapLayer*>> openLayers(const QString& path, const QStringList& onlyLayers) {
    Result<DataSourceInfo> source = probeDataSource(path);
    if (!source)
        return source.error();
    std::vector<MapLayer*> layers;
    for (const SourceLayerInfo& layer : source->layers) {
        if (!onlyLayers.isEmpty() && !onlyLayers.contains(layer.name))
            continue;
        if (!layer.isRaster && layer.geometryKind == GeometryKind::None)
            continue; // attribute tables are not map layers
        layers.push_back(createLayer(source.value(), layer));
    }
    // A sensible stack for a new map: images at the bottom, then land use, parcels, growing
    // areas, and boundaries on top.
    std::stable_sort(layers.begin(), layers.end(), [](const MapLayer* a, const MapLayer* b) {
        return drawingRank(*a) < drawingRank(*b);
    });
    if (layers.empty()) {
        if (!onlyLayers.isEmpty())
            return Error{
                QCoreApplication::translate("agrimap::LayerFactory", "%1: no layer named %2.")
                    .arg(path, onlyLayers.join(QStringLiteral(", ")))};
        return Error{QCoreApplication::translate(
                         "agrimap::LayerFactory",
                         "%1: the file holds only attribute tables, nothing to draw on a map.")
                         .arg(path)};
    }
    return layers;
}

std::vector<MapLayer*> openProjectLayers(const ProjectDocument& document, QStringList* problems) {
    std::vector<MapLayer*> layers;
    for (const ProjectLayer& entry : document.layers) {
        // Before the file is first read: its text is read as the user chose.
        if (const std::optional<TextEncodingChoice> choice =
                textEncodingFromKey(entry.textEncoding);
            choice && !entry.textEncoding.isEmpty())
            setSourceTextEncoding(entry.source, *choice);
        Result<std::vector<MapLayer*>> opened = openLayers(
            entry.source, entry.layerName.isEmpty() ? QStringList() : QStringList{entry.layerName});
        if (!opened) {
            if (problems)
                problems->append(opened.errorMessage());
            continue;
        }
        for (MapLayer* layer : opened.value()) {
            if (!entry.title.isEmpty())
                layer->setTitle(entry.title);
            layer->setVisible(entry.visible);
            layer->setOpacity(entry.opacity);
            if (!entry.assignedCrs.isEmpty())
                layer->assignCrs(Crs::fromUserInput(entry.assignedCrs));
            if (auto* vector = qobject_cast<VectorLayer*>(layer);
                vector && !entry.roleKey.isEmpty())
                vector->setRole(layerRoleFromKey(entry.roleKey));
            layers.push_back(layer);
        }
    }
    return layers;
}

ProjectLayer describeForProject(const MapLayer& layer) {
    ProjectLayer entry;
    entry.source = layer.sourcePath();
    entry.layerName = layer.sourceLayerName();
    entry.title = layer.title();
    entry.visible = layer.isVisible();
    entry.opacity = layer.opacity();
    if (layer.crsAssigned())
        entry.assignedCrs = layer.crs().definition();
    if (const auto* vector = qobject_cast<const VectorLayer*>(&layer)) {
        entry.roleKey = layerRoleKey(vector->role());
        if (vector->textEncoding() != TextEncodingChoice::Auto)
            entry.textEncoding = textEncodingKey(vector->textEncoding());
    }
    return entry;
}

} // namespace agrimap
