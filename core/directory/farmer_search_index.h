#pragma once

#include <QHash>
#include <QString>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace agrimap {

/// Finds farmers by name as an official types it: a farmer matches when the search key of
/// its name (vietnameseSearchKey) contains every typed word, so marks, đ/d and case do not
/// matter and words may be partial or in any order ("ngu van" finds "Nguyễn Văn A").
/// In memory, built for 200k households: the keys lie in one UTF-8 buffer in name order that a
/// query scans once for its longest word; edits append to a short unsorted tail that is
/// sorted into the rest now and then.
class FarmerSearchIndex {
public:
    struct Entry {
        qint64 fid = -1; ///< >= 0
        QString name;
    };

    /// Replaces the whole index.
    void reset(const std::vector<Entry>& entries);
    /// Adds a farmer, or replaces the name of one already in.
    void insertOrReplace(qint64 fid, const QString& name);
    void remove(qint64 fid);
    qsizetype size() const { return m_slots.size(); }
    bool contains(qint64 fid) const { return m_slots.contains(fid); }

    /// The farmers whose name matches every word of `typed`, at most `limit`: first the names
    /// that start as typed ("ngu van" → Nguyễn Văn …), then those where every typed word
    /// begins a word, then the rest; each group in name order (search key, then id). Typing
    /// nothing matches everyone, in name order.
    std::vector<qint64> search(const QString& typed,
                               size_t limit = std::numeric_limits<size_t>::max()) const;

private:
    void append(qint64 fid, const QString& name);
    void compact();
    std::string_view keyOf(size_t record) const;
    bool before(size_t a, size_t b) const;
    /// Live records in [first, last) whose key holds every word; words[0] is the one scanned.
    void scan(size_t first, size_t last, const std::vector<std::string>& words,
              std::vector<size_t>& found) const;
    /// 0, 1 or 2 for a key holding every word (in typed order): see search().
    static int rankOf(std::string_view key, const std::vector<std::string>& words);

    std::string m_text;            ///< every record's key in UTF-8, each followed by '\n'
    std::vector<size_t> m_starts;  ///< where each record begins in m_text
    std::vector<qint64> m_fids;    ///< each record's farmer; -1 once replaced or removed
    QHash<qint64, size_t> m_slots; ///< farmer → its live record
    size_t m_sortedCount = 0;      ///< records [0, m_sortedCount) are in key order
    size_t m_deadCount = 0;
};

} // namespace agrimap
