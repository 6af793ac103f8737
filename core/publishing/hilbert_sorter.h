#pragma once

// Private to agrimap_core's publishing code.

#include "error.h"
#include "external_sorter.h"

#include <cstdint>
#include <functional>

namespace agrimap {

/// A feature's bounding box as an R-tree keeps it: single precision, rounded outwards so that
/// it still holds the feature.
struct BoxEntry {
    int64_t id = 0;
    float minX = 0, maxX = 0, minY = 0, maxY = 0;

    static BoxEntry around(int64_t id, double minX, double maxX, double minY, double maxY);
};

/// Sorts boxes along a Hilbert curve through their centres (ties by id), so that neighbours
/// on the map are neighbours in the order: the order a packed R-tree is built from. In runs on
/// disk (ExternalSorter): the memory stays the same whatever the number of boxes.
class HilbertSorter {
public:
    /// `minX` … `maxY`: the extent of all the boxes to come.
    HilbertSorter(double minX, double minY, double maxX, double maxY);

    Status add(const BoxEntry& entry) { return m_sorter.add({keyOf(entry), entry}); }
    /// Calls `consume` for every box in order; stops at its first error.
    Status drain(const std::function<Status(const BoxEntry&)>& consume) {
        return m_sorter.drain([&consume](const Keyed& keyed) { return consume(keyed.entry); });
    }

    /// Position of (x, y), each in [0, 65535], along the Hilbert curve of order 16.
    static uint32_t hilbertIndex(uint32_t x, uint32_t y);
    /// Where `entry` comes in the order: the curve's position of its centre in the extent.
    uint32_t keyOf(const BoxEntry& entry) const;

private:
    struct Keyed {
        uint32_t key;
        BoxEntry entry;
    };
    struct ByKey {
        bool operator()(const Keyed& a, const Keyed& b) const {
            return a.key != b.key ? a.key < b.key : a.entry.id < b.entry.id;
        }
    };

    double m_minX, m_minY, m_scaleX, m_scaleY;
    ExternalSorter<Keyed, ByKey> m_sorter;
};

} // namespace agrimap
