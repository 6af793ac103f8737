#pragma once

#include "crs.h"
#include "map_layer.h"

#include <QObject>
#include <QRectF>
#include <vector>

namespace agrimap {

/// The map's layers in drawing order (index 0 is drawn first, at the bottom) and the map
/// CRS they are shown in. Owns its layers. The layer tree and the canvas both watch it.
class LayerCollection : public QObject {
    Q_OBJECT
public:
    explicit LayerCollection(QObject* parent = nullptr);

    const Crs& mapCrs() const { return m_mapCrs; }
    /// Every layer follows: vector layers reproject in the background.
    void setMapCrs(const Crs& crs);

    int count() const { return int(m_layers.size()); }
    MapLayer* at(int index) const { return m_layers.at(size_t(index)); }
    MapLayer* byId(const QString& id) const;
    int indexOf(const MapLayer* layer) const;
    const std::vector<MapLayer*>& layers() const { return m_layers; }

    /// Takes ownership; adds on top. The first layer with a CRS sets the map CRS.
    void add(MapLayer* layer);
    void remove(MapLayer* layer);
    void move(int from, int to);
    void clear();

    /// Union of the layers' extents in the map CRS.
    QRectF fullExtent() const;

Q_SIGNALS:
    void layerAdded(agrimap::MapLayer* layer);
    void layerAboutToBeRemoved(agrimap::MapLayer* layer);
    void orderChanged();
    void mapCrsChanged(const agrimap::Crs& crs);
    /// Anything that should redraw the map: a layer's data, style, order or visibility.
    void mapChanged();

private:
    std::vector<MapLayer*> m_layers;
    Crs m_mapCrs;
};

} // namespace agrimap
