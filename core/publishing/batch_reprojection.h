#pragma once

// Private to agrimap_core's publishing code.

#include "coordinate_transformer.h"

#include <vector>

class OGRGeometry;

namespace agrimap {

/// Reprojects many geometries with one call to PROJ: their points are gathered into one
/// array, transformed together and put back, so that the cost per call is paid once per batch
/// and not once per ring. Any geometry type; Z and M values are kept as they are.
class BatchReprojection {
public:
    explicit BatchReprojection(const CoordinateTransformer& transformer)
        : m_transformer(transformer) {}

    /// Reprojects `geometries` (null entries are skipped) in place. Returns the index of the
    /// first geometry PROJ could not reproject, or -1 when all were.
    qsizetype reproject(const std::vector<OGRGeometry*>& geometries);

private:
    const CoordinateTransformer& m_transformer;
    std::vector<double> m_xy;           ///< interleaved x, y of every point, reused
    std::vector<size_t> m_firstPointOf; ///< per geometry, its first point in m_xy
};

} // namespace agrimap
