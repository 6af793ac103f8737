#include "map_tool.h"

#include "map_canvas.h"

namespace agrimap {

MapTool::MapTool(MapCanvas* canvas)
    : QObject(canvas)
    , m_canvas(canvas) {}

void MapTool::mousePress(QMouseEvent*) {}
void MapTool::mouseMove(QMouseEvent*) {}
void MapTool::mouseRelease(QMouseEvent*) {}
bool MapTool::keyPress(QKeyEvent*) {
    return false;
}
void MapTool::paint(QPainter&) {}

} // namespace agrimap
