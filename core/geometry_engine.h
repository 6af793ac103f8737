#pragma once

#include "flat_geometries.h"

#include <QPointF>
#include <QString>

namespace agrimap {

/// Exact geometry questions answered by GEOS (reentrant API, one context per thread).
namespace geometry_engine {

/// True when the feature contains the point (polygons) or lies within `tolerance` map
/// units of it (all kinds). Used by identify and select after an index query.
bool featureHitsPoint(const FlatGeometries& geometries, size_t feature, const QPointF& point,
                      double tolerance);

/// True when the feature intersects the rectangle (box selection).
bool featureIntersectsRect(const FlatGeometries& geometries, size_t feature, const Bounds& rect);

/// Planar area of a polygon feature in squared map units (0 for other kinds).
double featureArea(const FlatGeometries& geometries, size_t feature);

/// An interior point of the feature, good for a label (GEOS point-on-surface).
QPointF labelPoint(const FlatGeometries& geometries, size_t feature);

/// "GEOS 3.11.1-CAPI-1.17.1", for --version and bug reports.
QString geosVersion();

} // namespace geometry_engine
} // namespace agrimap
