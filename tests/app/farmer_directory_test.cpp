#include "directory/directory_controller.h"
#include "directory/duplicate_finder_dialog.h"
#include "directory/farmer_directory_panel.h"
#include "directory/farmer_export_flow.h"
#include "directory/farmer_filter_bar.h"
#include "directory/farmer_form_dialog.h"
#include "directory/farmer_session.h"
#include "directory/farmer_table_model.h"
#include "directory/parcel_link_tool.h"
#include "directory/vietnamese_search_key.h"
#include "editing/edit_controller.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "feature_reader.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "map/map_canvas.h"
#include "panels/identify_panel.h"
#include "test_data.h"
#include "vector_layer.h"
#include "window/main_window.h"
#include "window/message_reporter.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

// The Farmer Directory in the map window, driven as an official would: keys typed into the
// search box, clicks on the table, its headers, the map and the dialogs, on a copy of the sample
// project (40 fictional households) with a few households of the test's own.
class FarmerDirectoryTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;
    FarmerDirectoryPanel* m_panel = nullptr;
    VectorLayer* m_parcels = nullptr;
    qint64 m_nguyenVanA = -1;

    FarmerSession& session() const { return *m_window->edits()->farmers(); }
    FarmerStore& store() const { return session().store(); }
    FarmerTableModel* model() const { return m_panel->model(); }
    QUndoStack* undoStack() const { return m_window->edits()->session()->undoStack(); }

    QStringList shownNames() const {
        QStringList names;
        for (int row = 0; row < model()->rowCount(); ++row)
            names << model()->index(row, 0).data().toString();
        return names;
    }

    // Typing as a keyboard with an input method does: key events carrying the text.
    static void typeText(QWidget* widget, const QString& text) {
        for (const QChar character : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                                Qt::NoModifier);
    }

    void search(const QString& typed) {
        QLineEdit* box = m_panel->filterBar()->searchBox();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(box, Qt::Key_Backspace);
        QCOMPARE(box->text(), QString());
        typeText(box, typed);
    }

    void activateWindow() {
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    // Clicks the table's row of a household (scrolled into view first).
    void clickRowOf(qint64 fid) {
        const int row = model()->rowOf(fid);
        QVERIFY2(row >= 0, "the household is not among the rows");
        QTableView* table = m_panel->table();
        table->scrollTo(model()->index(row, 0));
        const QRect cell = table->visualRect(model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(m_panel->currentFid(), fid);
    }

    template <typename Dialog> static Dialog* openDialog() {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<Dialog*>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    static QMessageBox* openBox(const char* name) {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget);
                box && box->isVisible() && box->objectName() == QLatin1String(name))
                return box;
        }
        return nullptr;
    }

    // A sample household that farms parcels (the generator links each to some).
    qint64 householdWithParcels(size_t atLeast = 2) const {
        const std::vector<FarmerRecord> farmers = store().farmers().value();
        for (const FarmerRecord& farmer : farmers) {
            if (store().parcelsOf(farmer.fid).size() >= atLeast)
                return farmer.fid;
        }
        return -1;
    }

    std::vector<qint64> parcelFidsOnMap(qint64 farmer) const {
        std::vector<qint64> fids;
        const FeatureReader reader(m_parcels->sourcePath(), m_parcels->sourceLayerName());
        const std::atomic_bool never(false);
        for (const FarmerParcel& link : store().parcelsOf(farmer)) {
            const auto found = reader.queryFids(
                QStringLiteral("TenXa = '%1' AND SoHieuToBanDo = %2 AND SoThuTuThua = %3")
                    .arg(link.parcel.commune, link.parcel.sheet, link.parcel.parcel),
                QString(), true, never);
            if (found)
                fids.insert(fids.end(), found->begin(), found->end());
        }
        std::sort(fids.begin(), fids.end());
        return fids;
    }

    std::vector<qint64> highlightedFids() const {
        std::vector<qint64> fids;
        for (const FeatureHighlight& highlight : m_window->canvas()->featureHighlights()) {
            if (highlight.layer != m_parcels)
                continue;
            for (uint32_t feature : highlight.features)
                fids.push_back(m_parcels->fidOf(feature));
        }
        std::sort(fids.begin(), fids.end());
        return fids;
    }

    // Shows a parcel at 1:2 000 and returns where it is on the canvas.
    QPoint showParcel(qint64 parcelFid) {
        const std::optional<uint32_t> feature = m_parcels->featureOfFid(parcelFid);
        if (!feature)
            qFatal("parcel %lld is not loaded", parcelFid);
        const QRectF extent = m_parcels->featureMapExtent(*feature);
        m_window->canvas()->setCentre(extent.center());
        m_window->canvas()->setScaleDenominator(2000);
        // The strip's middle is inside it (the parcels are rectangles).
        return m_window->canvas()->settings().toScreen(extent.center()).toPoint();
    }

    FarmerFormDialog* openForm() const { return openDialog<FarmerFormDialog>(); }

    // The form as the window a user types into (offscreen windows are not activated alone).
    FarmerFormDialog* activeForm() const {
        FarmerFormDialog* form = openForm();
        if (!form)
            return nullptr;
        form->activateWindow();
        if (!QTest::qWaitFor([form] { return form->isActiveWindow(); }, 5000))
            qWarning("the form did not become active");
        return form;
    }

private Q_SLOTS:
    // A failed test leaves no dialog open for the next one.
    void cleanup() {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
                dialog->reject();
        }
    }

    void initTestCase() {
        ensureGdalReady();
        QStandardPaths::setTestModeEnabled(true);
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        m_projectPath = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
        m_window = std::make_unique<MainWindow>();
        m_window->messages()->setShowsBoxes(false);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFiles({m_projectPath});
        QVERIFY(m_window->edits()->farmers());
        for (MapLayer* layer : m_window->layers()->layers()) {
            if (auto* vector = qobject_cast<VectorLayer*>(layer);
                vector && vector->role() == LayerRole::Cadastral)
                m_parcels = vector;
        }
        QVERIFY(m_parcels);
        QTRY_COMPARE_WITH_TIMEOUT(m_parcels->loadedFeatureCount(), qint64(3000), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->edits()->areasLayer()->loadedFeatureCount(), qint64(36),
                                  20000);

        // Households of the test's own, beside the sample's 40.
        FarmerRecord a;
        a.fullName = QStringLiteral("Nguyễn Văn A");
        a.cccd = QStringLiteral("000070000901");
        a.birthYear = 1970;
        a.commune = QStringLiteral("Đồng Tháp");
        a.mainCrops = QStringLiteral("xoài");
        m_nguyenVanA = session().addFarmer(a).value();
        FarmerRecord anh;
        anh.fullName = QStringLiteral("Nguyễn Văn Anh");
        anh.commune = QStringLiteral("Mỹ Tân");
        QVERIFY(session().addFarmer(anh));
        FarmerRecord dao;
        dao.fullName = QStringLiteral("Đặng Thị Đào");
        dao.commune = QStringLiteral("Mỹ Tân");
        QVERIFY(session().addFarmer(dao));
        undoStack()->clear(); // the tests count their own steps
        QCOMPARE(store().farmerCount(), qint64(43));

        // View ▸ Farmer Directory, by its shortcut.
        m_panel = m_window->directory()->panel();
        QVERIFY(!m_panel->isVisible());
        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_panel->isVisible());
        QCOMPARE(model()->rowCount(), 43);
        QVERIFY(m_panel->countLabel()->text().contains(QStringLiteral("43")));
        // Only what is on screen was read: a page or two, not 43 rows' worth of text.
        QTRY_VERIFY(m_panel->table()->viewport()->isVisible());
        QVERIFY(model()->cachedPageCount() <= 2);
        // The filter boxes are filled after the first rows are shown.
        QTRY_VERIFY(m_panel->filterBar()->communeBox()->count() > 1);
    }

    void searchFiltersTheTable_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QStringList>("among");
        QTest::addColumn<QStringList>("notAmong");
        const QString a = QStringLiteral("Nguyễn Văn A");
        const QString anh = QStringLiteral("Nguyễn Văn Anh");
        QTest::newRow("without marks") << QStringLiteral("nguyen van a") << a << QStringList{anh}
                                       << QStringList{QStringLiteral("Đặng Thị Đào")};
        QTest::newRow("marks and capitals as written")
            << QStringLiteral("NGUYỄN VĂN A") << a << QStringList{anh} << QStringList{};
        QTest::newRow("d for đ") << QStringLiteral("dang thi dao") << QStringLiteral("Đặng Thị Đào")
                                 << QStringList{} << QStringList{a};
        QTest::newRow("đ for d too")
            << QStringLiteral("đặng thị đào") << QStringLiteral("Đặng Thị Đào") << QStringList{}
            << QStringList{};
        QTest::newRow("partial words")
            << QStringLiteral("ngu van anh") << anh << QStringList{} << QStringList{a};
        QTest::newRow("words in any order")
            << QStringLiteral("anh nguyen") << anh << QStringList{} << QStringList{a};
        QTest::newRow("a place: dong thap finds Đồng Tháp")
            << QStringLiteral("dong thap") << a << QStringList{} << QStringList{anh};
        QTest::newRow("a citizen ID")
            << QStringLiteral("000070000901") << a << QStringList{} << QStringList{anh};
    }

    void searchFiltersTheTable() {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        QFETCH(QStringList, among);
        QFETCH(QStringList, notAmong);
        search(typed);
        const QStringList names = shownNames();
        QVERIFY2(!names.isEmpty(), qPrintable(typed));
        QCOMPARE(names.first(), first);
        for (const QString& name : among)
            QVERIFY2(names.contains(name), qPrintable(name));
        for (const QString& name : notAmong)
            QVERIFY2(!names.contains(name), qPrintable(name));
        QVERIFY(m_panel->countLabel()->text().contains(QStringLiteral("of 43")));
        search({});
        QCOMPARE(model()->rowCount(), 43);
    }

    void filtersNarrowTheTable() {
        FarmerFilterBar* filters = m_panel->filterBar();
        QComboBox* commune = filters->communeBox();
        commune->setCurrentIndex(commune->findText(QStringLiteral("Mỹ Tân")));
        QVERIFY(model()->rowCount() > 2);
        for (qint64 fid : model()->fids())
            QCOMPARE(store().farmer(fid)->commune, QStringLiteral("Mỹ Tân"));
        QVERIFY(shownNames().contains(QStringLiteral("Đặng Thị Đào")));
        // With the search: both at once.
        search(QStringLiteral("dao"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("Đặng Thị Đào")});
        search({});

        QComboBox* crop = filters->cropBox();
        crop->setCurrentIndex(crop->findText(QStringLiteral("sen")));
        for (qint64 fid : model()->fids()) {
            QCOMPARE(store().farmer(fid)->commune, QStringLiteral("Mỹ Tân"));
            QVERIFY(vietnameseSearchKey(store().farmer(fid)->mainCrops)
                        .contains(QStringLiteral("sen")));
        }
        commune->setCurrentIndex(0);
        crop->setCurrentIndex(0);

        QComboBox* cooperative = filters->cooperativeBox();
        cooperative->setCurrentIndex(1);
        const QString chosen = cooperative->currentText();
        QVERIFY(model()->rowCount() > 0);
        for (qint64 fid : model()->fids())
            QCOMPARE(store().farmer(fid)->cooperative, chosen);
        cooperative->setCurrentIndex(0);

        // The households of one growing area: those linked to it.
        QComboBox* area = filters->areaBox();
        area->setCurrentIndex(1);
        const qint64 areaFid = area->currentData().toLongLong();
        std::vector<qint64> linked;
        for (const FarmerArea& link : store().farmersOfArea(areaFid))
            linked.push_back(link.farmerFid);
        std::vector<qint64> shown = model()->fids();
        std::sort(shown.begin(), shown.end());
        std::sort(linked.begin(), linked.end());
        QVERIFY(!linked.empty());
        QCOMPARE(shown, linked);
        area->setCurrentIndex(0);
        QCOMPARE(model()->rowCount(), 43);
    }

    void headersSortTheTable() {
        QHeaderView* header = m_panel->table()->horizontalHeader();
        const int birthYear =
            int(std::find(FarmerTableModel::columns().begin(), FarmerTableModel::columns().end(),
                          FarmerColumn::BirthYear) -
                FarmerTableModel::columns().begin());
        const QPoint at(header->sectionViewportPosition(birthYear) + 10, header->height() / 2);
        const auto years = [this] {
            std::vector<int> list;
            for (qint64 fid : model()->fids())
                list.push_back(store().farmer(fid)->birthYear.value_or(9999)); // empty last
            return list;
        };
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        std::vector<int> ascending = years();
        QVERIFY(std::is_sorted(ascending.begin(), ascending.end()));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        std::vector<int> descending = years();
        QVERIFY(std::is_sorted(descending.rbegin(), descending.rend()));
        // Back to the search's order, as when the panel opened.
        model()->sort(-1);
        header->setSortIndicator(-1, Qt::AscendingOrder);
    }

    void formChecksAsTheUserTypes() {
        activateWindow();
        m_panel->table()->setFocus();
        QTest::keyClick(m_panel->table(), Qt::Key_Insert);
        QTRY_VERIFY(openForm());
        FarmerFormDialog* form = activeForm();
        QVERIFY(!form->okButton()->isEnabled()); // no name yet
        QVERIFY(form->messageOf("full_name")->isVisible());

        auto* name = qobject_cast<QLineEdit*>(form->field("full_name"));
        typeText(name, QStringLiteral("Trương Thị Mến"));
        QVERIFY(!form->messageOf("full_name")->isVisible());
        QVERIFY(form->okButton()->isEnabled());

        auto* cccd = qobject_cast<QLineEdit*>(form->field("cccd"));
        QTest::keyClicks(cccd, QStringLiteral("12345"));
        QVERIFY(form->messageOf("cccd")->isVisible());
        QVERIFY2(form->messageOf("cccd")->text().contains(QStringLiteral("12 digits")),
                 qPrintable(form->messageOf("cccd")->text()));
        QVERIFY(!form->okButton()->isEnabled());
        cccd->clear();
        QTest::keyClicks(cccd, QStringLiteral("000 070 000 901")); // grouped as people type it
        QVERIFY2(form->messageOf("cccd")->text().contains(QStringLiteral("Nguyễn Văn A")),
                 qPrintable(form->messageOf("cccd")->text()));
        QVERIFY(!form->okButton()->isEnabled());
        cccd->clear();
        QTest::keyClicks(cccd, QStringLiteral("000181000999"));
        QVERIFY(!form->messageOf("cccd")->isVisible());

        auto* phone = qobject_cast<QLineEdit*>(form->field("phone"));
        QTest::keyClicks(phone, QStringLiteral("01681234567"));
        QVERIFY(form->messageOf("phone")->text().contains(QStringLiteral("2018")));
        QVERIFY(!form->okButton()->isEnabled());
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("+84 912 000 111"));
        QVERIFY(!form->messageOf("phone")->isVisible());

        auto* year = qobject_cast<QLineEdit*>(form->field("birth_year"));
        QTest::keyClicks(year, QStringLiteral("19x1"));
        QVERIFY(form->messageOf("birth_year")->isVisible());
        QVERIFY(!form->okButton()->isEnabled());
        year->clear();
        QTest::keyClicks(year, QStringLiteral("1981"));
        QVERIFY(!form->messageOf("birth_year")->isVisible());
        QVERIFY(form->okButton()->isEnabled());

        // A parcel that is not on the cadastral map is refused; one that is, is taken. A new
        // row starts in the household's commune, typing in its map sheet.
        typeText(qobject_cast<QLineEdit*>(form->field("commune")), QStringLiteral("Mỹ Tân"));
        form->tabs()->setCurrentIndex(1);
        QTest::mouseClick(form->parcels()->addButton(), Qt::LeftButton);
        QTableWidget* parcels = form->parcels()->table();
        QCOMPARE(parcels->item(0, 0)->text(), QStringLiteral("Mỹ Tân"));
        QVERIFY(QApplication::focusWidget());
        typeText(QApplication::focusWidget(), QStringLiteral("99"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("999"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(parcels->item(0, 1)->text(), QStringLiteral("99"));
        QCOMPARE(parcels->item(0, 2)->text(), QStringLiteral("999"));
        QVERIFY(!form->okButton()->isEnabled());
        QVERIFY(form->summary()->text().contains(QStringLiteral("no parcel 99/999")));
        parcels->item(0, 1)->setText(QStringLiteral("1"));
        parcels->item(0, 2)->setText(QStringLiteral("7"));
        parcels->item(0, 3)->setText(QStringLiteral("1500"));
        QVERIFY2(form->okButton()->isEnabled(), qPrintable(form->summary()->text()));
        form->tabs()->setCurrentIndex(2);
        QTest::mouseClick(form->areas()->addButton(), Qt::LeftButton);
        QCOMPARE(form->areas()->list()->count(), 1);

        // OK: one undo step for the household and its links; the panel shows it.
        const int steps = undoStack()->index();
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!openForm());
        QCOMPARE(undoStack()->index(), steps + 1);
        const qint64 added = m_panel->currentFid();
        QVERIFY(added >= 0);
        QCOMPARE(store().farmer(added)->fullName, QStringLiteral("Trương Thị Mến"));
        QCOMPARE(store().farmer(added)->cccd, QStringLiteral("000181000999"));
        QCOMPARE(store().parcelsOf(added).size(), size_t(1));
        QCOMPARE(store().parcelsOf(added).front().farmedAreaM2, std::optional<double>(1500));
        QCOMPARE(store().areasOf(added).size(), size_t(1));
        QCOMPARE(model()->rowCount(), 44);

        // Ctrl+Z in the window undoes it all, Ctrl+Y brings it back.
        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!store().farmer(added));
        QVERIFY(store().parcelsOf(added).empty());
        QCOMPARE(model()->rowCount(), 43);
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(store().farmer(added)->fullName, QStringLiteral("Trương Thị Mến"));
        QCOMPARE(store().parcelsOf(added).size(), size_t(1));
        QCOMPARE(model()->rowCount(), 44);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->rowCount(), 43);
    }

    void editAndDeleteAreUndoable() {
        search(QStringLiteral("nguyen van anh"));
        const qint64 anh = model()->fidAt(0);
        clickRowOf(anh);
        QTest::keyClick(m_panel->table(), Qt::Key_F2);
        QTRY_VERIFY(openForm());
        FarmerFormDialog* form = activeForm();
        auto* name = qobject_cast<QLineEdit*>(form->field("full_name"));
        QCOMPARE(name->text(), QStringLiteral("Nguyễn Văn Anh"));
        name->selectAll();
        typeText(name, QStringLiteral("Nguyễn Văn Ánh"));
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!openForm());
        QCOMPARE(store().farmer(anh)->fullName, QStringLiteral("Nguyễn Văn Ánh"));
        // Still found by what is typed, and shown with its new name.
        QCOMPARE(model()->index(model()->rowOf(anh), 0).data().toString(),
                 QStringLiteral("Nguyễn Văn Ánh"));

        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store().farmer(anh)->fullName, QStringLiteral("Nguyễn Văn Anh"));
        QCOMPARE(model()->index(model()->rowOf(anh), 0).data().toString(),
                 QStringLiteral("Nguyễn Văn Anh"));
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(store().farmer(anh)->fullName, QStringLiteral("Nguyễn Văn Ánh"));

        // Delete, confirmed; Ctrl+Z brings the household back.
        search({});
        const qint64 withLinks = householdWithParcels();
        const size_t links = store().parcelsOf(withLinks).size();
        clickRowOf(withLinks);
        QTest::keyClick(m_panel->table(), Qt::Key_Delete);
        QTRY_VERIFY(openBox("deleteFarmerQuestion"));
        QMessageBox* question = openBox("deleteFarmerQuestion");
        QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("confirmDelete")),
                          Qt::LeftButton);
        QTRY_VERIFY(!store().farmer(withLinks));
        QCOMPARE(model()->rowOf(withLinks), -1);
        QCOMPARE(m_panel->currentFid(), qint64(-1));
        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(store().farmer(withLinks));
        QCOMPARE(store().parcelsOf(withLinks).size(), links);
        QVERIFY(model()->rowOf(withLinks) >= 0);

        // Cancelled: nothing happens.
        clickRowOf(withLinks);
        QTest::keyClick(m_panel->table(), Qt::Key_Delete);
        QTRY_VERIFY(openBox("deleteFarmerQuestion"));
        openBox("deleteFarmerQuestion")->reject();
        QTRY_VERIFY(!openBox("deleteFarmerQuestion"));
        QVERIFY(store().farmer(withLinks));
    }

    void choosingAHouseholdOutlinesItsParcels() {
        search({});
        const qint64 farmer = householdWithParcels();
        const std::vector<qint64> expected = parcelFidsOnMap(farmer);
        QVERIFY(expected.size() >= 2);
        m_window->canvas()->zoomToFullExtent();
        const double fullWidth = m_window->canvas()->settings().visibleExtent().width();
        clickRowOf(farmer);
        QTRY_COMPARE(highlightedFids(), expected);
        QVERIFY(!m_window->directory()->isFindingParcels());
        // Zoomed to them: every parcel in view, the view much closer than the whole district.
        const QRectF view = m_window->canvas()->settings().visibleExtent();
        for (qint64 fid : expected)
            QVERIFY(view.contains(m_parcels->featureMapExtent(*m_parcels->featureOfFid(fid))));
        QVERIFY2(view.width() < fullWidth / 4, qPrintable(QString::number(view.width())));
        // No household chosen: nothing outlined.
        m_panel->table()->selectionModel()->clearCurrentIndex();
        QTRY_VERIFY(m_window->canvas()->featureHighlights().empty());
    }

    void identifyListsTheHouseholds() {
        const qint64 farmer = householdWithParcels();
        const FarmerRecord record = store().farmer(farmer).value();
        const qint64 parcelFid = parcelFidsOnMap(farmer).front();
        const QPoint at = showParcel(parcelFid);
        activateWindow();
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_I);
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier, at);
        QTreeWidget* tree = m_window->identifyPanel()->tree();
        // The parcel and the growing area it lies in both list the household.
        const QString text = QStringLiteral("%1 (%2)").arg(record.fullName, record.householdId);
        const QList<QTreeWidgetItem*> rows =
            tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(rows.size(), 2);
        for (const QTreeWidgetItem* row : rows)
            QCOMPARE(row->parent()->text(0), QStringLiteral("Households"));
        QStringList layers;
        for (const QTreeWidgetItem* row : rows)
            layers << row->parent()->parent()->parent()->text(0);
        layers.sort();
        QCOMPARE(layers, (QStringList{QStringLiteral("cadastral_parcels"),
                                      QStringLiteral("production_areas")}));
        // Double-click: the directory shows the household.
        m_panel->table()->selectionModel()->clearCurrentIndex();
        search(QStringLiteral("xyz")); // hidden by the search: cleared to show it
        for (QTreeWidgetItem* parent = rows.front()->parent(); parent; parent = parent->parent())
            parent->setExpanded(true);
        tree->scrollToItem(rows.front());
        const QPoint row = tree->visualItemRect(rows.front()).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, row);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, row);
        QTRY_COMPARE(m_panel->currentFid(), farmer);
        QCOMPARE(m_panel->filterBar()->searchBox()->text(), QString());
    }

    void clickingParcelsOnTheMapLinksThem() {
        search({});
        const qint64 farmer = m_nguyenVanA; // no parcels yet
        QVERIFY(store().parcelsOf(farmer).empty());
        clickRowOf(farmer);
        m_panel->linkAction()->trigger();
        QVERIFY(qobject_cast<ParcelLinkTool*>(m_window->canvas()->tool()));

        const int steps = undoStack()->index();
        const QPoint first = showParcel(101);
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier, first);
        const QPoint second = showParcel(102);
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier, second);
        QVERIFY2(undoStack()->index() == steps + 2, // one step per click
                 qPrintable(m_window->messages()->errors().join(QLatin1Char('\n'))));
        const std::vector<FarmerParcel> links = store().parcelsOf(farmer);
        QCOMPARE(links.size(), size_t(2));
        const FeatureRecord parcel =
            FeatureReader(m_parcels->sourcePath(), m_parcels->sourceLayerName()).read(101).value();
        QCOMPARE(
            links.front().parcel.commune,
            parcel.values.value(parcel.fieldNames.indexOf(QStringLiteral("TenXa"))).toString());
        QCOMPARE(links.front().parcel.parcel,
                 parcel.values.value(parcel.fieldNames.indexOf(QStringLiteral("SoThuTuThua")))
                     .toString());
        QVERIFY(links.front().farmedAreaM2.has_value());
        QTRY_COMPARE(highlightedFids(), (std::vector<qint64>{101, 102}));

        // The same parcel again is refused, and said so.
        const qsizetype errors = m_window->messages()->errors().size();
        QTest::mouseClick(m_window->canvas(), Qt::LeftButton, Qt::NoModifier, second);
        QCOMPARE(m_window->messages()->errors().size(), errors + 1);
        QCOMPARE(undoStack()->index(), steps + 2);

        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store().parcelsOf(farmer).size(), size_t(1));
        QTRY_COMPARE(highlightedFids(), std::vector<qint64>{101});
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(store().parcelsOf(farmer).empty());
        m_window->toolAction(QStringLiteral("PanTool"))->trigger();
    }

    void duplicatesMergeKeepingTheLinks() {
        m_panel->duplicatesAction()->trigger();
        QTRY_VERIFY(openDialog<DuplicateFinderDialog>());
        DuplicateFinderDialog* dialog = openDialog<DuplicateFinderDialog>();
        QTreeWidget* tree = dialog->tree();
        QCOMPARE(tree->topLevelItemCount(), 1); // the sample's household entered twice
        QTreeWidgetItem* group = tree->topLevelItem(0);
        QCOMPARE(group->childCount(), 2);
        QTreeWidgetItem* keepItem = group->child(0);
        const qint64 keep = keepItem->data(0, Qt::UserRole + 1).toLongLong();
        const qint64 other = group->child(1)->data(0, Qt::UserRole + 1).toLongLong();
        std::vector<ParcelKey> expected;
        for (qint64 fid : {keep, other}) {
            for (const FarmerParcel& link : store().parcelsOf(fid))
                expected.push_back(link.parcel);
        }
        QVERIFY(!dialog->mergeButton()->isEnabled());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                          tree->visualItemRect(keepItem).center());
        QVERIFY(dialog->mergeButton()->isEnabled());
        const int steps = undoStack()->index();
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        QCOMPARE(undoStack()->index(), steps + 1);
        QVERIFY(!store().farmer(other));
        std::vector<ParcelKey> kept;
        for (const FarmerParcel& link : store().parcelsOf(keep))
            kept.push_back(link.parcel);
        QCOMPARE(kept.size(), expected.size());
        for (const ParcelKey& key : expected)
            QVERIFY(std::find(kept.begin(), kept.end(), key) != kept.end());
        QCOMPARE(tree->topLevelItemCount(), 0);
        QCOMPARE(model()->rowOf(other), -1);
        dialog->reject();

        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(store().farmer(other));
        QVERIFY(model()->rowOf(other) >= 0);
    }

    void exportWarnsThenWritesXlsxAndCsv() {
        FarmerExportFlow* flow = m_window->directory()->exportFlow();
        QString target = m_directory.filePath(QStringLiteral("shown.xlsx"));
        flow->setPathChooser([&target](const QString& suggested) {
            return suggested.endsWith(QLatin1String(".xlsx")) ? target : QString();
        });
        QSignalSpy finished(flow, &FarmerExportFlow::finished);

        // The rows shown: those the search found, in the table's order.
        search(QStringLiteral("nguyen"));
        const std::vector<qint64> shown = model()->fids();
        m_panel->exportAction()->trigger();
        QTRY_VERIFY(openBox("personalDataWarning"));
        QMessageBox* warning = openBox("personalDataWarning");
        QVERIFY(warning->informativeText().contains(QStringLiteral("13/2023")));
        QTest::mouseClick(warning->findChild<QPushButton*>(QStringLiteral("exportShown")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(shown.size()));
        {
            const char* const options[] = {"HEADERS=FORCE", nullptr};
            GDALDatasetUniquePtr book(GDALDataset::Open(
                target.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options));
            QVERIFY(book);
            OGRLayer* sheet = book->GetLayer(0);
            QCOMPARE(sheet->GetFeatureCount(), GIntBig(shown.size()));
            OGRFeatureUniquePtr firstRow(sheet->GetNextFeature());
            QCOMPARE(QString::fromUtf8(firstRow->GetFieldAsString("Head of household")),
                     store().farmer(shown.front())->fullName);
        }

        // All households, to CSV: the warning first again.
        target = m_directory.filePath(QStringLiteral("all.csv"));
        flow->setPathChooser([&target](const QString&) { return target; });
        m_panel->exportAction()->trigger();
        QTRY_VERIFY(openBox("personalDataWarning"));
        QTest::mouseClick(
            openBox("personalDataWarning")->findChild<QPushButton*>(QStringLiteral("exportAll")),
            Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.at(1).at(1).toLongLong(), store().farmerCount());
        QFile csv(target);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(qint64(bytes.count('\n')), store().farmerCount() + 1);
        QVERIFY(bytes.contains(QStringLiteral("Đặng Thị Đào").toUtf8()));

        // Cancelled at the warning: no file.
        target = m_directory.filePath(QStringLiteral("never.xlsx"));
        m_panel->exportAction()->trigger();
        QTRY_VERIFY(openBox("personalDataWarning"));
        openBox("personalDataWarning")->reject();
        QTest::qWait(50);
        QVERIFY(!QFileInfo::exists(target));
        search({});
    }

    void readOnlyProjectShowsTheDirectoryReadOnly() {
        // Another window edits the same project: this one opens it read-only.
        MainWindow second;
        second.messages()->setShowsBoxes(false);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        second.openFiles({m_projectPath});
        QVERIFY(second.edits()->isReadOnly());
        QVERIFY(!second.edits()->farmers());
        FarmerDirectoryPanel* panel = second.directory()->panel();
        second.directory()->panelAction()->trigger();
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->model()->rowCount(), int(store().farmerCount()));
        QVERIFY(panel->filterBar()->searchBox()->isEnabled());
        typeText(panel->filterBar()->searchBox(), QStringLiteral("nguyen van a"));
        QCOMPARE(panel->model()->index(0, 0).data().toString(), QStringLiteral("Nguyễn Văn A"));
        QVERIFY(!panel->addAction()->isEnabled());
        QVERIFY(!panel->findChild<QLabel*>(QStringLiteral("directoryNotice"))->text().isEmpty());
        panel->selectFarmer(panel->model()->fidAt(0));
        QVERIFY(!panel->deleteAction()->isEnabled());
        QVERIFY(!panel->linkAction()->isEnabled());
        QVERIFY(panel->editAction()->isEnabled()); // to look
        panel->editAction()->trigger();
        QTRY_VERIFY(openForm());
        QVERIFY(!openForm()->okButton());
        QVERIFY(qobject_cast<QLineEdit*>(openForm()->field("full_name"))->isReadOnly());
        openForm()->reject();
        QTRY_VERIFY(!openForm());
    }
};

QTEST_MAIN(FarmerDirectoryTest)
#include "farmer_directory_test.moc"
