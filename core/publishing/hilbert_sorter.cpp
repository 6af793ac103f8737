#include "hilbert_sorter.h"

#include <algorithm>
#include <cmath>

namespace agrimap {

namespace {

// A box outside the extent (or no extent known) still gets a cell: the order is only less good.
uint32_t scaled(double value, double origin, double scale) {
    const double cell = std::floor((value - origin) * scale);
    return cell >= 0 ? uint32_t(std::min(cell, 65535.0)) : 0;
}

float roundedDown(double value) {
    float rounded = float(value);
    if (double(rounded) > value)
        rounded = std::nextafter(rounded, -INFINITY);
    return rounded;
}

float roundedUp(double value) {
    float rounded = float(value);
    if (double(rounded) < value)
        rounded = std::nextafter(rounded, INFINITY);
    return rounded;
}

} // namespace

BoxEntry BoxEntry::around(int64_t id, double minX, double maxX, double minY, double maxY) {
    return {id, roundedDown(minX), roundedUp(maxX), roundedDown(minY), roundedUp(maxY)};
}

uint32_t HilbertSorter::hilbertIndex(uint32_t x, uint32_t y) {
    constexpr uint32_t side = 1u << 16;
    uint64_t index = 0;
    for (uint32_t s = side / 2; s > 0; s /= 2) {
        const uint32_t rx = (x & s) ? 1 : 0;
        const uint32_t ry = (y & s) ? 1 : 0;
        index += uint64_t(s) * s * ((3 * rx) ^ ry);
        if (ry == 0) { // rotate the quadrant so that the curve stays continuous
            if (rx == 1) {
                x = side - 1 - x;
                y = side - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return uint32_t(index);
}

HilbertSorter::HilbertSorter(double minX, double minY, double maxX, double maxY)
    : m_minX(minX)
    , m_minY(minY)
    , m_scaleX(std::isfinite(maxX - minX) && maxX > minX ? 65536.0 / (maxX - minX) : 0)
    , m_scaleY(std::isfinite(maxY - minY) && maxY > minY ? 65536.0 / (maxY - minY) : 0) {}

uint32_t HilbertSorter::keyOf(const BoxEntry& entry) const {
    const double x = (double(entry.minX) + double(entry.maxX)) / 2;
    const double y = (double(entry.minY) + double(entry.maxY)) / 2;
    return hilbertIndex(scaled(x, m_minX, m_scaleX), scaled(y, m_minY, m_scaleY));
}

} // namespace agrimap
