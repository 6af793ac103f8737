#include "area_geometry_edits.h"
#include "area_parts.h"
#include "wkb_geos.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

// Reshaping a boundary with a drawn line, QGIS's way: the stretch of a ring between the line's
// first and last crossing is replaced by the line.

namespace agrimap::area_geometry {

namespace {

// Slack on segment parameters, so that a line through a vertex is seen on both its edges.
constexpr double parameterSlack = 1e-9;

// Where the drawn line meets a ring: positions are a segment index plus the fraction along it.
struct Crossing {
    double alongLine = 0;
    double alongRing = 0;
    QPointF point;
};

double cross(const QPointF& a, const QPointF& b) {
    return a.x() * b.y() - a.y() * b.x();
}

// Position on the ring of the point of the ring nearest to `point`, and that point.
std::pair<double, QPointF> nearestOnRing(const Ring& ring, const QPointF& point) {
    std::pair<double, QPointF> best{0, ring.front()};
    double bestDistance = std::numeric_limits<double>::max();
    for (size_t j = 0; j < ring.size(); ++j) {
        const QPointF start = ring[j];
        const QPointF end = ring[(j + 1) % ring.size()];
        const double fraction = fractionAlongSegment(point, start, end);
        const QPointF nearest = start + (end - start) * fraction;
        if (distance(nearest, point) < bestDistance) {
            bestDistance = distance(nearest, point);
            best = {double(j) + fraction, nearest};
        }
    }
    return best;
}

// Crossings of the line with the ring in the order of the line; ends lying on the ring count,
// and crossings closer together than onBoundaryM are one.
std::vector<Crossing> crossings(const std::vector<QPointF>& line, const Ring& ring) {
    std::vector<Crossing> found;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const QPointF start = line[i];
        const QPointF step = line[i + 1] - start;
        for (size_t j = 0; j < ring.size(); ++j) {
            const QPointF edgeStart = ring[j];
            const QPointF edge = ring[(j + 1) % ring.size()] - edgeStart;
            const double denominator = cross(step, edge);
            if (denominator == 0)
                continue; // parallel: along the edge is not across it
            const double s = cross(edgeStart - start, edge) / denominator;
            const double t = cross(edgeStart - start, step) / denominator;
            if (s < -parameterSlack || s > 1 + parameterSlack || t < -parameterSlack ||
                t > 1 + parameterSlack)
                continue;
            found.push_back({double(i) + std::clamp(s, 0.0, 1.0),
                             double(j) + std::clamp(t, 0.0, 1.0), start + step * s});
        }
    }
    for (const double end : {0.0, double(line.size() - 1)}) {
        const QPointF point = line[size_t(end)];
        const auto [alongRing, onRing] = nearestOnRing(ring, point);
        if (distance(point, onRing) <= onBoundaryM)
            found.push_back({end, alongRing, onRing});
    }
    std::sort(found.begin(), found.end(),
              [](const Crossing& a, const Crossing& b) { return a.alongLine < b.alongLine; });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const Crossing& a, const Crossing& b) {
                                return distance(a.point, b.point) <= onBoundaryM;
                            }),
                found.end());
    const double ringSize = double(ring.size());
    for (Crossing& crossing : found) {
        // On a vertex means exactly on it, so that the vertex is not repeated next to it.
        if (std::abs(crossing.alongRing - std::round(crossing.alongRing)) < parameterSlack)
            crossing.alongRing = std::round(crossing.alongRing);
        if (crossing.alongRing >= ringSize)
            crossing.alongRing -= ringSize;
    }
    return found;
}

// The ring's vertices passed going forward from position `from` to position `to`.
Ring arcBetween(const Ring& ring, double from, double to) {
    double length = to - from;
    if (length <= 0)
        length += double(ring.size());
    Ring arc;
    for (long k = long(std::floor(from)) + 1; double(k) < from + length; ++k)
        arc.push_back(ring[size_t(k) % ring.size()]);
    return arc;
}

Ring withoutRepeats(const Ring& ring) {
    Ring cleaned;
    for (const QPointF& point : ring)
        if (cleaned.empty() || !samePoint(cleaned.back(), point))
            cleaned.push_back(point);
    while (cleaned.size() > 1 && samePoint(cleaned.front(), cleaned.back()))
        cleaned.pop_back();
    return cleaned;
}

// The two rings the line can make: it replaces the stretch from its first to its last
// crossing going forward along the ring, or the stretch going backward.
std::pair<Ring, Ring> reshapedRings(const Ring& ring, const std::vector<QPointF>& line,
                                    const Crossing& first, const Crossing& last) {
    Ring drawn{first.point};
    for (size_t k = size_t(std::floor(first.alongLine)) + 1; double(k) < last.alongLine; ++k)
        drawn.push_back(line[k]);
    drawn.push_back(last.point);

    Ring forwardReplaced = drawn;
    const Ring rest = arcBetween(ring, last.alongRing, first.alongRing);
    forwardReplaced.insert(forwardReplaced.end(), rest.begin(), rest.end());

    Ring backwardReplaced = drawn;
    const Ring kept = arcBetween(ring, first.alongRing, last.alongRing);
    backwardReplaced.insert(backwardReplaced.end(), kept.rbegin(), kept.rend());

    // Keep the ring's turning direction.
    for (Ring* reshaped : {&forwardReplaced, &backwardReplaced}) {
        *reshaped = withoutRepeats(*reshaped);
        if ((signedArea(*reshaped) > 0) != (signedArea(ring) > 0))
            std::reverse(reshaped->begin(), reshaped->end());
    }
    return {forwardReplaced, backwardReplaced};
}

bool crossesItself(const Ring& ring) {
    const GeosGeometryPtr polygon = polygonGeometry({ring});
    return !polygon || GEOSisValid_r(geosContext(), polygon.get()) != 1;
}

// How much area differs between two polygons; made valid first, since the ring may cross a
// hole.
double changedArea(const PolygonRings& before, const PolygonRings& after) {
    const GeosGeometryPtr original = polygonGeometry(before);
    const GeosGeometryPtr reshaped = polygonGeometry(after);
    const GeosGeometryPtr validOriginal(original ? GEOSMakeValid_r(geosContext(), original.get())
                                                 : nullptr);
    const GeosGeometryPtr validReshaped(reshaped ? GEOSMakeValid_r(geosContext(), reshaped.get())
                                                 : nullptr);
    const GeosGeometryPtr difference(
        validOriginal && validReshaped
            ? GEOSSymDifference_r(geosContext(), validOriginal.get(), validReshaped.get())
            : nullptr);
    double area = 0;
    if (!difference || GEOSArea_r(geosContext(), difference.get(), &area) != 1)
        return std::numeric_limits<double>::infinity();
    return area;
}

} // namespace

Result<QByteArray> reshape(const QByteArray& area, const std::vector<QPointF>& line) {
    Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return parts.error();
    if (distinctPointCount(line) >= 2) {
        for (PolygonRings& part : parts.value()) {
            for (Ring& ring : part) {
                const std::vector<Crossing> found = crossings(line, ring);
                // A loop leaving and meeting the ring at one point replaces no stretch of it.
                if (found.size() < 2 ||
                    distance(found.front().point, found.back().point) <= onBoundaryM)
                    continue;
                auto [forwardReplaced, backwardReplaced] =
                    reshapedRings(ring, line, found.front(), found.back());
                // Where the line crosses the ring between its first and last crossing, only
                // the ring replacing the stretch with those crossings does not cross itself.
                const bool forwardUsable = !crossesItself(forwardReplaced);
                const bool backwardUsable = !crossesItself(backwardReplaced);
                if (!forwardUsable && !backwardUsable)
                    return Error{QCoreApplication::translate(
                        "agrimap::area_geometry",
                        "the boundary would cross itself along the line")};
                const PolygonRings original = part;
                ring = forwardReplaced;
                const double forwardChange = changedArea(original, part);
                ring = backwardReplaced;
                const double backwardChange = changedArea(original, part);
                if (std::isinf(forwardChange) && std::isinf(backwardChange))
                    return geosFailedError();
                // The smaller change keeps the larger part of the original.
                if (forwardUsable && (!backwardUsable || forwardChange < backwardChange))
                    ring = std::move(forwardReplaced);
                return multiPolygonWkb(parts.value());
            }
        }
    }
    return Error{QCoreApplication::translate("agrimap::area_geometry",
                                             "the line must cross the boundary at least twice")};
}

} // namespace agrimap::area_geometry
