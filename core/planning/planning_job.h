#pragma once

#include <atomic>
#include <cstddef>
#include <functional>

namespace agrimap::planning {

/// How a long planning check talks to whoever started it: a cancel flag it checks as it
/// goes, and a progress callback (percent, 0–100) always called on the thread that started
/// the check, never on a worker.
struct JobControl {
    const std::atomic_bool* cancel = nullptr;
    std::function<void(int percent)> progress;
    /// Worker threads for the overlay (the target machine has two cores).
    int threads = 2;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int percent) const {
        if (progress)
            progress(percent);
    }
};

/// Runs `work(worker, begin, end)` over [0, count) in chunks of `chunk` items on
/// `control.threads` threads, reporting progress from `firstPercent` to `lastPercent`
/// (on the calling thread) until every chunk is done or the job is cancelled.
/// Returns false when cancelled. `work` must check nothing itself but may be long.
bool runInParallel(size_t count, size_t chunk, const JobControl& control,
                   const std::function<void(int worker, size_t begin, size_t end)>& work,
                   int firstPercent = 0, int lastPercent = 100);

} // namespace agrimap::planning
