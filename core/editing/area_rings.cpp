#include "area_rings.h"

#include "wkb_geos.h"

namespace agrimap::area_geometry {

namespace {

std::vector<QPointF> pointsOf(const GEOSGeometry* ring) {
    std::vector<QPointF> points;
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(geosContext(), ring);
    unsigned int size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(geosContext(), sequence, &size))
        return points;
    points.reserve(size);
    for (unsigned int i = 0; i < size; ++i) {
        double x = 0;
        double y = 0;
        GEOSCoordSeq_getXY_r(geosContext(), sequence, i, &x, &y);
        points.emplace_back(x, y);
    }
    return points;
}

} // namespace

std::vector<std::vector<QPointF>> rings(const QByteArray& area) {
    std::vector<std::vector<QPointF>> all;
    const GeosGeometryPtr geometry = readWkb(area);
    if (!geometry)
        return all;
    const int parts = GEOSGetNumGeometries_r(geosContext(), geometry.get());
    for (int p = 0; p < parts; ++p) {
        const GEOSGeometry* polygon = GEOSGetGeometryN_r(geosContext(), geometry.get(), p);
        if (GEOSGeomTypeId_r(geosContext(), polygon) != GEOS_POLYGON)
            continue;
        all.push_back(pointsOf(GEOSGetExteriorRing_r(geosContext(), polygon)));
        const int holes = GEOSGetNumInteriorRings_r(geosContext(), polygon);
        for (int h = 0; h < holes; ++h)
            all.push_back(pointsOf(GEOSGetInteriorRingN_r(geosContext(), polygon, h)));
    }
    return all;
}

} // namespace agrimap::area_geometry
