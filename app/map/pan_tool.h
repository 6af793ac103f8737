#pragma once

#include "map_tool.h"
#include "rubber_band.h"

#include <QPointF>

namespace agrimap {

/// Drag to move the map; Shift+drag zooms to a box.
class PanTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    QString name() const override { return tr("Pan"); }
    QCursor cursor() const override { return Qt::OpenHandCursor; }
    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    void paint(QPainter& painter) override { m_band.paint(painter); }

private:
    bool m_dragging = false;
    QPointF m_last;
    RubberBand m_band;
};

} // namespace agrimap
