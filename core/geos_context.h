#pragma once

// Private to agrimap_core: GEOS's reentrant C API with one context per thread
// (ARCHITECTURE.md). Nothing outside core sees a GEOS handle.

#include <geos_c.h>
#include <memory>

namespace agrimap {

/// This thread's GEOS context, made on first use and finished with the thread.
GEOSContextHandle_t geosContext();

struct GeosGeometryDeleter {
    void operator()(GEOSGeometry* geometry) const { GEOSGeom_destroy_r(geosContext(), geometry); }
};
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

} // namespace agrimap
