#include "area_geometry.h"

#include "geos_context.h"

#include <QCoreApplication>

namespace agrimap::area_geometry {

namespace {

GeosGeometryPtr read(const QByteArray& wkb) {
    if (wkb.isEmpty())
        return nullptr;
    GEOSWKBReader* reader = GEOSWKBReader_create_r(geosContext());
    GEOSGeometry* geometry = GEOSWKBReader_read_r(
        geosContext(), reader, reinterpret_cast<const unsigned char*>(wkb.constData()),
        size_t(wkb.size()));
    GEOSWKBReader_destroy_r(geosContext(), reader);
    return GeosGeometryPtr(geometry);
}

QByteArray write(const GEOSGeometry* geometry) {
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

// Keeps the polygons of any geometry (make-valid and overlays may add lines or points) and
// returns them as one MultiPolygon.
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

Error unreadable() {
    return Error{
        QCoreApplication::translate("agrimap::area_geometry", "the boundary cannot be read")};
}

Error geosFailed() {
    return Error{
        QCoreApplication::translate("agrimap::area_geometry", "the geometry operation failed")};
}

} // namespace

QString invalidityReason(const QByteArray& wkb) {
    const GeosGeometryPtr geometry = read(wkb);
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
    const GeosGeometryPtr geometry = read(wkb);
    return !geometry || GEOSisEmpty_r(geosContext(), geometry.get()) == 1;
}

double areaM2(const QByteArray& wkb) {
    const GeosGeometryPtr geometry = read(wkb);
    double area = 0;
    if (!geometry || GEOSArea_r(geosContext(), geometry.get(), &area) != 1)
        return 0;
    return area;
}

QRectF bounds(const QByteArray& wkb) {
    const GeosGeometryPtr geometry = read(wkb);
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
    GeosGeometryPtr geometry = read(wkb);
    if (!geometry)
        return unreadable();
    GeosGeometryPtr valid(GEOSMakeValid_r(geosContext(), geometry.get()));
    if (!valid)
        return geosFailed();
    return write(polygonalPart(std::move(valid)).get());
}

Result<QByteArray> unionOf(const std::vector<QByteArray>& polygons) {
    std::vector<GEOSGeometry*> parts;
    for (const QByteArray& wkb : polygons) {
        GeosGeometryPtr part = read(wkb);
        if (!part) {
            for (GEOSGeometry* done : parts)
                GEOSGeom_destroy_r(geosContext(), done);
            return unreadable();
        }
        parts.push_back(part.release());
    }
    GeosGeometryPtr collection(GEOSGeom_createCollection_r(geosContext(), GEOS_GEOMETRYCOLLECTION,
                                                           parts.data(), unsigned(parts.size())));
    GeosGeometryPtr merged(GEOSUnaryUnion_r(geosContext(), collection.get()));
    if (!merged)
        return geosFailed();
    return write(polygonalPart(std::move(merged)).get());
}

double overlapM2(const QByteArray& a, const QByteArray& b) {
    const GeosGeometryPtr first = read(a);
    const GeosGeometryPtr second = read(b);
    if (!first || !second || GEOSIntersects_r(geosContext(), first.get(), second.get()) != 1)
        return 0;
    const GeosGeometryPtr shared(GEOSIntersection_r(geosContext(), first.get(), second.get()));
    double area = 0;
    if (!shared || GEOSArea_r(geosContext(), shared.get(), &area) != 1)
        return 0;
    return area;
}

Result<QByteArray> difference(const QByteArray& a, const QByteArray& b) {
    const GeosGeometryPtr first = read(a);
    const GeosGeometryPtr second = read(b);
    if (!first || !second)
        return unreadable();
    GeosGeometryPtr rest(GEOSDifference_r(geosContext(), first.get(), second.get()));
    if (!rest)
        return geosFailed();
    return write(polygonalPart(std::move(rest)).get());
}

bool coveredBy(const QByteArray& inner, const QByteArray& outer, double toleranceM) {
    const GeosGeometryPtr part = read(inner);
    const GeosGeometryPtr whole = read(outer);
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
    return write(polygon.get());
}

} // namespace agrimap::area_geometry
