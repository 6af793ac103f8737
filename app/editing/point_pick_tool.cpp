#include "point_pick_tool.h"

#include "map/map_canvas.h"

#include <QMouseEvent>

namespace agrimap {

PointPickTool::PointPickTool(MapCanvas* canvas, QString name)
    : MapTool(canvas)
    , m_name(std::move(name)) {}

void PointPickTool::mouseRelease(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && canvas()->settings().isValid())
        Q_EMIT picked(canvas()->settings().toWorld(event->position()));
}

} // namespace agrimap
