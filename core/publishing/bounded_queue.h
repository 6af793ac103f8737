#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace agrimap {

/// Hands items from one thread to another, holding at most `capacity` of them so that a fast
/// producer waits for a slow consumer instead of filling the memory. Either side may close it:
/// then push() refuses and pop() drains what is left.
template <typename T> class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity)
        : m_capacity(capacity) {}

    /// Waits for room; false when the queue was closed (the item is dropped).
    bool push(T item) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    /// Waits for an item; nothing when the queue is closed and empty.
    std::optional<T> pop() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_items.empty(); });
        return takeFront();
    }

    /// Takes an item if one is there, without waiting.
    std::optional<T> tryPop() {
        const std::lock_guard lock(m_mutex);
        return takeFront();
    }

    /// Adds the item if there is room, without waiting; false (the item dropped) otherwise.
    bool tryPush(T item) {
        const std::lock_guard lock(m_mutex);
        if (m_closed || m_items.size() >= m_capacity)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    void close() {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    /// The first item, if any; called with the mutex held.
    std::optional<T> takeFront() {
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace agrimap
