#include "map_render_job.h"

#include "layer_collection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace agrimap {

MapRenderJob::MapRenderJob(const LayerCollection& layers, const MapSettings& settings,
                           QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_cancel(std::make_shared<std::atomic_bool>(false)) {
    for (const MapLayer* layer : layers.layers()) {
        if (!layer->isVisible() || layer->opacity() <= 0)
            continue;
        if (LayerRenderFunction render = layer->renderFunction())
            m_tasks.push_back({layer->id(), std::move(render)});
    }
}

MapRenderJob::~MapRenderJob() {
    *m_cancel = true;
}

void MapRenderJob::start() {
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    m_pending = int(m_tasks.size());
    if (m_pending == 0) {
        QMetaObject::invokeMethod(this, &MapRenderJob::finished, Qt::QueuedConnection);
        return;
    }
    for (Task& task : m_tasks) {
        auto* watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id = task.layerId] {
            QImage image = watcher->result();
            watcher->deleteLater();
            if (*m_cancel)
                return;
            if (!image.isNull())
                m_images.insert(id, std::move(image));
            Q_EMIT layerFinished(id);
            if (--m_pending == 0) {
                m_elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
                Q_EMIT finished();
            }
        });
        watcher->setFuture(
            QtConcurrent::run([render = task.render, settings = m_settings, cancel = m_cancel] {
                return render(settings, *cancel);
            }));
    }
}

void MapRenderJob::cancel() {
    *m_cancel = true;
}

QImage composeMap(const LayerCollection& layers, const QHash<QString, QImage>& images,
                  const QSize& size, const QColor& background) {
    QImage map(size, QImage::Format_ARGB32_Premultiplied);
    map.fill(background);
    QPainter painter(&map);
    for (const MapLayer* layer : layers.layers()) {
        if (!layer->isVisible())
            continue;
        const auto found = images.constFind(layer->id());
        if (found == images.constEnd())
            continue;
        painter.setOpacity(layer->opacity());
        painter.drawImage(0, 0, found.value());
    }
    return map;
}

QImage renderMapNow(const LayerCollection& layers, const MapSettings& settings, qint64* renderMs) {
    QElapsedTimer timer;
    timer.start();
    std::vector<std::pair<QString, QFuture<QImage>>> futures;
    std::atomic_bool cancel(false);
    for (const MapLayer* layer : layers.layers()) {
        if (!layer->isVisible())
            continue;
        if (LayerRenderFunction render = layer->renderFunction())
            futures.emplace_back(layer->id(), QtConcurrent::run([render, &settings, &cancel] {
                                     return render(settings, cancel);
                                 }));
    }
    QHash<QString, QImage> images;
    for (auto& [id, future] : futures)
        images.insert(id, future.result());
    QImage map = composeMap(layers, images, settings.outputSize());
    if (renderMs)
        *renderMs = timer.elapsed();
    return map;
}

} // namespace agrimap
