#pragma once

// Private to agrimap_core's publishing code.

#include "error.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <queue>
#include <type_traits>
#include <vector>

namespace agrimap {

/// Sorts more records than should be held in memory: runs of a fixed length are sorted in
/// memory and written to an unnamed temporary file, then merged, so the memory stays the same
/// for a thousand records or ten million. The file goes away with the process even when it is
/// killed. `Record` is copied as bytes; `Less` orders records strictly and totally.
template <typename Record, typename Less> class ExternalSorter {
    static_assert(std::is_trivially_copyable_v<Record>);

public:
    /// 4 MB of 32-byte records sorted at a time; 64 kB read ahead per run while merging.
    explicit ExternalSorter(size_t runLength = size_t(1) << 17, size_t readAhead = 2048)
        : m_runLength(runLength)
        , m_readAhead(readAhead) {}

    Status add(const Record& record) {
        m_buffer.push_back(record);
        return m_buffer.size() == m_runLength ? spill() : Status{};
    }

    /// Calls `consume` for every record in order; stops at its first error. Empties the
    /// sorter.
    Status drain(const std::function<Status(const Record&)>& consume) {
        if (m_runSizes.empty()) { // it all fits in memory
            std::sort(m_buffer.begin(), m_buffer.end(), Less{});
            for (const Record& record : m_buffer) {
                if (Status consumed = consume(record); !consumed)
                    return consumed;
            }
            m_buffer.clear();
            return {};
        }
        if (!m_buffer.empty()) {
            if (Status spilled = spill(); !spilled)
                return spilled;
        }
        std::vector<Run> runs;
        long offset = 0;
        for (const size_t size : m_runSizes) {
            runs.push_back({offset, size, {}});
            offset += long(size * sizeof(Record));
        }
        // A heap of the runs by their next record: the smallest is always on top.
        const auto later = [&runs](size_t a, size_t b) {
            return Less{}(runs[b].ahead[runs[b].next], runs[a].ahead[runs[a].next]);
        };
        std::priority_queue<size_t, std::vector<size_t>, decltype(later)> heads(later);
        for (size_t r = 0; r < runs.size(); ++r) {
            if (!refill(runs[r]))
                return temporaryFileError();
            if (!runs[r].ahead.empty())
                heads.push(r);
        }
        while (!heads.empty()) {
            const size_t r = heads.top();
            heads.pop();
            Run& run = runs[r];
            if (Status consumed = consume(run.ahead[run.next]); !consumed)
                return consumed;
            if (++run.next == run.ahead.size() && !refill(run))
                return temporaryFileError();
            if (run.next < run.ahead.size())
                heads.push(r);
        }
        m_runSizes.clear();
        m_runs.reset();
        return {};
    }

private:
    struct Run {
        long offset; ///< of the next record not yet read ahead, in the file
        size_t left; ///< records of the run not yet read ahead
        std::vector<Record> ahead;
        size_t next = 0;
    };
    struct FileCloser {
        void operator()(FILE* file) const { std::fclose(file); }
    };

    static Error temporaryFileError() {
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                 "Cannot write the temporary file of the spatial "
                                                 "index (is the temporary folder full?)")};
    }

    Status spill() {
        if (!m_runs)
            m_runs.reset(std::tmpfile());
        std::sort(m_buffer.begin(), m_buffer.end(), Less{});
        if (!m_runs || std::fseek(m_runs.get(), 0, SEEK_END) != 0 ||
            std::fwrite(m_buffer.data(), sizeof(Record), m_buffer.size(), m_runs.get()) !=
                m_buffer.size())
            return temporaryFileError();
        m_runSizes.push_back(m_buffer.size());
        m_buffer.clear();
        return {};
    }

    bool refill(Run& run) {
        const size_t count = std::min(run.left, m_readAhead);
        run.ahead.resize(count);
        run.next = 0;
        if (count == 0)
            return true;
        if (std::fseek(m_runs.get(), run.offset, SEEK_SET) != 0 ||
            std::fread(run.ahead.data(), sizeof(Record), count, m_runs.get()) != count)
            return false;
        run.offset += long(count * sizeof(Record));
        run.left -= count;
        return true;
    }

    size_t m_runLength;
    size_t m_readAhead;
    std::vector<Record> m_buffer;
    std::unique_ptr<FILE, FileCloser> m_runs;
    std::vector<size_t> m_runSizes;
};

} // namespace agrimap
