#include "flat_geometries.h"

#include <cmath>

namespace agrimap {

void FlatGeometries::beginFeature(GeometryKind featureKind) {
    if (m_open)
        m_featurePartStart.push_back(uint32_t(m_partPointStart.size() - 1));
    m_bounds.emplace_back();
    m_featureKinds.push_back(uint8_t(featureKind));
    m_open = true;
}

void FlatGeometries::addPart(const double* xy, size_t pointCount) {
    Bounds& bounds = m_bounds.back();
    for (size_t i = 0; i < pointCount; ++i) {
        const double x = xy[2 * i];
        const double y = xy[2 * i + 1];
        m_xy.push_back(x);
        m_xy.push_back(y);
        if (std::isfinite(x) && std::isfinite(y))
            bounds.include(x, y);
    }
    m_partPointStart.push_back(uint32_t(m_xy.size() / 2));
}

void FlatGeometries::finish() {
    if (m_open) {
        m_featurePartStart.push_back(uint32_t(m_partPointStart.size() - 1));
        m_open = false;
    }
    m_total = Bounds();
    for (const Bounds& bounds : m_bounds)
        m_total.include(bounds);
}

void FlatGeometries::append(const FlatGeometries& other) {
    const auto pointOffset = uint32_t(pointCount());
    const auto partOffset = uint32_t(m_partPointStart.size() - 1);
    m_xy.insert(m_xy.end(), other.m_xy.begin(), other.m_xy.end());
    for (size_t i = 1; i < other.m_partPointStart.size(); ++i)
        m_partPointStart.push_back(other.m_partPointStart[i] + pointOffset);
    for (size_t i = 1; i < other.m_featurePartStart.size(); ++i)
        m_featurePartStart.push_back(other.m_featurePartStart[i] + partOffset);
    m_bounds.insert(m_bounds.end(), other.m_bounds.begin(), other.m_bounds.end());
    m_featureKinds.insert(m_featureKinds.end(), other.m_featureKinds.begin(),
                          other.m_featureKinds.end());
    m_total.include(other.m_total);
}

void FlatGeometries::recomputeBounds() {
    for (size_t feature = 0; feature < featureCount(); ++feature) {
        Bounds bounds;
        for (uint32_t point = firstPoint(firstPart(feature)); point < firstPoint(endPart(feature));
             ++point) {
            const double* xy = pointData(point);
            if (std::isfinite(xy[0]) && std::isfinite(xy[1]))
                bounds.include(xy[0], xy[1]);
        }
        m_bounds[feature] = bounds;
    }
    m_total = Bounds();
    for (const Bounds& bounds : m_bounds)
        m_total.include(bounds);
}

size_t FlatGeometries::memoryBytes() const {
    return m_xy.capacity() * sizeof(double) + m_partPointStart.capacity() * sizeof(uint32_t) +
           m_featurePartStart.capacity() * sizeof(uint32_t) + m_bounds.capacity() * sizeof(Bounds) +
           m_featureKinds.capacity();
}

void FlatGeometries::reserve(size_t features, size_t points) {
    m_bounds.reserve(features);
    m_featureKinds.reserve(features);
    m_featurePartStart.reserve(features + 1);
    m_partPointStart.reserve(features + 1);
    m_xy.reserve(2 * points);
}

} // namespace agrimap
