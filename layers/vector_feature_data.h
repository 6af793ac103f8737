#pragma once

#include "flat_geometries.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <cstdint>
#include <vector>

namespace agrimap {

/// The part of a vector layer kept in memory for drawing, identify and selection: the
/// geometries in the layer's own CRS, the feature ids, each feature's style category and,
/// for labelled layers, its label text. Immutable once loaded; shared between threads.
struct VectorFeatureData {
    FlatGeometries geometries;
    std::vector<int64_t> fids;
    std::vector<int16_t> categories;    ///< palette index per feature, -1 for unknown codes
    std::vector<qint64> categoryCounts; ///< features per palette index
    QMap<QString, qint64> unknownCodes; ///< codes the palette does not know, with counts
    qint64 invalidGeometries = 0;       ///< features whose geometry could not be read

    QByteArray labelText;               ///< UTF-8 labels, one after another
    std::vector<uint32_t> labelOffsets; ///< start of each feature's label; one extra at the end

    QString label(size_t feature) const {
        if (labelOffsets.size() <= feature + 1)
            return {};
        const uint32_t start = labelOffsets[feature];
        return QString::fromUtf8(labelText.constData() + start,
                                 qsizetype(labelOffsets[feature + 1] - start));
    }
    size_t memoryBytes() const {
        return geometries.memoryBytes() + fids.capacity() * sizeof(int64_t) +
               categories.capacity() * sizeof(int16_t) + size_t(labelText.capacity()) +
               labelOffsets.capacity() * sizeof(uint32_t);
    }
};

} // namespace agrimap
