#pragma once

#include <QHash>
#include <QVariantList>
#include <list>
#include <vector>

namespace agrimap {

/// The attribute table's pages of rows kept in memory, least recently used thrown out first,
/// so scrolling through a million rows never holds more than `capacity` pages.
class AttributePageCache {
public:
    using Rows = std::vector<QVariantList>; ///< one list of column values per row

    explicit AttributePageCache(int capacity)
        : m_capacity(capacity) {}

    /// The rows of `page`, or null; a hit makes the page the most recently used.
    const Rows* find(int page);
    bool contains(int page) const { return m_pages.contains(page); }
    /// Stores a page, dropping the least recently used one when full.
    void insert(int page, Rows rows);
    void clear();
    int size() const { return int(m_pages.size()); }
    int capacity() const { return m_capacity; }
    /// Pages held, most recently used first.
    QList<int> pages() const { return {m_order.begin(), m_order.end()}; }

private:
    struct Entry {
        Rows rows;
        std::list<int>::iterator position;
    };

    int m_capacity;
    QHash<int, Entry> m_pages;
    std::list<int> m_order; ///< most recently used first
};

} // namespace agrimap
