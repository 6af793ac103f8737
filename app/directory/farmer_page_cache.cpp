#include "farmer_page_cache.h"

namespace agrimap {

const FarmerPageCache::Page* FarmerPageCache::find(int page) {
    const auto found = m_pages.find(page);
    if (found == m_pages.end())
        return nullptr;
    m_order.splice(m_order.begin(), m_order, found->position);
    return &found->rows;
}

void FarmerPageCache::insert(int page, Page rows) {
    remove(page);
    while (!m_order.empty() && int(m_pages.size()) >= m_capacity)
        remove(m_order.back());
    m_order.push_front(page);
    m_pages.insert(page, Entry{std::move(rows), m_order.begin()});
}

void FarmerPageCache::remove(int page) {
    const auto found = m_pages.find(page);
    if (found == m_pages.end())
        return;
    m_order.erase(found->position);
    m_pages.erase(found);
}

void FarmerPageCache::clear() {
    m_pages.clear();
    m_order.clear();
}

} // namespace agrimap
