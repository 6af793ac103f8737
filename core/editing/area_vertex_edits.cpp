#include "area_geometry_edits.h"
#include "area_parts.h"

#include <QCoreApplication>

// Vertex edits work on plain coordinates: rings are kept open there, so the closing point
// follows the first vertex by itself when the ring is written back.

namespace agrimap::area_geometry {

namespace {

Ring* ringAt(AreaParts& parts, const VertexRef& vertex) {
    if (vertex.part < 0 || size_t(vertex.part) >= parts.size())
        return nullptr;
    PolygonRings& polygon = parts[size_t(vertex.part)];
    if (vertex.ring < 0 || size_t(vertex.ring) >= polygon.size())
        return nullptr;
    Ring& ring = polygon[size_t(vertex.ring)];
    if (vertex.index < 0 || size_t(vertex.index) >= ring.size())
        return nullptr;
    return &ring;
}

Error noSuchVertex() {
    return Error{
        QCoreApplication::translate("agrimap::area_geometry", "the boundary has no such vertex")};
}

} // namespace

std::optional<VertexRef> nearestVertex(const QByteArray& area, const QPointF& point,
                                       double tolerance) {
    const Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return std::nullopt;
    std::optional<VertexRef> nearest;
    double nearestDistance = tolerance;
    for (size_t part = 0; part < parts->size(); ++part) {
        for (size_t ring = 0; ring < parts.value()[part].size(); ++ring) {
            const Ring& points = parts.value()[part][ring];
            for (size_t index = 0; index < points.size(); ++index) {
                const double away = distance(points[index], point);
                if (away <= nearestDistance && (!nearest || away < nearestDistance)) {
                    nearest = VertexRef{int(part), int(ring), int(index)};
                    nearestDistance = away;
                }
            }
        }
    }
    return nearest;
}

std::optional<std::pair<VertexRef, QPointF>>
nearestSegmentPoint(const QByteArray& area, const QPointF& point, double tolerance) {
    const Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return std::nullopt;
    std::optional<std::pair<VertexRef, QPointF>> nearest;
    double nearestDistance = tolerance;
    for (size_t part = 0; part < parts->size(); ++part) {
        for (size_t ring = 0; ring < parts.value()[part].size(); ++ring) {
            const Ring& points = parts.value()[part][ring];
            for (size_t index = 0; index < points.size(); ++index) {
                const QPointF start = points[index];
                const QPointF end = points[(index + 1) % points.size()];
                const QPointF onEdge =
                    start + (end - start) * fractionAlongSegment(point, start, end);
                const double away = distance(onEdge, point);
                if (away <= nearestDistance && (!nearest || away < nearestDistance)) {
                    nearest = std::pair(VertexRef{int(part), int(ring), int(index)}, onEdge);
                    nearestDistance = away;
                }
            }
        }
    }
    return nearest;
}

Result<QByteArray> moveVertex(const QByteArray& area, const VertexRef& vertex, const QPointF& to) {
    Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return parts.error();
    Ring* ring = ringAt(parts.value(), vertex);
    if (!ring)
        return noSuchVertex();
    (*ring)[size_t(vertex.index)] = to;
    return multiPolygonWkb(parts.value());
}

Result<QByteArray> insertVertex(const QByteArray& area, const VertexRef& afterVertex,
                                const QPointF& point) {
    Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return parts.error();
    Ring* ring = ringAt(parts.value(), afterVertex);
    if (!ring)
        return noSuchVertex();
    // After the last vertex is on the closing edge, before the closing point.
    ring->insert(ring->begin() + afterVertex.index + 1, point);
    return multiPolygonWkb(parts.value());
}

Result<QByteArray> deleteVertex(const QByteArray& area, const VertexRef& vertex) {
    Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return parts.error();
    Ring* ring = ringAt(parts.value(), vertex);
    if (!ring)
        return noSuchVertex();
    Ring shorter = *ring;
    shorter.erase(shorter.begin() + vertex.index);
    if (distinctPointCount(shorter) < 3)
        return Error{
            vertex.ring == 0
                ? QCoreApplication::translate("agrimap::area_geometry",
                                              "a boundary needs at least three distinct corners")
                : QCoreApplication::translate("agrimap::area_geometry",
                                              "a hole needs at least three distinct corners")};
    *ring = std::move(shorter);
    return multiPolygonWkb(parts.value());
}

} // namespace agrimap::area_geometry
