// The Statistics dialog driven as a user drives it (offscreen): opened from the menu's
// shortcut, a layer and a commune chosen with the keyboard, the table checked against SQL on
// the same file, the bar chart's sets against the official land-use colours, the other tabs,
// and the export buttons.
#include "analysis/statistics_sources.h"
#include "directory/farmer_store.h"
#include "directory_tables.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "map_layer.h"
#include "statistics/directory_page.h"
#include "statistics/growing_area_page.h"
#include "statistics/land_use_page.h"
#include "statistics/statistics_dialog.h"
#include "test_data.h"
#include "window/main_window.h"
#include "window/message_reporter.h"
#include "window/project_controller.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QPieSeries>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

// The official colours (DOMAIN.md, resources/styles/land_use_colours.csv) of the sample's
// codes; legacy codes take the neutral colour, a mixed code its first part's.
QColor officialColour(const QString& code) {
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("LUC"), QColor(255, 252, 140)},
        {QStringLiteral("LUK"), QColor(255, 252, 150)},
        {QStringLiteral("HNK"), QColor(255, 240, 180)},
        {QStringLiteral("CLN"), QColor(255, 210, 160)},
        {QStringLiteral("NTS"), QColor(170, 255, 255)},
        {QStringLiteral("ONT"), QColor(255, 208, 255)},
        {QStringLiteral("DGT"), QColor(255, 170, 50)},
        {QStringLiteral("LUC+ONT"), QColor(255, 252, 140)}};
    return colours.value(code, QColor(200, 200, 200));
}

struct SqlCell {
    qint64 parcels = 0;
    double hectares = 0;
};

// Parcels and hectares by code of one commune, by SQL through GDAL's SQLite dialect.
QMap<QString, SqlCell> sqlCodes(const QString& path, const QString& commune) {
    QMap<QString, SqlCell> codes;
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    const QString sql = QStringLiteral("SELECT KyHieuMucDichSuDung, COUNT(*), "
                                       "SUM(ST_Area(geom)) / 10000 FROM cadastral_parcels "
                                       "WHERE TenXa = '%1' GROUP BY 1")
                            .arg(commune);
    OGRLayer* result = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, "SQLite");
    for (const auto& row : *result)
        codes[QString::fromUtf8(row->GetFieldAsString(0))] = {row->GetFieldAsInteger64(1),
                                                              row->GetFieldAsDouble(2)};
    dataset->ReleaseResultSet(result);
    return codes;
}

// Moves a combo box to the item containing `text` with the arrow keys, as a user does.
bool chooseWithKeys(QComboBox* box, const QString& text) {
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count(); ++i) {
        if (box->currentText().contains(text))
            return true;
        QTest::keyClick(box, Qt::Key_Down);
    }
    return box->currentText().contains(text);
}

QString cellText(QTableView* table, int row, int column) {
    return table->model()->index(row, column).data().toString();
}

QVariant cellValue(QTableView* table, int row, int column) {
    return table->model()->index(row, column).data(Qt::UserRole + 1);
}

// The households column of the directory's per-area table, added up (without the total).
qint64 householdsIn(QTableView* table) {
    qint64 households = 0;
    for (int row = 0; row + 1 < table->model()->rowCount(); ++row)
        households += cellValue(table, row, 3).toLongLong();
    return households;
}

QBarSeries* barsOf(const LandUsePage& page) {
    const QList<QAbstractSeries*> series = page.barChartView()->chart()->series();
    return series.size() == 1 ? qobject_cast<QBarSeries*>(series.first()) : nullptr;
}

} // namespace

class StatisticsDialogTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_sample;
    QString m_project;

    static bool allReady(const MainWindow& window) {
        for (const MapLayer* layer : window.layers()->layers()) {
            if (layer->state() != MapLayer::State::Ready)
                return false;
        }
        return window.layers()->count() > 0;
    }

    std::unique_ptr<StatisticsDialog> sampleDialog() {
        Result<std::vector<StatisticsLayer>> layers = statisticsLayersOf(m_sample);
        if (!layers)
            qFatal("%s", qPrintable(layers.errorMessage()));
        auto dialog = std::make_unique<StatisticsDialog>(layers.value(), m_project);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qFatal("dialog not shown");
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        QCoreApplication::setOrganizationName(QStringLiteral("AgriMapTests"));
        QStandardPaths::setTestModeEnabled(true);
        m_sample = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        m_project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
        dropFarmerDirectory(m_project); // the directory tab counts only the households below
        // Two households of the first growing area, for the directory tab.
        Result<std::unique_ptr<ProjectStore>> store =
            ProjectStore::open(m_project, ProjectStore::Access::Edit);
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        FarmerStore farmers(*store.value());
        const Result<std::vector<GrowingArea>> areas = store.value()->areas();
        QVERIFY(areas.ok() && !areas->empty());
        for (const QString& name : {QStringLiteral("Hộ mẫu Một"), QStringLiteral("Hộ mẫu Hai")}) {
            const Result<qint64> farmer = farmers.insertFarmer(farmerNamed(name));
            QVERIFY(farmer.ok());
            QVERIFY(farmers.linkArea({-1, farmer.value(), areas->front().fid}));
            QVERIFY(farmers.linkParcel({-1,
                                        farmer.value(),
                                        {QStringLiteral("Mỹ Ngãi"), QStringLiteral("1"), name},
                                        2500.0,
                                        Tenure::Owner}));
        }
    }

    void shortcutOpensTheDialogOnTheProjectsLayers() {
        auto window = std::make_unique<MainWindow>();
        window->messages()->setShowsBoxes(false);
        window->setDiscardQuestion([] { return true; });
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QString project = m_directory.filePath(QStringLiteral("copy.agrimap.gpkg"));
        QVERIFY(QFile::copy(m_project, project));
        window->openFiles({project});
        QTRY_VERIFY_WITH_TIMEOUT(allReady(*window), 20000);
        window->activateWindow();
        QTRY_VERIFY(window->isActiveWindow());
        QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window->findChildren<StatisticsDialog*>().size(), 1);
        StatisticsDialog* dialog = window->findChildren<StatisticsDialog*>().first();
        QVERIFY(dialog->isVisible());
        LandUsePage* page = dialog->landUsePage();
        // The cadastral layer: it has land-use codes and communes.
        QVERIFY2(page->layerBox()->currentText().contains(QLatin1String("cadastral_parcels")),
                 qPrintable(page->layerBox()->currentText()));
        QCOMPARE(page->codeFieldBox()->currentText(), QStringLiteral("KyHieuMucDichSuDung"));
        QCOMPARE(page->communeFieldBox()->currentText(), QStringLiteral("TenXa"));
        QTRY_VERIFY_WITH_TIMEOUT(page->statistics().has_value(), 10000);
        QCOMPARE(page->statistics()->totalParcels(), 3000);
        // The project's own growing areas are offered on the next tab.
        QVERIFY(dialog->growingAreaPage()->layerBox()->count() >= 1);
        dialog->close();
    }

    void layerAndCommuneChosenWithTheKeyboard() {
        auto dialog = sampleDialog();
        LandUsePage* page = dialog->landUsePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->statistics().has_value() && !page->isComputing(), 10000);

        // A land-use map without a commune field: one table row per code, no commune filter.
        QVERIFY(chooseWithKeys(page->layerBox(), QStringLiteral("land_use")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing() && page->statistics() &&
                                     page->statistics()->source().layerName ==
                                         QLatin1String("land_use"),
                                 10000);
        QCOMPARE(page->communeFieldBox()->currentIndex(), 0); // "(no commune field)"
        QVERIFY(!page->communeBox()->isEnabled());
        QCOMPARE(page->table()->model()->rowCount(), 5 + 1);

        // Back to the parcels, then one commune.
        QVERIFY(chooseWithKeys(page->layerBox(), QStringLiteral("cadastral_parcels")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing() && page->statistics() &&
                                     page->statistics()->source().layerName ==
                                         QLatin1String("cadastral_parcels"),
                                 10000);
        QVERIFY(page->communeBox()->isEnabled());
        QCOMPARE(page->pieViews().size(), 6); // a pie per commune
        QVERIFY(chooseWithKeys(page->communeBox(), QStringLiteral("Mỹ Ngãi")));

        const QMap<QString, SqlCell> expected = sqlCodes(m_sample, QStringLiteral("Mỹ Ngãi"));
        QTableView* table = page->table();
        QCOMPARE(table->model()->rowCount(), int(expected.size()) + 1); // and the total
        double shares = 0;
        for (int row = 0; row < int(expected.size()); ++row) {
            const QString code = cellText(table, row, 0);
            QVERIFY2(expected.contains(code), qPrintable(code));
            QCOMPARE(cellValue(table, row, 2).toLongLong(), expected[code].parcels);
            QVERIFY(std::abs(cellValue(table, row, 3).toDouble() - expected[code].hectares) < 0.01);
            shares += cellValue(table, row, 4).toDouble();
        }
        QVERIFY(std::abs(shares - 100.0) < 1e-9);
        QCOMPARE(cellText(table, int(expected.size()), 0), QStringLiteral("Total"));

        // One bar set per code, in the code's official colour, one bar (the commune) each.
        QBarSeries* bars = barsOf(*page);
        QVERIFY(bars);
        QCOMPARE(bars->count(), int(expected.size()));
        for (QBarSet* set : bars->barSets()) {
            QVERIFY2(expected.contains(set->label()), qPrintable(set->label()));
            QCOMPARE(set->color(), officialColour(set->label()));
            QCOMPARE(set->count(), 1);
            QVERIFY(std::abs(set->at(0) - expected[set->label()].hectares) < 0.01);
        }
        QCOMPARE(page->pieViews().size(), 1);
        auto* pie = qobject_cast<QPieSeries*>(page->pieViews().first()->chart()->series().first());
        QVERIFY(pie);
        QCOMPARE(pie->count(), int(expected.size()));

        // "By commune and code" keeps the filter.
        QVERIFY(chooseWithKeys(page->viewBox(), QStringLiteral("commune")));
        QCOMPARE(table->model()->rowCount(), int(expected.size()) + 1);
        QCOMPARE(cellText(table, 0, 0), QStringLiteral("Mỹ Ngãi"));
    }

    void growingAreaAndDirectoryTabs() {
        auto dialog = sampleDialog();
        QTabBar* tabBar = dialog->tabs()->tabBar();
        QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(1).center());
        QCOMPARE(dialog->tabs()->currentWidget(), dialog->growingAreaPage());
        GrowingAreaPage* areas = dialog->growingAreaPage();
        QVERIFY(areas->layerBox()->currentText().contains(QLatin1String("production_areas")));
        QTRY_VERIFY_WITH_TIMEOUT(!areas->isComputing() && areas->table()->model()->rowCount() > 0,
                                 10000);
        QCOMPARE(areas->table()->model()->rowCount(), 5 + 1); // five crops and the total
        QVERIFY(chooseWithKeys(areas->groupingBox(), QStringLiteral("Status")));
        const int rows = areas->table()->model()->rowCount();
        QCOMPARE(cellText(areas->table(), rows - 1, 1), QStringLiteral("36"));

        QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(2).center());
        DirectoryPage* directory = dialog->directoryPage();
        QTRY_VERIFY_WITH_TIMEOUT(
            !directory->isComputing() && directory->table()->model()->rowCount() > 0, 10000);
        QTableView* table = directory->table();
        QCOMPARE(householdsIn(table), 2);

        // A household added meanwhile (as the editor would) shows after Refresh (F5).
        {
            Result<std::unique_ptr<ProjectStore>> store =
                ProjectStore::open(m_project, ProjectStore::Access::Edit);
            QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
            FarmerStore farmers(*store.value());
            const Result<qint64> farmer =
                farmers.insertFarmer(farmerNamed(QStringLiteral("Hộ mẫu Ba")));
            QVERIFY(farmer.ok());
            QVERIFY(farmers.linkArea({-1, farmer.value(), store.value()->areas()->front().fid}));
        }
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        // The button's shortcut clicks it (animated, a moment later).
        QTest::keyClick(dialog.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(householdsIn(table), 3, 10000);
        QVERIFY(chooseWithKeys(directory->viewBox(), QStringLiteral("commune")));
        QCOMPARE(cellText(table, 0, 0), QStringLiteral("Mỹ Ngãi"));
        QCOMPARE(cellValue(table, 0, 1).toLongLong(), 3);
        QCOMPARE(cellValue(table, 0, 3).toDouble(), 0.5);
    }

    void exportButtonsWriteTheShownTable_data() {
        QTest::addColumn<bool>("workbook");
        QTest::newRow("CSV") << false;
        QTest::newRow("Excel") << true;
    }
    void exportButtonsWriteTheShownTable() {
        QFETCH(bool, workbook);
        auto dialog = sampleDialog();
        LandUsePage* page = dialog->landUsePage();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->csvButton()->isEnabled(), 10000);
        const QString chosen =
            m_directory.filePath(workbook ? QStringLiteral("shown") : QStringLiteral("shown.csv"));
        QString filter;
        dialog->setFileChooser([&](const QString&, const QString&, const QString& offered) {
            filter = offered;
            return chosen;
        });
        QTest::mouseClick(workbook ? dialog->xlsxButton() : dialog->csvButton(), Qt::LeftButton);
        const QString written = workbook ? chosen + QStringLiteral(".xlsx") : chosen;
        QVERIFY(filter.contains(workbook ? QLatin1String("*.xlsx") : QLatin1String("*.csv")));
        QVERIFY2(QFileInfo::exists(written), qPrintable(dialog->exportNote()));
        QVERIFY(dialog->exportNote().contains(QFileInfo(written).fileName()));
        const char* headers[] = {"HEADERS=FORCE", nullptr};
        GDALDatasetUniquePtr dataset(GDALDataset::Open(written.toUtf8().constData(),
                                                       GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                                       workbook ? headers : nullptr));
        QVERIFY(dataset);
        QCOMPARE(int(dataset->GetLayer(0)->GetFeatureCount()), page->table()->model()->rowCount());
    }
};

QTEST_MAIN(StatisticsDialogTest)
#include "statistics_dialog_test.moc"
