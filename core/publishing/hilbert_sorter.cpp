#include "hilbert_sorter.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <queue>

namespace agrimap {

namespace {

// 4 MB of boxes sorted at a time; 64 kB read ahead per run while merging.
constexpr size_t runLength = size_t(1) << 17;
constexpr size_t readAhead = 2048;

Error temporaryFileError() {
    return Error{QCoreApplication::translate(
        "agrimap::OpenDataExporter",
        "Cannot write the temporary file of the spatial index (is the temporary folder full?)")};
}

// A box outside the extent (or no extent known) still gets a cell: the order is only less good.
uint32_t scaled(double value, double origin, double scale) {
    const double cell = std::floor((value - origin) * scale);
    return cell >= 0 ? uint32_t(std::min(cell, 65535.0)) : 0;
}

float roundedDown(double value) {
    float rounded = float(value);
    if (double(rounded) > value)
        rounded = std::nextafter(rounded, -INFINITY);
    return rounded;
}

float roundedUp(double value) {
    float rounded = float(value);
    if (double(rounded) < value)
        rounded = std::nextafter(rounded, INFINITY);
    return rounded;
}

} // namespace

BoxEntry BoxEntry::around(int64_t id, double minX, double maxX, double minY, double maxY) {
    return {id, roundedDown(minX), roundedUp(maxX), roundedDown(minY), roundedUp(maxY)};
}

uint32_t HilbertSorter::hilbertIndex(uint32_t x, uint32_t y) {
    constexpr uint32_t side = 1u << 16;
    uint64_t index = 0;
    for (uint32_t s = side / 2; s > 0; s /= 2) {
        const uint32_t rx = (x & s) ? 1 : 0;
        const uint32_t ry = (y & s) ? 1 : 0;
        index += uint64_t(s) * s * ((3 * rx) ^ ry);
        if (ry == 0) { // rotate the quadrant so that the curve stays continuous
            if (rx == 1) {
                x = side - 1 - x;
                y = side - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return uint32_t(index);
}

HilbertSorter::HilbertSorter(double minX, double minY, double maxX, double maxY)
    : m_minX(minX)
    , m_minY(minY)
    , m_scaleX(std::isfinite(maxX - minX) && maxX > minX ? 65536.0 / (maxX - minX) : 0)
    , m_scaleY(std::isfinite(maxY - minY) && maxY > minY ? 65536.0 / (maxY - minY) : 0) {}

HilbertSorter::~HilbertSorter() = default;

uint32_t HilbertSorter::keyOf(const BoxEntry& entry) const {
    const double x = (double(entry.minX) + double(entry.maxX)) / 2;
    const double y = (double(entry.minY) + double(entry.maxY)) / 2;
    return hilbertIndex(scaled(x, m_minX, m_scaleX), scaled(y, m_minY, m_scaleY));
}

Status HilbertSorter::add(const BoxEntry& entry) {
    m_buffer.push_back({keyOf(entry), entry});
    return m_buffer.size() == runLength ? spill() : Status{};
}

void HilbertSorter::sortBuffer() {
    std::sort(m_buffer.begin(), m_buffer.end(), [](const Keyed& a, const Keyed& b) {
        return a.key != b.key ? a.key < b.key : a.entry.id < b.entry.id;
    });
}

Status HilbertSorter::spill() {
    if (!m_runs)
        m_runs.reset(std::tmpfile());
    sortBuffer();
    if (!m_runs || std::fseek(m_runs.get(), 0, SEEK_END) != 0 ||
        std::fwrite(m_buffer.data(), sizeof(Keyed), m_buffer.size(), m_runs.get()) !=
            m_buffer.size())
        return temporaryFileError();
    m_runSizes.push_back(m_buffer.size());
    m_buffer.clear();
    return {};
}

Status HilbertSorter::drain(const std::function<Status(const BoxEntry&)>& consume) {
    if (m_runSizes.empty()) { // it all fits in memory
        sortBuffer();
        for (const Keyed& keyed : m_buffer) {
            if (Status consumed = consume(keyed.entry); !consumed)
                return consumed;
        }
        m_buffer.clear();
        return {};
    }
    if (!m_buffer.empty()) {
        if (Status spilled = spill(); !spilled)
            return spilled;
    }
    struct Run {
        long offset; ///< of the next box not yet read ahead, in the file
        size_t left; ///< boxes of the run not yet read ahead
        std::vector<Keyed> ahead;
        size_t next = 0;
    };
    std::vector<Run> runs;
    long offset = 0;
    for (const size_t size : m_runSizes) {
        runs.push_back({offset, size, {}});
        offset += long(size * sizeof(Keyed));
    }
    const auto refill = [this](Run& run) {
        const size_t count = std::min(run.left, readAhead);
        run.ahead.resize(count);
        run.next = 0;
        if (count == 0)
            return true;
        if (std::fseek(m_runs.get(), run.offset, SEEK_SET) != 0 ||
            std::fread(run.ahead.data(), sizeof(Keyed), count, m_runs.get()) != count)
            return false;
        run.offset += long(count * sizeof(Keyed));
        run.left -= count;
        return true;
    };
    // A heap of the runs by their next box: the smallest is always on top.
    const auto later = [&runs](size_t a, size_t b) {
        const Keyed& x = runs[a].ahead[runs[a].next];
        const Keyed& y = runs[b].ahead[runs[b].next];
        return x.key != y.key ? x.key > y.key : x.entry.id > y.entry.id;
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
        if (Status consumed = consume(run.ahead[run.next].entry); !consumed)
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

} // namespace agrimap
