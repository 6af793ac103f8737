#include "polygon_area_meter.h"

#include "geos_context.h"

#include <QByteArray>
#include <cmath>
#include <memory>
#include <ogr_geometry.h>
#include <vector>

namespace agrimap::analysis {

namespace {

// Rings up to this many points are checked for simplicity pair by pair (cheap at that size);
// longer ones go to GEOS, whose checks scale better.
constexpr size_t bruteForceRingLimit = 64;

double cross(double ax, double ay, double bx, double by, double cx, double cy) {
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

int sign(double value) {
    return (value > 0) - (value < 0);
}

bool between(double a, double b, double value) {
    return std::min(a, b) <= value && value <= std::max(a, b);
}

// Whether closed segments p1-p2 and p3-p4 share any point.
bool segmentsMeet(const double* p1, const double* p2, const double* p3, const double* p4) {
    if (std::max(p1[0], p2[0]) < std::min(p3[0], p4[0]) ||
        std::max(p3[0], p4[0]) < std::min(p1[0], p2[0]) ||
        std::max(p1[1], p2[1]) < std::min(p3[1], p4[1]) ||
        std::max(p3[1], p4[1]) < std::min(p1[1], p2[1]))
        return false;
    const int d1 = sign(cross(p3[0], p3[1], p4[0], p4[1], p1[0], p1[1]));
    const int d2 = sign(cross(p3[0], p3[1], p4[0], p4[1], p2[0], p2[1]));
    const int d3 = sign(cross(p1[0], p1[1], p2[0], p2[1], p3[0], p3[1]));
    const int d4 = sign(cross(p1[0], p1[1], p2[0], p2[1], p4[0], p4[1]));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    const auto onSegment = [](const double* a, const double* b, const double* p) {
        return between(a[0], b[0], p[0]) && between(a[1], b[1], p[1]);
    };
    return (d1 == 0 && onSegment(p3, p4, p1)) || (d2 == 0 && onSegment(p3, p4, p2)) ||
           (d3 == 0 && onSegment(p1, p2, p3)) || (d4 == 0 && onSegment(p1, p2, p4));
}

double shoelace(const double* xy, size_t points) {
    // Relative to the first point: keeps the products small for coordinates in the millions.
    const double x0 = xy[0], y0 = xy[1];
    double twiceArea = 0;
    for (size_t i = 1; i + 1 < points; ++i)
        twiceArea +=
            (xy[2 * i] - x0) * (xy[2 * i + 3] - y0) - (xy[2 * i + 2] - x0) * (xy[2 * i + 1] - y0);
    return std::abs(twiceArea) / 2;
}

GEOSGeometry* geosRing(const double* xy, size_t points) {
    GEOSContextHandle_t context = geosContext();
    GEOSCoordSequence* sequence =
        GEOSCoordSeq_copyFromBuffer_r(context, xy, unsigned(points), 0, 0);
    return sequence ? GEOSGeom_createLinearRing_r(context, sequence) : nullptr;
}

} // namespace

bool ringIsSimple(const double* xy, size_t points) {
    const size_t segments = points - 1;
    for (size_t i = 0; i < segments; ++i) {
        const double* a = xy + 2 * i;
        // Neighbours share a corner; the last segment and the first share the closing point.
        for (size_t j = i + 2; j < segments; ++j) {
            if (i == 0 && j == segments - 1)
                continue;
            const double* c = xy + 2 * j;
            if (segmentsMeet(a, a + 2, c, c + 2))
                return false;
        }
    }
    return true;
}

PolygonAreaMeter::PolygonAreaMeter(const Crs& layerCrs, const Crs& measuringCrs)
    : m_transformer(layerCrs.isValid() ? layerCrs : measuringCrs, measuringCrs) {
    m_unitsOnly = !layerCrs.isValid() || !measuringCrs.isValid();
    m_transform = !m_unitsOnly && !m_transformer.isIdentity();
    const double metres = m_unitsOnly ? 1.0 : measuringCrs.metresPerUnit();
    m_squareMetresPerUnit = metres * metres;
}

std::optional<double> PolygonAreaMeter::areaM2(const unsigned char* wkb, size_t size) {
    switch (readWkbPolygons(wkb, size, m_polygons)) {
    case WkbReadResult::Read:
        return measure();
    case WkbReadResult::Malformed:
        return std::nullopt;
    case WkbReadResult::Unsupported:
        break;
    }
    // Curves: GDAL turns them into straight segments, then the same way as the rest.
    OGRGeometry* raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb, nullptr, &raw, size) != OGRERR_NONE || !raw)
        return std::nullopt;
    const std::unique_ptr<OGRGeometry> curved(raw);
    const std::unique_ptr<OGRGeometry> linear(curved->getLinearGeometry());
    if (!linear)
        return std::nullopt;
    QByteArray flat(qsizetype(linear->WkbSize()), Qt::Uninitialized);
    linear->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(flat.data()), wkbVariantIso);
    if (readWkbPolygons(reinterpret_cast<const unsigned char*>(flat.constData()),
                        size_t(flat.size()), m_polygons) != WkbReadResult::Read)
        return std::nullopt;
    return measure();
}

std::optional<double> PolygonAreaMeter::measure() {
    if (m_polygons.polygonCount() == 0)
        return 0.0;
    if (m_transform) {
        const size_t points = m_polygons.xy.size() / 2;
        if (m_transformer.transformInPlace(m_polygons.xy.data(), points) > 0)
            return std::nullopt;
    }
    const size_t ringPoints = m_polygons.ringEnds[0];
    if (m_polygons.polygonCount() == 1 && m_polygons.ringCount() == 1 &&
        ringPoints <= bruteForceRingLimit && ringIsSimple(m_polygons.xy.data(), ringPoints))
        return shoelace(m_polygons.xy.data(), ringPoints) * m_squareMetresPerUnit;
    return geosArea() * m_squareMetresPerUnit;
}

double PolygonAreaMeter::geosArea() {
    GEOSContextHandle_t context = geosContext();
    std::vector<GEOSGeometry*> polygons;
    for (size_t polygon = 0; polygon < m_polygons.polygonCount(); ++polygon) {
        const uint32_t firstRing = m_polygons.polygonBegin(polygon);
        const uint32_t endRing = m_polygons.polygonEnds[polygon];
        GEOSGeometry* shell = nullptr;
        std::vector<GEOSGeometry*> holes;
        for (uint32_t ring = firstRing; ring < endRing; ++ring) {
            const uint32_t begin = m_polygons.ringBegin(ring);
            GEOSGeometry* made = geosRing(m_polygons.xy.data() + 2 * size_t(begin),
                                          m_polygons.ringEnds[ring] - begin);
            if (!made)
                continue;
            if (ring == firstRing)
                shell = made;
            else
                holes.push_back(made);
        }
        if (!shell) {
            for (GEOSGeometry* hole : holes)
                GEOSGeom_destroy_r(context, hole);
            continue;
        }
        if (GEOSGeometry* made =
                GEOSGeom_createPolygon_r(context, shell, holes.data(), unsigned(holes.size())))
            polygons.push_back(made);
    }
    const GeosGeometryPtr geometry(GEOSGeom_createCollection_r(
        context, GEOS_MULTIPOLYGON, polygons.data(), unsigned(polygons.size())));
    if (!geometry)
        return 0;
    double area = 0;
    if (GEOSisValid_r(context, geometry.get()) == 1) {
        GEOSArea_r(context, geometry.get(), &area);
        return area;
    }
    ++m_repaired;
    const GeosGeometryPtr repaired(GEOSMakeValid_r(context, geometry.get()));
    if (repaired)
        GEOSArea_r(context, repaired.get(), &area);
    return area;
}

} // namespace agrimap::analysis
