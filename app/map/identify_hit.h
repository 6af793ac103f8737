#pragma once
#include <cstdint>
namespace agrimap {
class VectorLayer;
struct IdentifyHit {
    VectorLayer* layer = nullptr;
    uint32_t feature = 0;
};
} // namespace agrimap
