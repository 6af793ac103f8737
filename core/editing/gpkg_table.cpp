#include "gpkg_table.h"

namespace agrimap {

OGRLayer* ensureTable(GDALDataset& dataset, const char* name, const FieldSpec* fields, size_t count,
                      const char* description, OGRwkbGeometryType geometryType,
                      const OGRSpatialReference* srs) {
    OGRLayer* layer = dataset.GetLayerByName(name);
    if (!layer) {
        char** options = CSLSetNameValue(nullptr, "DESCRIPTION", description);
        if (geometryType != wkbNone) {
            options = CSLSetNameValue(options, "GEOMETRY_NAME", "geom");
            options = CSLSetNameValue(options, "SPATIAL_INDEX", "YES");
        }
        layer =
            dataset.CreateLayer(name, const_cast<OGRSpatialReference*>(srs), geometryType, options);
        CSLDestroy(options);
        if (!layer)
            return nullptr;
    }
    // Older projects gain the fields they miss; existing fields are never touched.
    for (size_t i = 0; i < count; ++i) {
        if (layer->GetLayerDefn()->GetFieldIndex(fields[i].name) >= 0)
            continue;
        OGRFieldDefn definition(fields[i].name, fields[i].type);
        definition.SetSubType(fields[i].subType);
        if (layer->CreateField(&definition) != OGRERR_NONE)
            return nullptr;
    }
    return layer;
}

} // namespace agrimap
