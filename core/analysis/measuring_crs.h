#pragma once

#include "crs.h"

namespace agrimap {

/// The CRS in which areas of a layer are measured. A projected layer is measured in its own
/// CRS (VN-2000 cadastral maps already are). A geographic layer (degrees have no area) is
/// measured in the VN-2000 TM-3 zone whose central meridian is nearest to `centreLongitude`
/// (DOMAIN.md: 3° zones, scale 0.9999), or in its WGS 84 UTM zone outside Vietnam's meridians.
/// An invalid CRS (a file without one) stays invalid: coordinates are then taken as metres.
Crs measuringCrsFor(const Crs& layerCrs, double centreLongitude, double centreLatitude);

} // namespace agrimap
