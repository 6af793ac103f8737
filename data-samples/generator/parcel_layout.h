#pragma once

#include "deterministic_random.h"

#include <array>
#include <cstdint>
#include <vector>

namespace agrimap::samples {

/// One parcel of a synthetic Mekong-delta layout: a long thin strip running back from a canal.
struct ParcelShape {
    std::array<double, 10> ring; ///< five corners x,y (not closed), counter-clockwise
    int row = 0;                 ///< canal row, from the south
    int column = 0;              ///< position along the canal
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/// Strips 20–40 m wide and 80–200 m deep along canals, corners jittered by ±2 m: the same
/// rules as the shared benchmark script, so QGIS and AgriMap are timed on the same kind of data.
class ParcelLayout {
public:
    ParcelLayout(uint64_t count, double originX, double originY, DeterministicRandom& random);

    /// Parcels in a canal row; the same for every row of one layout.
    uint64_t perRow() const { return m_perRow; }
    /// The next parcel, or false after `count` parcels.
    bool next(ParcelShape& shape);

private:
    DeterministicRandom& m_random;
    uint64_t m_remaining;
    uint64_t m_perRow;
    double m_originX;
    double m_x;
    double m_y;
    double m_depth = 0;
    int m_row = -1;
    int m_column = 0;
};

} // namespace agrimap::samples
