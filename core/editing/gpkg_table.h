#pragma once

#include <cstddef>
#include <ogrsf_frmts.h>

// Private to agrimap_core: the project's tables are made through GDAL, as GeoPackage tables.

namespace agrimap {

/// One column of a project table.
struct FieldSpec {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subType = OFSTNone;
};

/// The table `name` of the project, created (registered in gpkg_contents with `description`)
/// when missing, and given the fields of `fields` it lacks. Null when GDAL refuses.
OGRLayer* ensureTable(GDALDataset& dataset, const char* name, const FieldSpec* fields, size_t count,
                      const char* description, OGRwkbGeometryType geometryType = wkbNone,
                      const OGRSpatialReference* srs = nullptr);

} // namespace agrimap
