// Statistics of growing areas (by crop, status, certification) against SQL on the sample
// project, and of the Farmer Directory (households and farmed area per growing area and per
// commune) against figures worked out by hand for a small directory made here.
#include "analysis/directory_statistics.h"
#include "analysis/growing_area_statistics.h"
#include "area_fixtures.h"
#include "directory/farmer_store.h"
#include "directory_tables.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"
#include "test_data.h"

#include <QMap>
#include <QtTest>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

struct Expected {
    qint64 areas = 0;
    double areaM2 = 0;
    qint64 households = 0;
};

QMap<QString, Expected> sqlGroups(const QString& path, const QString& field) {
    QMap<QString, Expected> groups;
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    const QString sql = QStringLiteral("SELECT trim(COALESCE(\"%1\", '')), COUNT(*), "
                                       "SUM(ST_Area(geom)), SUM(households) FROM production_areas "
                                       "GROUP BY 1")
                            .arg(field);
    OGRLayer* result = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, "SQLite");
    if (!result)
        qFatal("SQL failed: %s", CPLGetLastErrorMsg());
    for (const auto& row : *result)
        groups[QString::fromUtf8(row->GetFieldAsString(0))] = {
            row->GetFieldAsInteger64(1), row->GetFieldAsDouble(2), row->GetFieldAsInteger64(3)};
    dataset->ReleaseResultSet(result);
    return groups;
}

QVariant cell(const StatisticsTable& table, int row, const char* key) {
    return table.rows.at(size_t(row)).value(table.columnOf(QLatin1String(key)));
}

int rowOf(const StatisticsTable& table, const QString& first) {
    for (size_t i = 0; i < table.rows.size(); ++i) {
        if (table.rows[i].value(0).toString() == first)
            return int(i);
    }
    return -1;
}

} // namespace

class GrowingAreaStatisticsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_project;

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
    }

    void groupsMatchSql_data() {
        QTest::addColumn<GrowingAreaGrouping>("grouping");
        QTest::addColumn<QString>("field");
        QTest::newRow("crop") << GrowingAreaGrouping::Crop << "crop";
        QTest::newRow("status") << GrowingAreaGrouping::Status << "status";
        QTest::newRow("certification") << GrowingAreaGrouping::Certification << "certification";
        QTest::newRow("commune") << GrowingAreaGrouping::Commune << "commune";
    }
    void groupsMatchSql() {
        QFETCH(GrowingAreaGrouping, grouping);
        QFETCH(QString, field);
        GrowingAreaStatisticsRequest request;
        request.path = m_project;
        const std::atomic_bool cancel{false};
        const Result<GrowingAreaStatistics> statistics =
            computeGrowingAreaStatistics(request, cancel);
        QVERIFY2(statistics.ok(), qPrintable(statistics.errorMessage()));
        const StatisticsTable table = statistics->table(grouping);
        const QMap<QString, Expected> expected = sqlGroups(m_project, field);
        QCOMPARE(qsizetype(table.rows.size()), expected.size());
        QVERIFY(expected.size() >= 2);
        double shares = 0;
        for (int row = 0; row < int(table.rows.size()); ++row) {
            QString value = cell(table, row, field.toUtf8().constData()).toString();
            if (value == QLatin1String("(not set)"))
                value.clear();
            QVERIFY2(expected.contains(value), qPrintable(value));
            QCOMPARE(cell(table, row, "areas").toLongLong(), expected[value].areas);
            QVERIFY(std::abs(cell(table, row, "area_ha").toDouble() -
                             expected[value].areaM2 / 10000.0) < 0.01);
            QCOMPARE(cell(table, row, "households").toLongLong(), expected[value].households);
            shares += cell(table, row, "share_pct").toDouble();
        }
        QVERIFY(std::abs(shares - 100.0) < 1e-9);
        QCOMPARE(table.totals.value(table.columnOf(QStringLiteral("areas"))).toLongLong(), 36);
    }

    void communeFilterOfGrowingAreas() {
        GrowingAreaStatisticsRequest request;
        request.path = m_project;
        const std::atomic_bool cancel{false};
        const Result<GrowingAreaStatistics> statistics =
            computeGrowingAreaStatistics(request, cancel);
        QVERIFY(statistics.ok());
        const QStringList communes = statistics->communes();
        QVERIFY(communes.size() >= 2);
        qint64 areas = 0;
        for (const QString& commune : communes) {
            const StatisticsTable table = statistics->table(GrowingAreaGrouping::Commune, commune);
            QCOMPARE(table.rows.size(), size_t(1));
            areas += table.totals.value(1).toLongLong();
        }
        QCOMPARE(areas, 36);
    }

    void projectWithoutDirectoryHasNoAggregates() {
        const QString project = m_directory.filePath(QStringLiteral("without-directory.gpkg"));
        QVERIFY(QFile::copy(m_project, project));
        dropFarmerDirectory(project);
        const Result<DirectoryStatistics> statistics = computeDirectoryStatistics(project);
        QVERIFY2(statistics.ok(), qPrintable(statistics.errorMessage()));
        QVERIFY(!statistics->hasDirectory);
        QVERIFY(statistics->areas.empty());
    }

    // Two growing areas, four households, five parcels; the figures below are worked out by
    // hand from these links.
    void directoryAggregatesAsWorkedOutByHand() {
        const QString path = m_directory.filePath(QStringLiteral("directory.agrimap.gpkg"));
        {
            Result<std::unique_ptr<ProjectStore>> opened =
                ProjectStore::open(path, ProjectStore::Access::Edit);
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            ProjectStore& project = *opened.value();
            const ParcelKey p1{QStringLiteral("Mỹ Ngãi"), QStringLiteral("3"),
                               QStringLiteral("11")};
            const ParcelKey p2{QStringLiteral("Mỹ Ngãi"), QStringLiteral("3"),
                               QStringLiteral("12")};
            const ParcelKey p3{QStringLiteral("Mỹ Ngãi"), QStringLiteral("4"), QStringLiteral("7")};
            const ParcelKey p4{QStringLiteral("Hòa An"), QStringLiteral("1"), QStringLiteral("2")};
            const ParcelKey p5{QStringLiteral("Hòa An"), QStringLiteral("1"), QStringLiteral("3")};
            GrowingArea a = squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001"));
            a.attributes.insert(QStringLiteral("households"), 3);
            a.members = {p1, p2}; // made from parcels: only these count as its farmed area
            GrowingArea b = squareArea(baseX + 500, baseY, 100, QStringLiteral("VN-DTOR-0002"));
            b.attributes.insert(QStringLiteral("commune"), QStringLiteral("Hòa An"));
            b.attributes.insert(QStringLiteral("households"), 1);
            const Result<qint64> areaA = project.insertArea(a);
            const Result<qint64> areaB = project.insertArea(b);
            QVERIFY(areaA.ok() && areaB.ok());

            FarmerStore farmers(project);
            const auto add = [&](const QString& name, const QString& commune) {
                Result<qint64> fid = farmers.insertFarmer(farmerNamed(name, {}, {}, commune));
                if (!fid)
                    qFatal("%s", qPrintable(fid.errorMessage()));
                return fid.value();
            };
            const qint64 f1 = add(QStringLiteral("Hộ thử nghiệm Một"), QStringLiteral("Mỹ Ngãi"));
            const qint64 f2 = add(QStringLiteral("Hộ thử nghiệm Hai"), QStringLiteral("Mỹ Ngãi"));
            const qint64 f3 = add(QStringLiteral("Hộ thử nghiệm Ba"), QStringLiteral("Hòa An"));
            add(QStringLiteral("Hộ thử nghiệm Bốn"), QStringLiteral("Mỹ Ngãi")); // no land
            QVERIFY(farmers.linkParcel({-1, f1, p1, 1000.0, Tenure::Owner}));
            QVERIFY(farmers.linkParcel({-1, f1, p3, 500.0, Tenure::Tenant})); // outside area A
            QVERIFY(farmers.linkParcel({-1, f2, p2, 2000.0, Tenure::Owner}));
            QVERIFY(farmers.linkParcel({-1, f3, p4, 700.0, Tenure::Owner}));
            QVERIFY(farmers.linkParcel({-1, f3, p5, std::nullopt, Tenure::Other}));
            QVERIFY(farmers.linkArea({-1, f1, areaA.value()}));
            QVERIFY(farmers.linkArea({-1, f2, areaA.value()}));
            QVERIFY(farmers.linkArea({-1, f3, areaB.value()}));
        }
        const Result<DirectoryStatistics> statistics = computeDirectoryStatistics(path);
        QVERIFY2(statistics.ok(), qPrintable(statistics.errorMessage()));
        QVERIFY(statistics->hasDirectory);

        const StatisticsTable areas = statistics->areaTable();
        QCOMPARE(areas.rows.size(), size_t(2));
        const int a = rowOf(areas, QStringLiteral("VN-DTOR-0001"));
        const int b = rowOf(areas, QStringLiteral("VN-DTOR-0002"));
        QVERIFY(a >= 0 && b >= 0);
        QCOMPARE(cell(areas, a, "households").toLongLong(), 2);
        QCOMPARE(cell(areas, a, "declared_households").toLongLong(), 3);
        QCOMPARE(cell(areas, a, "farmed_ha").toDouble(), 0.3); // p1 + p2, not p3
        QCOMPARE(cell(areas, b, "households").toLongLong(), 1);
        QCOMPARE(cell(areas, b, "farmed_ha").toDouble(), 0.07); // all of its household's parcels
        QCOMPARE(statistics->areaTable(QStringLiteral("Hòa An")).rows.size(), size_t(1));

        const StatisticsTable communes = statistics->communeTable();
        QCOMPARE(communes.rows.size(), size_t(2));
        const int myNgai = rowOf(communes, QStringLiteral("Mỹ Ngãi"));
        const int hoaAn = rowOf(communes, QStringLiteral("Hòa An"));
        QCOMPARE(cell(communes, myNgai, "households").toLongLong(), 3);
        QCOMPARE(cell(communes, myNgai, "parcels").toLongLong(), 3);
        QCOMPARE(cell(communes, myNgai, "farmed_ha").toDouble(), 0.35);
        QCOMPARE(cell(communes, hoaAn, "households").toLongLong(), 1);
        QCOMPARE(cell(communes, hoaAn, "parcels").toLongLong(), 2);
        QCOMPARE(cell(communes, hoaAn, "farmed_ha").toDouble(), 0.07);
        QCOMPARE(communes.totals.value(1).toLongLong(), 4);
        // Aggregates only: no column of the tables names a person.
        for (const StatisticsTable* table : {&areas, &communes}) {
            for (const StatisticsColumn& column : table->columns)
                QVERIFY(!QStringList({QStringLiteral("full_name"), QStringLiteral("cccd"),
                                      QStringLiteral("phone")})
                             .contains(column.key));
        }
    }
};

QTEST_GUILESS_MAIN(GrowingAreaStatisticsTest)
#include "growing_area_statistics_test.moc"
