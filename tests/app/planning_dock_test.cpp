// Analysis ▸ Planning checks driven as a user would: the shortcut opens the dock, the Run
// button starts a check on a worker thread, the list fills, a double-click zooms the map,
// the findings appear as a hatched layer, the matrix exports, Cancel stops a run.

#include "editing/edit_controller.h"
#include "editing/project_store.h"
#include "format_fixtures.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "map/map_canvas.h"
#include "map_settings.h"
#include "planning/agricultural_codes_dialog.h"
#include "planning/finding_table_model.h"
#include "planning/layer_field_picker.h"
#include "planning/planning_dock.h"
#include "planning/planning_settings.h"
#include "planning/transition_matrix_model.h"
#include "planning_fixtures.h"
#include "project_file.h"
#include "test_data.h"
#include "vector_layer.h"
#include "window/main_window.h"
#include "window/message_reporter.h"
#include "window/project_controller.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

namespace {
constexpr double originX = 566000; // beside the sample district (EPSG:5897)
constexpr double originY = 1150000;
} // namespace

class PlanningDockTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    std::unique_ptr<MainWindow> m_window;
    PlanningDock* m_dock = nullptr;

    VectorLayer* layerTitled(const QString& title) const {
        for (MapLayer* layer : m_window->layers()->layers()) {
            if (layer->title() == title)
                return qobject_cast<VectorLayer*>(layer);
        }
        return nullptr;
    }

    void choose(PlanningDock::Check check, int which, const QString& title, const QString& field) {
        LayerFieldPicker* picker = m_dock->picker(check, which);
        VectorLayer* layer = layerTitled(title);
        QVERIFY2(layer, qPrintable(title));
        picker->setLayer(layer);
        picker->setCodeField(field);
        QCOMPARE(picker->layer(), layer);
        QCOMPARE(picker->codeField(), field);
    }

    // Clicks Run on the page and waits for the worker to finish.
    bool runByClick(PlanningDock::Check check) {
        QSignalSpy finished(m_dock, &PlanningDock::finished);
        m_dock->tabs()->setCurrentIndex(check);
        QPushButton* run = m_dock->runButton(check);
        if (!run->isEnabled())
            return false;
        QTest::mouseClick(run, Qt::LeftButton);
        if (!finished.wait(60000))
            return false;
        return finished.constFirst().at(1).toBool();
    }

    void doubleClickRow(QTableView* view, int row) {
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        QCoreApplication::setOrganizationName(QStringLiteral("AgriMapTests"));
        QStandardPaths::setTestModeEnabled(true);
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);

        // Planted layers south of the sample: a growing area half on rice, half on urban
        // residential land; two plan periods, the second in another VN-2000 zone.
        const QString planted = m_directory.filePath(QStringLiteral("planted.gpkg"));
        QVERIFY(writePlantedLayer(
            planted, "planted_land_use", 5897, "MDSD",
            {{boxWkt(originX - 200, originY - 100, originX + 50, originY + 200), "LUA"},
             {boxWkt(originX + 50, originY - 100, originX + 300, originY + 200), "ODT"}}));
        QVERIFY(writePlantedLayer(planted, "planted_areas", 5897, "code",
                                  {{boxWkt(originX, originY, originX + 100, originY + 100),
                                    "VN-DTOR-0100", "VN-DTOR-0100"}}));
        QVERIFY(writePlantedLayer(
            planted, "plan_2030_drawn", 5897, "MDSD",
            {{boxWkt(originX - 200, originY - 100, originX + 150, originY + 200), "LUA"},
             {boxWkt(originX + 150, originY - 100, originX + 300, originY + 200), "CLN"}}));
        const QString zone = m_directory.filePath(QStringLiteral("plan_2030_9210.gpkg"));
        QVERIFY(!translateVector(planted, zone,
                                 {QStringLiteral("-t_srs"), QStringLiteral("EPSG:9210"),
                                  QStringLiteral("plan_2030_drawn"), QStringLiteral("-nln"),
                                  QStringLiteral("plan_2030")})
                     .isEmpty());

        m_window = std::make_unique<MainWindow>();
        m_window->messages()->setShowsBoxes(false);
        m_window->setDiscardQuestion([] { return true; });
        m_window->project()->setLayerChooser(
            [](const QString&, const QStringList& names) { return names; });
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFiles({project});
        QVERIFY(m_window->edits()->isEditing());
        QVERIFY(m_window->project()->addNamedLayers(
            planted, {QStringLiteral("planted_land_use"), QStringLiteral("planted_areas")}));
        QVERIFY(m_window->project()->addNamedLayers(zone, {QStringLiteral("plan_2030")}));
        m_dock = m_window->planningDock();
        QVERIFY(m_dock);
    }

    void shortcutOpensTheDock() {
        QVERIFY(!m_dock->isVisible());
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_dock->isVisible());
        QCOMPARE(m_dock->tabs()->count(), 3);
    }

    void growingAreaOnResidentialLand() {
        choose(PlanningDock::NonAgricultural, 0, QStringLiteral("planted_areas"),
               QStringLiteral("code"));
        choose(PlanningDock::NonAgricultural, 1, QStringLiteral("planted_land_use"),
               QStringLiteral("MDSD"));
        QVERIFY(runByClick(PlanningDock::NonAgricultural));
        FindingTableModel* findings = m_dock->findings(PlanningDock::NonAgricultural);
        QCOMPARE(findings->rowCount(), 1);
        QCOMPARE(findings->index(0, 1).data().toString(), QStringLiteral("VN-DTOR-0100"));
        QCOMPARE(findings->index(0, 2).data().toString(), QStringLiteral("ODT"));
        QVERIFY(qAbs(findings->index(0, 4).data(Qt::UserRole).toDouble() - 0.5) < 1e-9);

        // The pieces as a hatched layer on the map.
        auto* layer =
            qobject_cast<VectorLayer*>(m_dock->resultLayer(PlanningDock::NonAgricultural));
        QVERIFY(layer);
        QVERIFY(m_window->layers()->indexOf(layer) >= 0);
        QCOMPARE(layer->style().fillPattern, Qt::BDiagPattern);
        QTRY_COMPARE_WITH_TIMEOUT(layer->loadedFeatureCount(), qint64(1), 10000);
        // It lives in a temporary file: the saved project does not list it, a copy keeps it.
        QVERIFY(!layer->isSavedWithProject());
        QVERIFY(m_window->project()->save());
        const auto saved = project_file::read(m_window->project()->projectPath());
        QVERIFY(saved);
        for (const ProjectLayer& entry : saved->layers)
            QVERIFY(entry.title != layer->title());
        const QString kept = m_directory.filePath(QStringLiteral("kept-findings.gpkg"));
        QVERIFY(m_dock->copyFindings(PlanningDock::NonAgricultural, kept));
        QVERIFY(QFileInfo(kept).size() > 0);

        // Double-click: the map shows the piece (x from +50 to +100 m), close up.
        m_window->canvas()->zoomToFullExtent();
        doubleClickRow(m_dock->findingsView(PlanningDock::NonAgricultural), 0);
        const QRectF view = m_window->canvas()->settings().visibleExtent();
        QVERIFY(view.contains(
            QRectF(QPointF(originX + 50, originY), QPointF(originX + 100, originY + 100))));
        QVERIFY2(view.width() < 1000, qPrintable(QString::number(view.width())));
    }

    // The list is edited in its dialog and saved in the project; with ODT in it the same
    // check finds nothing, and the old findings layer leaves the map.
    void agriculturalListEdited() {
        auto* edit = m_dock->findChild<QPushButton*>(QStringLiteral("editCodesButton"));
        QVERIFY(edit);
        QTest::mouseClick(edit, Qt::LeftButton);
        AgriculturalCodesDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_dock->findChild<AgriculturalCodesDialog*>()) != nullptr &&
                    dialog->isVisible());
        dialog->editor()->setPlainText(QStringLiteral("LUA\nluc, ODT"));
        dialog->accept();
        QCOMPARE(m_dock->agriculturalCodes(), QStringList({"LUA", "LUC", "ODT"}));
        QCOMPARE(planning::agriculturalCodes(*m_window->edits()->store()),
                 QStringList({"LUA", "LUC", "ODT"}));
        QVERIFY(runByClick(PlanningDock::NonAgricultural));
        QCOMPARE(m_dock->findings(PlanningDock::NonAgricultural)->rowCount(), 0);
        QVERIFY(!m_dock->resultLayer(PlanningDock::NonAgricultural));
        QVERIFY(!layerTitled(QStringLiteral("Growing areas on non-agricultural land")));
        m_dock->setAgriculturalCodes(planning::defaultAgriculturalCodes());
    }

    void parcelCodesAgainstTheLandUseMap() {
        // The sample's parcels against its own land-use map, then against the planted plan.
        choose(PlanningDock::ParcelCodes, 0, QStringLiteral("cadastral_parcels"),
               QStringLiteral("KyHieuMucDichSuDung"));
        choose(PlanningDock::ParcelCodes, 1, QStringLiteral("land_use"), QStringLiteral("MDSD"));
        m_dock->setThreshold(50, planning::ParcelCodeParameters::Unit::Percent);
        QVERIFY(runByClick(PlanningDock::ParcelCodes));
        FindingTableModel* findings = m_dock->findings(PlanningDock::ParcelCodes);
        const int atHalf = findings->rowCount();
        for (int row = 0; row < atHalf; ++row)
            QVERIFY(findings->index(row, 5).data(Qt::UserRole).toDouble() >= 50);
        m_dock->setThreshold(0.0, planning::ParcelCodeParameters::Unit::SquareMetres);
        QVERIFY(runByClick(PlanningDock::ParcelCodes));
        QVERIFY(findings->rowCount() >= atHalf);
        QVERIFY(
            m_dock->summary(PlanningDock::ParcelCodes)->text().contains(QLatin1String("checked")));
    }

    // The two plan periods in different zones: the matrix in the table, with totals, and
    // exported; a changed piece zooms the map.
    void comparisonMatrixAndExport() {
        choose(PlanningDock::Comparison, 0, QStringLiteral("planted_land_use"),
               QStringLiteral("MDSD"));
        choose(PlanningDock::Comparison, 1, QStringLiteral("plan_2030"), QStringLiteral("MDSD"));
        QVERIFY(runByClick(PlanningDock::Comparison));
        TransitionMatrixModel* matrix = m_dock->matrix();
        // Rows LUA, ODT, total; columns CLN, LUA, total.
        QCOMPARE(matrix->rowCount(), 3);
        QCOMPARE(matrix->columnCount(), 3);
        QCOMPARE(matrix->headerData(0, Qt::Vertical).toString(), QStringLiteral("LUA"));
        QCOMPARE(matrix->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Total"));
        const auto cell = [matrix](int row, int column) {
            return matrix->index(row, column).data(Qt::UserRole).toDouble();
        };
        QVERIFY(qAbs(cell(0, 1) - 7.5) < 1e-6);  // LUA → LUA: 250 × 300 m
        QVERIFY(qAbs(cell(1, 1) - 3.0) < 1e-6);  // ODT → LUA: 100 × 300 m
        QVERIFY(qAbs(cell(1, 0) - 4.5) < 1e-6);  // ODT → CLN: 150 × 300 m
        QVERIFY(qAbs(cell(2, 2) - 15.0) < 1e-6); // everything: 500 × 300 m
        QVERIFY(qAbs(cell(2, 0) + cell(2, 1) - cell(2, 2)) < 1e-9);

        const QString csv = m_directory.filePath(QStringLiteral("matrix.csv"));
        QVERIFY(m_dock->exportMatrix(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QLatin1String("ODT,4.5000,3.0000,7.5000")), qPrintable(text));

        FindingTableModel* changes = m_dock->findings(PlanningDock::Comparison);
        QCOMPARE(changes->rowCount(), 2);
        auto* results = m_dock->findChild<QTabWidget*>(QStringLiteral("comparisonResults"));
        results->setCurrentIndex(1);
        m_window->canvas()->zoomToFullExtent();
        doubleClickRow(m_dock->findingsView(PlanningDock::Comparison), 0);
        const QRectF view = m_window->canvas()->settings().visibleExtent();
        QVERIFY(view.contains(changes->extentOf(0)));
        QVERIFY(view.width() < 2000);
    }

    void cancelStopsARun() {
        choose(PlanningDock::Comparison, 0, QStringLiteral("cadastral_parcels"),
               QStringLiteral("KyHieuMucDichSuDung"));
        choose(PlanningDock::Comparison, 1, QStringLiteral("cadastral_parcels"),
               QStringLiteral("KyHieuMucDichSuDung"));
        const int matrixRows = m_dock->matrix()->rowCount();
        QSignalSpy finished(m_dock, &PlanningDock::finished);
        QTest::mouseClick(m_dock->runButton(PlanningDock::Comparison), Qt::LeftButton);
        QVERIFY(m_dock->isRunning());
        QVERIFY(m_dock->cancelButton()->isEnabled());
        QTest::mouseClick(m_dock->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QVERIFY(m_dock->summary(PlanningDock::Comparison)
                    ->text()
                    .startsWith(QLatin1String("Cancelled")));
        QCOMPARE(m_dock->matrix()->rowCount(), matrixRows); // the last result stays
        QVERIFY(!m_dock->cancelButton()->isEnabled());
        QVERIFY(m_dock->runButton(PlanningDock::Comparison)->isEnabled());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(PlanningDockTest)
#include "planning_dock_test.moc"
