#pragma once

#include "feature_highlight.h"
#include "map_settings.h"
#include "map_tool.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QPolygonF>
#include <QTimer>
#include <QWidget>
#include <vector>

namespace agrimap {

class LayerCollection;
class MapRenderJob;

/// The map: draws a LayerCollection in the background and shows the last images at once
/// while a new frame is drawn, moved and scaled to the current view. A newer view cancels
/// an older render. Navigation keys and the wheel work with every tool.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(LayerCollection* layers, QWidget* parent = nullptr);
    ~MapCanvas() override;

    const MapSettings& settings() const { return m_settings; }
    LayerCollection* layers() const { return m_layers; }

    void setTool(MapTool* tool);
    MapTool* tool() const { return m_tool; }

    void zoomToExtent(const QRectF& mapRect);
    void zoomToFullExtent();
    void zoomToScreenRect(const QRect& screenRect);
    /// Zooms by `factor` (> 1 zooms in) keeping the map point under `screenAnchor` fixed.
    void zoomBy(double factor, const QPointF& screenAnchor);
    void zoomIn() { zoomBy(2.0, rect().center()); }
    void zoomOut() { zoomBy(0.5, rect().center()); }
    /// Moves the map with the mouse; `record` adds the view to the history.
    void panByPixels(const QPointF& delta, bool record = true);
    double scaleDenominator() const { return m_settings.scaleDenominator(); }
    void setScaleDenominator(double denominator);
    void setCentre(const QPointF& mapCentre);

    void previousView();
    void nextView();
    bool hasPreviousView() const { return m_historyIndex > 0; }
    bool hasNextView() const { return m_historyIndex + 1 < int(m_history.size()); }
    void commitViewToHistory();

    bool isRendering() const { return m_job != nullptr; }
    /// Pieces to point out over the map (an overlap that refused an edit), map coordinates.
    void setHighlight(std::vector<QPolygonF> mapRings);
    const std::vector<QPolygonF>& highlight() const { return m_highlight; }
    /// Features to point out (a household's parcels), outlined over the map; empty: none.
    void setFeatureHighlights(std::vector<FeatureHighlight> highlights);
    const std::vector<FeatureHighlight>& featureHighlights() const { return m_featureHighlights; }
    /// What the canvas shows now, composed as on screen (for tests and screenshots).
    QImage mapImage() const;

Q_SIGNALS:
    void viewChanged();
    void cursorMapPositionChanged(const QPointF& mapPoint);
    void renderStarted();
    void renderFinished(qint64 milliseconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct CachedImage {
        QImage image;
        MapSettings settings;
    };
    struct HistoryEntry {
        QPointF centre;
        double unitsPerPixel = 0;
    };

    void setSettings(const MapSettings& settings, bool record);
    void scheduleRender();
    void startRender();
    void onMapCrsChanged();
    void paintMap(QPainter& painter) const;
    void paintHighlight(QPainter& painter) const;

    LayerCollection* m_layers;
    MapSettings m_settings;
    QPointer<MapTool> m_tool;
    std::vector<QPolygonF> m_highlight;
    std::vector<FeatureHighlight> m_featureHighlights;
    QTimer m_renderTimer;
    MapRenderJob* m_job = nullptr;
    QHash<QString, CachedImage> m_images;
    std::vector<HistoryEntry> m_history;
    int m_historyIndex = -1;
    bool m_everShown = false;
};

} // namespace agrimap
