#include "area_fixtures.h"
#include "directory/directory_edits.h"
#include "directory/farmer_store.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

class FarmerStoreTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    int m_serial = 0;

    QString newProjectPath() {
        return m_directory.filePath(QStringLiteral("f%1.agrimap.gpkg").arg(++m_serial));
    }

    static std::unique_ptr<ProjectStore>
    openProject(const QString& path, ProjectStore::Access access = ProjectStore::Access::Edit) {
        Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(path, access);
        if (!store)
            qFatal("%s", qPrintable(store.errorMessage()));
        return std::move(store).value();
    }

    static GDALDatasetUniquePtr openWithGdal(const QString& path) {
        const char* const drivers[] = {"GPKG", nullptr};
        return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(),
                                                      GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    }

    static QStringList sqlColumn(GDALDataset& dataset, const char* sql) {
        QStringList values;
        OGRLayer* result = dataset.ExecuteSQL(sql, nullptr, nullptr);
        if (!result)
            return values;
        for (const auto& row : *result)
            values << QString::fromUtf8(row->GetFieldAsString(0));
        dataset.ReleaseResultSet(result);
        return values;
    }

    static QStringList actions(const std::vector<AuditEntry>& history) {
        QStringList list;
        for (const AuditEntry& entry : history)
            list << entry.action;
        return list;
    }

    static QStringList auditActionsOf(ProjectStore& project, const char* layer) {
        auto dataset = openWithGdal(project.path());
        return sqlColumn(*dataset, QStringLiteral("SELECT action FROM audit_log WHERE "
                                                  "layer_name = '%1' ORDER BY fid")
                                       .arg(QLatin1String(layer))
                                       .toUtf8()
                                       .constData());
    }

private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    // The directory's tables are ordinary GeoPackage attribute tables that GDAL (and so QGIS
    // and ogrinfo) opens without AgriMap.
    void directoryIsPlainGeoPackageTables() {
        const QString path = newProjectPath();
        {
            auto project = openProject(path);
            FarmerStore farmers(*project);
            QVERIFY(farmers.exists());
            QVERIFY(farmers.insertFarmer(farmerNamed(QStringLiteral("Nguyễn Văn A"))));
        }
        auto dataset = openWithGdal(path);
        QVERIFY(dataset);
        for (const char* table : {"farmers", "cooperatives", "farmer_parcels", "farmer_areas",
                                  "agrimap_personal_fields"}) {
            OGRLayer* layer = dataset->GetLayerByName(table);
            QVERIFY2(layer, table);
            QCOMPARE(layer->GetGeomType(), wkbNone);
        }
        QCOMPARE(sqlColumn(*dataset, "SELECT data_type FROM gpkg_contents WHERE table_name IN "
                                     "('farmers', 'cooperatives', 'farmer_parcels', "
                                     "'farmer_areas', 'agrimap_personal_fields')"),
                 QStringList(5, QStringLiteral("attributes")));
        OGRFeatureDefn* farmers = dataset->GetLayerByName("farmers")->GetLayerDefn();
        for (const char* column :
             {"household_id", "full_name", "gender", "birth_year", "cccd", "phone", "commune",
              "commune_old", "hamlet", "cooperative", "member_since", "main_crops", "notes",
              "created_by", "created_at", "modified_by", "modified_at", "search_key"})
            QVERIFY2(farmers->GetFieldIndex(column) >= 0, column);
        QCOMPARE(sqlColumn(*dataset, "SELECT search_key FROM farmers"),
                 QStringList{QStringLiteral("nguyen van a")});
        QCOMPARE(sqlColumn(*dataset, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    }

    void personalDataIsMarkedForTheExport() {
        const QString path = newProjectPath();
        openProject(path).reset();
        openProject(path).reset(); // opening again adds no second mark
        auto dataset = openWithGdal(path);
        const QStringList marked = sqlColumn(
            *dataset, "SELECT table_name || '.' || column_name FROM agrimap_personal_fields "
                      "WHERE reason IS NOT NULL AND reason <> ''");
        for (const char* field :
             {"farmers.full_name", "farmers.cccd", "farmers.phone", "farmers.birth_year",
              "farmers.hamlet", "farmers.notes", "farmers.search_key", "cooperatives.contact",
              "audit_log.before_attributes", "audit_log.after_attributes"})
            QVERIFY2(marked.contains(QLatin1String(field)), field);
        QCOMPARE(marked.size(), 10);
        QVERIFY(!marked.contains(QStringLiteral("farmers.commune"))); // a place, published
    }

    // A project made before the directory gains it when opened for editing; read-only it says
    // there is none.
    void olderProjectGainsTheDirectoryWhenEdited() {
        const auto oldProject = [this]() {
            const QString path = newProjectPath();
            GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr dataset(
                driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference srs;
            srs.importFromEPSG(5897);
            dataset->CreateLayer("production_areas", &srs, wkbMultiPolygon, nullptr);
            return path;
        };
        {
            auto project = openProject(oldProject(), ProjectStore::Access::ReadOnly);
            FarmerStore farmers(*project);
            QVERIFY(!farmers.exists());
            QVERIFY(farmers.farmers()->empty());
            Result<qint64> refused = farmers.insertFarmer(farmerNamed(QStringLiteral("Lê Văn B")));
            QVERIFY(!refused);
            QVERIFY2(refused.errorMessage().contains(QStringLiteral("read-only")),
                     qPrintable(refused.errorMessage()));
        }
        auto project = openProject(oldProject());
        FarmerStore farmers(*project);
        QVERIFY(farmers.exists());
        QVERIFY(farmers.insertFarmer(farmerNamed(QStringLiteral("Lê Văn B"))));
    }

    void farmerRoundTripsAndEveryChangeIsAudited() {
        auto project = openProject(newProjectPath());
        FarmerStore farmers(*project);
        QSignalSpy changed(&farmers, &FarmerStore::farmersChanged);
        FarmerRecord farmer =
            farmerNamed(QStringLiteral("Trương Thị Ánh"), QStringLiteral("087185004321"), 1985);
        farmer.gender = Gender::Female;
        farmer.householdId = QStringLiteral("HH-0042");
        farmer.communeOld = QStringLiteral("Mỹ Trà");
        farmer.cooperative = QStringLiteral("HTX Xoài Mỹ Xương");
        farmer.memberSince = QDate(2018, 7, 1);
        farmer.notes = QStringLiteral("trồng xoài cát Hòa Lộc");
        Result<qint64> fid = farmers.insertFarmer(farmer);
        QVERIFY2(fid, qPrintable(fid.errorMessage()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.front().front().value<QList<qint64>>(), QList<qint64>{fid.value()});

        Result<FarmerRecord> stored = farmers.farmer(fid.value());
        QVERIFY(stored);
        QCOMPARE(stored->createdBy, project->userName());
        QVERIFY(stored->createdAt.isValid());
        QCOMPARE(stored->modifiedBy, project->userName());
        FarmerRecord expected = farmer;
        expected.fid = fid.value();
        expected.createdBy = stored->createdBy;
        expected.createdAt = stored->createdAt;
        expected.modifiedBy = stored->modifiedBy;
        expected.modifiedAt = stored->modifiedAt;
        QCOMPARE(stored.value(), expected); // every field back as written

        FarmerRecord after = stored.value();
        after.phone = QStringLiteral("0277 385 1234"); // tidied to digits when stored
        QVERIFY(farmers.updateFarmer(after));
        QCOMPARE(farmers.farmer(fid.value())->phone, QStringLiteral("02773851234"));
        QCOMPARE(farmers.farmer(fid.value())->createdAt, stored->createdAt);
        QVERIFY(farmers.deleteFarmer(fid.value()));
        QVERIFY(!farmers.farmer(fid.value()));
        QCOMPARE(farmers.farmerCount(), 0);

        const std::vector<AuditEntry> history = farmers.history(fid.value());
        QCOMPARE(actions(history), (QStringList{QStringLiteral("insert"), QStringLiteral("update"),
                                                QStringLiteral("delete")}));
        QCOMPARE(history[0].layer, QStringLiteral("farmers"));
        QCOMPARE(history[0].user, project->userName());
        QVERIFY(history[0].beforeAttributes.isEmpty());
        const QJsonObject inserted = QJsonDocument::fromJson(history[0].afterAttributes).object();
        QCOMPARE(inserted.value(QStringLiteral("cccd")).toString(), QStringLiteral("087185004321"));
        QCOMPARE(inserted.value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Trương Thị Ánh"));
        QVERIFY(history[1].beforeAttributes.contains("\"phone\":\"0912345678\""));
        QVERIFY(history[1].afterAttributes.contains("\"phone\":\"02773851234\""));
        QVERIFY(history[2].afterAttributes.isEmpty());
        QVERIFY(project->history(fid.value()).empty()); // not mixed with growing area fids
    }

    void invalidOrDuplicateCitizenIdIsRefused() {
        auto project = openProject(newProjectPath());
        FarmerStore farmers(*project);
        const qint64 first = farmers
                                 .insertFarmer(farmerNamed(QStringLiteral("Nguyễn Văn A"),
                                                           QStringLiteral("087085001234"), 1985))
                                 .value();
        Result<qint64> taken = farmers.insertFarmer(
            farmerNamed(QStringLiteral("Nguyễn Văn Ba"), QStringLiteral("087 085 001 234")));
        QVERIFY(!taken);
        QVERIFY2(taken.errorMessage().contains(QStringLiteral("087085001234")) &&
                     taken.errorMessage().contains(QStringLiteral("Nguyễn Văn A")) &&
                     taken.errorMessage().contains(QStringLiteral("Nguyễn Văn Ba")),
                 qPrintable(taken.errorMessage()));
        FarmerRecord bad = farmerNamed(QStringLiteral("Lê Thị C"), QStringLiteral("12345"));
        bad.phone = QStringLiteral("0412345678");
        Result<qint64> invalid = farmers.insertFarmer(bad);
        QVERIFY(!invalid);
        QVERIFY2(invalid.errorMessage().contains(QStringLiteral("12345")) &&
                     invalid.errorMessage().contains(QStringLiteral("0412345678")),
                 qPrintable(invalid.errorMessage())); // every problem, in one message
        QCOMPARE(farmers.farmerCount(), 1);
        QCOMPARE(auditActionsOf(*project, "farmers"), QStringList{QStringLiteral("insert")});

        // A farmer keeps its own CCCD on update; another cannot take it.
        FarmerRecord same = farmers.farmer(first).value();
        same.hamlet = QStringLiteral("Ấp 5");
        QVERIFY(farmers.updateFarmer(same));
        const qint64 second =
            farmers.insertFarmer(farmerNamed(QStringLiteral("Trần Văn D"))).value();
        FarmerRecord thief = farmers.farmer(second).value();
        thief.cccd = QStringLiteral("087085001234");
        QVERIFY(!farmers.updateFarmer(thief));
        QVERIFY(farmers.farmer(second)->cccd.isEmpty());
    }

    void linksFollowTheFarmer() {
        auto project = openProject(newProjectPath());
        FarmerStore farmers(*project);
        const qint64 area =
            project->insertArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001")))
                .value();
        const qint64 farmer =
            farmers.insertFarmer(farmerNamed(QStringLiteral("Phan Văn Hùng"))).value();
        const ParcelKey key{QStringLiteral("Mỹ Ngãi"), QStringLiteral("12"), QStringLiteral("305")};
        Result<qint64> parcel = farmers.linkParcel({-1, farmer, key, 1250.5, Tenure::Tenant});
        QVERIFY2(parcel, qPrintable(parcel.errorMessage()));
        QVERIFY(farmers.linkArea({-1, farmer, area}));
        QCOMPARE(farmers.parcelsOf(farmer), (std::vector<FarmerParcel>{{parcel.value(), farmer, key,
                                                                        1250.5, Tenure::Tenant}}));
        QCOMPARE(farmers.farmersOfArea(area).size(), size_t(1));

        Result<qint64> twice = farmers.linkParcel({-1, farmer, key, {}, Tenure::Owner});
        QVERIFY(!twice);
        QVERIFY2(twice.errorMessage().contains(QStringLiteral("305")) &&
                     twice.errorMessage().contains(QStringLiteral("Phan Văn Hùng")),
                 qPrintable(twice.errorMessage()));
        QVERIFY(!farmers.linkArea({-1, farmer, area}));
        Result<qint64> noArea = farmers.linkArea({-1, farmer, 999});
        QVERIFY(!noArea);
        QVERIFY2(noArea.errorMessage().contains(QStringLiteral("999")),
                 qPrintable(noArea.errorMessage()));
        QVERIFY(!farmers.linkParcel(
            {-1, farmer, {QStringLiteral("Mỹ Ngãi"), QString(), QStringLiteral("7")}, {}, {}}));
        QVERIFY(!farmers.linkParcel({-1, 999, key, {}, Tenure::Owner})); // no such farmer

        // Deleting the farmer deletes its links, each audited.
        QVERIFY(farmers.deleteFarmer(farmer));
        QVERIFY(farmers.parcelsOf(farmer).empty());
        QVERIFY(farmers.farmersOfArea(area).empty());
        QCOMPARE(auditActionsOf(*project, "farmer_parcels"),
                 (QStringList{QStringLiteral("insert"), QStringLiteral("delete")}));
        QCOMPARE(auditActionsOf(*project, "farmer_areas"),
                 (QStringList{QStringLiteral("insert"), QStringLiteral("delete")}));
    }

    void mergeMovesLinksToTheKeptFarmer() {
        auto project = openProject(newProjectPath());
        FarmerStore farmers(*project);
        const qint64 areaA =
            project->insertArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001")))
                .value();
        const qint64 areaB =
            project->insertArea(squareArea(baseX + 200, baseY, 100, QStringLiteral("VN-DTOR-0002")))
                .value();
        const qint64 keep = farmers
                                .insertFarmer(farmerNamed(QStringLiteral("Nguyễn Văn A"),
                                                          QStringLiteral("087085001234"), 1985))
                                .value();
        const qint64 other =
            farmers.insertFarmer(farmerNamed(QStringLiteral("Nguyen Van A"), {}, 1985)).value();
        const ParcelKey shared{QStringLiteral("Mỹ Ngãi"), QStringLiteral("12"),
                               QStringLiteral("305")};
        const ParcelKey own{QStringLiteral("Mỹ Ngãi"), QStringLiteral("12"), QStringLiteral("306")};
        QVERIFY(farmers.linkParcel({-1, keep, shared, 800, Tenure::Owner}));
        QVERIFY(farmers.linkParcel({-1, other, shared, 750, Tenure::Owner}));
        const qint64 moved = farmers.linkParcel({-1, other, own, 400, Tenure::Tenant}).value();
        QVERIFY(farmers.linkArea({-1, keep, areaA}));
        QVERIFY(farmers.linkArea({-1, other, areaA}));
        QVERIFY(farmers.linkArea({-1, other, areaB}));

        QVERIFY(farmers.mergeFarmers(keep, other));
        QVERIFY(!farmers.farmer(other));
        const std::vector<FarmerParcel> parcels = farmers.parcelsOf(keep);
        QCOMPARE(parcels.size(), size_t(2)); // the shared parcel once, with keep's own figures
        QCOMPARE(parcels[0].parcel, shared);
        QCOMPARE(parcels[0].farmedAreaM2, std::optional<double>(800));
        QCOMPARE(parcels[1], (FarmerParcel{moved, keep, own, 400, Tenure::Tenant}));
        QCOMPARE(farmers.areasOf(keep).size(), size_t(2));
        QCOMPARE(farmers.farmersOfArea(areaB).front().farmerFid, keep);
        QVERIFY(farmers.parcelsOf(other).empty() && farmers.areasOf(other).empty());
        QCOMPARE(actions(farmers.history(other)),
                 (QStringList{QStringLiteral("insert"), QStringLiteral("merge")}));
        QCOMPARE(auditActionsOf(*project, "farmer_parcels").count(QStringLiteral("merge")), 2);
        QCOMPARE(auditActionsOf(*project, "farmer_areas").count(QStringLiteral("merge")), 2);

        // Two different citizen IDs are two people.
        const qint64 stranger = farmers
                                    .insertFarmer(farmerNamed(QStringLiteral("Nguyễn Văn A"),
                                                              QStringLiteral("087085009999"), 1985))
                                    .value();
        Status refused = farmers.mergeFarmers(keep, stranger);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("087085009999")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!farmers.mergeFarmers(keep, keep));
    }

    // A merge that fails part-way (a link went missing since it was planned) leaves nothing
    // changed: one transaction.
    void failedMergeChangesNothing() {
        auto project = openProject(newProjectPath());
        FarmerStore farmers(*project);
        const qint64 area =
            project->insertArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001")))
                .value();
        const qint64 keep =
            farmers.insertFarmer(farmerNamed(QStringLiteral("Võ Văn Kiệt"), {}, 1960)).value();
        const qint64 other =
            farmers.insertFarmer(farmerNamed(QStringLiteral("Vo Van Kiet"), {}, 1960)).value();
        QVERIFY(farmers.linkParcel(
            {-1,
             other,
             {QStringLiteral("Mỹ Ngãi"), QStringLiteral("3"), QStringLiteral("41")},
             {},
             Tenure::Owner}));
        const qint64 areaLink = farmers.linkArea({-1, other, area}).value();
        Result<std::vector<DirectoryChange>> plan =
            directory_edits::mergeFarmers(farmers, keep, other);
        QVERIFY(plan);
        QCOMPARE(plan->size(), size_t(3));     // move parcel, move area, delete other
        QVERIFY(farmers.unlinkArea(areaLink)); // the second step will find nothing to move
        const qsizetype auditRows = auditActionsOf(*project, "farmer_parcels").size();
        QVERIFY(!farmers.applyAll(plan.value()));
        QVERIFY(farmers.farmer(other));
        QCOMPARE(farmers.parcelsOf(other).size(), size_t(1));
        QVERIFY(farmers.parcelsOf(keep).empty());
        QCOMPARE(auditActionsOf(*project, "farmer_parcels").size(), auditRows);
    }
};

QTEST_GUILESS_MAIN(FarmerStoreTest)
#include "farmer_store_test.moc"
