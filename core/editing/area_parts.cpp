#include "area_parts.h"

#include "wkb_geos.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace agrimap::area_geometry {

namespace {

Ring ringPoints(const GEOSGeometry* ring) {
    Ring points;
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(geosContext(), ring);
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(geosContext(), sequence, &size) || size == 0)
        return points;
    // The last point of a GEOS ring closes it.
    for (unsigned i = 0; i + 1 < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(geosContext(), sequence, i, &x, &y);
        points.emplace_back(x, y);
    }
    return points;
}

GEOSGeometry* linearRing(const Ring& ring) {
    if (ring.size() < 3)
        return nullptr;
    const unsigned size = unsigned(ring.size() + 1);
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(geosContext(), size, 2);
    for (unsigned i = 0; i < ring.size(); ++i)
        GEOSCoordSeq_setXY_r(geosContext(), sequence, i, ring[i].x(), ring[i].y());
    GEOSCoordSeq_setXY_r(geosContext(), sequence, size - 1, ring.front().x(), ring.front().y());
    return GEOSGeom_createLinearRing_r(geosContext(), sequence);
}

} // namespace

Result<GeosGeometryPtr> readArea(const QByteArray& wkb) {
    GeosGeometryPtr geometry = readWkb(wkb);
    if (!geometry)
        return unreadableError();
    const int type = GEOSGeomTypeId_r(geosContext(), geometry.get());
    if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON)
        return Error{
            QCoreApplication::translate("agrimap::area_geometry", "the boundary is not a polygon")};
    if (GEOSisEmpty_r(geosContext(), geometry.get()) == 1)
        return Error{
            QCoreApplication::translate("agrimap::area_geometry", "the boundary is empty")};
    return geometry;
}

AreaParts partsOf(const GEOSGeometry* area) {
    AreaParts parts;
    const int count = GEOSGetNumGeometries_r(geosContext(), area);
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* polygon = GEOSGetGeometryN_r(geosContext(), area, i);
        if (GEOSisEmpty_r(geosContext(), polygon) == 1)
            continue;
        PolygonRings rings{ringPoints(GEOSGetExteriorRing_r(geosContext(), polygon))};
        const int holes = GEOSGetNumInteriorRings_r(geosContext(), polygon);
        for (int j = 0; j < holes; ++j)
            rings.push_back(ringPoints(GEOSGetInteriorRingN_r(geosContext(), polygon, j)));
        parts.push_back(std::move(rings));
    }
    return parts;
}

Result<AreaParts> readAreaParts(const QByteArray& wkb) {
    Result<GeosGeometryPtr> area = readArea(wkb);
    if (!area)
        return area.error();
    return partsOf(area->get());
}

GeosGeometryPtr polygonGeometry(const PolygonRings& polygon) {
    if (polygon.empty())
        return nullptr;
    std::vector<GEOSGeometry*> rings;
    for (const Ring& ring : polygon) {
        GEOSGeometry* made = linearRing(ring);
        if (!made) {
            for (GEOSGeometry* done : rings)
                GEOSGeom_destroy_r(geosContext(), done);
            return nullptr;
        }
        rings.push_back(made);
    }
    return GeosGeometryPtr(GEOSGeom_createPolygon_r(geosContext(), rings.front(), rings.data() + 1,
                                                    unsigned(rings.size() - 1)));
}

Result<QByteArray> multiPolygonWkb(const AreaParts& parts) {
    std::vector<GeosGeometryPtr> polygons;
    for (const PolygonRings& part : parts) {
        GeosGeometryPtr polygon = polygonGeometry(part);
        if (!polygon)
            return geosFailedError();
        polygons.push_back(std::move(polygon));
    }
    const GeosGeometryPtr area = multiPolygonOf(std::move(polygons));
    if (!area)
        return geosFailedError();
    return writeWkb(area.get());
}

GeosGeometryPtr multiPolygonOf(std::vector<GeosGeometryPtr> polygons) {
    std::vector<GEOSGeometry*> owned;
    for (GeosGeometryPtr& polygon : polygons)
        owned.push_back(polygon.release());
    return GeosGeometryPtr(GEOSGeom_createCollection_r(geosContext(), GEOS_MULTIPOLYGON,
                                                       owned.data(), unsigned(owned.size())));
}

GeosGeometryPtr lineGeometry(const std::vector<QPointF>& points) {
    if (points.size() < 2)
        return nullptr;
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(geosContext(), unsigned(points.size()), 2);
    for (unsigned i = 0; i < points.size(); ++i)
        GEOSCoordSeq_setXY_r(geosContext(), sequence, i, points[i].x(), points[i].y());
    return GeosGeometryPtr(GEOSGeom_createLineString_r(geosContext(), sequence));
}

GeosGeometryPtr pointGeometry(const QPointF& point) {
    return GeosGeometryPtr(GEOSGeom_createPointFromXY_r(geosContext(), point.x(), point.y()));
}

double distance(const QPointF& a, const QPointF& b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

double fractionAlongSegment(const QPointF& point, const QPointF& start, const QPointF& end) {
    const QPointF edge = end - start;
    const double squaredLength = QPointF::dotProduct(edge, edge);
    if (squaredLength == 0)
        return 0;
    return std::clamp(QPointF::dotProduct(point - start, edge) / squaredLength, 0.0, 1.0);
}

double signedArea(const Ring& ring) {
    // Shoelace formula, relative to the first vertex to keep large projected coordinates exact.
    double twice = 0;
    for (size_t i = 1; i + 1 < ring.size(); ++i) {
        const QPointF a = ring[i] - ring.front();
        const QPointF b = ring[i + 1] - ring.front();
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return twice / 2;
}

bool samePoint(const QPointF& a, const QPointF& b) {
    // QPointF's == is fuzzy; ring closure and duplicates are a matter of exact equality.
    return a.x() == b.x() && a.y() == b.y();
}

int distinctPointCount(const std::vector<QPointF>& points) {
    std::vector<std::pair<double, double>> keys;
    for (const QPointF& point : points)
        keys.emplace_back(point.x(), point.y());
    std::sort(keys.begin(), keys.end());
    return int(std::unique(keys.begin(), keys.end()) - keys.begin());
}

Ring openRing(const std::vector<QPointF>& points) {
    Ring ring = points;
    if (ring.size() > 1 && samePoint(ring.front(), ring.back()))
        ring.pop_back();
    return ring;
}

} // namespace agrimap::area_geometry
