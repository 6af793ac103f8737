#pragma once

// Private to agrimap_core's publishing code.

#include "batch_reprojection.h"
#include "bounded_queue.h"
#include "directory_aggregates.h"
#include "error.h"
#include "export_profile.h"
#include "hilbert_sorter.h"
#include "text_value_guard.h"

#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>
#include <vector>

namespace agrimap {

/// How one package layer is made from its source, settled before any row is read.
struct LayerPlan {
    ExportLayer layer;
    QString targetCrs;
    /// The package layer's fields (GDAL keeps the definition while the package is open).
    OGRFeatureDefn* packageFields = nullptr;
    bool multiPolygons = false;  ///< polygons are published as multipolygons
    qint64 expectedFeatures = 0; ///< as the source counts them, for the progress
    OGREnvelope extent;          ///< the source's, in the package's CRS (for the index order)
    /// Per field of `layer.fields`: the aggregate's values, or null for a source field.
    std::vector<const AggregateValues*> aggregates;
};

/// Features ready for the package: checked by the last guard, reprojected, with fresh
/// sequential ids; their extent in the package's CRS and the boxes of the spatial index.
struct FeatureBatch {
    std::vector<OGRFeatureUniquePtr> features;
    OGREnvelope extent;
    std::vector<BoxEntry> boxes; ///< of the features with a geometry that is not empty
};

/// Reads a source layer in its own order (for GeoPackage and Shapefile, the order of its
/// ids), one batch at a time, fetching only the published fields. Belongs to the thread that
/// opens it: GDAL datasets and PROJ transformations are not shared between threads.
class SourceLayerReader {
public:
    /// Features written and handed back (`spent`, may be null) are filled again instead of new
    /// ones: the memory of a feature stays with the thread that allocated it.
    SourceLayerReader(const LayerPlan& plan, QSet<QString> personNames,
                      BoundedQueue<std::vector<OGRFeatureUniquePtr>>* spent = nullptr);
    ~SourceLayerReader();

    Status open();
    /// Up to `size` features, none at the end, or the refusal of the last guard naming the
    /// layer, field and feature.
    Result<FeatureBatch> next(size_t size);

private:
    Error refusal(int field, GIntBig feature, const QString& found) const;
    OGRFeatureUniquePtr emptyFeature();

    const LayerPlan& m_plan;
    TextValueGuard m_guard;
    GDALDatasetUniquePtr m_source;
    OGRLayer* m_layer = nullptr;
    std::vector<int> m_sourceFields; ///< per published field; -1 for an aggregate
    std::unique_ptr<CoordinateTransformer> m_transformer;
    std::unique_ptr<BatchReprojection> m_reprojection;
    std::vector<OGRGeometry*> m_geometries;
    GIntBig m_nextId = 1;
    std::string m_text;
    BoundedQueue<std::vector<OGRFeatureUniquePtr>>* m_spent;
    std::vector<OGRFeatureUniquePtr> m_spares;
};

} // namespace agrimap
