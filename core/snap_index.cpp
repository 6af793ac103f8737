#include "snap_index.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace agrimap {

namespace {

constexpr uint32_t noPoint = std::numeric_limits<uint32_t>::max();
// How often a build looks at its cancel flag: often enough to stop within milliseconds.
constexpr uint32_t featuresBetweenCancelChecks = 4096;

bool isCancelled(const std::atomic_bool* cancelled) {
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

// Squared distance from (px, py) to the segment a–b, and the nearest point on it.
double distance2ToSegment(const double* a, const double* b, double px, double py,
                          QPointF* nearest) {
    const double dx = b[0] - a[0];
    const double dy = b[1] - a[1];
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((px - a[0]) * dx + (py - a[1]) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double nx = a[0] + t * dx;
    const double ny = a[1] + t * dy;
    *nearest = QPointF(nx, ny);
    return (nx - px) * (nx - px) + (ny - py) * (ny - py);
}

} // namespace

/// The best candidates of one query so far; points identify vertices and segment starts.
struct SnapIndex::Search {
    double x = 0;
    double y = 0;
    double tolerance2 = 0;
    bool vertices = true;
    bool segments = true;
    double vertexDistance2 = std::numeric_limits<double>::infinity();
    uint32_t vertexPoint = noPoint;
    double segmentDistance2 = std::numeric_limits<double>::infinity();
    uint32_t segmentPoint = noPoint;
    QPointF segmentNearest;

    void considerVertex(uint32_t point, double distance2) {
        // Equal distances keep the lowest point index: the answer never depends on the
        // order the tree visits runs in.
        if (distance2 <= tolerance2 && (distance2 < vertexDistance2 ||
                                        (distance2 == vertexDistance2 && point < vertexPoint))) {
            vertexDistance2 = distance2;
            vertexPoint = point;
        }
    }
    void considerSegment(uint32_t startPoint, const double* a, const double* b) {
        QPointF nearest;
        const double distance2 = distance2ToSegment(a, b, x, y, &nearest);
        if (distance2 <= tolerance2 &&
            (distance2 < segmentDistance2 ||
             (distance2 == segmentDistance2 && startPoint < segmentPoint))) {
            segmentDistance2 = distance2;
            segmentPoint = startPoint;
            segmentNearest = nearest;
        }
    }
};

SnapIndex::SnapIndex(std::shared_ptr<const FlatGeometries> geometries)
    : m_geometries(std::move(geometries)) {}

std::shared_ptr<const SnapIndex> SnapIndex::build(std::shared_ptr<const FlatGeometries> geometries,
                                                  const std::atomic_bool* cancelled) {
    if (!geometries)
        geometries = std::make_shared<const FlatGeometries>();
    std::shared_ptr<SnapIndex> index(new SnapIndex(std::move(geometries)));
    const FlatGeometries& flat = *index->m_geometries;
    const auto featureCount = uint32_t(flat.featureCount());
    index->m_partCount = featureCount > 0 ? flat.endPart(featureCount - 1) : 0;

    std::vector<Bounds> runBounds;
    runBounds.reserve(index->m_partCount);
    index->m_runs.reserve(index->m_partCount);
    for (uint32_t feature = 0; feature < featureCount; ++feature) {
        if (feature % featuresBetweenCancelChecks == 0 && isCancelled(cancelled))
            return nullptr;
        const GeometryKind kind = flat.featureKind(feature);
        for (uint32_t part = flat.firstPart(feature); part < flat.endPart(feature); ++part)
            index->addPart(part, kind, runBounds);
    }
    if (isCancelled(cancelled))
        return nullptr;
    index->m_runs.shrink_to_fit();
    index->m_tree = SpatialIndex(runBounds);
    if (isCancelled(cancelled))
        return nullptr;
    return index;
}

void SnapIndex::addPart(uint32_t part, GeometryKind kind, std::vector<Bounds>& runBounds) {
    const FlatGeometries& flat = *m_geometries;
    const uint32_t first = flat.firstPoint(part);
    const uint32_t end = flat.endPoint(part);
    if (first == end)
        return;
    if (kind == GeometryKind::Point || end - first == 1) {
        for (uint32_t point = first; point < end; ++point)
            addRun(Run{point, 0, endsPart}, first, runBounds);
        return;
    }
    const double* start = flat.pointData(first);
    const double* last = flat.pointData(end - 1);
    const bool repeats = start[0] == last[0] && start[1] == last[1];
    // An unclosed polygon ring is still drawn closed, so its closing edge snaps too.
    const bool closes = kind == GeometryKind::Polygon && !repeats && end - first >= 3;
    const uint32_t segments = end - first - 1;
    for (uint32_t offset = 0; offset < segments; offset += maxRunSegments) {
        const uint32_t count = std::min(maxRunSegments, segments - offset);
        uint8_t flags = 0;
        if (offset + count == segments)
            flags = uint8_t(endsPart | (repeats ? repeatsRingStart : 0) |
                            (closes ? closesToRingStart : 0));
        addRun(Run{first + offset, uint8_t(count), flags}, first, runBounds);
    }
}

void SnapIndex::addRun(const Run& run, uint32_t ringStart, std::vector<Bounds>& runBounds) {
    const FlatGeometries& flat = *m_geometries;
    Bounds bounds;
    for (uint32_t point = run.firstPoint; point <= run.firstPoint + run.segments; ++point) {
        const double* xy = flat.pointData(point);
        if (std::isfinite(xy[0]) && std::isfinite(xy[1]))
            bounds.include(xy[0], xy[1]);
    }
    if ((run.flags & closesToRingStart) != 0) {
        const double* xy = flat.pointData(ringStart);
        if (std::isfinite(xy[0]) && std::isfinite(xy[1]))
            bounds.include(xy[0], xy[1]);
    }
    if (bounds.isEmpty())
        return; // nothing finite to snap to (a failed reprojection)
    m_runs.push_back(run);
    runBounds.push_back(bounds);
    m_vertexCount += ownVertices(run);
    m_segmentCount += run.segments + ((run.flags & closesToRingStart) != 0 ? 1u : 0u);
}

std::optional<SnapMatch> SnapIndex::snap(const QPointF& mapPoint, double toleranceMapUnits,
                                         SnapModes modes) const {
    if (!(toleranceMapUnits >= 0) || !std::isfinite(mapPoint.x()) || !std::isfinite(mapPoint.y()))
        return std::nullopt;
    Search search;
    search.x = mapPoint.x();
    search.y = mapPoint.y();
    search.tolerance2 = toleranceMapUnits * toleranceMapUnits;
    search.vertices = modes.testFlag(SnapMode::Vertex);
    search.segments = modes.testFlag(SnapMode::Segment);
    if (!search.vertices && !search.segments)
        return std::nullopt;

    Bounds area;
    area.include(search.x - toleranceMapUnits, search.y - toleranceMapUnits);
    area.include(search.x + toleranceMapUnits, search.y + toleranceMapUnits);
    m_tree.query(area, [this, &search](uint32_t run) {
        searchRun(m_runs[run], search);
        return true;
    });
    // Vertices win over segments within the tolerance, as in QGIS: a corner is what an
    // official aims at.
    if (search.vertexPoint != noPoint) {
        const double* xy = m_geometries->pointData(search.vertexPoint);
        return matchAt(search.vertexPoint, SnapKind::Vertex, QPointF(xy[0], xy[1]),
                       std::sqrt(search.vertexDistance2));
    }
    if (search.segmentPoint != noPoint)
        return matchAt(search.segmentPoint, SnapKind::Segment, search.segmentNearest,
                       std::sqrt(search.segmentDistance2));
    return std::nullopt;
}

uint32_t SnapIndex::ownVertices(const Run& run) {
    const bool keepsLastPoint = (run.flags & endsPart) != 0 && (run.flags & repeatsRingStart) == 0;
    return run.segments + (keepsLastPoint ? 1u : 0u);
}

void SnapIndex::searchRun(const Run& run, Search& search) const {
    const FlatGeometries& flat = *m_geometries;
    const double* xy = flat.pointData(run.firstPoint);
    if (search.vertices) {
        // A closed ring's last point is its first one again: vertex 0 answers for both.
        const uint32_t vertices = ownVertices(run);
        for (uint32_t i = 0; i < vertices; ++i) {
            const double dx = xy[2 * i] - search.x;
            const double dy = xy[2 * i + 1] - search.y;
            search.considerVertex(run.firstPoint + i, dx * dx + dy * dy);
        }
    }
    if (search.segments) {
        for (uint32_t i = 0; i < run.segments; ++i)
            search.considerSegment(run.firstPoint + i, xy + 2 * i, xy + 2 * i + 2);
        if ((run.flags & closesToRingStart) != 0) {
            const uint32_t ringStart = flat.firstPoint(partOfPoint(run.firstPoint));
            search.considerSegment(run.firstPoint + run.segments, xy + 2 * run.segments,
                                   flat.pointData(ringStart));
        }
    }
}

uint32_t SnapIndex::partOfPoint(uint32_t point) const {
    // The last part starting at or before the point; empty parts before it start there too.
    size_t low = 0;
    size_t high = m_partCount;
    while (high - low > 1) {
        const size_t middle = low + (high - low) / 2;
        if (m_geometries->firstPoint(uint32_t(middle)) <= point)
            low = middle;
        else
            high = middle;
    }
    return uint32_t(low);
}

uint32_t SnapIndex::featureOfPart(uint32_t part) const {
    size_t low = 0;
    size_t high = m_geometries->featureCount();
    while (high - low > 1) {
        const size_t middle = low + (high - low) / 2;
        if (m_geometries->firstPart(middle) <= part)
            low = middle;
        else
            high = middle;
    }
    return uint32_t(low);
}

SnapMatch SnapIndex::matchAt(uint32_t point, SnapKind kind, const QPointF& at,
                             double distance) const {
    const uint32_t part = partOfPoint(point);
    const uint32_t feature = featureOfPart(part);
    SnapMatch match;
    match.point = at;
    match.kind = kind;
    match.feature = feature;
    match.part = part - m_geometries->firstPart(feature);
    match.vertex = point - m_geometries->firstPoint(part);
    match.distance = distance;
    return match;
}

size_t SnapIndex::memoryBytes() const {
    return sizeof(*this) + m_runs.capacity() * sizeof(Run) + m_tree.memoryBytes();
}

} // namespace agrimap
