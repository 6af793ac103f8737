#include "pan_tool.h"

#include "map_canvas.h"

#include <QMouseEvent>

namespace agrimap {

void PanTool::mousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (event->modifiers() & Qt::ShiftModifier) {
        m_band.start(event->position().toPoint());
        return;
    }
    m_dragging = true;
    m_last = event->position();
    canvas()->setCursor(Qt::ClosedHandCursor);
}

void PanTool::mouseMove(QMouseEvent* event) {
    if (m_band.isActive()) {
        m_band.moveTo(event->position().toPoint());
        canvas()->update();
        return;
    }
    if (!m_dragging)
        return;
    canvas()->panByPixels(event->position() - m_last, false);
    m_last = event->position();
}

void PanTool::mouseRelease(QMouseEvent* event) {
    if (m_band.isActive()) {
        m_band.moveTo(event->position().toPoint());
        m_band.stop();
        if (!m_band.isClick())
            canvas()->zoomToScreenRect(m_band.rect());
        canvas()->update();
        return;
    }
    if (!m_dragging)
        return;
    m_dragging = false;
    canvas()->panByPixels(event->position() - m_last, false);
    canvas()->commitViewToHistory();
    canvas()->setCursor(cursor());
}

} // namespace agrimap
