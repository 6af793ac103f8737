#pragma once

#include "map_layer.h"
#include "map_settings.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <atomic>
#include <memory>
#include <vector>

namespace agrimap {

class LayerCollection;

/// One frame being drawn: each visible layer on its own worker thread into its own image.
/// cancel() (or destroying the job) abandons it; a newer frame always replaces an older one.
class MapRenderJob : public QObject {
    Q_OBJECT
public:
    MapRenderJob(const LayerCollection& layers, const MapSettings& settings,
                 QObject* parent = nullptr);
    ~MapRenderJob() override;

    void start();
    void cancel();
    bool isFinished() const { return m_pending == 0; }
    const MapSettings& settings() const { return m_settings; }
    /// Images drawn so far, by layer id.
    const QHash<QString, QImage>& images() const { return m_images; }
    /// Milliseconds from start() to the last layer finished.
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void layerFinished(const QString& layerId);
    void finished();

private:
    struct Task {
        QString layerId;
        LayerRenderFunction render;
    };
    MapSettings m_settings;
    std::vector<Task> m_tasks;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QHash<QString, QImage> m_images;
    int m_pending = 0;
    qint64 m_elapsedMs = 0;
    qint64 m_startedAt = 0;
};

/// Draws the layers' images bottom to top with their opacities onto a white (or given)
/// background: the composition the canvas shows and `agrimap-cli render` writes.
QImage composeMap(const LayerCollection& layers, const QHash<QString, QImage>& images,
                  const QSize& size, const QColor& background = Qt::white);

/// Draws a whole frame on the calling thread (layers in parallel), as the canvas would.
/// `renderMs` receives the drawing time, loading excluded.
QImage renderMapNow(const LayerCollection& layers, const MapSettings& settings,
                    qint64* renderMs = nullptr);

} // namespace agrimap
