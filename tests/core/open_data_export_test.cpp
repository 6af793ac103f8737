#include "area_fixtures.h"
#include "directory/farmer_store.h"
#include "directory_tables.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"
#include "publishing/companion_files.h"
#include "publishing/default_export_profile.h"
#include "publishing/directory_aggregates.h"
#include "publishing/open_data_exporter.h"
#include "test_data.h"

#include <QProcess>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

GDALDatasetUniquePtr openRead(const QString& path) {
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

QString textOf(const OGRFeature& feature) {
    QString text = QString::number(feature.GetFID());
    for (int i = 0; i < feature.GetFieldCount(); ++i)
        text += QLatin1Char('|') + QString::fromUtf8(feature.GetFieldAsString(i));
    if (const OGRGeometry* geometry = feature.GetGeometryRef())
        text += QLatin1Char('|') + QString::fromStdString(geometry->exportToWkt());
    return text + QLatin1Char('\n');
}

// Every row of every table the package holds, as text: two equal dumps are equal packages.
QString dumpOf(const QString& path) {
    GDALDatasetUniquePtr dataset = openRead(path);
    QString dump;
    for (const char* sql :
         {"SELECT table_name, data_type, identifier, description, last_change, "
          "min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents ORDER BY table_name",
          "SELECT * FROM gpkg_metadata ORDER BY id",
          "SELECT * FROM gpkg_metadata_reference ORDER BY md_file_id"}) {
        OGRLayer* result = dataset->ExecuteSQL(sql, nullptr, nullptr);
        for (const auto& row : *result)
            dump += textOf(*row);
        dataset->ReleaseResultSet(result);
    }
    for (int i = 0; i < dataset->GetLayerCount(); ++i) {
        for (const auto& feature : *dataset->GetLayer(i))
            dump += textOf(*feature);
    }
    return dump;
}

double areaIn5897(const QString& path, const char* layer) {
    GDALDatasetUniquePtr dataset = openRead(path);
    OGRLayer* table = dataset->GetLayerByName(layer);
    OGRSpatialReference target;
    target.importFromEPSG(5897);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (!table->GetSpatialRef()->IsSame(&target))
        transform.reset(OGRCreateCoordinateTransformation(table->GetSpatialRef(), &target));
    double total = 0;
    for (const auto& feature : *table) {
        std::unique_ptr<OGRGeometry> geometry(feature->GetGeometryRef()->clone());
        if (transform)
            geometry->transform(transform.get());
        total += geometry->toMultiPolygon()->get_Area();
    }
    return total;
}

} // namespace

class OpenDataExportTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_project;

    ExportProfile profile() const {
        Result<ExportProfile> made = defaultExportProfile(m_project);
        if (!made)
            qFatal("%s", qPrintable(made.errorMessage()));
        ExportProfile fixed = made.value();
        fixed.timestamp = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        return fixed;
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        m_project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
    }

    void sampleProjectPassesGdalsValidator() {
        const QString out = m_directory.filePath(QStringLiteral("open.gpkg"));
        Result<ExportReport> report = OpenDataExporter(profile(), m_project).exportTo(out);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->layers.size(), size_t(4));
        {
            GDALDatasetUniquePtr written = openRead(out);
            OGRLayer* version = written->ExecuteSQL("PRAGMA user_version", nullptr, nullptr);
            QVERIFY(OGRFeatureUniquePtr(version->GetNextFeature())->GetFieldAsInteger(0) >= 10300);
            written->ReleaseResultSet(version);
        }
        const QString validator =
            QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
        if (!QFileInfo::exists(validator))
            QSKIP("python3-gdal's validate_gpkg.py is not installed");
        QProcess process;
        process.start(QStringLiteral("/usr/bin/python3"), {validator, out});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        GDALDatasetUniquePtr package = openRead(out);
        const std::pair<const char*, GIntBig> counts[] = {
            {"growing_areas", 36}, {"land_use", 213}, {"communes", 6}, {"cadastral_parcels", 3000}};
        for (const auto& [name, count] : counts) {
            OGRLayer* layer = package->GetLayerByName(name);
            QVERIFY2(layer, name);
            QCOMPARE(layer->GetFeatureCount(), count);
            QCOMPARE(layer->GetSpatialRef()->GetAuthorityCode(nullptr), "4326");
            QVERIFY(layer->TestCapability(OLCFastSpatialFilter)); // a spatial index
            GIntBig expected = 1;                                 // fresh sequential ids
            for (const auto& feature : *layer)
                QCOMPARE(feature->GetFID(), expected++);
        }
        // No owner names; the parcel key and land-use code stay.
        OGRFeatureDefn* parcels = package->GetLayerByName("cadastral_parcels")->GetLayerDefn();
        QCOMPARE(parcels->GetFieldIndex("TenChu"), -1);
        QVERIFY(parcels->GetFieldIndex("SoThuTuThua") >= 0);
        QVERIFY(
            package->GetLayerByName("growing_areas")->GetLayerDefn()->GetFieldIndex("created_by") <
            0);
        // Identifier and description in both languages, metadata and the data dictionary.
        OGRLayer* contents = package->ExecuteSQL(
            "SELECT identifier, description FROM gpkg_contents WHERE table_name = 'growing_areas'",
            nullptr, nullptr);
        OGRFeatureUniquePtr row(contents->GetNextFeature());
        QCOMPARE(QString::fromUtf8(row->GetFieldAsString(0)),
                 QStringLiteral("Vùng trồng / Growing areas"));
        QVERIFY(QString::fromUtf8(row->GetFieldAsString(1))
                    .contains(QStringLiteral("mã số vùng trồng")));
        package->ReleaseResultSet(contents);
        OGRLayer* metadata =
            package->ExecuteSQL("SELECT count(*) FROM gpkg_metadata WHERE md_standard_uri = "
                                "'http://www.isotc211.org/2005/gmd'",
                                nullptr, nullptr);
        QCOMPARE(OGRFeatureUniquePtr(metadata->GetNextFeature())->GetFieldAsInteger(0), 5);
        package->ReleaseResultSet(metadata);
        OGRLayer* dictionary = package->GetLayerByName("data_dictionary");
        QVERIFY(dictionary);
        bool statusSpelled = false;
        for (const auto& entry : *dictionary) {
            if (QString::fromUtf8(entry->GetFieldAsString("column_name")) ==
                QLatin1String("status"))
                statusSpelled = QString::fromUtf8(entry->GetFieldAsString("allowed_values"))
                                    .contains(QStringLiteral("revoked"));
        }
        QVERIFY(statusSpelled);
    }

    void geojsonCsvAndChecksums() {
        QTemporaryDir out;
        const QString package = out.filePath(QStringLiteral("publish.gpkg"));
        QVERIFY(OpenDataExporter(profile(), m_project).exportTo(package));
        Result<QStringList> files =
            writeCompanionFiles(package, CompanionOptions{true, true, true});
        QVERIFY2(files, qPrintable(files.errorMessage()));
        QCOMPARE(files->size(), 1 + 4 * 2 + 1); // package, GeoJSON and CSV per layer, manifest
        GDALDatasetUniquePtr geojson =
            openRead(out.filePath(QStringLiteral("publish_growing_areas.geojson")));
        QVERIFY(geojson);
        QCOMPARE(geojson->GetLayer(0)->GetFeatureCount(), GIntBig(36));
        QFile manifest(files->last());
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = manifest.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 9);
        for (const QByteArray& line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            QCOMPARE(parts.first(),
                     sha256Of(out.filePath(QString::fromUtf8(parts.last()))).value().toLatin1());
        }
        QVERIFY(QDir(out.path()).entryList({QStringLiteral("*partial*")}).isEmpty());
    }

    // QGIS, when installed, reads the same counts (the benchmark machines have it).
    void qgisReadsTheSameCounts() {
        const QString out = m_directory.filePath(QStringLiteral("for-qgis.gpkg"));
        QVERIFY(OpenDataExporter(profile(), m_project).exportTo(out));
        const QString script = QStringLiteral(
            "import os, sys\n"
            "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
            "from qgis.core import QgsApplication, QgsVectorLayer\n"
            "app = QgsApplication([], False); app.initQgis()\n"
            "for name in sys.argv[2:]:\n"
            "    layer = QgsVectorLayer(sys.argv[1] + '|layername=' + name, name, 'ogr')\n"
            "    print(name, layer.featureCount() if layer.isValid() else -1)\n"
            "del layer\n"
            "app.exitQgis()\n");
        QProcess qgis;
        qgis.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"), script, out, QStringLiteral("growing_areas"),
                    QStringLiteral("land_use"), QStringLiteral("communes"),
                    QStringLiteral("cadastral_parcels")});
        if (!qgis.waitForFinished(120000) || qgis.exitStatus() != QProcess::NormalExit)
            QSKIP("QGIS did not run");
        const QString printed = QString::fromUtf8(qgis.readAllStandardOutput());
        if (qgis.exitCode() != 0 && printed.isEmpty())
            QSKIP("QGIS (python3-qgis) is not installed here");
        QVERIFY2(printed.contains(QStringLiteral("growing_areas 36")) &&
                     printed.contains(QStringLiteral("land_use 213")) &&
                     printed.contains(QStringLiteral("communes 6")) &&
                     printed.contains(QStringLiteral("cadastral_parcels 3000")),
                 qPrintable(printed));
    }

    void areasSurviveTheReprojection() {
        const QString out = m_directory.filePath(QStringLiteral("areas.gpkg"));
        QVERIFY(OpenDataExporter(profile(), m_project).exportTo(out));
        const double before = areaIn5897(m_project, "production_areas");
        const double after = areaIn5897(out, "growing_areas");
        QVERIFY2(qAbs(after / before - 1) < 0.001,
                 qPrintable(QStringLiteral("%1 vs %2").arg(after).arg(before)));
    }

    void personalFieldsCannotBeChosen() {
        ExportProfile withOwner = profile();
        for (ExportLayer& layer : withOwner.layers) {
            if (layer.sourceLayer == QLatin1String("cadastral_parcels"))
                layer.fields << QStringLiteral("TenChu");
        }
        const Status checked = OpenDataExporter(withOwner, m_project).check();
        QVERIFY(!checked);
        QVERIFY(checked.errorMessage().contains(QStringLiteral("TenChu")));
        QVERIFY(checked.errorMessage().contains(QStringLiteral("personal")));
        const QString out = m_directory.filePath(QStringLiteral("owners.gpkg"));
        QVERIFY(!OpenDataExporter(withOwner, m_project).exportTo(out));
        QVERIFY(!QFileInfo::exists(out));
    }

    void lastGuardCatchesACitizenIdInANote() {
        QTemporaryDir scratch;
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), scratch);
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), scratch);
        {
            auto store = ProjectStore::open(project, ProjectStore::Access::Edit);
            QVERIFY(store);
            GrowingArea area = store.value()->area(7).value();
            GrowingArea noted = area;
            noted.attributes.insert(QStringLiteral("notes"),
                                    QStringLiteral("Liên hệ ông Tư, CCCD 087123456789"));
            QVERIFY(store.value()->updateArea(area, noted));
        }
        const QByteArray before = [&] {
            QFile f(project);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        Result<ExportProfile> made = defaultExportProfile(project);
        QVERIFY(made);
        made->layers.front().fields << QStringLiteral("notes"); // free text, chosen by the user
        const QString out = scratch.filePath(QStringLiteral("leak.gpkg"));
        Result<ExportReport> refused = OpenDataExporter(made.value(), project).exportTo(out);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("production_areas")) &&
                     refused.errorMessage().contains(QStringLiteral("notes")) &&
                     refused.errorMessage().contains(QStringLiteral("feature 7")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(OpenDataExporter::partialPathFor(out)));
        const QByteArray after = [&] {
            QFile f(project);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QVERIFY(before == after); // the project is only read
    }

    // The last guard reads the project's own Farmer Directory: a farmer's name typed into a
    // published field is refused however its case, spaces or Unicode form differ.
    void lastGuardRefusesANameFromTheFarmerDirectory() {
        QTemporaryDir scratch;
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), scratch);
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), scratch);
        {
            auto store = ProjectStore::open(project, ProjectStore::Access::Edit);
            QVERIFY(store);
            FarmerStore farmers(*store.value());
            QVERIFY(farmers.insertFarmer(farmerNamed(QStringLiteral("Đặng Thị Mẫu Bốn"))));
            GrowingArea area = store.value()->area(7).value();
            GrowingArea renamed = area;
            renamed.attributes.insert(
                QStringLiteral("name"),
                QStringLiteral(" đặng thị mẫu bốn ").normalized(QString::NormalizationForm_D));
            QVERIFY(store.value()->updateArea(area, renamed));
        }
        Result<ExportProfile> made = defaultExportProfile(project);
        QVERIFY(made);
        QVERIFY(made->layers.front().fields.contains(QStringLiteral("name")));
        const QString out = scratch.filePath(QStringLiteral("named.gpkg"));
        Result<ExportReport> refused = OpenDataExporter(made.value(), project).exportTo(out);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("production_areas")) &&
                     refused.errorMessage().contains(QStringLiteral("field name")) &&
                     refused.errorMessage().contains(QStringLiteral("feature 7")) &&
                     refused.errorMessage().contains(QStringLiteral("Farmer Directory")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(OpenDataExporter::partialPathFor(out)));
    }

    // Aggregates in place of persons: counted by hand on a few linked households.
    void directoryAggregatesEqualHandCounts() {
        QTemporaryDir scratch;
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), scratch);
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), scratch);
        dropFarmerDirectory(project); // only the households below are counted
        const qint64 listed = 3;      // lists its parcels
        const qint64 unlisted = 5;    // lists none
        QString listedCode, unlistedCode;
        {
            auto opened = ProjectStore::open(project, ProjectStore::Access::Edit);
            QVERIFY(opened);
            ProjectStore& store = *opened.value();
            FarmerStore farmers(store);
            const ParcelKey p1{QStringLiteral("Mỹ Ngãi"), QStringLiteral("12"),
                               QStringLiteral("101")};
            const ParcelKey p2{QStringLiteral("Mỹ Ngãi"), QStringLiteral("12"),
                               QStringLiteral("102")};
            const ParcelKey p3{QStringLiteral("Mỹ Ngãi"), QStringLiteral("13"),
                               QStringLiteral("7")};
            const ParcelKey p4{QStringLiteral("Mỹ Trà"), QStringLiteral("2"), QStringLiteral("55")};
            const qint64 one =
                farmers.insertFarmer(farmerNamed(QStringLiteral("Lê Thị Mẫu Một"))).value();
            const qint64 two =
                farmers.insertFarmer(farmerNamed(QStringLiteral("Phạm Văn Mẫu Hai"))).value();
            const qint64 three =
                farmers.insertFarmer(farmerNamed(QStringLiteral("Võ Văn Mẫu Ba"))).value();
            QVERIFY(farmers.linkParcel({-1, one, p1, 2000, Tenure::Owner}));
            QVERIFY(farmers.linkParcel({-1, one, p2, 3000, Tenure::Owner}));
            QVERIFY(farmers.linkParcel({-1, two, p3, 5000, Tenure::Tenant}));
            QVERIFY(farmers.linkParcel({-1, three, p4, 10000, Tenure::Owner}));
            QVERIFY(farmers.linkParcel({-1, three, p3, {}, Tenure::Other})); // area not recorded
            QVERIFY(farmers.linkArea({-1, one, listed}));
            QVERIFY(farmers.linkArea({-1, two, listed}));
            QVERIFY(farmers.linkArea({-1, one, unlisted}));
            QVERIFY(farmers.linkArea({-1, three, unlisted}));
            GrowingArea area = store.area(listed).value();
            GrowingArea withParcels = area;
            withParcels.members = {p1, p3}; // not p2, which only farmer one farms
            QVERIFY(store.updateArea(area, withParcels));
            listedCode = area.text(area_field::code);
            unlistedCode = store.area(unlisted).value().text(area_field::code);
        }
        Result<ExportProfile> made = defaultExportProfile(project);
        QVERIFY(made);
        ExportLayer& areas = made->layers.front();
        const QStringList offered = directory_aggregates::availableFor(project, areas);
        QCOMPARE(offered, QStringList({QLatin1String(directory_aggregates::households),
                                       QLatin1String(directory_aggregates::farmedAreaHa)}));
        areas.fields << offered;
        const QString out = scratch.filePath(QStringLiteral("aggregates.gpkg"));
        Result<ExportReport> report = OpenDataExporter(made.value(), project).exportTo(out);
        QVERIFY2(report, qPrintable(report.errorMessage()));

        GDALDatasetUniquePtr package = openRead(out);
        OGRLayer* published = package->GetLayerByName("growing_areas");
        QCOMPARE(
            published->GetLayerDefn()
                ->GetFieldDefn(published->GetLayerDefn()->GetFieldIndex("directory_households"))
                ->GetType(),
            OFTInteger);
        int seen = 0;
        for (const auto& feature : *published) {
            const QString code = QString::fromUtf8(feature->GetFieldAsString("code"));
            const int households = feature->GetFieldAsInteger("directory_households");
            const double hectares = feature->GetFieldAsDouble("directory_farmed_area_ha");
            if (code ==
                listedCode) { // one (p1 2000 m²) and two (p3 5000 m²); three's p3 has no area
                QCOMPARE(households, 2);
                QCOMPARE(hectares, 0.7);
            } else if (code == unlistedCode) { // every parcel of one and three
                QCOMPARE(households, 2);
                QCOMPARE(hectares, (2000 + 3000 + 10000 + 0) / 10000.0);
            } else {
                QCOMPARE(households, 0);
                QCOMPARE(hectares, 0.0);
            }
            ++seen;
        }
        QCOMPARE(seen, 36);
        // Explained in the data dictionary, in both languages.
        OGRLayer* dictionary = package->GetLayerByName("data_dictionary");
        int explained = 0;
        for (const auto& entry : *dictionary) {
            const QString column = QString::fromUtf8(entry->GetFieldAsString("column_name"));
            if (!directory_aggregates::isAggregate(column))
                continue;
            QVERIFY(QString::fromUtf8(entry->GetFieldAsString("meaning_vi"))
                        .contains(QStringLiteral("hộ")));
            QVERIFY(QString::fromUtf8(entry->GetFieldAsString("meaning_en"))
                        .contains(QStringLiteral("households"), Qt::CaseInsensitive));
            ++explained;
        }
        QCOMPARE(explained, 2);
        // Only the growing areas of the project have them.
        ExportProfile elsewhere = made.value();
        elsewhere.layers.back().fields << QLatin1String(directory_aggregates::households);
        const Status checked = OpenDataExporter(elsewhere, project).check();
        QVERIFY(!checked);
        QVERIFY(checked.errorMessage().contains(QStringLiteral("Farmer Directory")));
    }

    void cancelLeavesNoFile() {
        const QString out = m_directory.filePath(QStringLiteral("cancelled.gpkg"));
        int calls = 0;
        Result<ExportReport> cancelled =
            OpenDataExporter(profile(), m_project).exportTo(out, [&calls](int) {
                ++calls;
                return false;
            });
        QVERIFY(!cancelled);
        QVERIFY(calls > 0);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(OpenDataExporter::partialPathFor(out)));
    }

    // A killed export (the command line, killed at several moments) never leaves a file under
    // the final name that is not complete; the next export clears what it left.
    void killedExportLeavesNoHalfFile() {
        const QString out = m_directory.filePath(QStringLiteral("killed.gpkg"));
        for (int delay : {5, 20, 40, 80, 120}) {
            QFile::remove(out);
            QProcess child;
            child.start(QStringLiteral(AGRIMAP_CLI),
                        {QStringLiteral("export-opendata"), m_project, QStringLiteral("--out"), out,
                         QStringLiteral("--geojson"), QStringLiteral("--csv")});
            QVERIFY(child.waitForStarted());
            QTest::qWait(delay);
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            if (QFileInfo::exists(out)) { // it had finished: then it is whole
                GDALDatasetUniquePtr package = openRead(out);
                QVERIFY(package);
                QCOMPARE(package->GetLayerByName("cadastral_parcels")->GetFeatureCount(),
                         GIntBig(3000));
            }
        }
        QVERIFY(OpenDataExporter(profile(), m_project).exportTo(out));
        QVERIFY(!QFileInfo::exists(OpenDataExporter::partialPathFor(out)));
    }

    void twoExportsAreEqual() {
        const QString first = m_directory.filePath(QStringLiteral("first.gpkg"));
        const QString second = m_directory.filePath(QStringLiteral("second.gpkg"));
        QVERIFY(OpenDataExporter(profile(), m_project).exportTo(first));
        QTest::qWait(1100); // a clock that moved on must not show in the package
        QVERIFY(OpenDataExporter(profile(), m_project).exportTo(second));
        const QString a = dumpOf(first);
        QVERIFY(a.size() > 100000);
        QVERIFY(a == dumpOf(second));
        QVERIFY(a.contains(QStringLiteral("2026-11-01T08:00:00")));
    }
};

QTEST_GUILESS_MAIN(OpenDataExportTest)
#include "open_data_export_test.moc"
