#pragma once

#include <QPointer>
#include <cstdint>
#include <vector>

class QPainter;

namespace agrimap {

class MapSettings;
class VectorLayer;

/// Features of one layer pointed out on the map (a household's parcels), by feature index.
struct FeatureHighlight {
    QPointer<VectorLayer> layer;
    std::vector<uint32_t> features;
};

/// Draws the outlines of highlighted features over the map, from the layer's geometries in
/// the map CRS; a layer still loading (or gone) draws nothing.
void paintFeatureHighlights(QPainter& painter, const MapSettings& view,
                            const std::vector<FeatureHighlight>& highlights);

} // namespace agrimap
