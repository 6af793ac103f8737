#pragma once

#include "layer_style.h"

#include <QAbstractItemModel>
#include <QList>
#include <vector>

namespace agrimap {

class LayerCollection;
class MapLayer;

/// The layer tree's model: the collection's layers top-first (the reverse of drawing order),
/// each with its legend as child rows. It reads the collection and the layers and writes
/// visibility, titles and order back to them; it owns nothing.
class LayerTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr QLatin1String layerMimeType{"application/x-agrimap-layer-id"};

    explicit LayerTreeModel(LayerCollection* layers, QObject* parent = nullptr);

    LayerCollection* collection() const { return m_collection; }
    /// The layer of a layer row, or of a legend row's parent; null for an invalid index.
    MapLayer* layerAt(const QModelIndex& index) const;
    bool isLegendRow(const QModelIndex& index) const;
    QModelIndex indexOf(const MapLayer* layer) const;
    /// Puts `layer` at `treeRow` (0 = top of the tree, drawn last) and moves the others.
    void moveLayerToRow(MapLayer* layer, int treeRow);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {QString(layerMimeType)}; }
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    struct Node {
        MapLayer* layer = nullptr;
        QList<LegendEntry> legend;
        int progress = -1; ///< while loading; -1 before the first report
    };

    int rowOf(const MapLayer* layer) const;
    void watch(MapLayer* layer);
    void onLayerAdded(MapLayer* layer);
    void onLayerAboutToBeRemoved(MapLayer* layer);
    void onOrderChanged();
    void onProgress(MapLayer* layer, int percent);
    /// Re-reads a layer's legend (rows added or removed as its length changes) and row.
    void refresh(MapLayer* layer);
    QVariant layerData(const Node& node, int role) const;
    QVariant legendData(const LegendEntry& entry, int role) const;

    LayerCollection* m_collection;
    std::vector<Node> m_nodes; ///< tree order: m_nodes[0] is the collection's last layer
};

} // namespace agrimap
