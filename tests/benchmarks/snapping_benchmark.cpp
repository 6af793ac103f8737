// Snapping benchmark (issue: snapping for the editor). Opens a generated cadastral layer as
// the application does (background load, then the snapping index on a worker thread) and
// measures the time from open to a ready index, the index's memory and the snap query under
// the cursor at two editing scales. Run on demand: ./installer/setup.sh bench
//
// Environment: AGRIMAP_SNAP_BENCH_PARCELS (default 1000000), AGRIMAP_BENCH_DIR (where the
// generated sets are kept between runs; default a temporary folder).
#include "benchmark_data_sets.h"
#include "benchmark_figures.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "map_scale.h"
#include "snap_indexer.h"
#include "vector_layer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

using namespace agrimap;
using namespace agrimap::benchmarks;

namespace {

QTextStream out(stdout);

constexpr double readyTargetMs = 3000;
constexpr double queryTargetMs = 2;
constexpr int tolerancePixels = 10;
constexpr int queries = 10000;

struct QueryFigures {
    double medianMs = 0;
    double p99Ms = 0;
    double maxMs = 0;
    int vertices = 0;
    int segments = 0;
};

// Snap queries as the editor makes them on mouse moves: random cursor positions over the
// layer, a tolerance of 10 px at the given scale.
QueryFigures measureQueries(const SnapIndexer& indexer, const QRectF& extent, double tolerance) {
    QRandomGenerator random(7);
    std::vector<double> times;
    times.reserve(queries);
    QueryFigures figures;
    QElapsedTimer timer;
    for (int i = 0; i < queries; ++i) {
        const QPointF cursor(extent.left() + random.bounded(extent.width()),
                             extent.top() + random.bounded(extent.height()));
        timer.start();
        const auto match = indexer.snap(cursor, tolerance);
        times.push_back(elapsedMs(timer));
        if (match)
            ++(match->match.kind == SnapKind::Vertex ? figures.vertices : figures.segments);
    }
    figures.medianMs = median(times);
    figures.p99Ms = percentile(times, 0.99);
    figures.maxMs = *std::max_element(times.begin(), times.end());
    return figures;
}

} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication application(argc, argv);
    ensureGdalReady();
    QTemporaryDir temporary;
    const qint64 parcelCount =
        qEnvironmentVariable("AGRIMAP_SNAP_BENCH_PARCELS", QStringLiteral("1000000")).toLongLong();
    const QString path = generatedParcelSet(benchmarkDirectory(temporary), parcelCount);
    out << "AgriMap snapping benchmark (" << libraryVersions() << ")\n\n";

    // From open to a ready snapping index, the way the application opens a layer.
    QElapsedTimer timer;
    timer.start();
    LayerCollection collection;
    SnapIndexer indexer(&collection);
    auto layers = openLayers(path, {QStringLiteral("cadastral_parcels")});
    if (!layers.ok())
        qFatal("%s", qPrintable(layers.errorMessage()));
    auto* parcels = qobject_cast<VectorLayer*>(layers->front());
    parcels->setRole(LayerRole::Cadastral);
    collection.add(parcels);
    double layerReadyMs = -1;
    double indexReadyMs = -1;
    QEventLoop loop;
    QObject::connect(parcels, &MapLayer::stateChanged, &loop, [&] {
        if (parcels->state() == MapLayer::State::Failed)
            qFatal("loading %s failed: %s", qPrintable(path), qPrintable(parcels->errorMessage()));
        if (parcels->state() == MapLayer::State::Ready && layerReadyMs < 0)
            layerReadyMs = elapsedMs(timer);
    });
    QObject::connect(&indexer, &SnapIndexer::stateChanged, &loop, [&] {
        if (indexer.state().phase == SnapIndexerState::Phase::Ready) {
            indexReadyMs = elapsedMs(timer);
            loop.quit();
        }
    });
    QTimer::singleShot(600000, &loop, [] { qFatal("the snapping index was not ready in 10 min"); });
    parcels->startLoading();
    loop.exec();

    const SnapIndexerState state = indexer.state();
    const auto geometries = parcels->snapshot()->geometries;
    // The build alone, on this thread, for a figure free of the loader's threads.
    std::vector<double> buildTimes;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        SnapIndex::build(geometries);
        buildTimes.push_back(elapsedMs(timer));
    }

    out << QStringLiteral("parcels: %1, vertices: %2, segments: %3\n")
               .arg(parcels->loadedFeatureCount())
               .arg(state.vertices)
               .arg(state.segments);
    out << QStringLiteral("open -> snapping index ready: %1 ms (target <= %2) %3\n")
               .arg(indexReadyMs, 0, 'f', 0)
               .arg(readyTargetMs, 0, 'f', 0)
               .arg(verdict(indexReadyMs <= readyTargetMs));
    out << QStringLiteral("  layer loaded at %1 ms; index build alone %2 ms (median of 3)\n")
               .arg(layerReadyMs, 0, 'f', 0)
               .arg(median(buildTimes), 0, 'f', 0);
    const double indexMb = double(state.memoryBytes) / (1024.0 * 1024.0);
    out << QStringLiteral("index memory: %1 MB (%2 bytes per parcel; the layer's geometries, "
                          "shared with the index: %3 MB); peak resident %4 MB\n")
               .arg(indexMb, 0, 'f', 1)
               .arg(double(state.memoryBytes) / double(parcels->loadedFeatureCount()), 0, 'f', 1)
               .arg(double(geometries->memoryBytes()) / (1024.0 * 1024.0), 0, 'f', 1)
               .arg(peakResidentMb(), 0, 'f', 0);
    out.flush();

    const QRectF extent = parcels->mapExtent();
    for (const double scale : {2000.0, 10000.0}) {
        const double tolerance =
            tolerancePixels * map_scale::unitsPerPixelFor(scale, collection.mapCrs());
        const QueryFigures figures = measureQueries(indexer, extent, tolerance);
        out << QStringLiteral("snap query at 1:%1 (%2 px = %3 m), %4 random cursors: median %5 ms, "
                              "p99 %6 ms, max %7 ms (target <= %8) %9; %10 on vertices, %11 on "
                              "segments\n")
                   .arg(scale, 0, 'f', 0)
                   .arg(tolerancePixels)
                   .arg(tolerance, 0, 'f', 2)
                   .arg(queries)
                   .arg(figures.medianMs, 0, 'f', 4)
                   .arg(figures.p99Ms, 0, 'f', 4)
                   .arg(figures.maxMs, 0, 'f', 3)
                   .arg(queryTargetMs, 0, 'f', 0)
                   .arg(verdict(figures.maxMs <= queryTargetMs))
                   .arg(figures.vertices)
                   .arg(figures.segments);
        out.flush();
    }
    return 0;
}
