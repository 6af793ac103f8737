#pragma once

#include <cstdint>
#include <string>

namespace agrimap::samples {

/// Writes the small sample district in the spirit of Cao Lãnh into `directory`:
/// cao-lanh-sample.gpkg (cadastral_parcels, land_use, communes in EPSG:9210,
/// production_areas, farmers), shapefile/cadastral_parcels.shp and geojson/*.geojson.
/// Every name and ID in it is invented.
void writeSampleDistrict(const std::string& directory, uint64_t seed);

} // namespace agrimap::samples
