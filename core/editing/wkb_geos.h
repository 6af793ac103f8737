#pragma once

// Private to agrimap_core's area geometry code: growing-area boundaries travel as ISO WKB,
// GEOS works on its own objects; these convert between the two.

#include "error.h"
#include "geos_context.h"

#include <QByteArray>

namespace agrimap::area_geometry {

/// The geometry in `wkb`; null when it is empty or cannot be read.
GeosGeometryPtr readWkb(const QByteArray& wkb);
/// ISO WKB in two dimensions; empty for a null geometry.
QByteArray writeWkb(const GEOSGeometry* geometry);
/// The polygons of any geometry (make-valid and overlays may add lines or points), as one
/// MultiPolygon.
GeosGeometryPtr polygonalPart(GeosGeometryPtr geometry);

Error unreadableError();
Error geosFailedError();

} // namespace agrimap::area_geometry
