#include "zoom_box_tool.h"

#include "map_canvas.h"

#include <QMouseEvent>

namespace agrimap {

void ZoomBoxTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        m_band.start(event->position().toPoint());
}

void ZoomBoxTool::mouseMove(QMouseEvent* event) {
    if (!m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    canvas()->update();
}

void ZoomBoxTool::mouseRelease(QMouseEvent* event) {
    if (!m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    m_band.stop();
    if (m_band.isClick())
        canvas()->zoomBy(2.0, event->position());
    else
        canvas()->zoomToScreenRect(m_band.rect());
    canvas()->update();
}

} // namespace agrimap
