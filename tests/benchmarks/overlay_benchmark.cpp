// Overlay benchmark (issue "Review land use and print maps"): two generated land-use layers of
// 200k polygons each (AGRIMAP_BENCH_POLYGONS to change) with different partitions — the
// sample generator's canal strips with seeds 1 and 2, so strip widths, depths and codes all
// differ — the second delivered in another VN-2000 zone (EPSG:9210 against EPSG:5897).
// Timed: agrimap's comparison of the two, reading and reprojection included, to the
// transition matrix and the changed pieces. Target: <= 30 s. When python3-qgis is there,
// QGIS's native:intersection on the same pair is timed too, and the ratio printed.
#include "benchmark_data_sets.h"
#include "benchmark_figures.h"
#include "gdal_environment.h"
#include "planning/finding_table.h"
#include "planning/land_use_comparison.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <cpl_string.h>
#include <cstdio>
#include <gdal_utils.h>
#include <optional>
#include <sys/resource.h>
#include <thread>

using namespace agrimap;
using namespace agrimap::benchmarks;
using namespace agrimap::planning;

namespace {

constexpr double targetSeconds = 30;

double seconds(const QElapsedTimer& clock) {
    return double(clock.nsecsElapsed()) / 1e9;
}

// CPU seconds of every thread of this process so far: on a shared machine the wall time
// depends on the neighbours, the work does not.
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString generate(const QString& path, qint64 count, int seed) {
    if (QFileInfo::exists(path))
        return path;
    QProcess generator;
    generator.start(QStringLiteral(AGRIMAP_SAMPLE_GEN),
                    {QStringLiteral("parcels"), path, QString::number(count),
                     QStringLiteral("--seed"), QString::number(seed)});
    if (!generator.waitForFinished(-1) || generator.exitCode() != 0)
        qFatal("generating %lld polygons failed: %s", count,
               generator.readAllStandardError().constData());
    return path;
}

// The second period as another province's office would deliver it: in EPSG:9210.
QString reprojected(const QString& source, const QString& target) {
    if (QFileInfo::exists(target))
        return target;
    CPLStringList arguments;
    for (const char* argument : {"-t_srs", "EPSG:9210", "-nln", "land_use", "-gt", "65536"})
        arguments.AddString(argument);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(arguments.List(), nullptr);
    GDALDatasetH input =
        GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    int failed = 0;
    GDALDatasetH output =
        GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &input, options, &failed);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(input);
    if (!output || failed)
        qFatal("reprojecting %s failed: %s", qPrintable(source), CPLGetLastErrorMsg());
    GDALClose(output);
    return target;
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("unknown");
}

struct QgisFigures {
    double intersectionMs = 0;
    long long pieces = 0;
};

std::optional<QgisFigures> runQgis(const QString& first, const QString& second) {
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(AGRIMAP_QGIS_INTERSECTION_SCRIPT);
    if (!QFileInfo::exists(python))
        return std::nullopt;
    QProcess qgis;
    qgis.start(python, {script, first, QStringLiteral("cadastral_parcels"), second,
                        QStringLiteral("land_use")});
    if (!qgis.waitForFinished(-1) || qgis.exitStatus() != QProcess::NormalExit ||
        qgis.exitCode() != 0)
        return std::nullopt;
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray& line : qgis.readAllStandardOutput().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(line.left(equals), line.mid(equals + 1).trimmed());
    }
    if (!values.contains("qgis_intersection_ms"))
        return std::nullopt;
    return QgisFigures{values.value("qgis_intersection_ms").toDouble(),
                       values.value("qgis_pieces").toLongLong()};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    ensureGdalReady();
    const qint64 count = qEnvironmentVariableIsSet("AGRIMAP_BENCH_POLYGONS")
                             ? qEnvironmentVariable("AGRIMAP_BENCH_POLYGONS").toLongLong()
                             : 200000;
    QTemporaryDir fallback;
    const QDir directory(benchmarkDirectory(fallback));
    std::printf("AgriMap overlay benchmark: two land-use layers of %lld generated polygons, "
                "%u hardware threads, 2 workers\n",
                count, std::thread::hardware_concurrency());
    std::fflush(stdout);
    const QString first =
        generate(directory.filePath(QStringLiteral("landuse-%1-seed1.gpkg").arg(count)), count, 1);
    const QString drawn =
        generate(directory.filePath(QStringLiteral("landuse-%1-seed2.gpkg").arg(count)), count, 2);
    const QString second = reprojected(
        drawn, directory.filePath(QStringLiteral("landuse-%1-seed2-9210.gpkg").arg(count)));

    ComparisonParameters parameters;
    parameters.first = {
        first, QStringLiteral("cadastral_parcels"),   QStringLiteral("land_use"), {},
        {},    QStringLiteral("period 1 (EPSG:5897)")};
    parameters.second = {second,
                         QStringLiteral("land_use"),
                         QStringLiteral("land_use"),
                         {},
                         {},
                         QStringLiteral("period 2 (EPSG:9210)")};
    JobControl control;
    control.threads = 2;

    // The phases apart (reading with reprojection, overlay), then the whole as a user runs it.
    QElapsedTimer clock;
    clock.start();
    Result<Crs> crs = workingCrs(parameters.first, parameters.second);
    Result<PolygonSet> firstSet = readPolygonSet(parameters.first, crs.value(), control);
    Result<PolygonSet> secondSet = readPolygonSet(parameters.second, crs.value(), control);
    if (!firstSet || !secondSet)
        qFatal("reading failed: %s %s", qPrintable(firstSet.errorMessage()),
               qPrintable(secondSet.errorMessage()));
    const double readSeconds = seconds(clock);
    clock.restart();
    Result<ComparisonResult> overlaid =
        LandUseComparison::run(firstSet.value(), secondSet.value(), parameters, control);
    const double overlaySeconds = seconds(clock);
    if (!overlaid)
        qFatal("overlay failed: %s", qPrintable(overlaid.errorMessage()));

    clock.restart();
    const double cpuBefore = cpuSeconds();
    Result<ComparisonResult> result = LandUseComparison::run(parameters, control);
    const double totalSeconds = seconds(clock);
    const double totalCpuSeconds = cpuSeconds() - cpuBefore;
    if (!result)
        qFatal("comparison failed: %s", qPrintable(result.errorMessage()));
    clock.restart();
    const FindingTable table = result->table();
    const Status written =
        writeFindingLayer(QDir(fallback.path()).filePath(QStringLiteral("changes.gpkg")), table);
    const double writeSeconds = seconds(clock);
    if (!written)
        qFatal("writing the changes failed: %s", qPrintable(written.errorMessage()));

    const double compared = result->comparedM2 / 10000.0;
    const double matrixTotal = result->matrix.totalHectares();
    std::printf("read + reproject both layers (%zu + %zu polygons): %.2f s\n", firstSet->size(),
                secondSet->size(), readSeconds);
    std::printf("overlay + transition matrix (GEOS, 2 threads):   %.2f s\n", overlaySeconds);
    std::printf("comparison as the dock runs it (read, reproject, overlay, matrix): %.2f s "
                "(target <= %.0f s: %s)\n",
                totalSeconds, targetSeconds, qPrintable(verdict(totalSeconds <= targetSeconds)));
    std::printf("  CPU time of that run, all threads: %.2f s (load average: %s)\n", totalCpuSeconds,
                qPrintable(loadAverage()));
    std::printf("writing %zu changed pieces as a GeoPackage layer:  %.2f s\n", table.size(),
                writeSeconds);
    std::printf("%lld pieces of positive area, ", qlonglong(result->pieces));
    std::printf("compared %.1f ha, changed %.1f ha, matrix %d × %d, sum %.4f ha "
                "(difference %.2e), failed pairs %lld, peak memory %.0f MB\n",
                compared, result->matrix.changedHectares(), int(result->matrix.fromCodes().size()),
                int(result->matrix.toCodes().size()), matrixTotal,
                qAbs(matrixTotal - compared) / std::max(compared, 1e-9),
                qlonglong(result->failedPairs), peakResidentMb());
    std::fflush(stdout);

    if (const std::optional<QgisFigures> qgis = runQgis(first, second)) {
        std::printf("QGIS native:intersection on the same pair: %.2f s, %lld pieces\n",
                    qgis->intersectionMs / 1000, qgis->pieces);
        // QGIS's algorithm writes every piece to a file; AgriMap's comparison keeps them in
        // memory and writes only the changed ones for the map: both ratios are shown.
        std::printf("ratio AgriMap / QGIS: %.3f (comparison), %.3f (comparison + writing the "
                    "changed pieces)\n",
                    totalSeconds * 1000 / qgis->intersectionMs,
                    (totalSeconds + writeSeconds) * 1000 / qgis->intersectionMs);
    } else {
        std::printf("QGIS: not available (python3-qgis not installed), no ratio measured\n");
    }
    return totalSeconds <= targetSeconds ? 0 : 1;
}
