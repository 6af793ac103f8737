#pragma once

// Private to agrimap_core's publishing code.

#include "error.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace agrimap {

/// A feature's bounding box as an R-tree keeps it: single precision, rounded outwards so that
/// it still holds the feature.
struct BoxEntry {
    int64_t id = 0;
    float minX = 0, maxX = 0, minY = 0, maxY = 0;

    static BoxEntry around(int64_t id, double minX, double maxX, double minY, double maxY);
};

/// Sorts boxes along a Hilbert curve through their centres (ties by id), so that neighbours
/// on the map are neighbours in the order: the order a packed R-tree is built from. Boxes are
/// sorted in runs of fixed size kept in an unnamed temporary file and merged at the end, so
/// the memory stays the same for a thousand features or ten million, and the file goes away
/// with the process even when it is killed.
class HilbertSorter {
public:
    /// `minX` … `maxY`: the extent of all the boxes to come.
    HilbertSorter(double minX, double minY, double maxX, double maxY);
    ~HilbertSorter();
    HilbertSorter(const HilbertSorter&) = delete;
    HilbertSorter& operator=(const HilbertSorter&) = delete;

    Status add(const BoxEntry& entry);
    /// Calls `consume` for every box in order; stops at its first error.
    Status drain(const std::function<Status(const BoxEntry&)>& consume);

    /// Position of (x, y), each in [0, 65535], along the Hilbert curve of order 16.
    static uint32_t hilbertIndex(uint32_t x, uint32_t y);
    /// Where `entry` comes in the order: the curve's position of its centre in the extent.
    uint32_t keyOf(const BoxEntry& entry) const;

private:
    struct Keyed {
        uint32_t key;
        BoxEntry entry;
    };
    void sortBuffer();
    Status spill();

    double m_minX, m_minY, m_scaleX, m_scaleY;
    std::vector<Keyed> m_buffer;
    struct FileCloser {
        void operator()(FILE* file) const { std::fclose(file); }
    };
    std::unique_ptr<FILE, FileCloser> m_runs;
    std::vector<size_t> m_runSizes;
};

} // namespace agrimap
