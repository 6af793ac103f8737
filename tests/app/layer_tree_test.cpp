#include "layer_collection.h"
#include "layer_factory.h"
#include "panel_test_data.h"
#include "panels/layer_tree_dock.h"
#include "panels/layer_tree_model.h"
#include "panels/opacity_popup.h"
#include "vector_layer.h"

#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>
#include <memory>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

VectorLayer* openLayer(const QString& path, const QString& name) {
    auto layers = openLayers(path, {name});
    if (!layers.ok() || layers->empty())
        qFatal("cannot open %s: %s", qPrintable(name), qPrintable(layers.errorMessage()));
    return qobject_cast<VectorLayer*>(layers->front());
}

QStringList childTexts(const QAbstractItemModel& model, const QModelIndex& parent) {
    QStringList texts;
    for (int i = 0; i < model.rowCount(parent); ++i)
        texts << model.index(i, 0, parent).data().toString();
    return texts;
}

} // namespace

class LayerTreeTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_gpkg;
    std::unique_ptr<LayerCollection> m_collection;
    std::unique_ptr<LayerTreeDock> m_dock;
    VectorLayer* m_landUse = nullptr;  // collection index 0: bottom, last tree row
    VectorLayer* m_parcels = nullptr;  // collection index 1
    VectorLayer* m_landUse2 = nullptr; // collection index 2: top, first tree row

    QTreeView* view() const { return m_dock->view(); }
    LayerTreeModel* model() const { return m_dock->model(); }

    VectorLayer* addLoaded(const QString& name, const QString& title) {
        VectorLayer* layer = openLayer(m_gpkg, name);
        layer->setTitle(title);
        m_collection->add(layer);
        const Status loaded = layer->loadNow(m_collection->mapCrs());
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.errorMessage()));
        return layer;
    }

    QList<MapLayer*> order() const {
        return {m_collection->layers().begin(), m_collection->layers().end()};
    }

    // Where the tree draws a row's check box, as the delegate computes it.
    QPoint checkBoxCentre(const QModelIndex& index) const {
        QStyleOptionViewItem option;
        option.initFrom(view());
        option.rect = view()->visualRect(index);
        option.features = QStyleOptionViewItem::HasCheckIndicator |
                          QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
        option.decorationSize = view()->iconSize().isValid()
                                    ? view()->iconSize()
                                    : QSize(view()->style()->pixelMetric(QStyle::PM_SmallIconSize),
                                            view()->style()->pixelMetric(QStyle::PM_SmallIconSize));
        option.text = index.data().toString();
        return view()
            ->style()
            ->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view())
            .center();
    }

    void sendDrop(const QModelIndex& dragged, const QPoint& position) {
        std::unique_ptr<QMimeData> mime(model()->mimeData({dragged}));
        QWidget* viewport = view()->viewport();
        QDragEnterEvent enter(position, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(position, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
        QVERIFY2(move.isAccepted(), "the tree refused the drag");
        QDropEvent drop(QPointF(position), Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &drop);
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<MapLayer*>();
        qRegisterMetaType<VectorLayer*>();
        QVERIFY(m_directory.isValid());
        m_gpkg = m_directory.filePath(QStringLiteral("tree.gpkg"));
        panel_data::writeParcels(m_gpkg, QStringLiteral("land_use"), 10, panel_data::Kind::LandUse);
        panel_data::writeParcels(m_gpkg, QStringLiteral("parcels"), 20,
                                 panel_data::Kind::Cadastral);
        panel_data::writeParcels(m_gpkg, QStringLiteral("land_use_2"), 30,
                                 panel_data::Kind::LandUse);
    }

    void init() {
        m_collection = std::make_unique<LayerCollection>();
        m_landUse = addLoaded(QStringLiteral("land_use"), QStringLiteral("Land use"));
        m_parcels = addLoaded(QStringLiteral("parcels"), QStringLiteral("Parcels"));
        m_landUse2 = addLoaded(QStringLiteral("land_use_2"), QStringLiteral("Land use 2"));
        m_dock = std::make_unique<LayerTreeDock>(m_collection.get(), nullptr);
        m_dock->resize(360, 600);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }

    void cleanup() {
        m_dock.reset();
        m_collection.reset();
    }

    void layersAreListedTopFirst() {
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(model()->layerAt(model()->index(0, 0)), m_landUse2);
        QCOMPARE(model()->layerAt(model()->index(1, 0)), m_parcels);
        QCOMPARE(model()->layerAt(model()->index(2, 0)), m_landUse);
        QCOMPARE(model()->index(0, 0).data().toString(), QStringLiteral("Land use 2"));
        QVERIFY(!model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void clickingTheCheckBoxHidesTheLayer() {
        const QModelIndex index = model()->indexOf(m_parcels);
        QSignalSpy changed(m_collection.get(), &LayerCollection::mapChanged);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, checkBoxCentre(index));
        QVERIFY(!m_parcels->isVisible());
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(changed.count() >= 1);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, checkBoxCentre(index));
        QVERIFY(m_parcels->isVisible());
        // The keyboard does the same.
        view()->setCurrentIndex(index);
        QTest::keyClick(view(), Qt::Key_Space);
        QVERIFY(!m_parcels->isVisible());
        // And a change made elsewhere (a project, a script) shows in the tree.
        m_parcels->setVisible(true);
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void legendListsPresentCodesWithCountsAndUnknownCodes() {
        const QModelIndex layer = model()->indexOf(m_landUse);
        const QStringList rows = childTexts(*model(), layer);
        // 10 features: 4 LUC, 2 CLN, 1 each of ONT, NTS, LUK and an unknown XYZ.
        const std::pair<const char*, int> expected[] = {
            {"LUC", 4}, {"CLN", 2}, {"ONT", 1}, {"NTS", 1}, {"LUK", 1}};
        for (const auto& [code, count] : expected) {
            const QString prefix = QLatin1String(code) + QStringLiteral(" — ");
            const auto found = std::find_if(rows.begin(), rows.end(), [&](const QString& row) {
                return row.startsWith(prefix);
            });
            QVERIFY2(found != rows.end(), code);
            QVERIFY2(found->endsWith(QStringLiteral(" (%1)").arg(count)), qPrintable(*found));
        }
        QVERIFY2(rows.contains(QStringLiteral("XYZ — unknown code (1)")),
                 qPrintable(rows.join('|')));
        QCOMPARE(rows.size(), 6); // only the codes present
        // Every legend row has a swatch.
        for (int i = 0; i < model()->rowCount(layer); ++i)
            QVERIFY(!model()->index(i, 0, layer).data(Qt::DecorationRole).value<QIcon>().isNull());
        // The bigger layer has three times the counts.
        QVERIFY(childTexts(*model(), model()->indexOf(m_landUse2))
                    .contains(QStringLiteral("XYZ — unknown code (3)")));
    }

    void moveUpAndDownReorderTheCollection() {
        m_dock->setCurrentLayer(m_landUse); // bottom row
        auto* toolbar = m_dock->findChild<QToolBar*>();
        QVERIFY(toolbar);
        QAction* up = m_dock->findChild<QAction*>(QStringLiteral("moveLayerUp"));
        QAction* down = m_dock->findChild<QAction*>(QStringLiteral("moveLayerDown"));
        QVERIFY(up && down);
        QVERIFY(up->isEnabled());
        QVERIFY(!down->isEnabled());
        QTest::mouseClick(toolbar->widgetForAction(up), Qt::LeftButton);
        QCOMPARE(order(), (QList<MapLayer*>{m_parcels, m_landUse, m_landUse2}));
        QCOMPARE(m_dock->currentLayer(), m_landUse); // the current row follows its layer
        QTest::mouseClick(toolbar->widgetForAction(up), Qt::LeftButton);
        QCOMPARE(order(), (QList<MapLayer*>{m_parcels, m_landUse2, m_landUse}));
        QVERIFY(!up->isEnabled());
        QTest::mouseClick(toolbar->widgetForAction(down), Qt::LeftButton);
        QCOMPARE(order(), (QList<MapLayer*>{m_parcels, m_landUse, m_landUse2}));
        // The legend rows still belong to their layers.
        QVERIFY(childTexts(*model(), model()->indexOf(m_landUse))
                    .contains(QStringLiteral("XYZ — unknown code (1)")));
    }

    void draggingARowReordersTheCollection() {
        // The offscreen platform has no drag session, so the view gets the drag's events as a
        // real drag would deliver them: the bottom layer dropped just above the top row.
        const QModelIndex bottom = model()->indexOf(m_landUse);
        const QRect top = view()->visualRect(model()->indexOf(m_landUse2));
        sendDrop(bottom, QPoint(top.center().x(), top.top() + 1));
        QCOMPARE(order(), (QList<MapLayer*>{m_parcels, m_landUse2, m_landUse}));
        QCOMPARE(model()->layerAt(model()->index(0, 0)), m_landUse);

        // Dropped onto a layer, it takes that layer's place.
        const QModelIndex first = model()->indexOf(m_landUse);
        const QRect last = view()->visualRect(model()->indexOf(m_parcels));
        sendDrop(first, last.center());
        QCOMPARE(order(), (QList<MapLayer*>{m_landUse, m_parcels, m_landUse2}));

        // The same through the model, below the last row.
        std::unique_ptr<QMimeData> mime(model()->mimeData({model()->indexOf(m_landUse2)}));
        QVERIFY(model()->dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {}));
        QCOMPARE(order(), (QList<MapLayer*>{m_landUse2, m_landUse, m_parcels}));
        // A legend row cannot be dragged, and ids from elsewhere are refused.
        QVERIFY(!(model()->flags(model()->index(0, 0, model()->indexOf(m_landUse))) &
                  Qt::ItemIsDragEnabled));
        QMimeData foreign;
        foreign.setData(QString(LayerTreeModel::layerMimeType), "not-a-layer");
        QVERIFY(!model()->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
    }

    void deleteKeyRemovesTheCurrentLayer() {
        QSignalSpy current(m_dock.get(), &LayerTreeDock::currentLayerChanged);
        m_dock->setCurrentLayer(m_parcels);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).value<MapLayer*>(), m_parcels);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(m_collection->count(), 2);
        QCOMPARE(m_collection->indexOf(m_parcels), -1);
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(m_dock->currentLayer() != nullptr); // the tree moves to a neighbour
        QCOMPARE(current.last().at(0).value<MapLayer*>(), m_dock->currentLayer());
        // The remove action does the same.
        m_dock->setCurrentLayer(m_landUse);
        m_dock->findChild<QAction*>(QStringLiteral("removeLayer"))->trigger();
        QCOMPARE(m_collection->count(), 1);
        QCOMPARE(model()->rowCount(), 1);
    }

    void addedLayersAppearOnTop() {
        VectorLayer* added = addLoaded(QStringLiteral("parcels"), QStringLiteral("Added"));
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(model()->layerAt(model()->index(0, 0)), added);
        m_collection->clear();
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(m_dock->currentLayer(), nullptr);
    }

    void titlesAreEditable() {
        const QModelIndex index = model()->indexOf(m_parcels);
        view()->setCurrentIndex(index);
        view()->edit(index);
        auto* editor = view()->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Thua "));
        editor->insert(QStringLiteral("đất xã Mỹ Trà")); // QTest types ASCII only
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_parcels->title(), QStringLiteral("Thua đất xã Mỹ Trà"));
        QCOMPARE(index.data().toString(), QStringLiteral("Thua đất xã Mỹ Trà"));
        QVERIFY(!model()->setData(index, QStringLiteral("   "), Qt::EditRole));
        QCOMPARE(m_parcels->title(), QStringLiteral("Thua đất xã Mỹ Trà"));
    }

    void contextMenuActionsAskTheWindowOrChangeTheLayer() {
        QSignalSpy zoom(m_dock.get(), &LayerTreeDock::zoomToLayerRequested);
        QSignalSpy table(m_dock.get(), &LayerTreeDock::attributeTableRequested);
        QSignalSpy crs(m_dock.get(), &LayerTreeDock::assignCrsRequested);
        std::unique_ptr<QMenu> menu(m_dock->createLayerMenu(m_parcels, nullptr));
        menu->findChild<QAction*>(QStringLiteral("zoomToLayer"))->trigger();
        menu->findChild<QAction*>(QStringLiteral("openAttributeTable"))->trigger();
        menu->findChild<QAction*>(QStringLiteral("assignCrs"))->trigger();
        QCOMPARE(zoom.count(), 1);
        QCOMPARE(zoom.first().at(0).value<MapLayer*>(), m_parcels);
        QCOMPARE(table.count(), 1);
        QCOMPARE(table.first().at(0).value<VectorLayer*>(), m_parcels);
        QCOMPARE(crs.count(), 1);

        // Double-clicking a layer zooms to it too.
        const QRect row = view()->visualRect(model()->indexOf(m_landUse));
        const QPoint onTitle(row.right() - 10, row.center().y());
        // A widget double-click in QTest is the second click only: the first comes before it.
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onTitle);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, onTitle);
        QCOMPARE(zoom.count(), 2);
        QCOMPARE(zoom.last().at(0).value<MapLayer*>(), m_landUse);
    }

    void roleMenuChangesTheStyleAndLegend() {
        QCOMPARE(m_parcels->role(), LayerRole::Cadastral);
        std::unique_ptr<QMenu> menu(m_dock->createLayerMenu(m_parcels, nullptr));
        QAction* cadastral = menu->findChild<QAction*>(QStringLiteral("role_cadastral"));
        QVERIFY(cadastral && cadastral->isChecked());
        menu->findChild<QAction*>(QStringLiteral("role_other"))->trigger();
        QCOMPARE(m_parcels->role(), LayerRole::Other);
        // The layer is read again with a single style: one legend row with every feature.
        QTRY_COMPARE(m_parcels->state(), MapLayer::State::Ready);
        QTRY_COMPARE(childTexts(*model(), model()->indexOf(m_parcels)),
                     QStringList{QStringLiteral("Parcels (20)")});
        std::unique_ptr<QMenu> again(m_dock->createLayerMenu(m_parcels, nullptr));
        QVERIFY(again->findChild<QAction*>(QStringLiteral("role_other"))->isChecked());
    }

    void opacitySliderSetsTheOpacity() {
        std::unique_ptr<QMenu> menu(m_dock->createLayerMenu(m_landUse, nullptr));
        menu->findChild<QAction*>(QStringLiteral("layerOpacity"))->trigger();
        auto* popup = m_dock->findChild<OpacityPopup*>();
        QVERIFY(popup);
        QCOMPARE(popup->slider()->value(), 100);
        popup->slider()->setValue(40);
        QCOMPARE(m_landUse->opacity(), 0.4);
        QTest::keyClick(popup->slider(), Qt::Key_PageDown);
        QCOMPARE(m_landUse->opacity(), 0.3);
        popup->close();
    }

    void loadingShowsProgressAndFailureShowsTheError() {
        m_landUse2->startLoading();
        const QModelIndex index = model()->indexOf(m_landUse2);
        QVERIFY(index.data().toString().contains(QStringLiteral("loading")));
        Q_EMIT m_landUse2->progressChanged(42);
        QCOMPARE(index.data().toString(), QStringLiteral("Land use 2 (loading 42 %)"));
        QTRY_COMPARE(m_landUse2->state(), MapLayer::State::Ready);
        QCOMPARE(index.data().toString(), QStringLiteral("Land use 2"));
        QCOMPARE(model()->rowCount(index), 6);

        // A layer whose file went away fails; the tree says why.
        const QString gone = m_directory.filePath(QStringLiteral("gone.gpkg"));
        QVERIFY(QFile::copy(m_gpkg, gone));
        VectorLayer* broken = openLayer(gone, QStringLiteral("parcels"));
        QVERIFY(QFile::remove(gone));
        m_collection->add(broken);
        broken->startLoading();
        QTRY_COMPARE(broken->state(), MapLayer::State::Failed);
        const QModelIndex brokenIndex = model()->indexOf(broken);
        QVERIFY(!broken->errorMessage().isEmpty());
        QCOMPARE(brokenIndex.data(Qt::ToolTipRole).toString(), broken->errorMessage());
        QVERIFY(brokenIndex.data().toString().contains(QStringLiteral("failed")));
        QVERIFY(!brokenIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
};

QTEST_MAIN(LayerTreeTest)
#include "layer_tree_test.moc"
