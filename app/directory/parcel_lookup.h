#pragma once

#include "editing/growing_area.h"
#include "error.h"
#include "layer_role.h"

#include <atomic>
#include <optional>
#include <vector>

namespace agrimap {

struct FeatureRecord;
class LayerCollection;
class VectorLayer;

/// Cadastral parcels on the map found by their key (commune, sheet, parcel — DOMAIN.md) and
/// the key of a parcel found on the map, through the fields the layer's role names.
namespace parcel_lookup {

/// A parcel as the directory links it: its key and its area in m², when the layer has one.
struct ParcelOnMap {
    ParcelKey key;
    std::optional<double> areaM2;
};

/// The cadastral layers on the map with sheet and parcel number fields, top first.
std::vector<VectorLayer*> cadastralLayers(const LayerCollection& layers);
/// The key of a parcel read from a layer's record; none when a part is missing.
std::optional<ParcelOnMap> parcelOf(const RoleFields& fields, const FeatureRecord& record);
/// The parcel of one feature, read from the layer's file.
Result<ParcelOnMap> parcelOf(const VectorLayer& layer, uint32_t feature);
/// The feature ids of a layer's parcels with these keys; runs on any thread. A layer without a
/// commune field matches sheet and parcel only.
Result<std::vector<qint64>> findFids(const QString& path, const QString& layerName,
                                     const RoleFields& fields, const std::vector<ParcelKey>& keys,
                                     const std::atomic_bool& cancel);

} // namespace parcel_lookup
} // namespace agrimap
