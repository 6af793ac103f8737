#pragma once

#include <cstdint>
#include <string>

namespace agrimap::samples {

/// Writes `count` benchmark parcels (layer cadastral_parcels, EPSG:5897 by default) with the
/// fields of the shared benchmark script: map_sheet, parcel_no, land_use, area_m2, commune.
void writeBenchmarkParcels(const std::string& path, uint64_t count, uint64_t seed, int epsg);

} // namespace agrimap::samples
