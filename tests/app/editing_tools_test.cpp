#include "area_fixtures.h"
#include "editing/add_area_tool.h"
#include "editing/area_commands.h"
#include "editing/area_form_dialog.h"
#include "editing/area_geometry.h"
#include "editing/area_history_dialog.h"
#include "editing/edit_controller.h"
#include "editing/edit_session.h"
#include "editing/edit_settings_dialog.h"
#include "editing/parcel_area_builder.h"
#include "editing/project_store.h"
#include "editing/rules_panel.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "map/map_canvas.h"
#include "map_settings.h"
#include "panels/layer_tree_dock.h"
#include "snap_indexer.h"
#include "test_data.h"
#include "vector_layer.h"
#include "window/main_window.h"
#include "window/message_reporter.h"
#include "window/project_controller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

// The editing tools driven as a user would: real mouse clicks and keys on the canvas and
// the form, on a copy of the sample project.
class EditingToolsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    std::unique_ptr<MainWindow> m_window;
    VectorLayer* m_areas = nullptr;
    QPointF m_corner;

    AreaFormDialog* openForm() const {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* form = qobject_cast<AreaFormDialog*>(widget); form && form->isVisible())
                return form;
        }
        return nullptr;
    }

    // A free spot west of the sample's growing areas, at 1:5 000.
    void showFreeSpot() {
        const QRectF extent = m_areas->mapExtent();
        m_window->canvas()->setCentre(QPointF(extent.left() - 600, extent.center().y()));
        m_window->canvas()->setScaleDenominator(5000);
        m_window->activateWindow(); // tool shortcuts reach an active window only
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    void drawSquare(int half) {
        const QPoint centre = m_window->canvas()->rect().center();
        for (const QPoint& corner :
             {QPoint(-half, -half), QPoint(half, -half), QPoint(half, half), QPoint(-half, half)})
            QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier, centre + corner);
    }

    // A 200 m × 100 m test area in a free spot, shown at 1:2 000; returns its id.
    qint64 placeTestArea(const QString& code) {
        const QRectF extent = m_areas->mapExtent();
        m_corner = QPointF(extent.left() - 1500, extent.bottom() + 500);
        GrowingArea area = squareArea(m_corner.x(), m_corner.y(), 100, code);
        area.geometryWkb = area_geometry::polygonFromRing({m_corner, m_corner + QPointF(200, 0),
                                                           m_corner + QPointF(200, 100),
                                                           m_corner + QPointF(0, 100)});
        const qint64 fid = m_window->edits()->session()->addArea(area).value();
        m_window->canvas()->setCentre(m_corner + QPointF(100, 50));
        m_window->canvas()->setScaleDenominator(2000);
        m_window->activateWindow();
        if (!QTest::qWaitFor([this] { return m_window->isActiveWindow(); }, 5000))
            qWarning("the window did not become active");
        m_window->canvas()->setFocus();
        return fid;
    }

    QPoint screenAt(double dx, double dy) const {
        return m_window->canvas()->settings().toScreen(m_corner + QPointF(dx, dy)).toPoint();
    }

    double hectaresOf(qint64 fid) const {
        return m_window->edits()
            ->session()
            ->cached(fid)
            ->attributes.value(QStringLiteral("area_ha"))
            .toDouble();
    }

    // Typing Vietnamese as a keyboard with an input method does: key events carrying text.
    static void typeText(QWidget* widget, const QString& text) {
        for (const QChar character : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        QStandardPaths::setTestModeEnabled(true);
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
        m_window = std::make_unique<MainWindow>();
        m_window->messages()->setShowsBoxes(false);
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFiles({project});
        QVERIFY(m_window->edits()->isEditing());
        m_areas = m_window->edits()->areasLayer();
        QVERIFY(m_areas);
        QTRY_COMPARE_WITH_TIMEOUT(m_areas->loadedFeatureCount(), qint64(36), 20000);
    }

    void drawingWithBackspaceAndLiveArea() {
        showFreeSpot();
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_A);
        auto* tool = qobject_cast<AddAreaTool*>(m_window->canvas()->tool());
        QVERIFY(tool);
        drawSquare(50);
        QCOMPARE(tool->vertices().size(), size_t(4));
        QTest::keyClick(m_window->canvas(), Qt::Key_Backspace);
        QCOMPARE(tool->vertices().size(), size_t(3));
        const QPoint centre = m_window->canvas()->rect().center();
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier,
                          centre + QPoint(-50, 50));
        // 100 px at this scale, measured in the layer's CRS (the map is in the same CRS here).
        const double side = 100 * m_window->canvas()->settings().unitsPerPixel();
        QTest::mouseMove(m_window->canvas(), centre + QPoint(-50, 50));
        QVERIFY(qAbs(tool->liveHectares() - side * side / 10000.0) < 0.01);
        QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
        QVERIFY(tool->vertices().empty());
        QVERIFY(!openForm());
    }

    void finishedAreaOpensTheFormAndSaves() {
        showFreeSpot();
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_A);
        drawSquare(40);
        QTest::keyClick(m_window->canvas(), Qt::Key_Return);
        AreaFormDialog* form = openForm();
        QVERIFY(form);
        // A code that is taken is refused in place: OK is off and the message says why.
        form->codeEdit()->setFocus();
        QTest::keyClicks(form->codeEdit(), QStringLiteral("VN-DTOR-0001"));
        QVERIFY(form->messages()->text().contains(QStringLiteral("VN-DTOR-0001")));
        auto* ok = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        // A code off the pattern is a warning only.
        form->codeEdit()->selectAll();
        QTest::keyClicks(form->codeEdit(), QStringLiteral("DT-1"));
        QVERIFY(ok->isEnabled());
        QVERIFY(form->messages()->text().contains(QStringLiteral("pattern")));
        form->codeEdit()->selectAll();
        QTest::keyClicks(form->codeEdit(), QStringLiteral("VN-DTOR-0901"));
        auto* crop = form->findChild<QComboBox*>(QStringLiteral("crop"));
        crop->setCurrentText(QStringLiteral("sen"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!openForm());
        QTRY_COMPARE_WITH_TIMEOUT(m_areas->loadedFeatureCount(), qint64(37), 20000);
        const std::vector<GrowingArea> all = m_window->edits()->session()->allAreas();
        const GrowingArea& added = all.back();
        QCOMPARE(added.text("code"), QStringLiteral("VN-DTOR-0901"));
        QCOMPARE(added.text("crop"), QStringLiteral("sen"));
        QCOMPARE(added.text("status"), QStringLiteral("active"));
        const double side = 80 * m_window->canvas()->settings().unitsPerPixel();
        QVERIFY(qAbs(added.attributes.value(QStringLiteral("area_ha")).toDouble() -
                     side * side / 10000) < 0.01);
        // One undo step removes it again (the window is active again once the form closed).
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_areas->loadedFeatureCount(), qint64(36), 20000);
    }

    void doubleClickFinishes() {
        showFreeSpot();
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_A);
        const QPoint centre = m_window->canvas()->rect().center();
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier,
                          centre + QPoint(-30, -30));
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier,
                          centre + QPoint(30, -30));
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier,
                          centre + QPoint(30, 30));
        QTest::mouseDClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier,
                           centre + QPoint(30, 30));
        AreaFormDialog* form = openForm();
        QVERIFY(form);
        form->reject();
        QTRY_VERIFY(!openForm());
        QCOMPARE(m_areas->loadedFeatureCount(), qint64(36)); // cancelled: nothing stored
    }

    void parcelsByNumber() {
        VectorLayer* parcels = nullptr;
        for (MapLayer* layer : m_window->layers()->layers()) {
            if (auto* vector = qobject_cast<VectorLayer*>(layer);
                vector && vector->role() == LayerRole::Cadastral)
                parcels = vector;
        }
        QVERIFY(parcels);
        QTRY_VERIFY_WITH_TIMEOUT(parcels->state() == MapLayer::State::Ready, 20000);
        Result<std::vector<uint32_t>> two =
            parcel_area_builder::findParcels(*parcels, QStringLiteral("Mỹ Tân: 1/1, 1/2"));
        QVERIFY2(two, qPrintable(two.errorMessage()));
        QCOMPARE(two->size(), size_t(2));
        // Sheet/parcel numbers repeat from commune to commune: without one, three answer here.
        QCOMPARE(parcel_area_builder::findParcels(*parcels, QStringLiteral("1/1"))->size(),
                 size_t(3));
        Result<std::vector<uint32_t>> unknown =
            parcel_area_builder::findParcels(*parcels, QStringLiteral("Mỹ Tân: 1/1, 99/999"));
        QVERIFY(!unknown);
        QVERIFY(unknown.errorMessage().contains(QStringLiteral("99/999")));
        QVERIFY(!parcel_area_builder::findParcels(*parcels, QStringLiteral("Mỹ Tân: 1-1")));

        // Selected parcels become one growing area with the parcels as its members.
        parcels->setSelection(two.value());
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
        AreaFormDialog* form = openForm();
        QVERIFY(form);
        auto* members = form->findChild<QListWidget*>(QStringLiteral("memberParcels"));
        QCOMPARE(members->count(), 2);
        QVERIFY(members->item(0)->text().contains(QStringLiteral("Mỹ Tân")));
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("commune"))->text(),
                 QStringLiteral("Mỹ Tân"));
        QTest::keyClicks(form->codeEdit(), QStringLiteral("VN-DTOR-0950"));
        auto* ok = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(form->messages()->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!openForm());
        const GrowingArea added = m_window->edits()->session()->allAreas().back();
        QCOMPARE(added.text("code"), QStringLiteral("VN-DTOR-0950"));
        QCOMPARE(added.members.size(), size_t(2));
        QCOMPARE(added.members[1].sheet, QStringLiteral("1"));
        QCOMPARE(added.members[1].parcel, QStringLiteral("2"));
        // The union of two neighbouring parcels: 3 157.5 m² + 3 564.1 m².
        QVERIFY(qAbs(added.attributes.value(QStringLiteral("area_ha")).toDouble() - 0.67216) <
                0.001);
    }

    void rulesPanelListsAndZooms() {
        RulesPanel* panel = m_window->rulesPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isChecking() && panel->list()->topLevelItemCount() > 0,
                                 20000);
        QTreeWidgetItem* outside = nullptr;
        int outsideCount = 0;
        for (int i = 0; i < panel->list()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = panel->list()->topLevelItem(i);
            if (item->text(0) == QLatin1String("outside-commune")) {
                outside = outside ? outside : item;
                ++outsideCount;
            }
        }
        QCOMPARE(outsideCount, 5); // the sample's areas that cross a commune line
        QVERIFY(outside);
        m_window->canvas()->zoomToFullExtent();
        const double fullWidth = m_window->canvas()->settings().visibleExtent().width();
        const AreaViolation& violation =
            panel->violations()[size_t(panel->list()->indexOfTopLevelItem(outside))];
        panel->show();
        panel->raise();
        QTRY_VERIFY(panel->list()->isVisible());
        QSignalSpy zoomed(panel, &RulesPanel::zoomRequested);
        // Keyboard: pick the row and press Enter (a double-click does the same).
        panel->list()->setFocus();
        panel->list()->setCurrentItem(outside);
        QTest::keyClick(panel->list(), Qt::Key_Return);
        QCOMPARE(zoomed.size(), 1);
        QTRY_VERIFY(m_window->canvas()->settings().visibleExtent().contains(violation.where));
        QVERIFY(m_window->canvas()->settings().visibleExtent().width() < fullWidth / 3);
        // A change is checked again: a new area overlapping nothing adds no problem.
        const int before = panel->list()->topLevelItemCount();
        QVERIFY(m_window->edits()->session()->removeArea(violation.fid));
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel->isChecking() && panel->list()->topLevelItemCount() < before, 20000);
        QVERIFY(m_window->edits()->session()->undo());
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel->isChecking() && panel->list()->topLevelItemCount() == before, 20000);
    }

    void historyRestoresAnEarlierVersion() {
        EditSession* session = m_window->edits()->session();
        GrowingArea area = session->allAreas().front();
        const QString original = area.text("name");
        area.attributes.insert(QStringLiteral("name"), QStringLiteral("Vùng sen Mỹ Tân"));
        QVERIFY(session->changeArea(area));
        QTRY_VERIFY(m_areas->featureOfFid(area.fid).has_value());
        m_areas->setSelection({*m_areas->featureOfFid(area.fid)});
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        AreaHistoryDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AreaHistoryDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->list()->topLevelItemCount(), 2); // import, then the rename
        QCOMPARE(dialog->list()->topLevelItem(1)->text(2), QStringLiteral("update"));
        QVERIFY(
            dialog->list()->topLevelItem(1)->text(3).contains(QStringLiteral("Vùng sen Mỹ Tân")));
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        QCOMPARE(session->cached(area.fid)->text("name"), original);
        QVERIFY(session->undoStack()->undoText().contains(QStringLiteral("Restore")));
    }

    void projectRulesAndPickLists() {
        auto* dialog = new EditSettingsDialog(m_window->edits(), m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->overlapPolicy()->setFocus();
        QTest::keyClick(dialog->overlapPolicy(), Qt::Key_Down); // forbid → clip
        dialog->cropList()->setFocus();
        dialog->cropList()->moveCursor(QTextCursor::End);
        QTest::keyClick(dialog->cropList(), Qt::Key_Return);
        typeText(dialog->cropList(), QStringLiteral("bưởi da xanh"));
        auto* minimum = dialog->findChildren<QPlainTextEdit*>().first();
        minimum->setFocus();
        typeText(minimum, QStringLiteral("xoài = 50"));
        RulesPanel* panel = m_window->rulesPanel();
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        ProjectStore* store = m_window->edits()->store();
        QCOMPARE(store->settings().overlapPolicy, OverlapPolicy::Clip);
        QCOMPARE(store->settings().minimumAreaHaByCrop.value(QStringLiteral("xoài")), 50.0);
        QVERIFY(store->pickList(QStringLiteral("crop")).contains(QStringLiteral("bưởi da xanh")));
        // Every mango area is now below its minimum, and the panel says so.
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel->isChecking() &&
                !panel->list()
                     ->findItems(QStringLiteral("area-minimum"), Qt::MatchExactly)
                     .isEmpty(),
            20000);
        EditSettings back = store->settings();
        back.overlapPolicy = OverlapPolicy::Forbid;
        back.minimumAreaHaByCrop.clear();
        QVERIFY(store->saveSettings(back));
    }

    void mergeByClickAndShortcut() {
        EditSession* session = m_window->edits()->session();
        // Two touching areas drawn for the purpose, west of the sample.
        const QRectF extent = m_areas->mapExtent();
        GrowingArea west = squareArea(extent.left() - 900, extent.center().y(), 100,
                                      QStringLiteral("VN-DTOR-0960"));
        GrowingArea east = squareArea(extent.left() - 800, extent.center().y(), 100,
                                      QStringLiteral("VN-DTOR-0961"));
        const qint64 before = m_areas->loadedFeatureCount();
        const qint64 a = session->addArea(west).value();
        const qint64 b = session->addArea(east).value();
        // Ids are reused after deletions: wait for the layer read again, not for the id.
        QTRY_VERIFY_WITH_TIMEOUT(m_areas->state() == MapLayer::State::Ready &&
                                     m_areas->loadedFeatureCount() == before + 2,
                                 20000);
        m_window->canvas()->zoomToExtent(
            QRectF(extent.left() - 950, extent.center().y() - 100, 300, 300));
        // Select tool: click one, Shift+click the other, on the growing-area layer.
        m_window->layerTree()->setCurrentLayer(m_areas);
        m_window->activateWindow(); // tool shortcuts reach an active window only
        QTRY_VERIFY(m_window->isActiveWindow());
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_S);
        QVERIFY(m_window->toolAction(QStringLiteral("SelectTool"))->isChecked());
        const MapSettings& view = m_window->canvas()->settings();
        const QPointF westCentre(extent.left() - 850, extent.center().y() + 50);
        const QPointF eastCentre(extent.left() - 750, extent.center().y() + 50);
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier,
                          view.toScreen(westCentre).toPoint());
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::ShiftModifier,
                          view.toScreen(eastCentre).toPoint());
        QCOMPARE(m_areas->selection().size(), size_t(2));
        m_window->areaCommands()->setMergeChooser([b](const std::vector<GrowingArea>& areas) {
            return areas.size() == 2 ? b : qint64(-1);
        });
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(!session->cached(a));
        QCOMPARE(session->cached(b)->attributes.value(QStringLiteral("area_ha")).toDouble(), 2.0);
        QVERIFY(session->undo());
        QVERIFY(session->cached(a));
        QVERIFY(session->undo());
        QVERIFY(session->undo());
        QVERIFY(!session->cached(a) && !session->cached(b));
    }

    void clicksSnapToParcelCorners() {
        VectorLayer* parcels = nullptr;
        for (MapLayer* layer : m_window->layers()->layers()) {
            if (auto* vector = qobject_cast<VectorLayer*>(layer);
                vector && vector->role() == LayerRole::Cadastral)
                parcels = vector;
        }
        QVERIFY(parcels);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapper()->state().layersReady >= 2 &&
                                     m_window->snapper()->state().layersBuilding == 0,
                                 20000);
        // A corner of the first parcel, in the map CRS.
        const FlatGeometries& geometries = *parcels->snapshot()->geometries;
        const double* corner = geometries.pointData(geometries.firstPoint(geometries.firstPart(0)));
        const QPointF vertex(corner[0], corner[1]);
        m_window->canvas()->setCentre(vertex);
        m_window->canvas()->setScaleDenominator(1000);
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_A);
        auto* tool = qobject_cast<AddAreaTool*>(m_window->canvas()->tool());
        QVERIFY(tool);
        // 4 px beside the corner, inside the 10 px tolerance: the vertex lands on the corner.
        const QPoint near =
            m_window->canvas()->settings().toScreen(vertex).toPoint() + QPoint(4, -3);
        QTest::mouseMove(m_window->canvas(), near);
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier, near);
        QCOMPARE(tool->vertices().back(), vertex);
        // Snapping off (N): the vertex stays where the click was.
        QTest::keyClick(m_window->canvas(), Qt::Key_N);
        QVERIFY(!m_window->snapper()->isEnabled());
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier, near);
        QVERIFY(tool->vertices().back() != vertex);
        QTest::keyClick(m_window->canvas(), Qt::Key_N);
        QVERIFY(m_window->snapper()->isEnabled());
        QTest::keyClick(m_window->canvas(), Qt::Key_Escape);
    }

    void splitReshapeAndHolesWithTheMouse() {
        EditSession* session = m_window->edits()->session();
        const bool snapping = m_window->snapper()->isEnabled();
        const qint64 fid = placeTestArea(QStringLiteral("VN-DTOR-0970"));
        QVERIFY(qAbs(hectaresOf(fid) - 2.0) < 1e-6);
        QWidget* canvas = m_window->canvas();

        // Split (X): a line across at 50 m from the west edge, ending with Enter.
        QTest::keyClick(canvas, Qt::Key_X);
        QCOMPARE(m_window->canvas()->tool()->objectName(), QStringLiteral("SplitTool"));
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, screenAt(50, 130));
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, screenAt(50, -30));
        QTest::keyClick(canvas, Qt::Key_Return);
        const std::vector<qint64> pieces = session->lastEditedFids();
        QCOMPARE(pieces.size(), size_t(2));
        QVERIFY(qAbs(hectaresOf(fid) - 1.5) < 0.02); // the larger piece keeps the id and code
        QVERIFY(qAbs(hectaresOf(pieces.back()) - 0.5) < 0.02);
        QVERIFY(session->undo());
        QVERIFY(!session->cached(pieces.back()));
        QVERIFY(qAbs(hectaresOf(fid) - 2.0) < 1e-6);

        // Reshape (R): a bulge of 100 m × 50 m drawn outside the north edge.
        QTest::keyClick(canvas, Qt::Key_R);
        for (const QPoint& point :
             {screenAt(50, 90), screenAt(50, 150), screenAt(150, 150), screenAt(150, 90)})
            QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, point);
        QTest::keyClick(canvas, Qt::Key_Return);
        QVERIFY2(qAbs(hectaresOf(fid) - 2.5) < 0.03, qPrintable(QString::number(hectaresOf(fid))));
        QVERIFY(session->undo());

        // Cut a hole (H) of 40 m × 40 m, then remove it (D) with a click inside it.
        QTest::keyClick(canvas, Qt::Key_H);
        for (const QPoint& point :
             {screenAt(80, 30), screenAt(120, 30), screenAt(120, 70), screenAt(80, 70)})
            QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, point);
        QTest::keyClick(canvas, Qt::Key_Return);
        QVERIFY2(qAbs(hectaresOf(fid) - 1.84) < 0.02, qPrintable(QString::number(hectaresOf(fid))));
        // Fill the hole (F) with a new growing area: the form opens on the hole's shape.
        QTest::keyClick(canvas, Qt::Key_F);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, screenAt(100, 50));
        AreaFormDialog* form = openForm();
        QVERIFY(form);
        QTest::keyClicks(form->codeEdit(), QStringLiteral("VN-DTOR-0971"));
        QTest::mouseClick(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!openForm());
        const qint64 filler = session->lastEditedFids().front();
        QVERIFY(qAbs(hectaresOf(filler) - 0.16) < 0.02);
        QVERIFY(qAbs(hectaresOf(fid) - 1.84) < 0.02); // the area keeps its hole
        QVERIFY(session->undo());
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_D);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, screenAt(100, 50));
        QVERIFY(qAbs(hectaresOf(fid) - 2.0) < 1e-6);

        // Vertex tool (V): drag the north-east corner 50 m north: one undo step.
        m_window->snapper()->setEnabled(false);
        QTest::keyClick(canvas, Qt::Key_V);
        const int steps = session->undoStack()->count();
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, screenAt(200, 100));
        QTest::mouseMove(canvas, screenAt(200, 125));
        QTest::mouseMove(canvas, screenAt(200, 150));
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, screenAt(200, 150));
        QCOMPARE(session->undoStack()->count(), steps + 1);
        QVERIFY2(qAbs(hectaresOf(fid) - 2.5) < 0.03, qPrintable(QString::number(hectaresOf(fid))));
        // Double-click the south edge adds a vertex there; Delete removes it again.
        QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier, screenAt(100, 0));
        QCOMPARE(session->undoStack()->count(), steps + 2);
        QTest::keyClick(canvas, Qt::Key_Delete);
        QCOMPARE(session->undoStack()->count(), steps + 3);
        QVERIFY(qAbs(hectaresOf(fid) - 2.5) < 0.03);
        m_window->snapper()->setEnabled(snapping);
        QVERIFY(session->removeArea(fid));
    }

    void overlapIsShownOnTheMap() {
        // Draw over an active area of the sample: the form refuses and the map shows where.
        const GrowingArea target = m_window->edits()->session()->allAreas().front();
        QRectF box;
        for (const GrowingArea& area : m_window->edits()->session()->allAreas()) {
            if (area.text("status") == QLatin1String("active")) {
                box = area_geometry::bounds(area.geometryWkb);
                break;
            }
        }
        QVERIFY(!box.isNull());
        Q_UNUSED(target);
        m_window->canvas()->zoomToExtent(box.adjusted(-50, -50, 50, 50));
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        m_window->snapper()->setEnabled(false);
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_A);
        const MapSettings& view = m_window->canvas()->settings();
        const QPointF centre = box.center();
        for (const QPointF& corner :
             {QPointF(-20, -20), QPointF(20, -20), QPointF(20, 20), QPointF(-20, 20)})
            QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier,
                              view.toScreen(centre + corner).toPoint());
        QTest::keyClick(m_window->canvas(), Qt::Key_Return);
        AreaFormDialog* form = openForm();
        QVERIFY(form);
        QVERIFY(!form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(form->messages()->text().contains(QStringLiteral("✖")));
        QVERIFY(!m_window->canvas()->highlight().empty()); // the overlap, hatched on the map
        QVERIFY(m_window->canvas()->highlight().front().boundingRect().intersects(box));
        form->reject();
        QTRY_VERIFY(m_window->canvas()->highlight().empty());
        m_window->snapper()->setEnabled(true);
    }

    void fixGeometryRepairsASelfIntersection() {
        EditSession* session = m_window->edits()->session();
        ProjectStore* store = m_window->edits()->store();
        // An imported bow-tie: stored directly, as an import would, bypassing the editor.
        const QRectF extent = m_areas->mapExtent();
        const QPointF o(extent.left() - 3000, extent.top() - 3000);
        GrowingArea bowtie = squareArea(o.x(), o.y(), 100, QStringLiteral("VN-DTOR-0980"));
        bowtie.geometryWkb = area_geometry::polygonFromRing(
            {o, o + QPointF(100, 100), o + QPointF(100, 0), o + QPointF(0, 100)});
        const qint64 fid = store->insertArea(bowtie).value();
        m_window->edits()->openProject(store->path()); // the session reads the import
        session = m_window->edits()->session();
        QVERIFY(!area_geometry::invalidityReason(session->cached(fid)->geometryWkb).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT((m_areas = m_window->edits()->areasLayer()) &&
                                     m_areas->state() == MapLayer::State::Ready &&
                                     m_areas->featureOfFid(fid).has_value(),
                                 20000);
        m_areas->setSelection({*m_areas->featureOfFid(fid)});
        m_window->areaCommands()->fixSelectedAreas();
        QVERIFY(area_geometry::invalidityReason(session->cached(fid)->geometryWkb).isEmpty());
        QVERIFY(qAbs(session->cached(fid)->attributes.value(QStringLiteral("area_ha")).toDouble() -
                     0.5) < 1e-6);
        QVERIFY(session->undoStack()->undoText().contains(QStringLiteral("VN-DTOR-0980")));
    }

    void toolsAreOffWithoutAProject() {
        m_window->project()->newProject();
        QVERIFY(!m_window->edits()->isEditing());
        QVERIFY(!m_window->toolAction(QStringLiteral("AddAreaTool"))->isEnabled());
    }
};

QTEST_MAIN(EditingToolsTest)
#include "editing_tools_test.moc"
