#include "map_canvas.h"

#include "coordinate_transformer.h"
#include "layer_collection.h"
#include "map_render_job.h"
#include "map_scale.h"
#include "map_tool.h"
#include "scale_bar.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace agrimap {

namespace {
// Several quick changes (a wheel spin, a window resize) make one render, not many.
constexpr int renderDelayMs = 30;
constexpr size_t historyLimit = 100;
constexpr double wheelStepFactor = 1.25;
} // namespace

MapCanvas::MapCanvas(LayerCollection* layers, QWidget* parent)
    : QWidget(parent)
    , m_layers(layers) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(renderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(layers, &LayerCollection::mapChanged, this, [this] {
        // The first layer that knows its extent decides the first view.
        if (!m_settings.isValid() && !m_layers->fullExtent().isNull())
            zoomToFullExtent();
        scheduleRender();
        update();
    });
    connect(layers, &LayerCollection::mapCrsChanged, this, &MapCanvas::onMapCrsChanged);
    connect(layers, &LayerCollection::layerAboutToBeRemoved, this,
            [this](MapLayer* layer) { m_images.remove(layer->id()); });
}

MapCanvas::~MapCanvas() {
    delete m_job;
}

void MapCanvas::setTool(MapTool* tool) {
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    setCursor(tool ? tool->cursor() : QCursor(Qt::ArrowCursor));
}

void MapCanvas::setSettings(const MapSettings& settings, bool record) {
    m_settings = settings;
    if (record)
        commitViewToHistory();
    scheduleRender();
    update();
    Q_EMIT viewChanged();
}

void MapCanvas::commitViewToHistory() {
    if (!m_settings.isValid())
        return;
    const HistoryEntry entry{m_settings.centre(), m_settings.unitsPerPixel()};
    if (m_historyIndex >= 0) {
        const HistoryEntry& current = m_history[size_t(m_historyIndex)];
        if (current.centre == entry.centre && current.unitsPerPixel == entry.unitsPerPixel)
            return;
    }
    m_history.resize(size_t(m_historyIndex + 1)); // a new view drops the "next" views
    m_history.push_back(entry);
    if (m_history.size() > historyLimit)
        m_history.erase(m_history.begin());
    m_historyIndex = int(m_history.size()) - 1;
}

void MapCanvas::previousView() {
    if (!hasPreviousView())
        return;
    const HistoryEntry& entry = m_history[size_t(--m_historyIndex)];
    setSettings(m_settings.withCentre(entry.centre).withUnitsPerPixel(entry.unitsPerPixel), false);
}

void MapCanvas::nextView() {
    if (!hasNextView())
        return;
    const HistoryEntry& entry = m_history[size_t(++m_historyIndex)];
    setSettings(m_settings.withCentre(entry.centre).withUnitsPerPixel(entry.unitsPerPixel), false);
}

void MapCanvas::zoomToExtent(const QRectF& mapRect) {
    if (mapRect.isNull() && mapRect.width() <= 0 && mapRect.height() <= 0)
        return;
    QRectF padded = mapRect.normalized();
    // A single point or a tiny feature still gets a readable view (about 1:2 000).
    const double minimumSize = 200.0 / std::max(m_layers->mapCrs().metresPerUnit(), 1e-9);
    if (padded.width() < minimumSize && padded.height() < minimumSize)
        padded = QRectF(padded.center() - QPointF(minimumSize, minimumSize) / 2,
                        QSizeF(minimumSize, minimumSize));
    padded = padded.adjusted(-padded.width() * 0.03, -padded.height() * 0.03, padded.width() * 0.03,
                             padded.height() * 0.03);
    setSettings(MapSettings::fitting(m_layers->mapCrs(), padded, size()), true);
}

void MapCanvas::zoomToFullExtent() {
    const QRectF extent = m_layers->fullExtent();
    if (!extent.isNull())
        zoomToExtent(extent);
}

void MapCanvas::zoomToScreenRect(const QRect& screenRect) {
    if (!m_settings.isValid())
        return;
    zoomToExtent(QRectF(m_settings.toWorld(screenRect.bottomLeft()),
                        m_settings.toWorld(screenRect.topRight()))
                     .normalized());
}

void MapCanvas::zoomBy(double factor, const QPointF& screenAnchor) {
    if (!m_settings.isValid())
        return;
    // Stay within 1:500 … 1:5 000 000.
    const double current = m_settings.scaleDenominator();
    const double target =
        std::clamp(current / factor, map_scale::minimumDenominator, map_scale::maximumDenominator);
    setSettings(m_settings.zoomedAt(current / target, screenAnchor), true);
}

void MapCanvas::panByPixels(const QPointF& delta, bool record) {
    if (!m_settings.isValid())
        return;
    const double units = m_settings.unitsPerPixel();
    const QPointF centre = m_settings.centre() + QPointF(-delta.x() * units, delta.y() * units);
    setSettings(m_settings.withCentre(centre), record);
}

void MapCanvas::setScaleDenominator(double denominator) {
    if (!m_settings.isValid() || denominator <= 0)
        return;
    denominator =
        std::clamp(denominator, map_scale::minimumDenominator, map_scale::maximumDenominator);
    setSettings(m_settings.withUnitsPerPixel(
                    map_scale::unitsPerPixelFor(denominator, m_settings.crs(), m_settings.dpi())),
                true);
}

void MapCanvas::setCentre(const QPointF& mapCentre) {
    if (m_settings.isValid())
        setSettings(m_settings.withCentre(mapCentre), true);
}

void MapCanvas::onMapCrsChanged() {
    const Crs crs = m_layers->mapCrs();
    m_images.clear(); // drawn in the old CRS
    m_history.clear();
    m_historyIndex = -1;
    if (!m_settings.isValid()) {
        update();
        return;
    }
    // Keep looking at the same place.
    CoordinateTransformer transformer(m_settings.crs(), crs);
    const QRectF extent = transformer.transformBounds(m_settings.visibleExtent());
    if (extent.isNull())
        m_settings = MapSettings();
    else
        setSettings(MapSettings::fitting(crs, extent, size()), true);
    if (!m_settings.isValid())
        zoomToFullExtent();
}

void MapCanvas::scheduleRender() {
    m_renderTimer.start();
}

void MapCanvas::startRender() {
    if (!m_settings.isValid() || size().isEmpty())
        return;
    delete m_job; // cancels the older frame
    m_job = new MapRenderJob(*m_layers, m_settings, this);
    connect(m_job, &MapRenderJob::layerFinished, this, [this](const QString& id) {
        if (!m_job)
            return;
        const auto found = m_job->images().constFind(id);
        if (found != m_job->images().constEnd())
            m_images.insert(id, {found.value(), m_job->settings()});
        update();
    });
    connect(m_job, &MapRenderJob::finished, this, [this] {
        const qint64 elapsed = m_job->elapsedMs();
        // Layers that drew nothing this time (hidden, removed, not loaded) drop their image.
        for (auto it = m_images.begin(); it != m_images.end();) {
            if (!m_job->images().contains(it.key()))
                it = m_images.erase(it);
            else
                ++it;
        }
        m_job->deleteLater();
        m_job = nullptr;
        update();
        Q_EMIT renderFinished(elapsed);
    });
    Q_EMIT renderStarted();
    m_job->start();
    update();
}

void MapCanvas::paintMap(QPainter& painter) const {
    painter.fillRect(QRect(QPoint(0, 0), m_settings.outputSize()), Qt::white);
    if (!m_settings.isValid())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const MapLayer* layer : m_layers->layers()) {
        if (!layer->isVisible())
            continue;
        const auto found = m_images.constFind(layer->id());
        if (found == m_images.constEnd())
            continue;
        // Where the cached image lands in the current view: panning and zooming move it
        // at once, before the new frame arrives.
        const QRectF drawnExtent = found->settings.visibleExtent();
        const QPointF topLeft = m_settings.toScreen(drawnExtent.left(), drawnExtent.bottom());
        const QPointF bottomRight = m_settings.toScreen(drawnExtent.right(), drawnExtent.top());
        painter.setOpacity(layer->opacity());
        painter.drawImage(QRectF(topLeft, bottomRight), found->image);
    }
    painter.setOpacity(1.0);
}

QImage MapCanvas::mapImage() const {
    QImage image(m_settings.outputSize().isEmpty() ? size() : m_settings.outputSize(),
                 QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    paintMap(painter);
    return image;
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (!m_settings.isValid()) {
        painter.fillRect(rect(), Qt::white);
        painter.setPen(QColor(110, 110, 110));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("Open a project or add layers (Ctrl+O), or drop files here."));
        return;
    }
    paintMap(painter);
    paintScaleBar(painter, m_settings);
    if (m_job) {
        painter.setPen(QColor(60, 60, 60));
        painter.drawText(rect().adjusted(0, 6, -10, 0), Qt::AlignTop | Qt::AlignRight,
                         tr("Drawing…"));
    }
    paintFeatureHighlights(painter, m_settings, m_featureHighlights);
    paintHighlight(painter);
    if (m_tool)
        m_tool->paint(painter);
}

void MapCanvas::setHighlight(std::vector<QPolygonF> mapRings) {
    m_highlight = std::move(mapRings);
    update();
}

void MapCanvas::setFeatureHighlights(std::vector<FeatureHighlight> highlights) {
    m_featureHighlights = std::move(highlights);
    update();
}

void MapCanvas::paintHighlight(QPainter& painter) const {
    if (m_highlight.empty() || !m_settings.isValid())
        return;
    QPainterPath path;
    for (const QPolygonF& ring : m_highlight) {
        QPolygonF screen;
        for (const QPointF& point : ring)
            screen << m_settings.toScreen(point);
        path.addPolygon(screen);
    }
    path.setFillRule(Qt::OddEvenFill);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(200, 0, 0), 2.5));
    painter.setBrush(QBrush(QColor(220, 0, 0, 140), Qt::DiagCrossPattern));
    painter.drawPath(path);
    painter.restore();
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (m_settings.isValid())
        setSettings(m_settings.withSize(size()), false);
    else if (!m_layers->fullExtent().isNull())
        zoomToFullExtent();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    if (m_tool)
        m_tool->mousePress(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (m_settings.isValid())
        Q_EMIT cursorMapPositionChanged(m_settings.toWorld(event->position()));
    if (m_tool)
        m_tool->mouseMove(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (m_tool)
        m_tool->mouseRelease(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (m_tool)
        m_tool->mouseDoubleClick(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(wheelStepFactor, steps), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    if (m_tool && m_tool->keyPress(event))
        return;
    const QPointF quarter(width() / 4.0, height() / 4.0);
    switch (event->key()) {
    case Qt::Key_Left:
        panByPixels(QPointF(quarter.x(), 0));
        break;
    case Qt::Key_Right:
        panByPixels(QPointF(-quarter.x(), 0));
        break;
    case Qt::Key_Up:
        panByPixels(QPointF(0, quarter.y()));
        break;
    case Qt::Key_Down:
        panByPixels(QPointF(0, -quarter.y()));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace agrimap
