// Open-data export benchmark (issue "Publish open data"): generated parcels (100k, 1M; 5M
// when AGRIMAP_BENCH_SIZES asks for it) written with three fields (land_use, area_m2,
// commune) to a GeoPackage in EPSG:4326 by AgriMap's OpenDataExporter, by QGIS
// (shared/bench/qgis_export.py) and by ogr2ogr, on the same file, one after the other in the
// same run. Each export runs in its own process, so the peak memory is per size and per tool.
// Run on demand: ./installer/setup.sh bench
//
// Environment: AGRIMAP_BENCH_SIZES (default 100000,1000000), AGRIMAP_BENCH_DIR (where the
// generated sets are kept between runs; default a temporary folder).
#include "benchmark_data_sets.h"
#include "benchmark_figures.h"
#include "gdal_environment.h"
#include "measured_run.h"
#include "publishing/open_data_exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <optional>

using namespace agrimap;
using namespace agrimap::benchmarks;

namespace {

QTextStream out(stdout);

constexpr double qgisTarget = 0.35;
constexpr double ogr2ogrTarget = 0.25;
const QString systemPython = QStringLiteral("/usr/bin/python3");
const QString qgisScript = QStringLiteral(AGRIMAP_SHARED_BENCH_DIR "/qgis_export.py");
const QString ogr2ogr = QStringLiteral("/usr/bin/ogr2ogr");

// The child's side: one export with a one-layer profile, its own time on standard output.
int exportOnce(const QString& source, const QString& output) {
    ExportLayer layer;
    layer.sourcePath = source;
    layer.sourceLayer = QStringLiteral("cadastral_parcels");
    layer.outputName = QStringLiteral("product_map");
    layer.fields = {QStringLiteral("land_use"), QStringLiteral("area_m2"),
                    QStringLiteral("commune")};
    layer.titleVi = QStringLiteral("Thửa đất");
    layer.titleEn = QStringLiteral("Land parcels");
    ExportProfile profile;
    profile.layers.push_back(layer);
    profile.title = QStringLiteral("Benchmark");
    profile.timestamp = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    // The source stands in for the project: no Farmer Directory, no marked fields.
    Result<ExportReport> report = OpenDataExporter(profile, source).exportTo(output);
    if (!report) {
        QTextStream(stderr) << report.errorMessage() << '\n';
        return 1;
    }
    out << "export_ms=" << report->milliseconds << '\n';
    return 0;
}

// Features in `layer` of the package a tool wrote; -1 when it cannot be read.
qint64 featuresIn(const QString& path, const char* layer) {
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* table = dataset ? dataset->GetLayerByName(layer) : nullptr;
    return table ? qint64(table->GetFeatureCount()) : -1;
}

double figure(const QString& output, const QString& pattern) {
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(output);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

struct ToolFigures {
    double ms = -1; ///< the export as the tool times it, or the process when it does not
    double processMs = 0;
    double peakMb = 0;
    qint64 features = -1;
};

std::optional<ToolFigures> runAgriMap(const QString& source, const QString& output) {
    const MeasuredRun run = runMeasured(QCoreApplication::applicationFilePath(),
                                        {QStringLiteral("--export"), source, output});
    if (run.exitCode != 0) {
        out << "AgriMap's export failed: " << run.errors << '\n';
        return std::nullopt;
    }
    return ToolFigures{figure(run.output, QStringLiteral("export_ms=([0-9]+)")), run.wallMs,
                       run.peakResidentMb, featuresIn(output, "product_map")};
}

// QGIS times its own export (after QgsApplication has started), as in qgis_export.py.
std::optional<ToolFigures> runQgis(const QString& source, const QString& output) {
    if (!QFileInfo::exists(qgisScript) || !QFileInfo::exists(systemPython) ||
        !QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/qgis")))
        return std::nullopt;
    const MeasuredRun run = runMeasured(systemPython, {qgisScript, source, output});
    const double seconds = figure(run.output, QStringLiteral("qgis export 0 ([0-9.]+)s"));
    if (run.exitCode != 0 || seconds < 0) {
        out << "QGIS's export failed: " << run.output << run.errors.right(400) << '\n';
        return std::nullopt;
    }
    return ToolFigures{seconds * 1000, run.wallMs, run.peakResidentMb,
                       featuresIn(output, "product_map")};
}

std::optional<ToolFigures> runOgr2ogr(const QString& source, const QString& output) {
    if (!QFileInfo::exists(ogr2ogr))
        return std::nullopt;
    const MeasuredRun run = runMeasured(
        ogr2ogr, {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-t_srs"),
                  QStringLiteral("EPSG:4326"), output, source, QStringLiteral("cadastral_parcels"),
                  QStringLiteral("-select"), QStringLiteral("land_use,area_m2,commune")});
    if (run.exitCode != 0) {
        out << "ogr2ogr failed: " << run.errors.right(400) << '\n';
        return std::nullopt;
    }
    return ToolFigures{run.wallMs, run.wallMs, run.peakResidentMb,
                       featuresIn(output, "cadastral_parcels")};
}

QString row(const QString& tool, const ToolFigures& figures) {
    return QStringLiteral("  %1 %2 s (process %3 s)  peak RSS %4 MB  %5 features")
        .arg(tool, -8)
        .arg(figures.ms / 1000, 7, 'f', 2)
        .arg(figures.processMs / 1000, 6, 'f', 2)
        .arg(figures.peakMb, 6, 'f', 0)
        .arg(figures.features);
}

QString ratioLine(const QString& peer, double ratio, double target) {
    return QStringLiteral("  AgriMap / %1 = %2 (target <= %3) %4\n")
        .arg(peer, -7)
        .arg(ratio, 0, 'f', 3)
        .arg(target, 0, 'f', 2)
        .arg(verdict(ratio <= target));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    ensureGdalReady();
    const QStringList arguments = application.arguments();
    if (arguments.size() == 4 && arguments[1] == QLatin1String("--export"))
        return exportOnce(arguments[2], arguments[3]);

    QTemporaryDir temporary;
    const QString directory = benchmarkDirectory(temporary);
    QList<qint64> sizes;
    for (const QString& size :
         qEnvironmentVariable("AGRIMAP_BENCH_SIZES", QStringLiteral("100000,1000000"))
             .split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << size.toLongLong();

    out << "AgriMap open-data export benchmark (" << libraryVersions() << ")\n"
        << "cadastral_parcels -> EPSG:4326 with land_use, area_m2, commune; the same file for "
           "every tool.\n"
        << "AgriMap's time is its exporter's (check, export, metadata, read-back, rename); "
           "QGIS's is the one\nqgis_export.py prints (after QGIS has started); ogr2ogr's is its "
           "process.\n";
    if (!QFileInfo::exists(qgisScript) || !QFileInfo::exists(systemPython))
        out << "QGIS: " << qgisScript << " or " << systemPython << " is missing: not measured\n";
    if (!QFileInfo::exists(ogr2ogr))
        out << "ogr2ogr is not installed (gdal-bin): not measured\n";
    out.flush();

    QList<QPair<qint64, double>> memory;
    bool allMet = true;
    for (const qint64 size : sizes) {
        const QString source = generatedParcelSet(directory, size);
        const QDir folder(directory);
        const QString agrimapOut = folder.filePath(QStringLiteral("agrimap-export.gpkg"));
        const QString qgisOut = folder.filePath(QStringLiteral("qgis-export.gpkg"));
        const QString ogrOut = folder.filePath(QStringLiteral("ogr2ogr-export.gpkg"));
        for (const QString& stale : {agrimapOut, qgisOut, ogrOut})
            QFile::remove(stale);

        out << "\n" << size << " parcels:\n";
        out.flush();
        // One after the other: the tools never share the two cores.
        const std::optional<ToolFigures> agrimap = runAgriMap(source, agrimapOut);
        if (!agrimap)
            return 1;
        out << row(QStringLiteral("AgriMap"), *agrimap) << '\n';
        out.flush();
        memory << qMakePair(size, agrimap->peakMb);
        const std::optional<ToolFigures> qgis = runQgis(source, qgisOut);
        if (qgis)
            out << row(QStringLiteral("QGIS"), *qgis) << '\n';
        else
            out << "  QGIS     not available (python3-qgis): not measured\n";
        out.flush();
        const std::optional<ToolFigures> ogr = runOgr2ogr(source, ogrOut);
        if (ogr)
            out << row(QStringLiteral("ogr2ogr"), *ogr) << '\n';
        else
            out << "  ogr2ogr  not available (gdal-bin): not measured\n";
        if (qgis) {
            const double ratio = agrimap->ms / qgis->ms;
            allMet = allMet && ratio <= qgisTarget;
            out << ratioLine(QStringLiteral("QGIS"), ratio, qgisTarget);
        }
        if (ogr) {
            const double ratio = agrimap->ms / ogr->ms;
            allMet = allMet && ratio <= ogr2ogrTarget;
            out << ratioLine(QStringLiteral("ogr2ogr"), ratio, ogr2ogrTarget);
        }
        if (agrimap->features != size)
            out << "  AgriMap wrote " << agrimap->features << " features, not " << size << '\n';
        out.flush();
        for (const QString& written : {agrimapOut, qgisOut, ogrOut})
            QFile::remove(written);
    }

    out << "\nAgriMap's peak resident memory per size (flat: the layer is streamed):\n";
    for (const auto& [size, mb] : memory)
        out << QStringLiteral("  %1 parcels: %2 MB\n").arg(size, 8).arg(mb, 0, 'f', 0);
    out << (allMet ? "\nEvery measured ratio met its target.\n"
                   : "\nA ratio MISSED its target (see above).\n");
    return 0;
}
