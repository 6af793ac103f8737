#pragma once

#include <QDockWidget>
#include <QPointer>

class QAction;
class QMenu;
class QTreeView;

namespace agrimap {

class LayerCollection;
class LayerTreeModel;
class MapLayer;
class VectorLayer;

/// The "Layers" dock: the map's layers top-first with visibility boxes, icons, editable
/// titles and legends; reorder by drag and drop or Move up/down; a context menu for zoom,
/// attribute table, opacity, role, CRS and removal. What needs other windows (zoom, table,
/// CRS dialog) is asked for through signals; the main window answers them.
class LayerTreeDock : public QDockWidget {
    Q_OBJECT
public:
    LayerTreeDock(LayerCollection* layers, QWidget* parent);

    /// The layer of the current row (a legend row counts as its layer); null when none.
    MapLayer* currentLayer() const;
    void setCurrentLayer(MapLayer* layer);

    QTreeView* view() const { return m_view; }
    LayerTreeModel* model() const { return m_model; }
    /// The context menu for `layer` (the caller owns it); also used by tests.
    QMenu* createLayerMenu(MapLayer* layer, QWidget* parent);

    void moveCurrentUp();
    void moveCurrentDown();
    void removeCurrent();
    /// Opens the opacity slider for `layer` near the cursor; returns it (it deletes itself).
    QWidget* showOpacityPopup(MapLayer* layer);

Q_SIGNALS:
    void zoomToLayerRequested(agrimap::MapLayer* layer);
    void attributeTableRequested(agrimap::VectorLayer* layer);
    void assignCrsRequested(agrimap::MapLayer* layer);
    void currentLayerChanged(agrimap::MapLayer* layer);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentChanged();
    void updateActions();
    void showContextMenu(const QPoint& position);
    void moveCurrentBy(int rows);
    void removeLayer(MapLayer* layer);

    LayerCollection* m_layers;
    LayerTreeModel* m_model;
    QTreeView* m_view;
    QAction* m_moveUpAction;
    QAction* m_moveDownAction;
    QAction* m_removeAction;
    QPointer<MapLayer> m_current;
};

} // namespace agrimap
