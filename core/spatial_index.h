#pragma once

#include "flat_geometries.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace agrimap {

/// A static packed R-tree over feature bounds (Hilbert-sorted, 16 entries per node).
/// Built once per snapshot on a worker thread; queries are read-only and thread-safe.
class SpatialIndex {
public:
    SpatialIndex() = default;
    explicit SpatialIndex(const std::vector<Bounds>& items);
    static SpatialIndex build(const FlatGeometries& geometries);

    size_t size() const { return m_itemCount; }
    size_t memoryBytes() const;
    /// Calls `visit(item)` for every item whose bounds intersect `area`; stops early when
    /// `visit` returns false.
    void query(const Bounds& area, const std::function<bool(uint32_t)>& visit) const;
    /// Items whose bounds intersect `area`, in index order (roughly spatially coherent).
    std::vector<uint32_t> query(const Bounds& area) const;

private:
    static constexpr uint32_t nodeSize = 16;
    size_t m_itemCount = 0;
    std::vector<Bounds> m_boxes;     // leaves first, then each upper level
    std::vector<uint32_t> m_indices; // item index for leaves, first child for nodes
    std::vector<size_t> m_levelEnds; // end offset of each level in m_boxes
};

} // namespace agrimap
