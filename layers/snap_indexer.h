#pragma once

#include "snap_index.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace agrimap {

class LayerCollection;
class MapLayer;
class VectorLayer;

/// Where the cursor snaps to, and on which layer. `match.feature` is the layer's feature
/// index (VectorLayer::fidOf gives the fid).
struct LayerSnapMatch {
    VectorLayer* layer = nullptr;
    SnapMatch match;
};

/// What the status bar shows about snapping.
struct SnapIndexerState {
    enum class Phase { Idle, Building, Ready };
    Phase phase = Phase::Idle; ///< Idle: disabled, or no layer to snap to
    int layersReady = 0;
    int layersBuilding = 0; ///< includes layers still loading or reprojecting
    qint64 vertices = 0;    ///< over the ready indexes
    qint64 segments = 0;
    qint64 memoryBytes = 0; ///< of the ready indexes, without the layers' geometries

    bool operator==(const SnapIndexerState&) const = default;
};

/// Keeps a SnapIndex for every vector layer of a LayerCollection that the editor snaps to
/// (cadastral, land-use and production-area layers by default). Indexes are built on worker
/// threads whenever a layer's geometries change (a new load, a map CRS change); an index
/// for geometries that are no longer shown is dropped at once and its build cancelled, so
/// a snap never lands on coordinates of another CRS. Lives on the GUI thread.
class SnapIndexer : public QObject {
    Q_OBJECT
public:
    explicit SnapIndexer(LayerCollection* layers, QObject* parent = nullptr);
    ~SnapIndexer() override;

    bool isEnabled() const { return m_enabled; }
    /// Off cancels the builds and frees the indexes; on builds them again.
    void setEnabled(bool enabled);

    /// Every vector layer snaps, whatever its role.
    void setAllVectorLayersIncluded(bool all);
    bool allVectorLayersIncluded() const { return m_allVectorLayers; }
    /// The user's choice for one layer, over the role rule; reset with resetLayerInclusion.
    void setLayerIncluded(const QString& layerId, bool included);
    void resetLayerInclusion(const QString& layerId);
    bool isLayerIncluded(const VectorLayer& layer) const;

    SnapIndexerState state() const { return m_state; }
    /// The layer's index when it is ready for the current map CRS, else null.
    std::shared_ptr<const SnapIndex> readyIndex(const QString& layerId) const;

    /// The best snap over every visible layer with a ready index: a vertex before a
    /// segment, then the nearest; equal distances go to the layer drawn on top.
    std::optional<LayerSnapMatch> snap(const QPointF& mapPoint, double toleranceMapUnits,
                                       SnapModes modes = {SnapMode::Vertex,
                                                          SnapMode::Segment}) const;

Q_SIGNALS:
    /// The phase or a count changed: state() has the new one.
    void stateChanged();

private:
    struct Entry {
        VectorLayer* layer = nullptr;                 ///< forgotten when removed or destroyed
        std::shared_ptr<const FlatGeometries> source; ///< what the index is (being) built from
        std::shared_ptr<const SnapIndex> index;       ///< null until built
        std::shared_ptr<std::atomic_bool> cancel;     ///< of the running build
        quint64 build = 0;                            ///< which build the entry waits for
    };

    void watchLayer(MapLayer* layer);
    void forgetLayer(const QObject* layer);
    void refreshLayer(VectorLayer* layer);
    void refreshAll();
    void startBuild(Entry& entry);
    static void cancelBuild(Entry& entry);
    Entry* entryOf(const QObject* layer);
    const Entry* entryOf(const QString& layerId) const;
    bool isBetter(const LayerSnapMatch& candidate, const LayerSnapMatch& best) const;
    void updateState();

    QPointer<LayerCollection> m_layers;
    std::vector<Entry> m_entries;
    QHash<QString, bool> m_inclusion;
    SnapIndexerState m_state;
    quint64 m_lastBuild = 0;
    bool m_enabled = true;
    bool m_allVectorLayers = false;
};

} // namespace agrimap
