#pragma once

#include "flat_geometries.h"

#include <QMap>
#include <QString>
#include <cstdint>
#include <vector>

namespace agrimap {

/// The part of a vector layer kept in memory for drawing, identify and selection: the
/// geometries in the layer's own CRS, the feature ids and each feature's style category.
/// Labels are read from the source only for the few features a large-scale view shows.
/// Immutable once loaded; shared between threads.
struct VectorFeatureData {
    FlatGeometries geometries;
    std::vector<int64_t> fids;
    std::vector<int16_t> categories;    ///< palette index per feature, -1 for unknown codes
    std::vector<qint64> categoryCounts; ///< features per palette index
    QMap<QString, qint64> unknownCodes; ///< codes the palette does not know, with counts
    qint64 invalidGeometries = 0;       ///< features whose geometry could not be read

    size_t memoryBytes() const {
        return geometries.memoryBytes() + fids.capacity() * sizeof(int64_t) +
               categories.capacity() * sizeof(int16_t);
    }
};

} // namespace agrimap
