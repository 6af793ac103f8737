#include "geometry_engine.h"

#include "geos_context.h"

#include <memory>
#include <vector>

namespace agrimap::geometry_engine {

namespace {

GEOSContextHandle_t geos() {
    return geosContext();
}
using GeometryPtr = GeosGeometryPtr;

GEOSCoordSequence* sequenceOf(const FlatGeometries& geometries, uint32_t part, bool closeRing) {
    const uint32_t first = geometries.firstPoint(part);
    const uint32_t end = geometries.endPoint(part);
    const uint32_t count = end - first;
    const double* xy = geometries.pointData(first);
    const bool needsClosing = closeRing && count > 0 &&
                              (xy[0] != xy[2 * (count - 1)] || xy[1] != xy[2 * (count - 1) + 1]);
    const uint32_t size = count + (needsClosing ? 1 : 0);
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(geos(), size, 2);
    for (uint32_t i = 0; i < count; ++i)
        GEOSCoordSeq_setXY_r(geos(), sequence, i, xy[2 * i], xy[2 * i + 1]);
    if (needsClosing)
        GEOSCoordSeq_setXY_r(geos(), sequence, count, xy[0], xy[1]);
    return sequence;
}

// Each ring becomes its own polygon; the feature is their symmetric union, which is what
// the odd-even fill draws. A collection of rings is enough for hit tests.
GeometryPtr toGeos(const FlatGeometries& geometries, size_t feature) {
    std::vector<GEOSGeometry*> parts;
    for (uint32_t part = geometries.firstPart(feature); part < geometries.endPart(feature);
         ++part) {
        const uint32_t count = geometries.endPoint(part) - geometries.firstPoint(part);
        if (count == 0)
            continue;
        GEOSGeometry* geometry = nullptr;
        switch (geometries.featureKind(feature)) {
        case GeometryKind::Polygon:
            if (count >= 3)
                geometry = GEOSGeom_createPolygon_r(
                    geos(), GEOSGeom_createLinearRing_r(geos(), sequenceOf(geometries, part, true)),
                    nullptr, 0);
            break;
        case GeometryKind::Line:
            if (count >= 2)
                geometry = GEOSGeom_createLineString_r(geos(), sequenceOf(geometries, part, false));
            break;
        case GeometryKind::Point:
            geometry = GEOSGeom_createPoint_r(geos(), sequenceOf(geometries, part, false));
            break;
        case GeometryKind::None:
            break;
        }
        if (geometry)
            parts.push_back(geometry);
    }
    if (parts.empty())
        return {};
    return GeometryPtr(GEOSGeom_createCollection_r(geos(), GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                   unsigned(parts.size())));
}

} // namespace

bool featureHitsPoint(const FlatGeometries& geometries, size_t feature, const QPointF& point,
                      double tolerance) {
    const GeometryPtr geometry = toGeos(geometries, feature);
    if (!geometry)
        return false;
    const GeometryPtr target(GEOSGeom_createPointFromXY_r(geos(), point.x(), point.y()));
    if (geometries.featureKind(feature) == GeometryKind::Polygon) {
        // Odd-even: inside an odd number of rings means inside the feature.
        int inside = 0;
        const int count = GEOSGetNumGeometries_r(geos(), geometry.get());
        for (int i = 0; i < count; ++i) {
            if (GEOSIntersects_r(geos(), GEOSGetGeometryN_r(geos(), geometry.get(), i),
                                 target.get()) == 1)
                ++inside;
        }
        if (inside % 2 == 1)
            return true;
    }
    double distance = 0;
    return GEOSDistance_r(geos(), geometry.get(), target.get(), &distance) == 1 &&
           distance <= tolerance;
}

bool featureIntersectsRect(const FlatGeometries& geometries, size_t feature, const Bounds& rect) {
    const GeometryPtr geometry = toGeos(geometries, feature);
    if (!geometry)
        return false;
    const GeometryPtr box(
        GEOSGeom_createRectangle_r(geos(), rect.minX, rect.minY, rect.maxX, rect.maxY));
    return GEOSIntersects_r(geos(), geometry.get(), box.get()) == 1;
}

double featureArea(const FlatGeometries& geometries, size_t feature) {
    if (geometries.featureKind(feature) != GeometryKind::Polygon)
        return 0;
    const GeometryPtr geometry = toGeos(geometries, feature);
    if (!geometry)
        return 0;
    // Rings are separate polygons here, so holes subtract by odd-even depth: the outer ring
    // of each polygon comes first in the data, its holes after it.
    double total = 0;
    const int count = GEOSGetNumGeometries_r(geos(), geometry.get());
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* ring = GEOSGetGeometryN_r(geos(), geometry.get(), i);
        double area = 0;
        GEOSArea_r(geos(), ring, &area);
        int depth = 0;
        for (int j = 0; j < count; ++j) {
            if (j != i &&
                GEOSContains_r(geos(), GEOSGetGeometryN_r(geos(), geometry.get(), j), ring) == 1)
                ++depth;
        }
        total += depth % 2 == 0 ? area : -area;
    }
    return total;
}

QPointF labelPoint(const FlatGeometries& geometries, size_t feature) {
    const GeometryPtr geometry = toGeos(geometries, feature);
    if (geometry) {
        const GeometryPtr point(GEOSPointOnSurface_r(geos(), geometry.get()));
        double x = 0, y = 0;
        if (point && GEOSGeomGetX_r(geos(), point.get(), &x) == 1 &&
            GEOSGeomGetY_r(geos(), point.get(), &y) == 1)
            return {x, y};
    }
    return geometries.bounds(feature).toRect().center();
}

QString geosVersion() {
    return QString::fromLatin1(GEOSversion());
}

} // namespace agrimap::geometry_engine
