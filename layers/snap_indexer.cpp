#include "snap_indexer.h"

#include "layer_collection.h"
#include "vector_layer.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace agrimap {

namespace {

bool snapsByRole(LayerRole role) {
    return role == LayerRole::Cadastral || role == LayerRole::LandUse ||
           role == LayerRole::ProductionArea;
}

} // namespace

SnapIndexer::SnapIndexer(LayerCollection* layers, QObject* parent)
    : QObject(parent)
    , m_layers(layers) {
    connect(layers, &LayerCollection::layerAdded, this, [this](MapLayer* layer) {
        watchLayer(layer);
        if (auto* vector = qobject_cast<VectorLayer*>(layer))
            refreshLayer(vector);
    });
    connect(layers, &LayerCollection::layerAboutToBeRemoved, this, [this](MapLayer* layer) {
        disconnect(layer, nullptr, this, nullptr);
        forgetLayer(layer);
    });
    // Indexes in the old CRS are dropped now; the layers' reprojected snapshots follow.
    connect(layers, &LayerCollection::mapCrsChanged, this, &SnapIndexer::refreshAll);
    for (MapLayer* layer : layers->layers())
        watchLayer(layer);
    refreshAll();
}

SnapIndexer::~SnapIndexer() {
    for (Entry& entry : m_entries)
        cancelBuild(entry);
}

void SnapIndexer::setEnabled(bool enabled) {
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    refreshAll();
}

void SnapIndexer::setAllVectorLayersIncluded(bool all) {
    if (all == m_allVectorLayers)
        return;
    m_allVectorLayers = all;
    refreshAll();
}

void SnapIndexer::setLayerIncluded(const QString& layerId, bool included) {
    m_inclusion.insert(layerId, included);
    refreshAll();
}

void SnapIndexer::resetLayerInclusion(const QString& layerId) {
    if (m_inclusion.remove(layerId) > 0)
        refreshAll();
}

bool SnapIndexer::isLayerIncluded(const VectorLayer& layer) const {
    const auto choice = m_inclusion.constFind(layer.id());
    if (choice != m_inclusion.constEnd())
        return choice.value();
    return m_allVectorLayers || snapsByRole(layer.role());
}

std::shared_ptr<const SnapIndex> SnapIndexer::readyIndex(const QString& layerId) const {
    const Entry* entry = entryOf(layerId);
    return entry ? entry->index : nullptr;
}

void SnapIndexer::watchLayer(MapLayer* layer) {
    auto* vector = qobject_cast<VectorLayer*>(layer);
    if (!vector)
        return;
    // A new snapshot is announced by stateChanged (Ready) and then repaintNeeded; both are
    // cheap to follow because unchanged geometries are recognised by pointer.
    connect(vector, &MapLayer::stateChanged, this, [this, vector] { refreshLayer(vector); });
    connect(vector, &MapLayer::repaintNeeded, this, [this, vector] { refreshLayer(vector); });
    connect(vector, &QObject::destroyed, this, [this](QObject* object) { forgetLayer(object); });
}

void SnapIndexer::forgetLayer(const QObject* layer) {
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [layer](const Entry& entry) { return entry.layer == layer; });
    if (found == m_entries.end())
        return;
    cancelBuild(*found);
    m_entries.erase(found);
    updateState();
}

void SnapIndexer::refreshAll() {
    if (m_layers) {
        for (MapLayer* layer : m_layers->layers()) {
            if (auto* vector = qobject_cast<VectorLayer*>(layer))
                refreshLayer(vector);
        }
    }
    updateState();
}

void SnapIndexer::refreshLayer(VectorLayer* layer) {
    const bool wanted = m_enabled && m_layers && layer->state() != MapLayer::State::Failed &&
                        isLayerIncluded(*layer);
    Entry* entry = entryOf(layer);
    if (!wanted) {
        if (entry)
            forgetLayer(layer);
        return;
    }
    if (!entry) {
        m_entries.push_back(Entry{layer, nullptr, nullptr, nullptr, 0});
        entry = &m_entries.back();
    }
    // Only geometries in the current map CRS are worth indexing; until the layer has them
    // (loading, reprojecting) the entry waits without an index.
    const auto snapshot = layer->snapshot();
    std::shared_ptr<const FlatGeometries> geometries;
    if (snapshot && snapshot->mapCrs == m_layers->mapCrs())
        geometries = snapshot->geometries;
    if (geometries != entry->source) {
        cancelBuild(*entry);
        entry->index.reset();
        entry->source = geometries;
        if (geometries)
            startBuild(*entry);
    }
    updateState();
}

void SnapIndexer::startBuild(Entry& entry) {
    auto cancel = std::make_shared<std::atomic_bool>(false);
    entry.cancel = cancel;
    entry.build = ++m_lastBuild;
    const quint64 build = entry.build;
    const QObject* layer = entry.layer;
    auto* watcher = new QFutureWatcher<std::shared_ptr<const SnapIndex>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, layer, build] {
        std::shared_ptr<const SnapIndex> index = watcher->result();
        watcher->deleteLater();
        Entry* current = entryOf(layer);
        if (!current || current->build != build || !index)
            return; // cancelled, or the layer moved on to other geometries
        current->index = std::move(index);
        current->cancel.reset();
        updateState();
    });
    watcher->setFuture(QtConcurrent::run([geometries = entry.source, cancel] {
        return SnapIndex::build(geometries, cancel.get());
    }));
}

void SnapIndexer::cancelBuild(Entry& entry) {
    if (entry.cancel)
        *entry.cancel = true;
    entry.cancel.reset();
    entry.build = 0;
}

SnapIndexer::Entry* SnapIndexer::entryOf(const QObject* layer) {
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [layer](const Entry& entry) { return entry.layer == layer; });
    return found == m_entries.end() ? nullptr : &*found;
}

const SnapIndexer::Entry* SnapIndexer::entryOf(const QString& layerId) const {
    const auto found =
        std::find_if(m_entries.begin(), m_entries.end(), [&layerId](const Entry& entry) {
            return entry.layer && entry.layer->id() == layerId;
        });
    return found == m_entries.end() ? nullptr : &*found;
}

std::optional<LayerSnapMatch> SnapIndexer::snap(const QPointF& mapPoint, double toleranceMapUnits,
                                                SnapModes modes) const {
    std::optional<LayerSnapMatch> best;
    for (const Entry& entry : m_entries) {
        // What is not shown is not snapped to: the official would not know what caught.
        if (!entry.index || !entry.layer || !entry.layer->isVisible())
            continue;
        const auto match = entry.index->snap(mapPoint, toleranceMapUnits, modes);
        if (!match)
            continue;
        const LayerSnapMatch candidate{entry.layer, *match};
        if (!best || isBetter(candidate, *best))
            best = candidate;
    }
    return best;
}

bool SnapIndexer::isBetter(const LayerSnapMatch& candidate, const LayerSnapMatch& best) const {
    if (candidate.match.kind != best.match.kind)
        return candidate.match.kind == SnapKind::Vertex;
    if (candidate.match.distance != best.match.distance)
        return candidate.match.distance < best.match.distance;
    return m_layers && m_layers->indexOf(candidate.layer) > m_layers->indexOf(best.layer);
}

void SnapIndexer::updateState() {
    SnapIndexerState state;
    for (const Entry& entry : m_entries) {
        if (!entry.index) {
            ++state.layersBuilding;
            continue;
        }
        ++state.layersReady;
        state.vertices += qint64(entry.index->vertexCount());
        state.segments += qint64(entry.index->segmentCount());
        state.memoryBytes += qint64(entry.index->memoryBytes());
    }
    if (state.layersBuilding > 0)
        state.phase = SnapIndexerState::Phase::Building;
    else if (state.layersReady > 0)
        state.phase = SnapIndexerState::Phase::Ready;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace agrimap
