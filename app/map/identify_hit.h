#pragma once

#include <QList>
#include <QMetaType>
#include <cstdint>

namespace agrimap {

class VectorLayer;

/// One feature found under the cursor: the layer and the feature's index in it.
struct IdentifyHit {
    VectorLayer* layer = nullptr;
    uint32_t feature = 0;
};

} // namespace agrimap

Q_DECLARE_METATYPE(agrimap::IdentifyHit)
