#pragma once

#include "flat_geometries.h"
#include "spatial_index.h"

#include <QFlags>
#include <QPointF>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace agrimap {

enum class SnapMode : uint8_t { Vertex = 0x1, Segment = 0x2 };
Q_DECLARE_FLAGS(SnapModes, SnapMode)
Q_DECLARE_OPERATORS_FOR_FLAGS(SnapModes)

enum class SnapKind : uint8_t { Vertex, Segment };

/// Where the cursor snaps to on one layer's geometries.
struct SnapMatch {
    QPointF point; ///< the snapped position, in map units
    SnapKind kind = SnapKind::Vertex;
    uint32_t feature = 0; ///< feature index in the FlatGeometries (the layer's feature index)
    uint32_t part = 0;    ///< ring or line string within the feature, from 0
    uint32_t vertex = 0;  ///< vertex within the part; for a segment, its first vertex
    double distance = 0;  ///< from the cursor, in map units
};

/// Answers "which vertex or segment of this layer is under the cursor" for the editor.
/// Consecutive segments of a part are grouped in runs of at most 16; a packed R-tree over
/// the runs' bounds serves vertex and segment snapping alike, and the coordinates are read
/// from the shared FlatGeometries, so the index itself stays small (about 46 bytes per
/// five-corner parcel, a third of its geometry). Immutable once built: queries are
/// thread-safe.
class SnapIndex {
public:
    /// Builds on the calling thread (meant for a worker). Returns null when `cancelled`
    /// became true before the end.
    static std::shared_ptr<const SnapIndex> build(std::shared_ptr<const FlatGeometries> geometries,
                                                  const std::atomic_bool* cancelled = nullptr);

    /// The nearest vertex within the tolerance (a circle around `mapPoint`); only when there
    /// is none, the nearest point on a segment. Equal distances go to the earlier feature.
    std::optional<SnapMatch> snap(const QPointF& mapPoint, double toleranceMapUnits,
                                  SnapModes modes = {SnapMode::Vertex, SnapMode::Segment}) const;

    const std::shared_ptr<const FlatGeometries>& geometries() const { return m_geometries; }
    /// Distinct vertices (a closed ring's repeated last point is not counted) and segments.
    size_t vertexCount() const { return m_vertexCount; }
    size_t segmentCount() const { return m_segmentCount; }
    /// The index's own memory, without the geometries it shares with the layer.
    size_t memoryBytes() const;

private:
    /// Points firstPoint … firstPoint + segments, joined by `segments` segments.
    struct Run {
        uint32_t firstPoint = 0;
        uint8_t segments = 0;
        uint8_t flags = 0;
    };
    static constexpr uint8_t endsPart = 0x1;          ///< the part's last run
    static constexpr uint8_t repeatsRingStart = 0x2;  ///< last point repeats the part's first
    static constexpr uint8_t closesToRingStart = 0x4; ///< one more segment back to the first
    static constexpr uint32_t maxRunSegments = 16;

    struct Search;

    explicit SnapIndex(std::shared_ptr<const FlatGeometries> geometries);
    void addPart(uint32_t part, GeometryKind kind, std::vector<Bounds>& runBounds);
    void addRun(const Run& run, uint32_t ringStart, std::vector<Bounds>& runBounds);
    /// A run's own vertices: its last point belongs to the next run, or repeats vertex 0.
    static uint32_t ownVertices(const Run& run);
    void searchRun(const Run& run, Search& search) const;
    uint32_t partOfPoint(uint32_t point) const;
    uint32_t featureOfPart(uint32_t part) const;
    SnapMatch matchAt(uint32_t point, SnapKind kind, const QPointF& at, double distance) const;

    std::shared_ptr<const FlatGeometries> m_geometries;
    std::vector<Run> m_runs;
    SpatialIndex m_tree;
    size_t m_partCount = 0;
    size_t m_vertexCount = 0;
    size_t m_segmentCount = 0;
};

} // namespace agrimap
