#pragma once

// Private to agrimap_core's publishing code.

#include "error.h"
#include "source_layer_reader.h"

#include <functional>

namespace agrimap {

struct PublishedLayer {
    qint64 features = 0;
    OGREnvelope extent; ///< in the package's CRS
};

/// Copies one layer into the package: a reader thread reads, checks and reprojects batches of
/// features (SourceLayerReader) while this thread writes them, so that PROJ and SQLite work
/// side by side. `keepGoing` is called on this thread after each batch with the features
/// written so far; false cancels. Nothing is committed unless every feature was written. The
/// features' boxes go to `boxes`, for the spatial index built afterwards.
Result<PublishedLayer> publishLayer(GDALDataset& package, OGRLayer& table, const LayerPlan& plan,
                                    const QSet<QString>& personNames, HilbertSorter& boxes,
                                    const std::function<bool(qint64 written)>& keepGoing);

} // namespace agrimap
