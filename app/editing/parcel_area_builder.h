#pragma once

#include "crs.h"
#include "editing/growing_area.h"
#include "error.h"

#include <vector>

namespace agrimap {

class VectorLayer;

/// Growing areas made of cadastral parcels (DOMAIN.md: an area is usually a union of the
/// parcels of several households).
namespace parcel_area_builder {

/// The union of the given parcels (feature indexes of a loaded cadastral layer) as a new
/// growing area in `target` CRS, with the parcels as its members and its commune filled in.
Result<GrowingArea> areaFromParcels(const VectorLayer& parcels,
                                    const std::vector<uint32_t>& features, const Crs& target);

/// The parcels named by typed "sheet/parcel" pairs, separated by commas, semicolons or
/// spaces ("12/305, 12/306"), optionally after a commune and a colon ("Mỹ Tân: 1/1, 1/2"):
/// sheet and parcel numbers repeat from one commune to the next. An unknown pair is an
/// error naming it.
Result<std::vector<uint32_t>> findParcels(const VectorLayer& parcels, const QString& typed);

} // namespace parcel_area_builder
} // namespace agrimap
