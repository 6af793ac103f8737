#include "spatial_index.h"

#include <algorithm>
#include <numeric>

namespace agrimap {

namespace {

// Hilbert curve index of (x, y) in a 65536 × 65536 grid (from "Hacker's Delight").
uint32_t hilbertIndex(uint32_t x, uint32_t y) {
    uint32_t a = x ^ y;
    uint32_t b = 0xFFFF ^ a;
    uint32_t c = 0xFFFF ^ (x | y);
    uint32_t d = x & (y ^ 0xFFFF);
    uint32_t A = a | (b >> 1);
    uint32_t B = (a >> 1) ^ a;
    uint32_t C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
    uint32_t D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
    a = A;
    b = B;
    c = C;
    d = D;
    A = ((a & (a >> 2)) ^ (b & (b >> 2)));
    B = ((a & (b >> 2)) ^ (b & ((a ^ b) >> 2)));
    C ^= ((a & (c >> 2)) ^ (b & (d >> 2)));
    D ^= ((b & (c >> 2)) ^ ((a ^ b) & (d >> 2)));
    a = A;
    b = B;
    c = C;
    d = D;
    A = ((a & (a >> 4)) ^ (b & (b >> 4)));
    B = ((a & (b >> 4)) ^ (b & ((a ^ b) >> 4)));
    C ^= ((a & (c >> 4)) ^ (b & (d >> 4)));
    D ^= ((b & (c >> 4)) ^ ((a ^ b) & (d >> 4)));
    a = A;
    b = B;
    c = C;
    d = D;
    C ^= ((a & (c >> 8)) ^ (b & (d >> 8)));
    D ^= ((b & (c >> 8)) ^ ((a ^ b) & (d >> 8)));
    a = C ^ (C >> 1);
    b = D ^ (D >> 1);
    uint32_t i0 = x ^ y;
    uint32_t i1 = b | (0xFFFF ^ (i0 | a));
    i0 = (i0 | (i0 << 8)) & 0x00FF00FF;
    i0 = (i0 | (i0 << 4)) & 0x0F0F0F0F;
    i0 = (i0 | (i0 << 2)) & 0x33333333;
    i0 = (i0 | (i0 << 1)) & 0x55555555;
    i1 = (i1 | (i1 << 8)) & 0x00FF00FF;
    i1 = (i1 | (i1 << 4)) & 0x0F0F0F0F;
    i1 = (i1 | (i1 << 2)) & 0x33333333;
    i1 = (i1 | (i1 << 1)) & 0x55555555;
    return (i1 << 1) | i0;
}

} // namespace

SpatialIndex::SpatialIndex(const std::vector<Bounds>& items)
    : m_itemCount(items.size()) {
    if (items.empty())
        return;
    Bounds total;
    for (const Bounds& item : items)
        total.include(item);
    const double width = std::max(total.maxX - total.minX, 1e-12);
    const double height = std::max(total.maxY - total.minY, 1e-12);

    std::vector<std::pair<uint32_t, uint32_t>> order(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        const Bounds& item = items[i];
        // Empty geometries sort to the origin; they never match a query.
        const double cx = item.isEmpty() ? total.minX : (item.minX + item.maxX) / 2;
        const double cy = item.isEmpty() ? total.minY : (item.minY + item.maxY) / 2;
        const auto hx = uint32_t(65535.0 * (cx - total.minX) / width);
        const auto hy = uint32_t(65535.0 * (cy - total.minY) / height);
        order[i] = {hilbertIndex(hx, hy), uint32_t(i)};
    }
    std::sort(order.begin(), order.end());

    size_t nodeTotal = items.size();
    for (size_t level = items.size(); level > 1;) {
        level = (level + nodeSize - 1) / nodeSize;
        nodeTotal += level;
    }
    m_boxes.reserve(nodeTotal);
    m_indices.reserve(nodeTotal);
    for (const auto& [hilbert, item] : order) {
        m_boxes.push_back(items[item]);
        m_indices.push_back(item);
    }
    m_levelEnds.push_back(m_boxes.size());

    size_t levelStart = 0;
    while (m_levelEnds.back() - levelStart > 1) {
        const size_t levelEnd = m_levelEnds.back();
        for (size_t child = levelStart; child < levelEnd; child += nodeSize) {
            Bounds node;
            const size_t childEnd = std::min(child + nodeSize, levelEnd);
            for (size_t i = child; i < childEnd; ++i)
                node.include(m_boxes[i]);
            m_boxes.push_back(node);
            m_indices.push_back(uint32_t(child));
        }
        levelStart = levelEnd;
        m_levelEnds.push_back(m_boxes.size());
    }
}

SpatialIndex SpatialIndex::build(const FlatGeometries& geometries) {
    std::vector<Bounds> bounds(geometries.featureCount());
    for (size_t i = 0; i < bounds.size(); ++i)
        bounds[i] = geometries.bounds(i);
    return SpatialIndex(bounds);
}

size_t SpatialIndex::memoryBytes() const {
    return m_boxes.capacity() * sizeof(Bounds) + m_indices.capacity() * sizeof(uint32_t) +
           m_levelEnds.capacity() * sizeof(size_t);
}

void SpatialIndex::query(const Bounds& area, const std::function<bool(uint32_t)>& visit) const {
    if (m_boxes.empty() || area.isEmpty())
        return;
    // Depth-first over the levels with an explicit stack of (node offset, level).
    std::vector<std::pair<size_t, size_t>> stack;
    stack.emplace_back(m_boxes.size() - 1, m_levelEnds.size() - 1);
    while (!stack.empty()) {
        const auto [node, level] = stack.back();
        stack.pop_back();
        if (!m_boxes[node].intersects(area))
            continue;
        if (level == 0) {
            if (!visit(m_indices[node]))
                return;
            continue;
        }
        const size_t first = m_indices[node];
        const size_t end = std::min(first + nodeSize, m_levelEnds[level - 1]);
        // Pushed in reverse so that children are visited in Hilbert order.
        for (size_t child = end; child-- > first;)
            stack.emplace_back(child, level - 1);
    }
}

std::vector<uint32_t> SpatialIndex::query(const Bounds& area) const {
    std::vector<uint32_t> found;
    query(area, [&found](uint32_t item) {
        found.push_back(item);
        return true;
    });
    return found;
}

} // namespace agrimap
