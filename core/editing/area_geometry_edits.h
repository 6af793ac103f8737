#pragma once

#include "error.h"

#include <QByteArray>
#include <QPointF>
#include <optional>
#include <utility>
#include <vector>

namespace agrimap::area_geometry {

/// Editing operations of the map tools on growing-area boundaries. Areas are Polygon or
/// MultiPolygon ISO WKB in the layer's projected CRS (metres); results are MultiPolygon WKB.
/// An area or a drawing that cannot give a result is an Error saying why, in user terms.

/// The pieces of `area` cut along a drawn polyline, largest first (at least two). Parts of a
/// multi-part area that the line does not cut stay with the largest piece.
Result<std::vector<QByteArray>> splitByLine(const QByteArray& area,
                                            const std::vector<QPointF>& line);

/// `area` with a hole cut along `ring`, which must lie inside one part without touching its
/// edge or its other holes.
Result<QByteArray> addRing(const QByteArray& area, const std::vector<QPointF>& ring);
/// `area` without the hole at `inside` (the innermost one there); parts of the area lying in
/// that hole are absorbed.
Result<QByteArray> deleteRing(const QByteArray& area, const QPointF& inside);
/// Like deleteRing, and also the removed hole as a polygon of its own (first: the area, second:
/// the hole), for a new growing area. The area returned covers the hole too: the two overlap
/// there until the caller gives the place to one of them.
Result<std::pair<QByteArray, QByteArray>> fillRing(const QByteArray& area, const QPointF& inside);

/// `area` with the stretch of one boundary ring between the line's first and last crossing
/// replaced by the line: area is added where the line runs outside, removed where it runs
/// inside; of the two possible results, the one closer to the original (keeping the larger
/// part when cutting). The line must cross one ring at least twice; its ends count as
/// crossings when they lie on the ring.
Result<QByteArray> reshape(const QByteArray& area, const std::vector<QPointF>& line);

/// A vertex of an area: `ring` 0 is the shell of polygon `part`, 1 and up its holes; `index`
/// counts the ring's vertices without the closing point, which repeats vertex 0.
struct VertexRef {
    int part = 0;
    int ring = 0;
    int index = 0;
    friend bool operator==(const VertexRef&, const VertexRef&) = default;
};

/// The vertex nearest to `point` within `tolerance` metres.
std::optional<VertexRef> nearestVertex(const QByteArray& area, const QPointF& point,
                                       double tolerance);
/// The edge nearest to `point` within `tolerance` metres, as its first vertex, and the point's
/// projection onto that edge.
std::optional<std::pair<VertexRef, QPointF>>
nearestSegmentPoint(const QByteArray& area, const QPointF& point, double tolerance);

// The vertex edits keep rings closed but do not validate their result: the editor does.

Result<QByteArray> moveVertex(const QByteArray& area, const VertexRef& vertex, const QPointF& to);
/// Inserts `point` on the edge that starts at `afterVertex`.
Result<QByteArray> insertVertex(const QByteArray& area, const VertexRef& afterVertex,
                                const QPointF& point);
/// Refused when the ring would keep fewer than three distinct points.
Result<QByteArray> deleteVertex(const QByteArray& area, const VertexRef& vertex);

} // namespace agrimap::area_geometry
