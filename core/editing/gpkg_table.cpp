#include "gpkg_table.h"

#include <QHash>
#include <cstring>

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

int columnIndex(const OGRFeatureDefn& definition, const char* name) {
    thread_local QHash<const char*, int> lastIndex;
    const auto found = lastIndex.constFind(name);
    if (found != lastIndex.cend() && found.value() >= 0 &&
        found.value() < definition.GetFieldCount() &&
        std::strcmp(definition.GetFieldDefn(found.value())->GetNameRef(), name) == 0)
        return found.value();
    const int index = definition.GetFieldIndex(name);
    lastIndex.insert(name, index);
    return index;
}

} // namespace agrimap
