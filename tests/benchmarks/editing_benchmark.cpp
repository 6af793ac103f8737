// Editing benchmark (issue "Edit the Agricultural Product Map"): on generated growing areas
// (100k by default, AGRIMAP_BENCH_AREAS to change), times the import into a project, the
// start of an edit session, committing one edit (rules + transaction + audit), and
// `agrimap-cli validate` over the whole layer with its overlaps, beside QGIS's "Check
// validity" and overlap check on the same areas when python3-qgis is installed.
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "gdal_environment.h"
#include "qgis_validate_anchor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;

namespace {

// An 80 m square with its south-west corner at (x, y).
OGRPolygon squareAt(double x, double y) {
    OGRLinearRing ring;
    ring.addPoint(x, y);
    ring.addPoint(x + 80, y);
    ring.addPoint(x + 80, y + 80);
    ring.addPoint(x, y + 80);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    return polygon;
}

// Squares of 80 m on a 100 m grid; every 100th is shifted to overlap its neighbour.
bool writeAreas(const QString& path, int count) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(5897);
    OGRLayer* layer = dataset->CreateLayer("production_areas", &srs, wkbMultiPolygon, nullptr);
    for (const char* name : {"code", "crop", "status", "commune"}) {
        OGRFieldDefn field(name, OFTString);
        layer->CreateField(&field);
    }
    dataset->StartTransaction();
    const int columns = 400;
    for (int i = 0; i < count; ++i) {
        const double x = 540000 + (i % columns) * 100.0 + (i % 100 == 0 ? 30.0 : 0.0);
        const double y = 1140000 + (i / columns) * 100.0;
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField(
            "code",
            QStringLiteral("VN-DTBM-%1").arg(i, 6, 10, QLatin1Char('0')).toUtf8().constData());
        feature.SetField("crop", "xoài");
        feature.SetField("status", "active");
        feature.SetField("commune", "Mỹ Ngãi");
        OGRMultiPolygon multi;
        const OGRPolygon polygon = squareAt(x, y);
        multi.addGeometry(&polygon);
        feature.SetGeometry(&multi);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    return dataset->CommitTransaction() == OGRERR_NONE;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    ensureGdalReady();
    const int count = qEnvironmentVariableIntValue("AGRIMAP_BENCH_AREAS") > 0
                          ? qEnvironmentVariableIntValue("AGRIMAP_BENCH_AREAS")
                          : 100000;
    QTemporaryDir directory;
    const QString source = directory.filePath(QStringLiteral("areas.gpkg"));
    const QString project = directory.filePath(QStringLiteral("bench.agrimap.gpkg"));
    std::printf("AgriMap editing benchmark, %d generated growing areas\n", count);
    if (!writeAreas(source, count))
        return 2;

    QElapsedTimer clock;
    clock.start();
    double importMs = 0, startMs = 0;
    std::vector<double> commits;
    {
        auto store = ProjectStore::open(project, ProjectStore::Access::Edit);
        if (!store)
            return 2;
        if (!store.value()->importAreas(source, QStringLiteral("production_areas")))
            return 2;
        importMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        auto session = EditSession::start(*store.value());
        if (!session)
            return 2;
        startMs = double(clock.nsecsElapsed()) / 1e6;
        // New areas in an empty row above the grid, each committed with rules and audit.
        for (int i = 0; i < 50; ++i) {
            GrowingArea area;
            area.attributes.insert(QStringLiteral("code"),
                                   QStringLiteral("VN-DTNW-%1").arg(i, 4, 10, QLatin1Char('0')));
            area.attributes.insert(QStringLiteral("status"), QStringLiteral("active"));
            const double x = 540000 + i * 100.0;
            const double y = 1140000 + (count / 400 + 2) * 100.0;
            const OGRPolygon polygon = squareAt(x, y);
            area.geometryWkb.resize(qsizetype(polygon.WkbSize()));
            polygon.exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(area.geometryWkb.data()),
                                wkbVariantIso);
            clock.restart();
            if (!session.value()->addArea(area))
                return 3;
            commits.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    }

    clock.restart();
    QProcess validate;
    validate.start(QStringLiteral(AGRIMAP_CLI), {QStringLiteral("validate"), project});
    validate.waitForFinished(600000);
    const double validateMs = double(clock.nsecsElapsed()) / 1e6;
    const QByteArray lines = validate.readAllStandardOutput();
    const qsizetype overlaps = lines.count("overlap\t");
    const qsizetype invalid = lines.count("geometry-invalid\t");
    // After AgriMap's run, so that the two never share the CPU.
    const auto qgis = benchmarks::runQgisValidate(source, QStringLiteral("production_areas"));

    std::printf("import into the project (one transaction, audited): %.0f ms\n", importMs);
    std::printf("edit session start (areas in memory):              %.0f ms\n", startMs);
    std::printf("commit one edit (rules, transaction, audit):       median %.1f ms, max %.1f ms "
                "(target <= 20 ms)\n",
                median(commits), *std::max_element(commits.begin(), commits.end()));
    std::printf("agrimap-cli validate, whole layer:                 %.0f ms, %lld overlaps found "
                "of %d planted (target <= 10000 ms)\n",
                validateMs, qlonglong(overlaps), count / 100);
    std::printf("  of which geometry-invalid: %lld\n", qlonglong(invalid));
    if (!qgis) {
        std::printf("QGIS: not available\n");
    } else {
        // QGIS reads the generated file: the same areas without the 50 committed above.
        std::printf("QGIS on the generated areas (start %.0f ms, not counted):\n", qgis->startupMs);
        std::printf("  check validity (GEOS):                           %.0f ms, %lld invalid\n",
                    qgis->validityMs, qgis->invalid);
        std::printf("  overlaps (intersection with itself, > 1 m2):     %.0f ms, %lld overlaps "
                    "found of %d planted\n",
                    qgis->overlapMs, qgis->overlaps, count / 100);
        std::printf("  open + validity + overlaps:                      %.0f ms\n", qgis->totalMs);
        std::printf("validate: AgriMap %.0f ms, QGIS %.0f ms, ratio %.2f (AgriMap target <= "
                    "10000 ms)\n",
                    validateMs, qgis->totalMs,
                    qgis->totalMs > 0 ? validateMs / qgis->totalMs : 0.0);
    }
    return validate.exitCode() == 1 && overlaps == count / 100 ? 0 : 1;
}
