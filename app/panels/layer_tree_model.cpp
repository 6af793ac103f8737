#include "layer_tree_model.h"

#include "layer_collection.h"
#include "layer_icons.h"
#include "map_layer.h"

#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <algorithm>

namespace agrimap {

LayerTreeModel::LayerTreeModel(LayerCollection* layers, QObject* parent)
    : QAbstractItemModel(parent)
    , m_collection(layers) {
    for (int i = layers->count() - 1; i >= 0; --i) {
        MapLayer* layer = layers->at(i);
        m_nodes.push_back({layer, layer->legend(), -1});
        watch(layer);
    }
    connect(layers, &LayerCollection::layerAdded, this, &LayerTreeModel::onLayerAdded);
    connect(layers, &LayerCollection::layerAboutToBeRemoved, this,
            &LayerTreeModel::onLayerAboutToBeRemoved);
    connect(layers, &LayerCollection::orderChanged, this, &LayerTreeModel::onOrderChanged);
}

void LayerTreeModel::watch(MapLayer* layer) {
    connect(layer, &MapLayer::appearanceChanged, this, [this, layer] { refresh(layer); });
    connect(layer, &MapLayer::stateChanged, this, [this, layer] { refresh(layer); });
    // Legend counts are known only once the features are loaded (and change with the role).
    connect(layer, &MapLayer::repaintNeeded, this, [this, layer] { refresh(layer); });
    connect(layer, &MapLayer::progressChanged, this,
            [this, layer](int percent) { onProgress(layer, percent); });
}

int LayerTreeModel::rowOf(const MapLayer* layer) const {
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].layer == layer)
            return int(i);
    }
    return -1;
}

MapLayer* LayerTreeModel::layerAt(const QModelIndex& index) const {
    if (!index.isValid())
        return nullptr;
    if (index.internalPointer())
        return static_cast<MapLayer*>(index.internalPointer());
    return index.row() < int(m_nodes.size()) ? m_nodes[size_t(index.row())].layer : nullptr;
}

bool LayerTreeModel::isLegendRow(const QModelIndex& index) const {
    return index.isValid() && index.internalPointer() != nullptr;
}

QModelIndex LayerTreeModel::indexOf(const MapLayer* layer) const {
    const int row = rowOf(layer);
    return row < 0 ? QModelIndex() : createIndex(row, 0);
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_nodes.size()) ? createIndex(row, 0) : QModelIndex();
    if (isLegendRow(parent) || parent.row() >= int(m_nodes.size()))
        return {};
    const Node& node = m_nodes[size_t(parent.row())];
    // A legend row carries its layer, so its parent survives reordering.
    return row < node.legend.size() ? createIndex(row, 0, node.layer) : QModelIndex();
}

QModelIndex LayerTreeModel::parent(const QModelIndex& child) const {
    if (!isLegendRow(child))
        return {};
    return indexOf(static_cast<MapLayer*>(child.internalPointer()));
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_nodes.size());
    if (isLegendRow(parent) || parent.column() != 0 || parent.row() >= int(m_nodes.size()))
        return 0;
    return int(m_nodes[size_t(parent.row())].legend.size());
}

int LayerTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (!isLegendRow(index))
        return index.row() < int(m_nodes.size()) ? layerData(m_nodes[size_t(index.row())], role)
                                                 : QVariant();
    const int parentRow = rowOf(static_cast<MapLayer*>(index.internalPointer()));
    if (parentRow < 0 || index.row() >= m_nodes[size_t(parentRow)].legend.size())
        return {};
    return legendData(m_nodes[size_t(parentRow)].legend.at(index.row()), role);
}

QVariant LayerTreeModel::layerData(const Node& node, int role) const {
    const MapLayer& layer = *node.layer;
    switch (role) {
    case Qt::DisplayRole:
        if (layer.state() == MapLayer::State::Loading)
            return node.progress >= 0
                       ? tr("%1 (loading %2 %)").arg(layer.title()).arg(node.progress)
                       : tr("%1 (loading…)").arg(layer.title());
        if (layer.state() == MapLayer::State::Failed)
            return tr("%1 (failed)").arg(layer.title());
        return layer.title();
    case Qt::EditRole:
        return layer.title();
    case Qt::CheckStateRole:
        return layer.isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return layer_icons::forLayer(layer, node.progress);
    case Qt::ToolTipRole: {
        if (layer.state() == MapLayer::State::Failed)
            return layer.errorMessage();
        QString tip = layer.sourcePath();
        if (!layer.sourceLayerName().isEmpty())
            tip += QStringLiteral(" — ") + layer.sourceLayerName();
        tip += QLatin1Char('\n') + (layer.crs().isValid()
                                        ? tr("CRS: %1").arg(layer.crs().displayName())
                                        : tr("CRS: unknown (assign one from the context menu)"));
        if (layer.crsAssigned())
            tip += QLatin1Char(' ') + tr("(assigned by the user)");
        return tip;
    }
    case Qt::ForegroundRole:
        // A hidden layer reads as disabled, the way the map shows it.
        if (!layer.isVisible())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant LayerTreeModel::legendData(const LegendEntry& entry, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (entry.count < 0)
            return entry.label;
        return tr("%1 (%2)").arg(entry.label, QLocale().toString(entry.count));
    case Qt::DecorationRole:
        return layer_icons::swatch(entry.fill, entry.stroke);
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    MapLayer* layer = isLegendRow(index) ? nullptr : layerAt(index);
    if (!layer)
        return false;
    if (role == Qt::CheckStateRole) {
        layer->setVisible(value.toInt() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole) {
        const QString title = value.toString().trimmed();
        if (title.isEmpty())
            return false; // a layer without a name cannot be found again in the tree
        layer->setTitle(title);
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (isLegendRow(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Dropping on a layer puts the dragged layer in its place.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable |
           Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QMimeData* LayerTreeModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    for (const QModelIndex& index : indexes) {
        if (!isLegendRow(index)) {
            if (MapLayer* layer = layerAt(index); layer && !ids.contains(layer->id()))
                ids << layer->id();
        }
    }
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString(layerMimeType), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

bool LayerTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const {
    if (!data || !data->hasFormat(QString(layerMimeType)) || action != Qt::MoveAction ||
        isLegendRow(parent))
        return false;
    // Only layers of this map: an id from another window's tree means nothing here.
    const QString id =
        QString::fromUtf8(data->data(QString(layerMimeType))).section(QLatin1Char('\n'), 0, 0);
    return m_collection->byId(id) != nullptr;
}

bool LayerTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                  const QModelIndex& parent) {
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const QStringList ids =
        QString::fromUtf8(data->data(QString(layerMimeType))).split(QLatin1Char('\n'));
    MapLayer* layer = m_collection->byId(ids.value(0));
    const int from = rowOf(layer);
    if (from < 0)
        return false;
    int target;
    if (parent.isValid() && row < 0) {
        target = parent.row(); // dropped on a layer: take its place
    } else if (parent.isValid()) {
        target = parent.row() + 1; // among a layer's legend rows: just below that layer
        if (from < target)
            --target;
    } else {
        // Between rows: `row` is the insertion point before the dragged row is taken out.
        target = row < 0 ? int(m_nodes.size()) : row;
        if (from < target)
            --target;
    }
    moveLayerToRow(layer, target);
    // The move is done here; the view's own row removal after a move finds nothing to remove
    // (this model has no removeRows).
    return true;
}

void LayerTreeModel::moveLayerToRow(MapLayer* layer, int treeRow) {
    const int count = m_collection->count();
    const int from = m_collection->indexOf(layer);
    if (from < 0 || count == 0)
        return;
    treeRow = std::clamp(treeRow, 0, count - 1);
    m_collection->move(from, count - 1 - treeRow); // orderChanged() updates the rows
}

void LayerTreeModel::onLayerAdded(MapLayer* layer) {
    const int index = m_collection->indexOf(layer);
    if (index < 0 || rowOf(layer) >= 0)
        return;
    const int row = std::clamp(m_collection->count() - 1 - index, 0, int(m_nodes.size()));
    beginInsertRows({}, row, row);
    m_nodes.insert(m_nodes.begin() + row, Node{layer, layer->legend(), -1});
    endInsertRows();
    watch(layer);
}

void LayerTreeModel::onLayerAboutToBeRemoved(MapLayer* layer) {
    const int row = rowOf(layer);
    if (row < 0)
        return;
    disconnect(layer, nullptr, this, nullptr);
    beginRemoveRows({}, row, row);
    m_nodes.erase(m_nodes.begin() + row);
    endRemoveRows();
}

void LayerTreeModel::onOrderChanged() {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<Node> reordered;
    for (int i = m_collection->count() - 1; i >= 0; --i) {
        MapLayer* layer = m_collection->at(i);
        const int old = rowOf(layer);
        reordered.push_back(old >= 0 ? m_nodes[size_t(old)] : Node{layer, layer->legend(), -1});
    }
    // Selection and expansion follow their layers (legend rows keep their layer pointer).
    const QModelIndexList before = persistentIndexList();
    std::vector<const MapLayer*> layersBefore;
    for (const QModelIndex& index : before)
        layersBefore.push_back(isLegendRow(index) ? nullptr : layerAt(index));
    m_nodes = std::move(reordered);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << (layersBefore[size_t(i)] ? indexOf(layersBefore[size_t(i)]) : before[i]);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LayerTreeModel::onProgress(MapLayer* layer, int percent) {
    const int row = rowOf(layer);
    if (row < 0 || m_nodes[size_t(row)].progress == percent)
        return;
    m_nodes[size_t(row)].progress = percent;
    const QModelIndex index = createIndex(row, 0);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::DecorationRole});
}

void LayerTreeModel::refresh(MapLayer* layer) {
    const int row = rowOf(layer);
    if (row < 0)
        return;
    Node& node = m_nodes[size_t(row)];
    if (layer->state() != MapLayer::State::Loading)
        node.progress = -1;
    const QModelIndex parentIndex = createIndex(row, 0);
    QList<LegendEntry> legend = layer->legend();
    const int oldCount = int(node.legend.size());
    const int newCount = int(legend.size());
    if (newCount < oldCount) {
        beginRemoveRows(parentIndex, newCount, oldCount - 1);
        node.legend = std::move(legend);
        endRemoveRows();
    } else if (newCount > oldCount) {
        beginInsertRows(parentIndex, oldCount, newCount - 1);
        node.legend = std::move(legend);
        endInsertRows();
    } else {
        node.legend = std::move(legend);
    }
    const int unchanged = std::min(oldCount, newCount);
    if (unchanged > 0)
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(unchanged - 1, 0, parentIndex));
    Q_EMIT dataChanged(parentIndex, parentIndex);
}

} // namespace agrimap
