#pragma once

#include "error.h"

#include <QByteArray>
#include <QRectF>
#include <vector>

namespace agrimap::area_geometry {

/// Geometry operations on growing-area boundaries, given and returned as ISO WKB in the
/// layer's projected CRS (metres). GEOS does the work.

/// Why a boundary is not valid (GEOS's reason, e.g. "Self-intersection[x y]"); empty when valid.
QString invalidityReason(const QByteArray& wkb);
bool isEmpty(const QByteArray& wkb);
/// Area in square metres; 0 for an unreadable geometry.
double areaM2(const QByteArray& wkb);
QRectF bounds(const QByteArray& wkb);
/// GEOS's make-valid, keeping only the polygonal part, as a MultiPolygon.
Result<QByteArray> fixed(const QByteArray& wkb);
/// The union of polygons (e.g. the cadastral parcels a growing area is made of).
Result<QByteArray> unionOf(const std::vector<QByteArray>& polygons);
/// The shared part of two boundaries (their overlap), as a MultiPolygon; empty when none.
QByteArray intersection(const QByteArray& a, const QByteArray& b);
/// Area of the intersection of two boundaries, in square metres.
double overlapM2(const QByteArray& a, const QByteArray& b);
/// `a` minus `b`, as a MultiPolygon (empty when nothing is left).
Result<QByteArray> difference(const QByteArray& a, const QByteArray& b);
/// True when `inner` lies within `outer` grown by `toleranceM`.
bool coveredBy(const QByteArray& inner, const QByteArray& outer, double toleranceM);
/// A polygon from a ring of points (closed if needed), as WKB.
QByteArray polygonFromRing(const std::vector<QPointF>& ring);

} // namespace agrimap::area_geometry
