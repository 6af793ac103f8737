#include "add_area_tool.h"

#include "map/map_canvas.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace agrimap {

AddAreaTool::AddAreaTool(MapCanvas* canvas, Shape shape, QString name)
    : MapTool(canvas)
    , m_shape(shape)
    , m_name(std::move(name)) {}

AddAreaTool::PlacedPoint AddAreaTool::place(const QPointF& screenPoint) const {
    return m_placer ? m_placer(screenPoint)
                    : PlacedPoint{canvas()->settings().toWorld(screenPoint)};
}

double AddAreaTool::liveHectares() const {
    std::vector<QPointF> ring = m_vertices;
    if (m_hover)
        ring.push_back(*m_hover);
    if (m_shape == Shape::Line || ring.size() < 3 || !m_meter)
        return 0;
    return m_meter(ring);
}

void AddAreaTool::mousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !canvas()->settings().isValid())
        return;
    m_vertices.push_back(place(event->position()).map);
    Q_EMIT liveAreaChanged(liveHectares());
    canvas()->update();
}

void AddAreaTool::mouseMove(QMouseEvent* event) {
    if (!canvas()->settings().isValid())
        return;
    const PlacedPoint placed = place(event->position());
    m_hover = placed.map;
    m_hoverSnap = placed.snap;
    if (!m_vertices.empty())
        Q_EMIT liveAreaChanged(liveHectares());
    canvas()->update();
}

void AddAreaTool::mouseDoubleClick(QMouseEvent* event) {
    // The double-click's first press already added the vertex under the cursor.
    if (event->button() == Qt::LeftButton)
        finish();
}

bool AddAreaTool::keyPress(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (m_vertices.empty())
            return false;
        m_vertices.pop_back();
        Q_EMIT liveAreaChanged(liveHectares());
        canvas()->update();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        if (m_vertices.empty())
            return false;
        cancel();
        return true;
    default:
        return false;
    }
}

void AddAreaTool::finish() {
    // Two clicks on the same spot (a double-click) leave a duplicate vertex behind.
    std::vector<QPointF> ring;
    for (const QPointF& vertex : m_vertices) {
        if (ring.empty() || ring.back() != vertex)
            ring.push_back(vertex);
    }
    if (ring.size() < (m_shape == Shape::Line ? 2u : 3u))
        return;
    m_vertices.clear();
    canvas()->update();
    Q_EMIT finished(ring);
}

void AddAreaTool::cancel() {
    m_vertices.clear();
    m_hover.reset();
    Q_EMIT liveAreaChanged(0);
    canvas()->update();
}

// A square on a vertex, a cross on a segment: the user sees where the click will land.
void AddAreaTool::paintSnapMarker(QPainter& painter) const {
    if (!m_hover || m_hoverSnap == PlacedPoint::Snap::None)
        return;
    const QPointF at = canvas()->settings().toScreen(*m_hover);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(230, 0, 160), 2));
    painter.setBrush(Qt::NoBrush);
    if (m_hoverSnap == PlacedPoint::Snap::Vertex) {
        painter.drawRect(QRectF(at - QPointF(6, 6), QSizeF(12, 12)));
    } else {
        painter.drawLine(at + QPointF(-6, -6), at + QPointF(6, 6));
        painter.drawLine(at + QPointF(-6, 6), at + QPointF(6, -6));
    }
}

void AddAreaTool::paint(QPainter& painter) {
    paintSnapMarker(painter);
    if (m_vertices.empty())
        return;
    const MapSettings& settings = canvas()->settings();
    QPolygonF screen;
    for (const QPointF& vertex : m_vertices)
        screen << settings.toScreen(vertex);
    if (m_hover)
        screen << settings.toScreen(*m_hover);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_shape == Shape::Line) {
        painter.setPen(QPen(QColor(200, 30, 30), 2, Qt::DashLine));
        painter.drawPolyline(screen);
    } else {
        painter.setBrush(QColor(40, 160, 60, 60));
        painter.setPen(QPen(QColor(20, 110, 40), 2));
        painter.drawPolygon(screen);
    }
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(20, 110, 40), 1.5));
    for (const QPointF& vertex : m_vertices)
        painter.drawEllipse(settings.toScreen(vertex), 3.5, 3.5);
    const double hectares = liveHectares();
    if (hectares > 0 && m_hover) {
        const QString text = tr("%1 ha").arg(QLocale().toString(hectares, 'f', 3));
        const QPointF at = settings.toScreen(*m_hover) + QPointF(12, -10);
        QPainterPath path;
        path.addText(at, painter.font(), text);
        painter.setPen(QPen(Qt::white, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::black);
        painter.drawText(at, text);
    }
}

} // namespace agrimap
