#include "area_fixtures.h"
#include "editing/project_store.h"
#include "gdal_environment.h"
#include "test_data.h"

#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

class ProjectStoreTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    int m_serial = 0;

    QString newProjectPath() {
        return m_directory.filePath(QStringLiteral("p%1.agrimap.gpkg").arg(++m_serial));
    }

    static std::unique_ptr<ProjectStore> openForEditing(const QString& path) {
        Result<std::unique_ptr<ProjectStore>> store =
            ProjectStore::open(path, ProjectStore::Access::Edit);
        if (!store)
            qFatal("%s", qPrintable(store.errorMessage()));
        return std::move(store).value();
    }

private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    // The project is a plain GeoPackage: GDAL opens it read-only and sees every table.
    void newProjectIsAPlainGeoPackage() {
        const QString path = newProjectPath();
        {
            auto store = openForEditing(path);
            QVERIFY(!store->isReadOnly());
            QCOMPARE(store->crs().authId(), QStringLiteral("EPSG:5897"));
            QCOMPARE(store->pickList(QStringLiteral("certification")),
                     QStringList({QStringLiteral("none"), QStringLiteral("VietGAP"),
                                  QStringLiteral("GlobalGAP"), QStringLiteral("organic")}));
            QVERIFY(store->pickList(QStringLiteral("crop")).contains(QStringLiteral("quýt hồng")));
            QVERIFY(
                store->insertArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001"))));
        }
        const char* const drivers[] = {"GPKG", nullptr};
        GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                                       GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
        QVERIFY(dataset);
        for (const char* table : {"production_areas", "area_members", "audit_log",
                                  "agrimap_pick_lists", "agrimap_settings"})
            QVERIFY2(dataset->GetLayerByName(table), table);
        OGRLayer* areas = dataset->GetLayerByName("production_areas");
        QCOMPARE(areas->GetFeatureCount(), GIntBig(1));
        QCOMPARE(wkbFlatten(areas->GetGeomType()), wkbMultiPolygon);
        QVERIFY(areas->TestCapability(OLCFastSpatialFilter)); // its R-tree
        OGRLayer* check = dataset->ExecuteSQL("PRAGMA integrity_check", nullptr, nullptr);
        QVERIFY(check);
        OGRFeatureUniquePtr row(check->GetNextFeature());
        QCOMPARE(QString::fromUtf8(row->GetFieldAsString(0)), QStringLiteral("ok"));
        dataset->ReleaseResultSet(check);
        QVERIFY(!QFileInfo::exists(ProjectLock::lockPathFor(path))); // released on close
    }

    void insertUpdateDeleteAreAudited() {
        auto store = openForEditing(newProjectPath());
        GrowingArea area = squareArea(baseX, baseY, 200, QStringLiteral("VN-DTOR-0002"));
        area.members = {{QStringLiteral("Mỹ Ngãi"), QStringLiteral("12"), QStringLiteral("305")},
                        {QStringLiteral("Mỹ Ngãi"), QStringLiteral("12"), QStringLiteral("306")}};
        QSignalSpy changed(store.get(), &ProjectStore::areaChanged);
        Result<qint64> fid = store->insertArea(area);
        QVERIFY2(fid, qPrintable(fid.errorMessage()));
        QCOMPARE(changed.size(), 1);

        Result<GrowingArea> stored = store->area(fid.value());
        QVERIFY(stored);
        QCOMPARE(stored->attributes.value(QStringLiteral("area_ha")).toDouble(),
                 4.0); // 200 m × 200 m
        QCOMPARE(stored->text("created_by"), store->userName());
        QVERIFY(stored->attributes.value(QStringLiteral("created_at")).toDateTime().isValid());
        QCOMPARE(stored->text("name"), QStringLiteral("Vùng VN-DTOR-0002"));
        QCOMPARE(stored->attributes.value(QStringLiteral("valid_to")).toDate(),
                 QDate(2030, 12, 31));
        QCOMPARE(stored->members.size(), size_t(2));
        QCOMPARE(stored->members[1].parcel, QStringLiteral("306"));

        GrowingArea after = stored.value();
        after.attributes.insert(QStringLiteral("status"), QStringLiteral("suspended"));
        QVERIFY(store->updateArea(stored.value(), after));
        QCOMPARE(store->area(fid.value())->text("status"), QStringLiteral("suspended"));
        QVERIFY(store->deleteArea(store->area(fid.value()).value()));
        QVERIFY(!store->area(fid.value()));
        QCOMPARE(store->areaCount(), 0);

        const std::vector<AuditEntry> history = store->history(fid.value());
        QCOMPARE(history.size(), size_t(3));
        QCOMPARE(history[0].action, QStringLiteral("insert"));
        QVERIFY(history[0].beforeAttributes.isEmpty());
        QVERIFY(history[0].afterAttributes.contains("VN-DTOR-0002"));
        QVERIFY(!history[0].afterGeometry.isEmpty());
        QCOMPARE(history[1].action, QStringLiteral("update"));
        QVERIFY(history[1].beforeAttributes.contains("\"status\":\"active\""));
        QVERIFY(history[1].afterAttributes.contains("\"status\":\"suspended\""));
        QCOMPARE(history[2].action, QStringLiteral("delete"));
        QVERIFY(history[2].afterAttributes.isEmpty());
        QCOMPARE(history[2].user, store->userName());
        QVERIFY(history[2].at.isValid());
    }

    void secondInstanceOpensReadOnlyAndKnowsWhoHoldsIt() {
        const QString path = newProjectPath();
        auto first = openForEditing(path);
        Result<std::unique_ptr<ProjectStore>> second =
            ProjectStore::open(path, ProjectStore::Access::Edit);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QVERIFY(second.value()->isReadOnly());
        QVERIFY(second.value()->heldBy().has_value());
        QCOMPARE(second.value()->heldBy()->pid, QCoreApplication::applicationPid());
        QCOMPARE(second.value()->heldBy()->host, QSysInfo::machineHostName());
        QVERIFY(ProjectLock::describe(*second.value()->heldBy())
                    .contains(second.value()->heldBy()->user));
        // Reading works, writing is refused with a message, the file is untouched.
        QCOMPARE(second.value()->areaCount(), 0);
        Result<qint64> refused = second.value()->insertArea(
            squareArea(baseX, baseY, 10, QStringLiteral("VN-DTOR-0003")));
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("read-only")));
        QCOMPARE(first->areaCount(), 0);
    }

    void staleLockOfADeadProcessIsRecovered() {
        const QString path = newProjectPath();
        openForEditing(path).reset(); // create the project
        // A pid beyond Linux's largest pid_max: no process runs with it.
        const qint64 deadPid = 4194304 + 7;
        QFile lock(ProjectLock::lockPathFor(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QStringLiteral("{\"user\":\"crashed\",\"host\":\"%1\",\"pid\":%2,\"since\":"
                                  "\"2026-11-01T08:00:00Z\"}")
                       .arg(QSysInfo::machineHostName())
                       .arg(deadPid)
                       .toUtf8());
        lock.close();
        auto store = openForEditing(path);
        QVERIFY(!store->isReadOnly());
        QVERIFY(store->recoveredStaleLock());
    }

    void lockOnAnotherHostIsRespected() {
        const QString path = newProjectPath();
        openForEditing(path).reset();
        QFile lock(ProjectLock::lockPathFor(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("{\"user\":\"can-bo-xa\",\"host\":\"may-tram-2\",\"pid\":1234,\"since\":\"2026-"
                   "11-23T01:30:00Z\"}");
        lock.close();
        Result<std::unique_ptr<ProjectStore>> store =
            ProjectStore::open(path, ProjectStore::Access::Edit);
        QVERIFY(store);
        QVERIFY(store.value()->isReadOnly());
        QCOMPARE(store.value()->heldBy()->user, QStringLiteral("can-bo-xa"));
        QCOMPARE(store.value()->heldBy()->host, QStringLiteral("may-tram-2"));
        QCOMPARE(store.value()->heldBy()->since,
                 QDateTime(QDate(2026, 11, 23), QTime(1, 30), Qt::UTC));
        QFile::remove(ProjectLock::lockPathFor(path));
    }

    void settingsAndPickListsRoundTrip() {
        auto store = openForEditing(newProjectPath());
        EditSettings settings;
        settings.overlapPolicy = OverlapPolicy::Clip;
        settings.codePattern = QStringLiteral("^VN-DT[A-Z]{2}-\\d{4}$");
        settings.overlapToleranceM2 = 2.5;
        settings.minimumAreaHaByCrop.insert(QStringLiteral("xoài"), 10);
        settings.communeSource = QStringLiteral("cao-lanh-sample.gpkg");
        settings.communeLayer = QStringLiteral("communes");
        QVERIFY(store->saveSettings(settings));
        QCOMPARE(store->settings(), settings);
        QVERIFY(store->setPickList(QStringLiteral("crop"),
                                   {QStringLiteral("sen"), QStringLiteral("lúa")}));
        QCOMPARE(store->pickList(QStringLiteral("crop")),
                 QStringList({QStringLiteral("sen"), QStringLiteral("lúa")}));
    }

    void importsTheSampleGrowingAreas() {
        QTemporaryDir scratch;
        const QString sample = copySample(QStringLiteral("cao-lanh-sample.gpkg"), scratch);
        auto store = openForEditing(newProjectPath());
        Result<int> imported = store->importAreas(sample, QStringLiteral("production_areas"));
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(imported.value(), 36);
        QCOMPARE(store->areaCount(), 36);
        Result<std::vector<GrowingArea>> areas = store->areas();
        QVERIFY(areas);
        QCOMPARE(areas->front().text("code"), QStringLiteral("VN-DTOR-0001"));
        QVERIFY(areas->front().attributes.value(QStringLiteral("area_ha")).toDouble() > 0);
        QCOMPARE(areas->front().attributes.value(QStringLiteral("valid_from")).toDate(),
                 QDate(2023, 6, 15));
        QCOMPARE(store->history(areas->front().fid).front().action, QStringLiteral("import"));
    }

    void geographicCrsIsRefusedForNewLayer() {
        Result<std::unique_ptr<ProjectStore>> store =
            ProjectStore::open(newProjectPath(), ProjectStore::Access::Edit, Crs::fromEpsg(4326));
        QVERIFY(!store);
        QVERIFY(store.errorMessage().contains(QStringLiteral("projected")));
    }

    void missingProjectForReadingIsAnError() {
        Result<std::unique_ptr<ProjectStore>> store =
            ProjectStore::open(m_directory.filePath(QStringLiteral("absent.agrimap.gpkg")),
                               ProjectStore::Access::ReadOnly);
        QVERIFY(!store);
        QVERIFY(store.errorMessage().contains(QStringLiteral("absent.agrimap.gpkg")));
    }
};

QTEST_GUILESS_MAIN(ProjectStoreTest)
#include "project_store_test.moc"
