#include "layer_collection.h"

#include <algorithm>

namespace agrimap {

LayerCollection::LayerCollection(QObject* parent)
    : QObject(parent) {}

void LayerCollection::setMapCrs(const Crs& crs) {
    if (!crs.isValid() || crs == m_mapCrs)
        return;
    m_mapCrs = crs;
    for (MapLayer* layer : m_layers)
        layer->setMapCrs(crs);
    Q_EMIT mapCrsChanged(crs);
    Q_EMIT mapChanged();
}

MapLayer* LayerCollection::byId(const QString& id) const {
    const auto found = std::find_if(m_layers.begin(), m_layers.end(),
                                    [&id](const MapLayer* layer) { return layer->id() == id; });
    return found == m_layers.end() ? nullptr : *found;
}

int LayerCollection::indexOf(const MapLayer* layer) const {
    const auto found = std::find(m_layers.begin(), m_layers.end(), layer);
    return found == m_layers.end() ? -1 : int(found - m_layers.begin());
}

void LayerCollection::add(MapLayer* layer) {
    layer->setParent(this);
    m_layers.push_back(layer);
    if (!m_mapCrs.isValid() && layer->crs().isValid()) {
        m_mapCrs = layer->crs();
        for (MapLayer* existing : m_layers)
            existing->setMapCrs(m_mapCrs);
        Q_EMIT mapCrsChanged(m_mapCrs);
    } else {
        layer->setMapCrs(m_mapCrs);
    }
    connect(layer, &MapLayer::appearanceChanged, this, &LayerCollection::mapChanged);
    connect(layer, &MapLayer::repaintNeeded, this, &LayerCollection::mapChanged);
    Q_EMIT layerAdded(layer);
    Q_EMIT mapChanged();
}

void LayerCollection::remove(MapLayer* layer) {
    const int index = indexOf(layer);
    if (index < 0)
        return;
    Q_EMIT layerAboutToBeRemoved(layer);
    m_layers.erase(m_layers.begin() + index);
    layer->deleteLater();
    Q_EMIT mapChanged();
}

void LayerCollection::move(int from, int to) {
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return;
    MapLayer* layer = m_layers[size_t(from)];
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, layer);
    Q_EMIT orderChanged();
    Q_EMIT mapChanged();
}

void LayerCollection::clear() {
    while (!m_layers.empty())
        remove(m_layers.back());
    m_mapCrs = Crs();
}

QRectF LayerCollection::fullExtent() const {
    QRectF extent;
    for (const MapLayer* layer : m_layers) {
        const QRectF layerExtent = layer->mapExtent();
        if (layerExtent.isNull() && layerExtent.width() <= 0)
            continue;
        extent = extent.isNull() ? layerExtent : extent.united(layerExtent);
    }
    return extent;
}

} // namespace agrimap
