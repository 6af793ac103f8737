#include "parcel_layout.h"

#include <algorithm>
#include <cmath>

namespace agrimap::samples {

ParcelLayout::ParcelLayout(uint64_t count, double originX, double originY,
                           DeterministicRandom& random)
    : m_random(random)
    , m_remaining(count)
    , m_perRow(std::max<uint64_t>(1, uint64_t(std::sqrt(double(count) * 146.0 / 34.0))))
    , m_originX(originX)
    , m_x(originX)
    , m_y(originY) {}

bool ParcelLayout::next(ParcelShape& shape) {
    if (m_remaining == 0)
        return false;
    if (m_row < 0 || uint64_t(m_column) >= m_perRow) {
        if (m_row >= 0)
            m_y += m_depth + 6; // the canal between two rows of parcels
        ++m_row;
        m_column = 0;
        m_x = m_originX;
        m_depth = m_random.uniform(80, 200);
    }
    const double width = m_random.uniform(20, 40);
    auto jitter = [this] { return m_random.uniform(-2, 2); };
    const double x = m_x, y = m_y, depth = m_depth;
    shape.ring = {x + jitter(),         y + jitter(),         x + width + jitter(),
                  y + jitter(),         x + width + jitter(), y + depth / 2 + jitter(),
                  x + width + jitter(), y + depth + jitter(), x + jitter(),
                  y + depth + jitter()};
    shape.minX = shape.maxX = shape.ring[0];
    shape.minY = shape.maxY = shape.ring[1];
    for (size_t i = 0; i < shape.ring.size(); i += 2) {
        shape.minX = std::min(shape.minX, shape.ring[i]);
        shape.maxX = std::max(shape.maxX, shape.ring[i]);
        shape.minY = std::min(shape.minY, shape.ring[i + 1]);
        shape.maxY = std::max(shape.maxY, shape.ring[i + 1]);
    }
    shape.row = m_row;
    shape.column = m_column;
    m_x += width + 4;
    ++m_column;
    --m_remaining;
    return true;
}

} // namespace agrimap::samples
