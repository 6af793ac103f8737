#pragma once

#include "data_source_info.h"
#include "error.h"
#include "map_layer.h"
#include "spatial_index.h"
#include "text_encoding_choice.h"
#include "vector_feature_data.h"

#include <QFutureWatcher>
#include <memory>
#include <optional>
#include <vector>

namespace agrimap {

/// The layer's data as drawn in one map CRS: immutable, shared with render jobs.
struct VectorDisplaySnapshot {
    Crs mapCrs;
    std::shared_ptr<const VectorFeatureData> data;
    std::shared_ptr<const FlatGeometries> geometries; ///< in mapCrs
    std::shared_ptr<const SpatialIndex> index;
};

/// A vector layer read through GDAL. Geometries are loaded into memory on a worker thread,
/// reprojected into the map CRS when it differs, and indexed; attributes stay in the file
/// and are read on demand (identify, attribute table).
class VectorLayer : public MapLayer {
    Q_OBJECT
public:
    VectorLayer(const QString& path, const SourceLayerInfo& info, QObject* parent = nullptr);
    ~VectorLayer() override;

    const SourceLayerInfo& sourceInfo() const { return m_info; }
    LayerRole role() const { return m_role; }
    /// Changes the role (and so the default style); a loaded layer is read again.
    void setRole(LayerRole role);
    const LayerStyle& style() const { return m_style; }
    /// Draws the layer with `style` instead of its role's default (the layer is read again
    /// when the style needs other fields). The role's style returns with setRole().
    void setStyle(const LayerStyle& style);

    /// How the text of the layer's file is read (source_text_encoding.h): the user's choice,
    /// and the legacy encoding in use (chosen, or detected for Auto; nullopt: Unicode).
    TextEncodingChoice textEncoding() const;
    std::optional<LegacyEncoding> textEncodingInUse() const;
    /// Reads the file's text another way from now on (every layer of the file, everywhere);
    /// a loaded layer is read again, so its legend and labels follow.
    void setTextEncoding(TextEncodingChoice choice);

    /// Reads the layer in the background; stateChanged() tells when it is ready.
    void startLoading();
    /// Reads and prepares the layer for `mapCrs` on the calling thread (CLI, tests).
    Status loadNow(const Crs& mapCrs);

    void assignCrs(const Crs& crs) override;
    void setMapCrs(const Crs& mapCrs) override;
    QRectF mapExtent() const override;
    LayerRenderFunction renderFunction() const override;
    LayerPaintFunction paintFunction() const override;
    QList<LegendEntry> legend() const override;
    bool isRaster() const override { return false; }

    /// Features in memory (after loading), and the codes the style did not know.
    qint64 loadedFeatureCount() const;
    QMap<QString, qint64> unknownCodes() const;
    std::shared_ptr<const VectorDisplaySnapshot> snapshot() const { return m_snapshot; }

    /// Features under a map point, topmost (last drawn) first; `tolerance` in map units.
    std::vector<uint32_t> featuresAt(const QPointF& mapPoint, double tolerance) const;
    /// Features intersecting a map rectangle.
    std::vector<uint32_t> featuresIn(const QRectF& mapRect) const;
    qint64 fidOf(uint32_t feature) const;
    std::optional<uint32_t> featureOfFid(qint64 fid) const;
    QRectF featureMapExtent(uint32_t feature) const;

    void setSelection(std::vector<uint32_t> features);
    void clearSelection() { setSelection({}); }
    std::vector<uint32_t> selection() const;

Q_SIGNALS:
    void selectionChanged();
    /// The file's text is read with another encoding: attribute values shown may change.
    void textEncodingChanged();

private:
    void applyStyleForRole();
    void startProjection();
    void acceptSnapshot(std::shared_ptr<const VectorDisplaySnapshot> snapshot, quint64 generation);

    SourceLayerInfo m_info;
    LayerRole m_role;
    LayerStyle m_style;
    Crs m_mapCrs;
    std::shared_ptr<const VectorFeatureData> m_data;
    std::shared_ptr<const VectorDisplaySnapshot> m_snapshot;
    std::shared_ptr<std::vector<uint8_t>> m_selected;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
};

/// Builds the display snapshot of `data` for `mapCrs` (reprojecting when the CRSs differ).
/// Runs on any thread.
Result<std::shared_ptr<const VectorDisplaySnapshot>>
buildVectorSnapshot(std::shared_ptr<const VectorFeatureData> data, const Crs& layerCrs,
                    const Crs& mapCrs);

} // namespace agrimap
