#include "attribute_page_cache.h"

namespace agrimap {

const AttributePageCache::Rows* AttributePageCache::find(int page) {
    const auto found = m_pages.find(page);
    if (found == m_pages.end())
        return nullptr;
    m_order.splice(m_order.begin(), m_order, found->position);
    return &found->rows;
}

void AttributePageCache::insert(int page, Rows rows) {
    const auto found = m_pages.find(page);
    if (found != m_pages.end()) {
        found->rows = std::move(rows);
        m_order.splice(m_order.begin(), m_order, found->position);
        return;
    }
    while (!m_order.empty() && int(m_pages.size()) >= m_capacity) {
        m_pages.remove(m_order.back());
        m_order.pop_back();
    }
    m_order.push_front(page);
    m_pages.insert(page, Entry{std::move(rows), m_order.begin()});
}

void AttributePageCache::clear() {
    m_pages.clear();
    m_order.clear();
}

} // namespace agrimap
