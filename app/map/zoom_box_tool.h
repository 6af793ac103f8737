#pragma once

#include "map_tool.h"
#include "rubber_band.h"

namespace agrimap {

/// Drag a box to zoom to it; a click zooms in twice around the point.
class ZoomBoxTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    QString name() const override { return tr("Zoom to box"); }
    QCursor cursor() const override { return Qt::CrossCursor; }
    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    void paint(QPainter& painter) override { m_band.paint(painter); }

private:
    RubberBand m_band;
};

} // namespace agrimap
