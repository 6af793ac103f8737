#pragma once

// Private to agrimap_core's planning checks: the GEOS overlay they share. Nothing outside
// core sees a GEOS handle.

#include "geos_context.h"
#include "planning_job.h"
#include "polygon_set.h"

#include <QRectF>
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace agrimap::planning {

/// Overlays two polygon sets in one CRS: for every feature of `first`, the features of
/// `second` whose bounds meet it (R-tree candidates), a prepared-geometry test, and the
/// GEOS intersection of each pair that really overlaps. Runs on JobControl::threads
/// workers; each worker makes its own GEOS objects from the sets' WKB.
class PolygonOverlay {
public:
    /// A piece with positive area. `piece` lives until the visitor returns; it runs on a
    /// worker thread (`worker` tells which, for per-worker totals).
    using PieceVisitor = std::function<void(int worker, uint32_t first, uint32_t second,
                                            const GEOSGeometry* piece, double area)>;
    /// After the last piece of one feature of `first`, with that feature's own area.
    using FirstVisitor = std::function<void(int worker, uint32_t first, double area)>;

    /// Every feature of `second` takes part.
    PolygonOverlay(const PolygonSet& first, const PolygonSet& second);
    /// Only the features `secondSubset` of `second` take part (none when it is empty).
    PolygonOverlay(const PolygonSet& first, const PolygonSet& second,
                   std::vector<uint32_t> secondSubset);

    /// False when cancelled. Progress runs from `firstPercent` to `lastPercent`.
    bool run(const JobControl& control, const PieceVisitor& visitPiece,
             const FirstVisitor& visitFirst = {}, int firstPercent = 0, int lastPercent = 100);

    /// Pairs whose intersection GEOS could not compute even after repair (invalid input).
    qint64 failedPairs() const { return m_failedPairs.load(); }
    /// Features whose WKB GEOS could not read.
    qint64 unreadable() const { return m_unreadable.load(); }

private:
    const PolygonSet& m_first;
    const PolygonSet& m_second;
    std::vector<uint32_t> m_secondItems;
    std::atomic<qint64> m_failedPairs{0};
    std::atomic<qint64> m_unreadable{0};
};

/// ISO WKB of the polygons of a piece (lines and points an overlay may add are dropped).
QByteArray polygonalWkb(const GEOSGeometry* piece);
/// The piece's bounding box.
QRectF pieceExtent(const GEOSGeometry* piece);

} // namespace agrimap::planning
