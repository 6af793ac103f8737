#include "area_geometry.h"

#include "wkb_geos.h"

#include <QCoreApplication>

namespace agrimap::area_geometry {

QString invalidityReason(const QByteArray& wkb) {
    const GeosGeometryPtr geometry = readWkb(wkb);
    if (!geometry)
        return QCoreApplication::translate("agrimap::area_geometry", "unreadable geometry");
    if (GEOSisValid_r(geosContext(), geometry.get()) == 1)
        return {};
    char* reason = GEOSisValidReason_r(geosContext(), geometry.get());
    const QString text = QString::fromUtf8(reason);
    GEOSFree_r(geosContext(), reason);
    return text;
}

bool isEmpty(const QByteArray& wkb) {
    const GeosGeometryPtr geometry = readWkb(wkb);
    return !geometry || GEOSisEmpty_r(geosContext(), geometry.get()) == 1;
}

double areaM2(const QByteArray& wkb) {
    const GeosGeometryPtr geometry = readWkb(wkb);
    double area = 0;
    if (!geometry || GEOSArea_r(geosContext(), geometry.get(), &area) != 1)
        return 0;
    return area;
}

QRectF bounds(const QByteArray& wkb) {
    const GeosGeometryPtr geometry = readWkb(wkb);
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    if (!geometry || GEOSisEmpty_r(geosContext(), geometry.get()) ||
        !GEOSGeom_getXMin_r(geosContext(), geometry.get(), &xmin) ||
        !GEOSGeom_getYMin_r(geosContext(), geometry.get(), &ymin) ||
        !GEOSGeom_getXMax_r(geosContext(), geometry.get(), &xmax) ||
        !GEOSGeom_getYMax_r(geosContext(), geometry.get(), &ymax))
        return {};
    return QRectF(QPointF(xmin, ymin), QPointF(xmax, ymax));
}

Result<QByteArray> fixed(const QByteArray& wkb) {
    GeosGeometryPtr geometry = readWkb(wkb);
    if (!geometry)
        return unreadableError();
    GeosGeometryPtr valid(GEOSMakeValid_r(geosContext(), geometry.get()));
    if (!valid)
        return geosFailedError();
    return writeWkb(polygonalPart(std::move(valid)).get());
}

Result<QByteArray> unionOf(const std::vector<QByteArray>& polygons) {
    std::vector<GEOSGeometry*> parts;
    for (const QByteArray& wkb : polygons) {
        GeosGeometryPtr part = readWkb(wkb);
        if (!part) {
            for (GEOSGeometry* done : parts)
                GEOSGeom_destroy_r(geosContext(), done);
            return unreadableError();
        }
        parts.push_back(part.release());
    }
    GeosGeometryPtr collection(GEOSGeom_createCollection_r(geosContext(), GEOS_GEOMETRYCOLLECTION,
                                                           parts.data(), unsigned(parts.size())));
    GeosGeometryPtr merged(GEOSUnaryUnion_r(geosContext(), collection.get()));
    if (!merged)
        return geosFailedError();
    return writeWkb(polygonalPart(std::move(merged)).get());
}

QByteArray intersection(const QByteArray& a, const QByteArray& b) {
    const GeosGeometryPtr first = readWkb(a);
    const GeosGeometryPtr second = readWkb(b);
    if (!first || !second || GEOSIntersects_r(geosContext(), first.get(), second.get()) != 1)
        return {};
    return writeWkb(
        polygonalPart(GeosGeometryPtr(GEOSIntersection_r(geosContext(), first.get(), second.get())))
            .get());
}

double overlapM2(const QByteArray& a, const QByteArray& b) {
    const GeosGeometryPtr first = readWkb(a);
    const GeosGeometryPtr second = readWkb(b);
    if (!first || !second || GEOSIntersects_r(geosContext(), first.get(), second.get()) != 1)
        return 0;
    const GeosGeometryPtr shared(GEOSIntersection_r(geosContext(), first.get(), second.get()));
    double area = 0;
    if (!shared || GEOSArea_r(geosContext(), shared.get(), &area) != 1)
        return 0;
    return area;
}

Result<QByteArray> difference(const QByteArray& a, const QByteArray& b) {
    const GeosGeometryPtr first = readWkb(a);
    const GeosGeometryPtr second = readWkb(b);
    if (!first || !second)
        return unreadableError();
    GeosGeometryPtr rest(GEOSDifference_r(geosContext(), first.get(), second.get()));
    if (!rest)
        return geosFailedError();
    return writeWkb(polygonalPart(std::move(rest)).get());
}

bool coveredBy(const QByteArray& inner, const QByteArray& outer, double toleranceM) {
    const GeosGeometryPtr part = readWkb(inner);
    const GeosGeometryPtr whole = readWkb(outer);
    if (!part || !whole)
        return false;
    const GeosGeometryPtr grown(toleranceM > 0
                                    ? GEOSBuffer_r(geosContext(), whole.get(), toleranceM, 8)
                                    : GEOSGeom_clone_r(geosContext(), whole.get()));
    return grown && GEOSCoveredBy_r(geosContext(), part.get(), grown.get()) == 1;
}

QByteArray polygonFromRing(const std::vector<QPointF>& ring) {
    if (ring.size() < 3)
        return {};
    const bool closed = ring.front() == ring.back();
    const unsigned size = unsigned(ring.size() + (closed ? 0 : 1));
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(geosContext(), size, 2);
    for (unsigned i = 0; i < ring.size(); ++i)
        GEOSCoordSeq_setXY_r(geosContext(), sequence, i, ring[i].x(), ring[i].y());
    if (!closed)
        GEOSCoordSeq_setXY_r(geosContext(), sequence, size - 1, ring.front().x(), ring.front().y());
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(geosContext(), sequence);
    const GeosGeometryPtr polygon(shell ? GEOSGeom_createPolygon_r(geosContext(), shell, nullptr, 0)
                                        : nullptr);
    return writeWkb(polygon.get());
}

} // namespace agrimap::area_geometry
