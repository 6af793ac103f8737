#pragma once

#include "directory/farmer_record.h"

#include <QHash>
#include <list>
#include <vector>

namespace agrimap {

/// The directory table's pages of farmers kept in memory, least recently used thrown out
/// first, so scrolling through 200k households never holds more than `capacity` pages.
class FarmerPageCache {
public:
    using Page = std::vector<FarmerRecord>; ///< one entry per row, fid -1 for a row not found

    explicit FarmerPageCache(int capacity)
        : m_capacity(capacity) {}

    /// The rows of `page`, or null; a hit makes the page the most recently used.
    const Page* find(int page);
    void insert(int page, Page rows);
    void remove(int page);
    void clear();
    int size() const { return int(m_pages.size()); }
    QList<int> pages() const { return m_pages.keys(); }

private:
    struct Entry {
        Page rows;
        std::list<int>::iterator position;
    };

    int m_capacity;
    QHash<int, Entry> m_pages;
    std::list<int> m_order; ///< most recently used first
};

} // namespace agrimap
