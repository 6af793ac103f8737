#pragma once

// Private to agrimap_layers.
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <ogrsf_frmts.h>

namespace agrimap::detail {

/// One row of a columnar batch: the feature id, the geometry as WKB and one text field.
struct ArrowRow {
    int64_t fid = 0;
    const unsigned char* wkb = nullptr; ///< null when the feature has no geometry
    size_t wkbSize = 0;
    const char* text = nullptr; ///< not 0-terminated; null when unset
    size_t textSize = 0;
};

/// Reads `layer` through GDAL's columnar (Arrow) interface, which skips building an
/// OGRFeature per row: about twice as fast as GetNextFeature() on a GeoPackage. The layer's
/// ignored fields and filters apply; `textField` may be empty. Returns false when the driver
/// cannot stream (the caller falls back to features), or with `error` set on failure.
bool readArrowRows(OGRLayer& layer, const QString& textField, const std::atomic_bool& cancel,
                   const std::function<void(const ArrowRow&)>& visit, QString* error);

} // namespace agrimap::detail
