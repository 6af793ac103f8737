#include "viewer_measurements.h"

#include "benchmark_figures.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "map_render_job.h"
#include "vector_layer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <vector>

namespace agrimap::benchmarks {

namespace {

QRectF centralFraction(const QRectF& extent, double fraction) {
    const QSizeF size(extent.width() * fraction, extent.height() * fraction);
    return QRectF(extent.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

} // namespace

ViewerMeasurements measureViewer(const QString& path, const QString& roleKey) {
    ViewerMeasurements result;
    const QSize size(1600, 1000);
    QElapsedTimer timer;
    timer.start();
    LayerCollection collection;
    auto layers = openLayers(path, {QStringLiteral("cadastral_parcels")});
    if (!layers.ok())
        qFatal("%s", qPrintable(layers.errorMessage()));
    auto* parcels = qobject_cast<VectorLayer*>(layers->front());
    parcels->setRole(layerRoleFromKey(roleKey));
    collection.add(parcels);
    if (!parcels->loadNow(collection.mapCrs()).ok())
        qFatal("loading %s failed", qPrintable(path));
    const QRectF extent = collection.fullExtent();
    const MapSettings full = MapSettings::fitting(collection.mapCrs(), extent, size);
    renderMapNow(collection, full);
    result.openToFirstFrameMs = double(timer.nsecsElapsed()) / 1e6;
    result.features = parcels->loadedFeatureCount();

    std::vector<double> fullTimes, zoomedTimes, identifyTimes;
    const MapSettings zoomed =
        MapSettings::fitting(collection.mapCrs(), centralFraction(extent, 0.03), size);
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        renderMapNow(collection, full);
        fullTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        renderMapNow(collection, zoomed);
        zoomedTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    // Identify as the canvas does it: 4 px of tolerance at the zoomed view's resolution.
    QRandomGenerator random(7);
    const double tolerance = 4 * zoomed.unitsPerPixel();
    for (int i = 0; i < 1000; ++i) {
        const QPointF point(extent.left() + random.bounded(extent.width()),
                            extent.top() + random.bounded(extent.height()));
        timer.restart();
        const auto hits = parcels->featuresAt(point, tolerance);
        identifyTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(hits)
    }
    result.fullRenderMs = median(fullTimes);
    result.zoomedRenderMs = median(zoomedTimes);
    result.identifyMs = median(identifyTimes);
    result.peakResidentMb = peakResidentMb();
    return result;
}

QString toLines(const ViewerMeasurements& m) {
    return QStringLiteral(
               "features=%1\nopen_first_frame_ms=%2\nfull_render_ms=%3\nzoomed_render_ms=%4\n"
               "identify_ms=%5\npeak_rss_mb=%6\n")
        .arg(m.features)
        .arg(m.openToFirstFrameMs)
        .arg(m.fullRenderMs)
        .arg(m.zoomedRenderMs)
        .arg(m.identifyMs)
        .arg(m.peakResidentMb);
}

ViewerMeasurements fromLines(const QString& text) {
    ViewerMeasurements m;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const double value = line.section(QLatin1Char('='), 1).toDouble();
        if (key == QLatin1String("features"))
            m.features = qint64(value);
        else if (key == QLatin1String("open_first_frame_ms"))
            m.openToFirstFrameMs = value;
        else if (key == QLatin1String("full_render_ms"))
            m.fullRenderMs = value;
        else if (key == QLatin1String("zoomed_render_ms"))
            m.zoomedRenderMs = value;
        else if (key == QLatin1String("identify_ms"))
            m.identifyMs = value;
        else if (key == QLatin1String("peak_rss_mb"))
            m.peakResidentMb = value;
    }
    return m;
}

} // namespace agrimap::benchmarks
