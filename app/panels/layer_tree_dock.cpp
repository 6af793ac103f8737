#include "layer_tree_dock.h"

#include "layer_collection.h"
#include "layer_tree_model.h"
#include "opacity_popup.h"
#include "text_encoding_menu.h"
#include "vector_layer.h"

#include <QAction>
#include <QActionGroup>
#include <QCursor>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace agrimap {

LayerTreeDock::LayerTreeDock(LayerCollection* layers, QWidget* parent)
    : QDockWidget(tr("Layers"), parent)
    , m_layers(layers)
    , m_model(new LayerTreeModel(layers, this))
    , m_view(new QTreeView(this)) {
    setObjectName(QStringLiteral("layerTreeDock"));
    m_view->setObjectName(QStringLiteral("layerTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    // DragDrop rather than InternalMove: the model accepts only layer ids of its own
    // collection, and drops stay testable without a platform drag.
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    // Double-click zooms to the layer; a title is renamed with F2 or a click on the current row.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);

    auto* toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    m_moveUpAction = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move up"),
                                        this, &LayerTreeDock::moveCurrentUp);
    m_moveDownAction = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowDown),
                                          tr("Move down"), this, &LayerTreeDock::moveCurrentDown);
    m_removeAction = toolbar->addAction(style()->standardIcon(QStyle::SP_TrashIcon),
                                        tr("Remove layer"), this, &LayerTreeDock::removeCurrent);
    m_moveUpAction->setObjectName(QStringLiteral("moveLayerUp"));
    m_moveDownAction->setObjectName(QStringLiteral("moveLayerDown"));
    m_removeAction->setObjectName(QStringLiteral("removeLayer"));

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LayerTreeDock::onCurrentChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &LayerTreeDock::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (MapLayer* layer = m_model->layerAt(index))
            Q_EMIT zoomToLayerRequested(layer);
    });
    // Order changes keep the current row but may change what Move up/down can do.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &LayerTreeDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& under, int first, int last) {
                // Legends start open, as on a printed map; the user may fold them.
                if (under.isValid()) {
                    if (!under.parent().isValid())
                        m_view->expand(under);
                    return;
                }
                for (int row = first; row <= last; ++row)
                    m_view->expand(m_model->index(row, 0));
                updateActions();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LayerTreeDock::onCurrentChanged);
    updateActions();
}

MapLayer* LayerTreeDock::currentLayer() const {
    return m_model->layerAt(m_view->currentIndex());
}

void LayerTreeDock::setCurrentLayer(MapLayer* layer) {
    const QModelIndex index = m_model->indexOf(layer);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
}

void LayerTreeDock::onCurrentChanged() {
    MapLayer* layer = currentLayer();
    updateActions();
    if (layer == m_current.data())
        return;
    m_current = layer;
    Q_EMIT currentLayerChanged(layer);
}

void LayerTreeDock::updateActions() {
    const QModelIndex index = m_model->indexOf(currentLayer());
    m_moveUpAction->setEnabled(index.isValid() && index.row() > 0);
    m_moveDownAction->setEnabled(index.isValid() && index.row() < m_model->rowCount() - 1);
    m_removeAction->setEnabled(index.isValid());
}

void LayerTreeDock::moveCurrentUp() {
    moveCurrentBy(-1);
}

void LayerTreeDock::moveCurrentDown() {
    moveCurrentBy(1);
}

void LayerTreeDock::moveCurrentBy(int rows) {
    MapLayer* layer = currentLayer();
    const QModelIndex index = m_model->indexOf(layer);
    if (!index.isValid())
        return;
    const int target = index.row() + rows;
    if (target < 0 || target >= m_model->rowCount())
        return;
    m_model->moveLayerToRow(layer, target);
}

void LayerTreeDock::removeCurrent() {
    removeLayer(currentLayer());
}

void LayerTreeDock::removeLayer(MapLayer* layer) {
    // Removing a layer only takes it off the map; its file is untouched.
    if (layer)
        m_layers->remove(layer);
}

bool LayerTreeDock::eventFilter(QObject* watched, QEvent* event) {
    // While a title is edited, keys go to the editor, not to the view.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeCurrent();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

QWidget* LayerTreeDock::showOpacityPopup(MapLayer* layer) {
    auto* popup = new OpacityPopup(layer, this);
    popup->move(QCursor::pos());
    popup->show();
    popup->slider()->setFocus();
    return popup;
}

QMenu* LayerTreeDock::createLayerMenu(MapLayer* layer, QWidget* parent) {
    auto* menu = new QMenu(parent);
    if (!layer)
        return menu;
    QPointer<MapLayer> guarded(layer);
    auto* vector = qobject_cast<VectorLayer*>(layer);

    QAction* zoom = menu->addAction(tr("Zoom to layer"), this, [this, guarded] {
        if (guarded)
            Q_EMIT zoomToLayerRequested(guarded);
    });
    zoom->setObjectName(QStringLiteral("zoomToLayer"));
    zoom->setEnabled(!layer->mapExtent().isNull());
    if (vector) {
        QPointer<VectorLayer> guardedVector(vector);
        QAction* table = menu->addAction(tr("Open attribute table"), this, [this, guardedVector] {
            if (guardedVector)
                Q_EMIT attributeTableRequested(guardedVector);
        });
        table->setObjectName(QStringLiteral("openAttributeTable"));
    }
    menu->addSeparator();
    QAction* opacity = menu->addAction(tr("Opacity…"), this, [this, guarded] {
        if (guarded)
            showOpacityPopup(guarded);
    });
    opacity->setObjectName(QStringLiteral("layerOpacity"));

    if (vector) {
        QMenu* roles = menu->addMenu(tr("Role"));
        roles->setObjectName(QStringLiteral("layerRoleMenu"));
        auto* group = new QActionGroup(roles);
        const std::pair<LayerRole, QString> choices[] = {
            {LayerRole::Cadastral, tr("Cadastral parcels")},
            {LayerRole::LandUse, tr("Land use")},
            {LayerRole::ProductionArea, tr("Production areas")},
            {LayerRole::Other, tr("Other")},
        };
        QPointer<VectorLayer> guardedVector(vector);
        for (const auto& [role, text] : choices) {
            QAction* action = roles->addAction(text);
            action->setCheckable(true);
            action->setChecked(vector->role() == role);
            action->setObjectName(QStringLiteral("role_") + layerRoleKey(role));
            group->addAction(action);
            connect(action, &QAction::triggered, this, [guardedVector, role = role] {
                if (guardedVector)
                    guardedVector->setRole(role);
            });
        }
        addTextEncodingMenu(menu, vector);
    }
    QAction* crs = menu->addAction(tr("Assign CRS…"), this, [this, guarded] {
        if (guarded)
            Q_EMIT assignCrsRequested(guarded);
    });
    crs->setObjectName(QStringLiteral("assignCrs"));

    menu->addSeparator();
    const int row = m_model->indexOf(layer).row();
    QAction* up = menu->addAction(tr("Move up"), this, [this, guarded] {
        if (guarded) {
            setCurrentLayer(guarded);
            moveCurrentUp();
        }
    });
    up->setEnabled(row > 0);
    QAction* down = menu->addAction(tr("Move down"), this, [this, guarded] {
        if (guarded) {
            setCurrentLayer(guarded);
            moveCurrentDown();
        }
    });
    down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    QAction* remove = menu->addAction(tr("Remove layer"), this, [this, guarded] {
        if (guarded)
            removeLayer(guarded);
    });
    remove->setShortcut(QKeySequence::Delete); // shown as a hint; the tree handles the key
    remove->setObjectName(QStringLiteral("removeLayer"));
    return menu;
}

void LayerTreeDock::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_view->indexAt(position);
    MapLayer* layer = m_model->layerAt(index);
    if (!layer)
        return;
    QMenu* menu = createLayerMenu(layer, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace agrimap
