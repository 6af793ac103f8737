#include "area_fixtures.h"
#include "directory/duplicate_finder.h"
#include "directory/farmer_store.h"
#include "editing/project_store.h"
#include "format_fixtures.h"
#include "gdal_environment.h"
#include "planning_fixtures.h"
#include "program_run.h"
#include "test_data.h"

#include <QImage>
#include <QProcess>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

// stderr without Qt's own start-up notes.
QStringList errorLines(const ProgramRun& run) {
    QStringList lines;
    for (const QString& line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("QStandardPaths")))
            lines << line;
    }
    return lines;
}

} // namespace

// agrimap-cli as a script would run it: exit codes, what it prints, what it writes.
class CliTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_sample;

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_sample = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
    }

    void version() {
        const ProgramRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("agrimap-cli ")));
        QVERIFY(run.out.contains(QStringLiteral("GDAL")));
    }

    void infoListsEveryLayer() {
        const ProgramRun run = runCli({QStringLiteral("info"), m_sample});
        QCOMPARE(run.exitCode, 0);
        for (const char* expected :
             {"layer: cadastral_parcels", "layer: land_use", "layer: communes",
              "layer: production_areas", "features: 3000", "EPSG:5897", "EPSG:9210",
              "role: cadastral", "role: land_use", "role: production_area"})
            QVERIFY2(run.out.contains(QLatin1String(expected)), expected);
    }

    void infoOnBadInput_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << QStringLiteral("absent.gpkg") << QByteArray();
        QTest::newRow("corrupt") << QStringLiteral("corrupt.gpkg")
                                 << QByteArray("SQLite format 3\0garbage", 24);
        QTest::newRow("empty") << QStringLiteral("empty.shp") << QByteArray("");
    }

    void infoOnBadInput() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        const QString path = m_directory.filePath(fileName);
        if (QTest::currentDataTag() != QByteArray("missing")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const ProgramRun run = runCli({QStringLiteral("info"), path});
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = errorLines(run);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(fileName), qPrintable(lines.first()));
    }

    void renderDrawsAndTimes() {
        const QString png = m_directory.filePath(QStringLiteral("map.png"));
        const ProgramRun run = runCli({QStringLiteral("render"), m_sample, QStringLiteral("--out"),
                                       png, QStringLiteral("--size"), QStringLiteral("400x300")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("render_ms=")));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(400, 300));
        QVERIFY(image.pixel(200, 150) != image.pixel(0, 0) ||
                image.pixel(100, 100) != image.pixel(0, 0));
    }

    void validateCleanAndBrokenProjects() {
        const QString path = m_directory.filePath(QStringLiteral("areas.agrimap.gpkg"));
        {
            auto store = ProjectStore::open(path, ProjectStore::Access::Edit);
            QVERIFY(store);
            QVERIFY(store.value()->insertArea(
                squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001"))));
            QVERIFY(store.value()->insertArea(
                squareArea(baseX + 200, baseY, 100, QStringLiteral("VN-DTOR-0002"))));
        }
        ProgramRun run = runCli({QStringLiteral("validate"), path, QStringLiteral("--today"),
                                 QStringLiteral("2026-11-23")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("0 violation(s) in 2 growing area(s)")));
        {
            // The store takes what it is given; the rules are checked by the editor and here.
            auto store = ProjectStore::open(path, ProjectStore::Access::Edit);
            QVERIFY(store.value()->insertArea(
                squareArea(baseX + 50, baseY, 100, QStringLiteral("VN-DTOR-0003"))));
            QVERIFY(store.value()->insertArea(
                squareArea(baseX + 900, baseY, 100, QStringLiteral("DT 4"))));
        }
        run = runCli({QStringLiteral("validate"), path, QStringLiteral("--today"),
                      QStringLiteral("2026-11-23")});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // area 1 overlaps area 3; area 4's code is off pattern
        QVERIFY(lines[0].startsWith(QStringLiteral("overlap\tarea 1 (VN-DTOR-0001)\t")));
        QVERIFY(lines[0].contains(QStringLiteral("VN-DTOR-0003")));
        QVERIFY(run.out.contains(QStringLiteral("code-pattern\tarea 4 (DT 4)")));
        QVERIFY(lines[0].contains(QStringLiteral("\tat 560050.0,1150000.0,560100.0,1150100.0")));
    }

    void validateChecksCommunesAcrossCrss() {
        const QString path = m_directory.filePath(QStringLiteral("sample.agrimap.gpkg"));
        {
            auto store = ProjectStore::open(path, ProjectStore::Access::Edit);
            QVERIFY(store);
            QCOMPARE(
                store.value()->importAreas(m_sample, QStringLiteral("production_areas")).value(),
                36);
            EditSettings settings;
            settings.communeSource = QFileInfo(m_sample).fileName(); // relative to the project
            settings.communeLayer = QStringLiteral("communes");      // EPSG:9210, areas in 5897
            settings.communeNameField = QStringLiteral("ten_xa_cu");
            QVERIFY(store.value()->saveSettings(settings));
        }
        const ProgramRun run = runCli({QStringLiteral("validate"), path, QStringLiteral("--today"),
                                       QStringLiteral("2026-11-23")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        // Were the communes not reprojected from EPSG:9210, no area would lie inside one; the
        // sample's areas are unions of parcels and a few cross a commune line.
        const qsizetype outside = run.out.count(QStringLiteral("outside-commune"));
        QVERIFY2(outside > 0 && outside <= 6, qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("status-expired\tarea 11 (VN-DTOR-0011)")));
        QVERIFY(run.err.contains(QStringLiteral("in 36 growing area(s)")));
    }

    // The sample project's directory: fictional households farming real parcels of the sample
    // inside its growing areas, the same each time.
    void makeProjectWithSampleFarmers() {
        const QString path = m_directory.filePath(QStringLiteral("farmers.agrimap.gpkg"));
        const QString sample = m_sample;
        const ProgramRun run = runCli(
            {QStringLiteral("make-project"), path, sample + QStringLiteral(":cadastral_parcels"),
             QStringLiteral("--areas"), sample + QStringLiteral(":production_areas"),
             QStringLiteral("--sample-farmers"), QStringLiteral("12")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("added 12 fictional sample household(s)")),
                 qPrintable(run.out));

        auto project = ProjectStore::open(path, ProjectStore::Access::ReadOnly).value();
        FarmerStore farmers(*project);
        const std::vector<FarmerRecord> all = farmers.farmers().value();
        QCOMPARE(all.size(), size_t(12));
        GDALDatasetUniquePtr parcels(
            GDALDataset::Open(sample.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        OGRLayer* cadastral = parcels->GetLayerByName("cadastral_parcels");
        for (const FarmerRecord& farmer : all) {
            QVERIFY(farmer.cccd.isEmpty() || farmer.cccd.startsWith(QStringLiteral("000")));
            QCOMPARE(farmers.areasOf(farmer.fid).size(), size_t(1));
            const std::vector<FarmerParcel> links = farmers.parcelsOf(farmer.fid);
            QVERIFY(!links.empty());
            for (const FarmerParcel& link : links) {
                cadastral->SetAttributeFilter(
                    QStringLiteral("TenXa = '%1' AND SoHieuToBanDo = %2 AND SoThuTuThua = %3")
                        .arg(link.parcel.commune, link.parcel.sheet, link.parcel.parcel)
                        .toUtf8()
                        .constData());
                QVERIFY2(cadastral->GetFeatureCount() == 1,
                         qPrintable(link.parcel.sheet + QLatin1Char('/') + link.parcel.parcel));
            }
        }
        QCOMPARE(findDuplicates(all).size(), size_t(1)); // the one entered twice on purpose
        QVERIFY(!farmers.cooperatives().empty());

        const ProgramRun refused =
            runCli({QStringLiteral("make-project"),
                    m_directory.filePath(QStringLiteral("no.agrimap.gpkg")),
                    sample + QStringLiteral(":cadastral_parcels"),
                    QStringLiteral("--sample-farmers"), QStringLiteral("5")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(errorLines(refused).first().contains(QStringLiteral("--areas")));
    }

    // Two plan periods, the second delivered in EPSG:9210: the matrix on stdout, as CSV and
    // the changed pieces as a layer.
    void compareAcrossZones() {
        const double x = 566000, y = 1154000;
        const QString first = m_directory.filePath(QStringLiteral("plan_2020.gpkg"));
        QVERIFY(writePlantedLayer(first, "plan_2020", 5897, "MDSD",
                                  {{boxWkt(x, y, x + 100, y + 100), "LUC"},
                                   {boxWkt(x + 100, y, x + 200, y + 100), "CLN"}}));
        const QString drawn = m_directory.filePath(QStringLiteral("plan_2030_5897.gpkg"));
        QVERIFY(writePlantedLayer(drawn, "plan_2030", 5897, "MDSD",
                                  {{boxWkt(x, y, x + 150, y + 120), "LUC"},
                                   {boxWkt(x + 150, y, x + 200, y + 120), "ODT"}}));
        const QString second = m_directory.filePath(QStringLiteral("plan_2030.gpkg"));
        QVERIFY(
            !translateVector(drawn, second, {QStringLiteral("-t_srs"), QStringLiteral("EPSG:9210")})
                 .isEmpty());
        const QString csv = m_directory.filePath(QStringLiteral("matrix.csv"));
        const QString changes = m_directory.filePath(QStringLiteral("changes.gpkg"));
        const ProgramRun run =
            runCli({QStringLiteral("compare"), first + QStringLiteral(":plan_2020"), second,
                    QStringLiteral("--csv"), csv, QStringLiteral("--out"), changes});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("from\\to (ha)\tLUC\tODT\ttotal"));
        QCOMPARE(lines[1], QStringLiteral("CLN\t0.5000\t0.5000\t1.0000"));
        QCOMPARE(lines[2], QStringLiteral("LUC\t1.0000\t0.0000\t1.0000"));
        QCOMPARE(lines[3], QStringLiteral("total\t1.5000\t0.5000\t2.0000"));
        QVERIFY(run.err.contains(QStringLiteral("EPSG:5897")));
        QVERIFY(QFileInfo::exists(csv));
        const ProgramRun info = runCli({QStringLiteral("info"), changes});
        QVERIFY2(info.out.contains(QStringLiteral("layer: land_use_changes")),
                 qPrintable(info.out));
        QVERIFY(info.out.contains(QStringLiteral("features: 2")));
    }

    // The sample project: growing areas on non-agricultural land and parcels against the
    // land-use layer; no parcel's differing share can pass 100 %.
    void checkPlanningOnTheSample() {
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
        const QString out = m_directory.filePath(QStringLiteral("findings.gpkg"));
        ProgramRun run =
            runCli({QStringLiteral("check-planning"), project, QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        const qsizetype onLand = run.out.count(QStringLiteral("non-agricultural\tarea "));
        const qsizetype parcels = run.out.count(QStringLiteral("parcel-code\tparcel "));
        QVERIFY(onLand > 0);
        QVERIFY(parcels > 0);
        QVERIFY(run.err.contains(QStringLiteral("%1 finding(s)").arg(onLand + parcels)));
        const ProgramRun info = runCli({QStringLiteral("info"), out});
        QVERIFY(info.out.contains(QStringLiteral("layer: non_agricultural_pieces")));
        QVERIFY(info.out.contains(QStringLiteral("layer: parcel_code_mismatches")));

        run = runCli({QStringLiteral("check-planning"), project, QStringLiteral("--threshold"),
                      QStringLiteral("100.5%")});
        QCOMPARE(run.out.count(QStringLiteral("parcel-code\t")), 0);
        QCOMPARE(run.out.count(QStringLiteral("non-agricultural\tarea ")), onLand);
    }

    void validateMissingProjectFails() {
        const ProgramRun run = runCli({QStringLiteral("validate"),
                                       m_directory.filePath(QStringLiteral("none.agrimap.gpkg"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(errorLines(run).first().contains(QStringLiteral("none.agrimap.gpkg")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
