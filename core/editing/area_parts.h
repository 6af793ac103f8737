#pragma once

// Private to agrimap_core's area geometry code: an area as plain coordinates, for edits that
// work vertex by vertex, and the GEOS geometries they are checked with.

#include "error.h"
#include "geos_context.h"

#include <QByteArray>
#include <QPointF>
#include <vector>

namespace agrimap::area_geometry {

/// Points this close to a boundary are on it: a point snapped onto an edge is only a rounding
/// error off it, on either side.
constexpr double onBoundaryM = 1e-3;

/// A ring's vertices without the closing point, so that indices are the vertices the user
/// sees; the closing point is added back when the ring goes to GEOS.
using Ring = std::vector<QPointF>;
/// Ring 0 is the shell, the others are holes.
using PolygonRings = std::vector<Ring>;
using AreaParts = std::vector<PolygonRings>;

/// The area in `wkb`, refused unless it is a non-empty Polygon or MultiPolygon.
Result<GeosGeometryPtr> readArea(const QByteArray& wkb);
/// The polygons of a Polygon or MultiPolygon, empty ones left out.
AreaParts partsOf(const GEOSGeometry* area);
Result<AreaParts> readAreaParts(const QByteArray& wkb);

/// Null when a ring has fewer than three points.
GeosGeometryPtr polygonGeometry(const PolygonRings& polygon);
/// The parts as MultiPolygon WKB.
Result<QByteArray> multiPolygonWkb(const AreaParts& parts);
/// Takes the polygons into one MultiPolygon.
GeosGeometryPtr multiPolygonOf(std::vector<GeosGeometryPtr> polygons);
GeosGeometryPtr lineGeometry(const std::vector<QPointF>& points);
GeosGeometryPtr pointGeometry(const QPointF& point);

double distance(const QPointF& a, const QPointF& b);
/// How far along the segment from `start` to `end` the point nearest to `point` is, 0 to 1.
double fractionAlongSegment(const QPointF& point, const QPointF& start, const QPointF& end);

/// Positive for a counter-clockwise ring (y up), in square metres.
double signedArea(const Ring& ring);
/// Exact comparison: the closing point of a ring repeats the first one bit for bit.
bool samePoint(const QPointF& a, const QPointF& b);
int distinctPointCount(const std::vector<QPointF>& points);
/// A ring drawn by the user, without its closing point if it has one.
Ring openRing(const std::vector<QPointF>& points);

} // namespace agrimap::area_geometry
