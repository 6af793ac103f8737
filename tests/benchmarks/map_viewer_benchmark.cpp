// Map viewer benchmark (issue: foundation and map viewer). Generates parcel sets at run time,
// measures AgriMap on each in a fresh process, and QGIS on the 1M set in the same run, so the
// figures are ratios measured side by side. Run on demand: ./installer/setup.sh bench
//
// Environment: AGRIMAP_BENCH_SIZES (default 100000,1000000,5000000), AGRIMAP_BENCH_DIR (where
// the generated sets are kept between runs; default a temporary folder).
#include "benchmark_data_sets.h"
#include "benchmark_figures.h"
#include "gdal_environment.h"
#include "viewer_measurements.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <optional>

using namespace agrimap::benchmarks;

namespace {

QTextStream out(stdout);

ViewerMeasurements measureInChild(const QString& path, const QString& role) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), path, role});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        qFatal("measuring %s failed: %s", qPrintable(path),
               child.readAllStandardError().constData());
    return fromLines(QString::fromUtf8(child.readAllStandardOutput()));
}

// QGIS's own render time for the same file and view (shared/bench/qgis_render.py), the best
// of two runs; nothing when QGIS is not installed.
std::optional<double> qgisRenderMs(const QString& path, double fraction) {
    const QString script = QStringLiteral(AGRIMAP_SHARED_BENCH_DIR "/qgis_render.py");
    if (!QFileInfo::exists(script) ||
        !QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/qgis")))
        return std::nullopt;
    std::optional<double> best;
    for (int run = 0; run < 2; ++run) {
        QProcess qgis;
        qgis.start(QStringLiteral("/usr/bin/python3"),
                   {script, path, QStringLiteral("cadastral_parcels"),
                    QDir::temp().filePath(QStringLiteral("qgis-bench.png")), QStringLiteral("1600"),
                    QStringLiteral("1000"), QString::number(fraction)});
        qgis.waitForFinished(-1);
        const QString output = QString::fromUtf8(qgis.readAllStandardOutput());
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("render ([0-9.]+)s")).match(output);
        if (!match.hasMatch())
            return std::nullopt;
        const double ms = match.captured(1).toDouble() * 1000.0;
        best = best ? std::min(*best, ms) : ms;
    }
    return best;
}

} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication application(argc, argv);
    agrimap::ensureGdalReady();
    const QStringList arguments = application.arguments();
    if (arguments.size() == 4 && arguments[1] == QLatin1String("--measure")) {
        std::fputs(qPrintable(toLines(measureViewer(arguments[2], arguments[3]))), stdout);
        return 0;
    }

    QTemporaryDir temporary;
    const QString directory = benchmarkDirectory(temporary);
    QList<qint64> sizes;
    for (const QString& size :
         qEnvironmentVariable("AGRIMAP_BENCH_SIZES", QStringLiteral("100000,1000000,5000000"))
             .split(QLatin1Char(',')))
        sizes << size.toLongLong();

    out << "AgriMap map viewer benchmark (" << agrimap::libraryVersions() << ")\n\n";
    out << "parcels   style     open+first frame  full render  3% render  identify  peak RSS\n";
    std::optional<ViewerMeasurements> million;
    QString millionPath;
    for (const qint64 size : sizes) {
        const QString path = generatedParcelSet(directory, size);
        for (const QString& role : {QStringLiteral("land_use"), QStringLiteral("cadastral")}) {
            if (role == QLatin1String("cadastral") && size != 1000000)
                continue;
            const ViewerMeasurements m = measureInChild(path, role);
            out << QStringLiteral("%1 %2 %3 ms %4 ms %5 ms %6 ms %7 MB\n")
                       .arg(m.features, 8)
                       .arg(role, -9)
                       .arg(m.openToFirstFrameMs, 14, 'f', 0)
                       .arg(m.fullRenderMs, 9, 'f', 1)
                       .arg(m.zoomedRenderMs, 7, 'f', 1)
                       .arg(m.identifyMs, 7, 'f', 3)
                       .arg(m.peakResidentMb, 7, 'f', 0);
            out.flush();
            if (size == 1000000 && role == QLatin1String("land_use")) {
                million = m;
                millionPath = path;
            }
        }
    }
    if (!million) {
        out << "\n(no 1M set in AGRIMAP_BENCH_SIZES: no comparison with QGIS)\n";
        return 0;
    }

    out << "\nSide by side with QGIS on the 1M set (same file, 1600x1000, categorised by "
           "land_use):\n";
    const std::optional<double> qgisFull = qgisRenderMs(millionPath, 1.0);
    const std::optional<double> qgisZoomed = qgisRenderMs(millionPath, 0.03);
    if (!qgisFull || !qgisZoomed) {
        out << "QGIS is not installed here (installer/setup.sh bench installs it): ratios not "
               "measured.\n";
    } else {
        const double fullRatio = million->fullRenderMs / *qgisFull;
        const double zoomedRatio = million->zoomedRenderMs / *qgisZoomed;
        out << QStringLiteral(
                   "full-extent render: AgriMap %1 ms, QGIS %2 ms, ratio %3 (target <= 0.10) %4\n")
                   .arg(million->fullRenderMs, 0, 'f', 1)
                   .arg(*qgisFull, 0, 'f', 0)
                   .arg(fullRatio, 0, 'f', 4)
                   .arg(verdict(fullRatio <= 0.10));
        out << QStringLiteral(
                   "3% render:         AgriMap %1 ms, QGIS %2 ms, ratio %3 (target <= 0.50) %4\n")
                   .arg(million->zoomedRenderMs, 0, 'f', 1)
                   .arg(*qgisZoomed, 0, 'f', 0)
                   .arg(zoomedRatio, 0, 'f', 3)
                   .arg(verdict(zoomedRatio <= 0.50));
    }
    out << QStringLiteral("open + first frame: %1 ms (target <= 1500) %2\n")
               .arg(million->openToFirstFrameMs, 0, 'f', 0)
               .arg(verdict(million->openToFirstFrameMs <= 1500));
    out << QStringLiteral("identify:           %1 ms (target <= 5) %2\n")
               .arg(million->identifyMs, 0, 'f', 3)
               .arg(verdict(million->identifyMs <= 5));
    out << QStringLiteral("peak resident:      %1 MB (target <= 1536) %2\n")
               .arg(million->peakResidentMb, 0, 'f', 0)
               .arg(verdict(million->peakResidentMb <= 1536));
    return 0;
}
