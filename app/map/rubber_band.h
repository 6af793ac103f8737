#pragma once

#include <QPoint>
#include <QRect>

class QPainter;

namespace agrimap {

/// A rectangle dragged on the map (box zoom, box select).
class RubberBand {
public:
    void start(const QPoint& point) {
        m_origin = m_current = point;
        m_active = true;
    }
    void moveTo(const QPoint& point) { m_current = point; }
    void stop() { m_active = false; }
    bool isActive() const { return m_active; }
    QRect rect() const { return QRect(m_origin, m_current).normalized(); }
    /// Smaller than this it is a click, not a box.
    bool isClick() const { return rect().width() < 4 && rect().height() < 4; }
    void paint(QPainter& painter) const;

private:
    QPoint m_origin;
    QPoint m_current;
    bool m_active = false;
};

} // namespace agrimap
