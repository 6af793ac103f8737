#include "farmer_search_index.h"

#include "vietnamese_search_key.h"

#include <algorithm>
#include <iterator>

namespace agrimap {

namespace {

// The tail is sorted in once it outgrows a few hundred edits or a small share of the index:
// a query sorts the tail's matches itself, and a sort of the whole costs tens of ms at 200k.
constexpr size_t smallTail = 256;

} // namespace

std::string_view FarmerSearchIndex::keyOf(size_t record) const {
    const size_t end = record + 1 < m_starts.size() ? m_starts[record + 1] : m_text.size();
    return std::string_view(m_text).substr(m_starts[record], end - 1 - m_starts[record]);
}

bool FarmerSearchIndex::before(size_t a, size_t b) const {
    const int order = keyOf(a).compare(keyOf(b));
    return order != 0 ? order < 0 : m_fids[a] < m_fids[b];
}

void FarmerSearchIndex::append(qint64 fid, const QString& name) {
    m_starts.push_back(m_text.size());
    m_text += vietnameseSearchKey(name).toStdString(); // UTF-8, never holds '\n'
    m_text += '\n';
    m_fids.push_back(fid);
    m_slots.insert(fid, m_fids.size() - 1);
}

void FarmerSearchIndex::reset(const std::vector<Entry>& entries) {
    m_text.clear();
    m_starts.clear();
    m_fids.clear();
    m_slots.clear();
    m_sortedCount = 0;
    m_deadCount = 0;
    m_starts.reserve(entries.size());
    m_fids.reserve(entries.size());
    for (const Entry& entry : entries) {
        if (const auto old = m_slots.constFind(entry.fid); old != m_slots.cend()) {
            m_fids[old.value()] = -1;
            ++m_deadCount;
        }
        append(entry.fid, entry.name);
    }
    compact();
}

void FarmerSearchIndex::insertOrReplace(qint64 fid, const QString& name) {
    remove(fid);
    append(fid, name);
    const size_t tail = m_fids.size() - m_sortedCount;
    if (tail > smallTail + m_sortedCount / 32 || m_deadCount > m_fids.size() / 4)
        compact();
}

void FarmerSearchIndex::remove(qint64 fid) {
    const auto found = m_slots.constFind(fid);
    if (found == m_slots.cend())
        return;
    m_fids[found.value()] = -1;
    ++m_deadCount;
    m_slots.erase(found);
}

void FarmerSearchIndex::compact() {
    std::vector<size_t> live;
    live.reserve(m_slots.size());
    for (size_t record = 0; record < m_fids.size(); ++record) {
        if (m_fids[record] >= 0)
            live.push_back(record);
    }
    std::sort(live.begin(), live.end(), [this](size_t a, size_t b) { return before(a, b); });
    std::string text;
    text.reserve(m_text.size());
    std::vector<size_t> starts;
    std::vector<qint64> fids;
    starts.reserve(live.size());
    fids.reserve(live.size());
    m_slots.clear();
    m_slots.reserve(qsizetype(live.size()));
    for (size_t record : live) {
        starts.push_back(text.size());
        text += keyOf(record);
        text += '\n';
        fids.push_back(m_fids[record]);
        m_slots.insert(fids.back(), fids.size() - 1);
    }
    m_text = std::move(text);
    m_starts = std::move(starts);
    m_fids = std::move(fids);
    m_sortedCount = m_fids.size();
    m_deadCount = 0;
}

void FarmerSearchIndex::scan(size_t first, size_t last, const std::vector<std::string>& words,
                             std::vector<size_t>& found) const {
    if (first >= last)
        return;
    const size_t end = last < m_starts.size() ? m_starts[last] : m_text.size();
    const std::string_view text = std::string_view(m_text).substr(0, end);
    // Hits come in buffer order, so the record holding one is found by walking forward:
    // O(records) per query in all, where a binary search per hit costs more on a short word
    // that hits nearly every name.
    size_t record = first;
    size_t position = m_starts[first];
    while ((position = text.find(words.front(), position)) != std::string_view::npos) {
        while (record + 1 < last && m_starts[record + 1] <= position)
            ++record;
        position = record + 1 < last ? m_starts[record + 1] : end; // one hit per record
        if (m_fids[record] < 0)
            continue;
        const std::string_view key = keyOf(record);
        const bool all = std::all_of(words.begin() + 1, words.end(), [&](const std::string& word) {
            return key.find(word) != std::string_view::npos;
        });
        if (all)
            found.push_back(record);
    }
}

std::vector<qint64> FarmerSearchIndex::search(const QString& typed, size_t limit) const {
    std::vector<std::string> words;
    for (const QString& word : vietnameseSearchKey(typed).split(u' ', Qt::SkipEmptyParts))
        words.push_back(word.toStdString());
    // The longest word is scanned for: it has the fewest hits to check.
    std::vector<std::string> scanned = words;
    std::sort(scanned.begin(), scanned.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });

    std::vector<size_t> sorted;
    std::vector<size_t> tail;
    if (words.empty()) {
        for (size_t record = 0; record < m_fids.size(); ++record) {
            if (m_fids[record] >= 0)
                (record < m_sortedCount ? sorted : tail).push_back(record);
        }
    } else {
        scan(0, m_sortedCount, scanned, sorted);
        scan(m_sortedCount, m_fids.size(), scanned, tail);
    }
    std::vector<size_t> records;
    if (tail.empty()) {
        records = std::move(sorted);
    } else {
        const auto order = [this](size_t a, size_t b) { return before(a, b); };
        std::sort(tail.begin(), tail.end(), order);
        records.reserve(sorted.size() + tail.size());
        std::merge(sorted.begin(), sorted.end(), tail.begin(), tail.end(),
                   std::back_inserter(records), order);
    }

    // Ranked, each rank in name order: a bucket per rank keeps that order.
    std::vector<qint64> ranked[3];
    for (size_t record : records)
        ranked[words.empty() ? 0 : rankOf(keyOf(record), words)].push_back(m_fids[record]);
    std::vector<qint64> fids;
    for (const std::vector<qint64>& rank : ranked) {
        for (size_t i = 0; i < rank.size() && fids.size() < limit; ++i)
            fids.push_back(rank[i]);
    }
    return fids;
}

int FarmerSearchIndex::rankOf(std::string_view key, const std::vector<std::string>& words) {
    // 0: the name starts as typed, each typed word beginning the name's next word.
    size_t position = 0;
    bool startsAsTyped = true;
    for (const std::string& word : words) {
        if (position >= key.size() || key.substr(position).rfind(word, 0) != 0) {
            startsAsTyped = false;
            break;
        }
        const size_t space = key.find(' ', position);
        position = space == std::string_view::npos ? key.size() : space + 1;
    }
    if (startsAsTyped)
        return 0;
    // 1: every typed word begins a word of the name; 2: some only occur inside one.
    const auto beginsAWord = [key](const std::string& word) {
        for (size_t at = key.find(word); at != std::string_view::npos;
             at = key.find(word, at + 1)) {
            if (at == 0 || key[at - 1] == ' ')
                return true;
        }
        return false;
    };
    return std::all_of(words.begin(), words.end(), beginsAWord) ? 1 : 2;
}

} // namespace agrimap
