#include "rubber_band.h"

#include <QPainter>

namespace agrimap {

void RubberBand::paint(QPainter& painter) const {
    if (!m_active)
        return;
    painter.setPen(QPen(QColor(20, 90, 200), 1, Qt::DashLine));
    painter.setBrush(QColor(20, 90, 200, 40));
    painter.drawRect(rect());
}

} // namespace agrimap
