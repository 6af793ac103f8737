// Open-data export benchmark (issue "Publish open data"): generated parcels (100k and 1M; 5M
// on request) written with three fields (land_use, area_m2, commune) to a GeoPackage in
// EPSG:4326 by AgriMap's OpenDataExporter, by QGIS (shared/bench/qgis_export.py) and by
// ogr2ogr, on the same file, one after the other in the same run. Each export runs in its own
// process, so that the peak memory is per size and per tool.
//
// The machine may be shared: each size is run in several rounds, the tools taking turns, and
// the best round of each tool counts. Beside the times the tools report, their CPU time
// (user + system, every thread; less disturbed by other work on the machine) is given net of
// their start-up, measured on 1000 parcels.
//
// Run on demand: ./installer/setup.sh bench, or
//   export_benchmark [--sizes 100000,1000000,5000000] [--rounds N]
// Environment: AGRIMAP_BENCH_SIZES and AGRIMAP_BENCH_ROUNDS (the same, default 100000,1000000
// and 3), AGRIMAP_BENCH_DIR (where the generated sets are kept between runs; default a
// temporary folder).
#include "benchmark_data_sets.h"
#include "benchmark_figures.h"
#include "gdal_environment.h"
#include "measured_run.h"
#include "publishing/open_data_exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <gdal_priv.h>
#include <map>
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

// The number a tool printed where `pattern` captures it; nullopt when it printed none.
std::optional<double> figure(const QString& output, const QString& pattern) {
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(output);
    return match.hasMatch() ? std::optional<double>(match.captured(1).toDouble()) : std::nullopt;
}

struct ToolFigures {
    double ms = -1; ///< the export as the tool times it, or the process when it does not
    double cpuMs = 0;
    double peakMb = 0;
    qint64 features = -1;
};

enum class Tool { AgriMap, Qgis, Ogr2ogr };

QString nameOf(Tool tool) {
    switch (tool) {
    case Tool::AgriMap:
        return QStringLiteral("AgriMap");
    case Tool::Qgis:
        return QStringLiteral("QGIS");
    case Tool::Ogr2ogr:
        return QStringLiteral("ogr2ogr");
    }
    return {};
}

bool available(Tool tool) {
    switch (tool) {
    case Tool::AgriMap:
        return true;
    case Tool::Qgis:
        return QFileInfo::exists(qgisScript) && QFileInfo::exists(systemPython) &&
               QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/qgis"));
    case Tool::Ogr2ogr:
        return QFileInfo::exists(ogr2ogr);
    }
    return false;
}

// One export by `tool`; nothing when it failed (the reason is printed).
std::optional<ToolFigures> runTool(Tool tool, const QString& source, const QString& output) {
    QFile::remove(output);
    MeasuredRun run;
    std::optional<double> ms;
    const char* layer = "product_map";
    switch (tool) {
    case Tool::AgriMap:
        run = runMeasured(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--export"), source, output});
        ms = figure(run.output, QStringLiteral("export_ms=([0-9]+)"));
        break;
    case Tool::Qgis: // QGIS times its own export, after QgsApplication has started
        run = runMeasured(systemPython, {qgisScript, source, output});
        if (const std::optional<double> seconds =
                figure(run.output, QStringLiteral("qgis export 0 ([0-9.]+)s")))
            ms = *seconds * 1000;
        break;
    case Tool::Ogr2ogr:
        run = runMeasured(ogr2ogr,
                          {QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-t_srs"),
                           QStringLiteral("EPSG:4326"), output, source,
                           QStringLiteral("cadastral_parcels"), QStringLiteral("-select"),
                           QStringLiteral("land_use,area_m2,commune")});
        ms = run.wallMs;
        layer = "cadastral_parcels";
        break;
    }
    if (run.exitCode != 0 || !ms) {
        out << "  " << nameOf(tool) << " failed: " << run.output << run.errors.right(400) << '\n';
        return std::nullopt;
    }
    const ToolFigures figures{*ms, run.cpuMs, run.peakResidentMb, featuresIn(output, layer)};
    QFile::remove(output);
    return figures;
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0)
               : QStringLiteral("?");
}

QString row(Tool tool, const ToolFigures& best, double startupCpuMs) {
    return QStringLiteral("  %1 %2 s   CPU %3 s (net of start-up %4 s)   peak RSS %5 MB   %6 "
                          "features")
        .arg(nameOf(tool), -8)
        .arg(best.ms / 1000, 7, 'f', 2)
        .arg(best.cpuMs / 1000, 6, 'f', 2)
        .arg((best.cpuMs - startupCpuMs) / 1000, 6, 'f', 2)
        .arg(best.peakMb, 5, 'f', 0)
        .arg(best.features);
}

QString ratioLine(const QString& peer, double ratio, double cpuRatio, double target) {
    return QStringLiteral("  AgriMap / %1 = %2 (target <= %3) %4    CPU: %5\n")
        .arg(peer, -7)
        .arg(ratio, 0, 'f', 3)
        .arg(target, 0, 'f', 2)
        .arg(verdict(ratio <= target))
        .arg(cpuRatio, 0, 'f', 3);
}

QString setting(const QStringList& arguments, const QString& option, const char* variable,
                const QString& fallback) {
    const qsizetype at = arguments.indexOf(option);
    if (at >= 0 && at + 1 < arguments.size())
        return arguments[at + 1];
    return qEnvironmentVariable(variable, fallback);
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
    for (const QString& size : setting(arguments, QStringLiteral("--sizes"), "AGRIMAP_BENCH_SIZES",
                                       QStringLiteral("100000,1000000"))
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << size.toLongLong();
    const int rounds = qMax(1, setting(arguments, QStringLiteral("--rounds"),
                                       "AGRIMAP_BENCH_ROUNDS", QStringLiteral("3"))
                                   .toInt());

    std::vector<Tool> tools;
    for (const Tool tool : {Tool::AgriMap, Tool::Qgis, Tool::Ogr2ogr}) {
        if (available(tool))
            tools.push_back(tool);
    }
    out << "AgriMap open-data export benchmark (" << libraryVersions() << ")\n"
        << "cadastral_parcels -> EPSG:4326 with land_use, area_m2, commune; the same file for "
           "every tool.\n"
        << "Times: AgriMap's exporter (check, export, indexes, metadata, read-back, rename); "
           "QGIS's as\nqgis_export.py prints it (after QGIS has started); ogr2ogr's process. "
           "Best of "
        << rounds << " rounds, the tools taking turns.\n";
    if (!available(Tool::Qgis))
        out << "QGIS (python3-qgis, " << qgisScript << ") is missing: not measured\n";
    if (!available(Tool::Ogr2ogr))
        out << "ogr2ogr is not installed (gdal-bin): not measured\n";
    out.flush();

    const QString output = QDir(directory).filePath(QStringLiteral("benchmark-export.gpkg"));
    // What starting each tool costs, on a set too small for the export itself to count.
    std::map<Tool, double> startupCpuMs;
    const QString tiny = generatedParcelSet(directory, 1000);
    for (const Tool tool : tools) {
        const std::optional<ToolFigures> figures = runTool(tool, tiny, output);
        startupCpuMs[tool] = figures ? figures->cpuMs : 0;
    }

    QList<QPair<qint64, double>> memory;
    bool allMet = true;
    for (const qint64 size : sizes) {
        const QString source = generatedParcelSet(directory, size);
        out << "\n" << size << " parcels (load average " << loadAverage();
        out.flush();
        std::map<Tool, ToolFigures> best;
        for (int round = 0; round < rounds; ++round) {
            for (const Tool tool : tools) {
                const std::optional<ToolFigures> figures = runTool(tool, source, output);
                if (!figures) {
                    if (tool == Tool::AgriMap)
                        return 1;
                    continue;
                }
                ToolFigures& kept = best.try_emplace(tool, *figures).first->second;
                kept.ms = qMin(kept.ms, figures->ms);
                kept.cpuMs = qMin(kept.cpuMs, figures->cpuMs);
                kept.peakMb = qMax(kept.peakMb, figures->peakMb);
            }
        }
        out << " before, " << loadAverage() << " after):\n";
        for (const auto& [tool, figures] : best)
            out << row(tool, figures, startupCpuMs[tool]) << '\n';
        const ToolFigures& agrimap = best.at(Tool::AgriMap);
        memory << qMakePair(size, agrimap.peakMb);
        const double agrimapNetCpu = agrimap.cpuMs - startupCpuMs[Tool::AgriMap];
        const std::pair<Tool, double> targets[] = {{Tool::Qgis, qgisTarget},
                                                   {Tool::Ogr2ogr, ogr2ogrTarget}};
        for (const auto& [peer, target] : targets) {
            if (!best.count(peer))
                continue;
            const ToolFigures& other = best.at(peer);
            const double ratio = agrimap.ms / other.ms;
            allMet = allMet && ratio <= target;
            out << ratioLine(nameOf(peer), ratio,
                             agrimapNetCpu / (other.cpuMs - startupCpuMs[peer]), target);
        }
        for (const auto& [tool, figures] : best) {
            if (figures.features != size)
                out << "  " << nameOf(tool) << " wrote " << figures.features << " features, not "
                    << size << '\n';
        }
        out.flush();
    }

    out << "\nAgriMap's peak resident memory per size (the layer is streamed: flat):\n";
    for (const auto& [size, mb] : memory)
        out << QStringLiteral("  %1 parcels: %2 MB\n").arg(size, 8).arg(mb, 0, 'f', 0);
    out << (allMet ? "\nEvery measured ratio met its target.\n"
                   : "\nA ratio MISSED its target (see above).\n");
    return 0;
}
