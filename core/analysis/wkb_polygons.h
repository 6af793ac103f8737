#pragma once

// Private to agrimap_core's statistics: the polygon rings of a WKB geometry as flat
// coordinates, read without building a geometry object, so that areas can be summed at the
// speed of the disk.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace agrimap::analysis {

/// The polygons of one geometry: rings of closed x,y runs (first point repeated last),
/// grouped into polygons whose first ring is the shell.
struct WkbPolygons {
    std::vector<double> xy;
    std::vector<uint32_t> ringEnds;    ///< point index one past each ring
    std::vector<uint32_t> polygonEnds; ///< ring index one past each polygon

    void clear() {
        xy.clear();
        ringEnds.clear();
        polygonEnds.clear();
    }
    size_t ringCount() const { return ringEnds.size(); }
    size_t polygonCount() const { return polygonEnds.size(); }
    uint32_t ringBegin(size_t ring) const { return ring == 0 ? 0 : ringEnds[ring - 1]; }
    uint32_t polygonBegin(size_t polygon) const {
        return polygon == 0 ? 0 : polygonEnds[polygon - 1];
    }
};

enum class WkbReadResult {
    Read,        ///< polygons (possibly none: a point or line has no area)
    Unsupported, ///< curves and other types that need GDAL to linearise them
    Malformed,   ///< truncated or nonsense bytes
};

/// Reads Polygon, MultiPolygon and GeometryCollection WKB (ISO or extended, with or without
/// Z/M, either byte order) into `out`; points and lines add nothing. Rings are closed when
/// their last point is not the first; rings of fewer than four points (no area) are dropped,
/// and with a dropped shell its whole polygon.
WkbReadResult readWkbPolygons(const unsigned char* wkb, size_t size, WkbPolygons& out);

} // namespace agrimap::analysis
