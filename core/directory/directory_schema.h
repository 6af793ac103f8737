#pragma once

#include "error.h"

class GDALDataset;

namespace agrimap {

/// Table names of the Farmer Directory in the project GeoPackage (docs/farmer_directory.md).
namespace directory_table {
inline constexpr const char* farmers = "farmers";
inline constexpr const char* cooperatives = "cooperatives";
inline constexpr const char* farmerParcels = "farmer_parcels";
inline constexpr const char* farmerAreas = "farmer_areas";
/// (table_name, column_name, reason): the columns that hold personal data (Decree
/// 13/2023/NĐ-CP), read by the open-data export to leave them out.
inline constexpr const char* personalFields = "agrimap_personal_fields";
} // namespace directory_table

/// Creates what `dataset` lacks of the Farmer Directory: its attribute tables (through GDAL,
/// so they are registered GeoPackage tables), their indexes and the personal-data marks.
/// Runs inside ProjectStore's schema transaction when a project is opened for editing.
Status ensureDirectorySchema(GDALDataset& dataset);

} // namespace agrimap
