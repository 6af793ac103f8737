#pragma once

#include <cstdint>
#include <random>

namespace agrimap::samples {

/// Same numbers from the same seed on every machine: std::mt19937_64 is fully specified,
/// the standard distributions are not, so the mapping to ranges is done here.
class DeterministicRandom {
public:
    explicit DeterministicRandom(uint64_t seed)
        : m_engine(seed) {}

    /// Uniform in [low, high).
    double uniform(double low, double high) {
        const double unit = double(m_engine() >> 11) * (1.0 / 9007199254740992.0);
        return low + (high - low) * unit;
    }
    /// Uniform integer in [0, count).
    uint64_t below(uint64_t count) { return count == 0 ? 0 : m_engine() % count; }
    bool chance(double probability) { return uniform(0, 1) < probability; }

private:
    std::mt19937_64 m_engine;
};

} // namespace agrimap::samples
