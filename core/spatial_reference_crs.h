#pragma once

#include "crs.h"

class OGRSpatialReference;

namespace agrimap {

/// The Crs of a GDAL spatial reference, by its EPSG code when it has one or when GDAL finds a
/// sure match (files such as shapefiles carry WKT without a code), so that PROJ picks the EPSG
/// transformation (DOMAIN.md: no hand-written towgs84); otherwise by its WKT. Invalid for none.
Crs crsOfSpatialReference(const OGRSpatialReference* reference);

} // namespace agrimap
