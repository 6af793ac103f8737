#pragma once

#include "error.h"
#include "layer_style.h"
#include "vector_feature_data.h"

#include <atomic>
#include <functional>
#include <memory>

namespace agrimap {

/// What to read from a vector layer into memory.
struct VectorLoadRequest {
    QString path;
    QString layerName;
    LayerStyle style;
    GeometryKind kind = GeometryKind::Polygon;
};

/// Reads a whole vector layer's geometries and styling fields through GDAL. Runs on a worker
/// thread (it opens its own dataset); `progress` gets 0–100; a set `cancel` stops it early.
Result<std::shared_ptr<const VectorFeatureData>>
loadVectorFeatures(const VectorLoadRequest& request, const std::atomic_bool& cancel,
                   const std::function<void(int)>& progress = {});

} // namespace agrimap
