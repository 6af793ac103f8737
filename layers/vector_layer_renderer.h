#pragma once

#include "layer_style.h"
#include "map_settings.h"
#include "spatial_index.h"
#include "vector_feature_data.h"

#include <QImage>
#include <QPainter>
#include <atomic>
#include <memory>

namespace agrimap {

/// Everything one frame of a vector layer needs, copied on the GUI thread (shared pointers
/// to immutable data) so that drawing can run on a worker thread.
struct VectorRenderInput {
    std::shared_ptr<const VectorFeatureData> data;
    std::shared_ptr<const FlatGeometries> geometries; ///< in the map CRS
    std::shared_ptr<const SpatialIndex> index;        ///< over `geometries`
    LayerStyle style;
    std::shared_ptr<const std::vector<uint8_t>> selected; ///< 1 per selected feature; may be null
    QString sourcePath;                                   ///< labels are read from here on demand
    QString sourceLayerName;
};

struct FeatureRecord;

/// The label of a cadastral parcel: parcel number, area and land-use code on three lines.
QString cadastralLabel(const FeatureRecord& record, const LayerStyle& style);

/// Draws a vector layer into a transparent image of the map's size. Features smaller than
/// a few pixels are drawn as their pixel footprint (level of detail), which is what makes a
/// province of parcels draw in a fraction of a second. Returns a null image when cancelled.
QImage renderVectorLayer(const VectorRenderInput& input, const MapSettings& settings,
                         const std::atomic_bool& cancel);

/// Draws the same frame onto any painter whose coordinates are the pixels of `settings`: a
/// print scales them onto paper and the layer stays vector. Styles, level of detail and
/// labels are those of the screen at the same scale; pen widths scale with the painter; the
/// selection is left out. Returns false when cancelled.
bool paintVectorLayer(QPainter& painter, const VectorRenderInput& input,
                      const MapSettings& settings, const std::atomic_bool& cancel);

} // namespace agrimap
