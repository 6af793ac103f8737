// Printed-map benchmark (issue: review land use and print maps). A 1:10 000 A3 PDF of one
// commune of the generated 1M-parcel set, from the loaded layer to the finished file
// (target <= 3 s). Run on demand: ./installer/setup.sh bench
//
// Environment: AGRIMAP_PRINT_BENCH_PARCELS (default 1000000), AGRIMAP_BENCH_DIR (where the
// generated sets are kept between runs; default a temporary folder).
#include "benchmark_data_sets.h"
#include "benchmark_figures.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "print/print_scale.h"
#include "print/print_writer.h"
#include "vector_layer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTextStream>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::benchmarks;
using agrimap::print::extentAtScale;

namespace {

QTextStream out(stdout);

constexpr double targetMs = 3000;
constexpr int runs = 3;

// The first commune band of the generated set (its first 30 rows of parcels, map sheets 1-2).
QRectF communeExtent(const QString& path, const QString& commune) {
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    if (!dataset)
        qFatal("cannot open %s", qPrintable(path));
    OGRLayer* layer = dataset->GetLayerByName("cadastral_parcels");
    const QByteArray filter =
        QStringLiteral("commune = '%1' AND map_sheet <= 2").arg(commune).toUtf8();
    layer->SetAttributeFilter(filter.constData());
    // GetExtent() of a GeoPackage ignores the filter: add the parcels up one by one.
    OGREnvelope envelope;
    for (const auto& feature : *layer) {
        if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
            OGREnvelope one;
            geometry->getEnvelope(&one);
            envelope.Merge(one);
        }
    }
    if (!envelope.IsInit())
        qFatal("no parcels of %s", qPrintable(commune));
    return QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
}

} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication application(argc, argv);
    ensureGdalReady();
    QTemporaryDir temporary;
    const qint64 parcelCount =
        qEnvironmentVariable("AGRIMAP_PRINT_BENCH_PARCELS", QStringLiteral("1000000")).toLongLong();
    const QString path = generatedParcelSet(benchmarkDirectory(temporary), parcelCount);
    out << "AgriMap print benchmark (" << libraryVersions() << ")\n\n";

    LayerCollection layers;
    auto opened = openLayers(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    for (MapLayer* layer : opened.value())
        layers.add(layer);
    auto* parcels = qobject_cast<VectorLayer*>(layers.at(0));
    QElapsedTimer loading;
    loading.start();
    if (!parcels->loadNow(layers.mapCrs()))
        qFatal("cannot load %s", qPrintable(path));
    const qint64 loadMs = loading.elapsed();

    const QString commune = QStringLiteral("Mỹ Tân");
    const QRectF band = communeExtent(path, commune);
    print::PrintOptions options;
    options.paper = print::Paper::A3;
    options.orientation = print::Orientation::Landscape;
    options.title = QStringLiteral("Bản đồ địa chính xã %1").arg(commune);
    options.subtitle = QStringLiteral("Dữ liệu sinh tự động, %1 thửa").arg(parcelCount);
    options.extent = band;
    options.scaleDenominator = 10000;
    options.source = QStringLiteral("agrimap-sample-gen, seed 1");
    options.date = QDate(2025, 7, 1);

    const QString pdf = temporary.filePath(QStringLiteral("commune-a3.pdf"));
    std::vector<double> times;
    qint64 inFrame = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<print::PrintPage> page = print::preparePrintPage(layers, options);
        if (!page)
            qFatal("%s", qPrintable(page.errorMessage()));
        const std::atomic_bool cancel(false);
        const Status written = print::writePrintFile(page.value(), pdf, 0, cancel);
        if (!written)
            qFatal("%s", qPrintable(written.errorMessage()));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        inFrame = qint64(parcels->featuresIn(page->frame.extent).size());
    }
    const double medianMs = median(times);
    out << QStringLiteral("parcels loaded:     %1 (load %2 ms, not part of the print)\n")
               .arg(parcels->loadedFeatureCount())
               .arg(loadMs);
    out << QStringLiteral("commune:            %1, band %2 × %3 km; A3 landscape at 1:10 000 "
                          "shows %4 parcels\n")
               .arg(commune)
               .arg(band.width() / 1000, 0, 'f', 1)
               .arg(band.height() / 1000, 0, 'f', 1)
               .arg(inFrame);
    out << QStringLiteral("PDF size:           %1 MB\n")
               .arg(double(QFileInfo(pdf).size()) / 1e6, 0, 'f', 2);
    out << QStringLiteral("A3 PDF at 1:10 000: %1 ms median of %2 (target <= %3) %4\n")
               .arg(medianMs, 0, 'f', 0)
               .arg(runs)
               .arg(targetMs, 0, 'f', 0)
               .arg(verdict(medianMs <= targetMs));
    out << QStringLiteral("peak resident:      %1 MB\n").arg(peakResidentMb(), 0, 'f', 0);

    // The same sheet from the command line, reading the million parcels included.
    const QRectF shown =
        extentAtScale(band.center(), 10000,
                      print::pageLayout(options.paper, options.orientation).mapFrame.size(), 1.0);
    QElapsedTimer command;
    command.start();
    QProcess cli;
    cli.start(QStringLiteral(AGRIMAP_CLI),
              {QStringLiteral("print"), path, QStringLiteral("--out"), pdf,
               QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--landscape"),
               QStringLiteral("--scale"), QStringLiteral("10000"), QStringLiteral("--extent"),
               QStringLiteral("%1,%2,%3,%4")
                   .arg(shown.left(), 0, 'f', 1)
                   .arg(shown.top(), 0, 'f', 1)
                   .arg(shown.right(), 0, 'f', 1)
                   .arg(shown.bottom(), 0, 'f', 1),
               QStringLiteral("--title"), options.title});
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0)
        qFatal("agrimap-cli print failed: %s", cli.readAllStandardError().constData());
    out << QStringLiteral("agrimap-cli print:  %1 ms end to end (reading the 1M parcels "
                          "included; no target)\n")
               .arg(command.elapsed());
    return 0;
}
