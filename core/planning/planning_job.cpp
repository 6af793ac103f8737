#include "planning_job.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace agrimap::planning {

bool runInParallel(size_t count, size_t chunk, const JobControl& control,
                   const std::function<void(int worker, size_t begin, size_t end)>& work,
                   int firstPercent, int lastPercent) {
    chunk = std::max<size_t>(chunk, 1);
    const size_t chunks = (count + chunk - 1) / chunk;
    const int threadCount = int(
        std::clamp<size_t>(size_t(std::max(control.threads, 1)), 1, std::max<size_t>(chunks, 1)));
    std::atomic<size_t> nextChunk{0};
    std::atomic<size_t> doneItems{0};
    std::atomic<int> running{threadCount};
    std::mutex mutex;
    std::condition_variable finished;

    const auto worker = [&](int index) {
        for (;;) {
            if (control.cancelled())
                break;
            const size_t taken = nextChunk.fetch_add(1);
            if (taken >= chunks)
                break;
            const size_t begin = taken * chunk;
            const size_t end = std::min(count, begin + chunk);
            work(index, begin, end);
            doneItems.fetch_add(end - begin);
        }
        std::lock_guard lock(mutex);
        --running;
        finished.notify_all();
    };
    std::vector<std::thread> threads;
    threads.reserve(size_t(threadCount));
    for (int i = 0; i < threadCount; ++i)
        threads.emplace_back(worker, i);

    // The calling thread only watches: progress callbacks stay on it (the app posts them to
    // the GUI), and workers never wait for it.
    int lastReported = -1;
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(100));
            const size_t done = doneItems.load();
            const int percent =
                firstPercent + int(double(lastPercent - firstPercent) * double(done) /
                                   double(std::max<size_t>(count, 1)));
            if (percent != lastReported) {
                lastReported = percent;
                lock.unlock();
                control.report(percent);
                lock.lock();
            }
        }
    }
    for (std::thread& thread : threads)
        thread.join();
    return !control.cancelled();
}

} // namespace agrimap::planning
