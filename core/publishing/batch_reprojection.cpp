#include "batch_reprojection.h"

#include <cmath>
#include <ogr_geometry.h>

namespace agrimap {

namespace {

// A closed ring's last point is its first: transformed once, copied at the end.
bool isClosed(const OGRSimpleCurve& curve) {
    const int last = curve.getNumPoints() - 1;
    return last > 0 && curve.getX(0) == curve.getX(last) && curve.getY(0) == curve.getY(last);
}

int pointsToTransform(const OGRSimpleCurve& curve) {
    return isClosed(curve) ? curve.getNumPoints() - 1 : curve.getNumPoints();
}

// Calls `onPoint(x, y)` for every point of `geometry` that is transformed, in a fixed order.
template <typename Visit> void gather(const OGRGeometry& geometry, Visit&& onPoint) {
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPoint) {
        const OGRPoint* point = geometry.toPoint();
        if (!point->IsEmpty())
            onPoint(point->getX(), point->getY());
    } else if (type == wkbLineString || type == wkbCircularString) {
        const OGRSimpleCurve* curve = geometry.toSimpleCurve();
        const int count = pointsToTransform(*curve);
        for (int i = 0; i < count; ++i)
            onPoint(curve->getX(i), curve->getY(i));
    } else if (type == wkbCompoundCurve) {
        for (const OGRCurve* part : *geometry.toCompoundCurve())
            gather(*part, onPoint);
    } else if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
        for (const OGRCurve* ring : *geometry.toCurvePolygon())
            gather(*ring, onPoint);
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection())
            gather(*part, onPoint);
    } else if (OGR_GT_IsSubClassOf(type, wkbPolyhedralSurface)) {
        for (const OGRPolygon* part : *geometry.toPolyhedralSurface())
            gather(*part, onPoint);
    }
}

// The same walk as gather(), writing the transformed points back from `xy`.
void scatter(OGRGeometry& geometry, const double*& xy) {
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPoint) {
        OGRPoint* point = geometry.toPoint();
        if (!point->IsEmpty()) {
            point->setX(xy[0]);
            point->setY(xy[1]);
            xy += 2;
        }
    } else if (type == wkbLineString || type == wkbCircularString) {
        OGRSimpleCurve* curve = geometry.toSimpleCurve();
        const bool closed = isClosed(*curve);
        const int count = closed ? curve->getNumPoints() - 1 : curve->getNumPoints();
        // setPoint() keeps Z and M; only x and y change.
        for (int i = 0; i < count; ++i, xy += 2)
            curve->setPoint(i, xy[0], xy[1]);
        if (closed)
            curve->setPoint(count, curve->getX(0), curve->getY(0));
    } else if (type == wkbCompoundCurve) {
        for (OGRCurve* part : *geometry.toCompoundCurve())
            scatter(*part, xy);
    } else if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
        for (OGRCurve* ring : *geometry.toCurvePolygon())
            scatter(*ring, xy);
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (OGRGeometry* part : *geometry.toGeometryCollection())
            scatter(*part, xy);
    } else if (OGR_GT_IsSubClassOf(type, wkbPolyhedralSurface)) {
        for (OGRPolygon* part : *geometry.toPolyhedralSurface())
            scatter(*part, xy);
    }
}

} // namespace

qsizetype BatchReprojection::reproject(const std::vector<OGRGeometry*>& geometries) {
    m_xy.clear();
    m_firstPointOf.clear();
    for (const OGRGeometry* geometry : geometries) {
        m_firstPointOf.push_back(m_xy.size() / 2);
        if (geometry)
            gather(*geometry, [this](double x, double y) {
                m_xy.push_back(x);
                m_xy.push_back(y);
            });
    }
    const size_t points = m_xy.size() / 2;
    if (m_transformer.transformInPlace(m_xy.data(), points) > 0) {
        for (size_t g = 0; g < geometries.size(); ++g) {
            const size_t end = g + 1 < geometries.size() ? m_firstPointOf[g + 1] : points;
            for (size_t p = m_firstPointOf[g]; p < end; ++p) {
                if (!std::isfinite(m_xy[2 * p]))
                    return qsizetype(g);
            }
        }
    }
    const double* next = m_xy.data();
    for (OGRGeometry* geometry : geometries) {
        if (geometry)
            scatter(*geometry, next);
    }
    return -1;
}

} // namespace agrimap
