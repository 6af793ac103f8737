#include "wkb_geos.h"

#include <QCoreApplication>
#include <vector>

namespace agrimap::area_geometry {

GeosGeometryPtr readWkb(const QByteArray& wkb) {
    if (wkb.isEmpty())
        return nullptr;
    GEOSWKBReader* reader = GEOSWKBReader_create_r(geosContext());
    GEOSGeometry* geometry = GEOSWKBReader_read_r(
        geosContext(), reader, reinterpret_cast<const unsigned char*>(wkb.constData()),
        size_t(wkb.size()));
    GEOSWKBReader_destroy_r(geosContext(), reader);
    return GeosGeometryPtr(geometry);
}

QByteArray writeWkb(const GEOSGeometry* geometry) {
    if (!geometry)
        return {};
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(geosContext());
    GEOSWKBWriter_setOutputDimension_r(geosContext(), writer, 2);
    size_t size = 0;
    unsigned char* data = GEOSWKBWriter_write_r(geosContext(), writer, geometry, &size);
    GEOSWKBWriter_destroy_r(geosContext(), writer);
    QByteArray result(reinterpret_cast<const char*>(data), qsizetype(size));
    GEOSFree_r(geosContext(), data);
    return result;
}

GeosGeometryPtr polygonalPart(GeosGeometryPtr geometry) {
    if (!geometry)
        return nullptr;
    std::vector<GEOSGeometry*> polygons;
    const int count = GEOSGetNumGeometries_r(geosContext(), geometry.get());
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(geosContext(), geometry.get(), i);
        const int type = GEOSGeomTypeId_r(geosContext(), part);
        if (type == GEOS_POLYGON) {
            if (!GEOSisEmpty_r(geosContext(), part))
                polygons.push_back(GEOSGeom_clone_r(geosContext(), part));
        } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
            GeosGeometryPtr inner =
                polygonalPart(GeosGeometryPtr(GEOSGeom_clone_r(geosContext(), part)));
            for (int j = 0; inner && j < GEOSGetNumGeometries_r(geosContext(), inner.get()); ++j)
                polygons.push_back(GEOSGeom_clone_r(
                    geosContext(), GEOSGetGeometryN_r(geosContext(), inner.get(), j)));
        }
    }
    return GeosGeometryPtr(GEOSGeom_createCollection_r(geosContext(), GEOS_MULTIPOLYGON,
                                                       polygons.data(), unsigned(polygons.size())));
}

Error unreadableError() {
    return Error{
        QCoreApplication::translate("agrimap::area_geometry", "the boundary cannot be read")};
}

Error geosFailedError() {
    return Error{
        QCoreApplication::translate("agrimap::area_geometry", "the geometry operation failed")};
}

} // namespace agrimap::area_geometry
