#include "vertex_tool.h"

#include "edit_controller.h"
#include "editing/area_geometry.h"
#include "editing/area_rings.h"
#include "editing/edit_session.h"
#include "map/map_canvas.h"
#include "shape_editor.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace agrimap {

namespace {
constexpr double tolerancePixels = 8;
}

VertexTool::VertexTool(MapCanvas* canvas, EditController* edits, ShapeEditor* shapes,
                       SelectedAreas selected)
    : MapTool(canvas)
    , m_edits(edits)
    , m_shapes(shapes)
    , m_selected(std::move(selected)) {}

double VertexTool::toleranceInLayer() const {
    // Map and layer CRSs are both projected in metres in practice; the scale is the map's.
    return tolerancePixels * canvas()->settings().unitsPerPixel();
}

QPointF VertexTool::layerPoint(const QPointF& screenPoint) const {
    const QPointF map =
        m_placer ? m_placer(screenPoint) : canvas()->settings().toWorld(screenPoint);
    return m_edits->pointsInLayerCrs({map}).front();
}

std::optional<qint64> VertexTool::areaNear(const QPointF& point) const {
    EditSession* session = m_edits->session();
    if (!session)
        return std::nullopt;
    const double tolerance = toleranceInLayer();
    const QRectF box(point - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
    std::vector<qint64> candidates = m_selected ? m_selected() : std::vector<qint64>();
    if (candidates.empty()) {
        for (const GrowingArea& area : session->allAreas()) {
            if (area_geometry::bounds(area.geometryWkb).intersects(box))
                candidates.push_back(area.fid);
        }
    }
    for (qint64 fid : candidates) {
        const GrowingArea* area = session->cached(fid);
        if (area && (area_geometry::nearestVertex(area->geometryWkb, point, tolerance) ||
                     area_geometry::nearestSegmentPoint(area->geometryWkb, point, tolerance)))
            return fid;
    }
    return std::nullopt;
}

void VertexTool::showArea(std::optional<qint64> fid, const QByteArray& shape) {
    m_shown = fid;
    m_rings.clear();
    EditSession* session = m_edits->session();
    const GrowingArea* area = fid && session ? session->cached(*fid) : nullptr;
    if (area) {
        for (const std::vector<QPointF>& ring :
             area_geometry::rings(shape.isEmpty() ? area->geometryWkb : shape)) {
            QPolygonF polygon;
            for (const QPointF& point : ring)
                polygon << m_edits->pointInMapCrs(point);
            m_rings.push_back(polygon);
        }
    }
    canvas()->update();
}

void VertexTool::mousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_edits->session())
        return;
    const QPointF point =
        m_edits->pointsInLayerCrs({canvas()->settings().toWorld(event->position())}).front();
    const std::optional<qint64> fid = areaNear(point);
    showArea(fid);
    if (!fid)
        return;
    const GrowingArea* area = m_edits->session()->cached(*fid);
    if (const auto vertex =
            area_geometry::nearestVertex(area->geometryWkb, point, toleranceInLayer())) {
        m_drag = Touched{*fid, *vertex};
        m_last = m_drag;
        m_dragStart = event->position();
        m_moved = false;
    }
}

void VertexTool::mouseMove(QMouseEvent* event) {
    if (!m_drag)
        return;
    m_moved = m_moved || (event->position() - m_dragStart).manhattanLength() > 2;
    const GrowingArea* area = m_edits->session()->cached(m_drag->fid);
    if (!area)
        return;
    Result<QByteArray> preview =
        area_geometry::moveVertex(area->geometryWkb, m_drag->vertex, layerPoint(event->position()));
    if (preview)
        showArea(m_drag->fid, preview.value());
}

void VertexTool::mouseRelease(QMouseEvent* event) {
    if (!m_drag)
        return;
    const Touched drag = *m_drag;
    m_drag.reset();
    const GrowingArea* area = m_edits->session() ? m_edits->session()->cached(drag.fid) : nullptr;
    if (!area || !m_moved) {
        showArea(drag.fid);
        return;
    }
    Result<QByteArray> moved =
        area_geometry::moveVertex(area->geometryWkb, drag.vertex, layerPoint(event->position()));
    if (moved)
        m_shapes->changeShape(
            drag.fid, moved.value(),
            tr("Move a vertex of growing area %1").arg(area->text(area_field::code)));
    else
        m_edits->report(Status{moved.error()}, tr("Cannot move the vertex"));
    showArea(drag.fid); // the stored shape, or the old one when the move was refused
}

void VertexTool::mouseDoubleClick(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_edits->session())
        return;
    m_drag.reset();
    const QPointF point = layerPoint(event->position());
    const std::optional<qint64> fid = areaNear(point);
    if (!fid)
        return;
    const GrowingArea* area = m_edits->session()->cached(*fid);
    const auto edge =
        area_geometry::nearestSegmentPoint(area->geometryWkb, point, toleranceInLayer());
    if (!edge)
        return;
    Result<QByteArray> added =
        area_geometry::insertVertex(area->geometryWkb, edge->first, edge->second);
    if (added && m_shapes->changeShape(
                     *fid, added.value(),
                     tr("Add a vertex to growing area %1").arg(area->text(area_field::code))))
        m_last = Touched{*fid, {edge->first.part, edge->first.ring, edge->first.index + 1}};
    showArea(fid);
}

bool VertexTool::keyPress(QKeyEvent* event) {
    if ((event->key() != Qt::Key_Delete && event->key() != Qt::Key_Backspace) || !m_last ||
        !m_edits->session())
        return false;
    const Touched last = *m_last;
    m_last.reset();
    const GrowingArea* area = m_edits->session()->cached(last.fid);
    if (!area)
        return true;
    Result<QByteArray> removed = area_geometry::deleteVertex(area->geometryWkb, last.vertex);
    if (!removed)
        m_edits->report(Status{removed.error()}, tr("Cannot delete the vertex"));
    else
        m_shapes->changeShape(
            last.fid, removed.value(),
            tr("Delete a vertex of growing area %1").arg(area->text(area_field::code)));
    showArea(last.fid);
    return true;
}

void VertexTool::paint(QPainter& painter) {
    if (m_rings.empty())
        return;
    const MapSettings& settings = canvas()->settings();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(230, 0, 160), 1.5));
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF& ring : m_rings) {
        QPolygonF screen;
        for (const QPointF& point : ring)
            screen << settings.toScreen(point);
        painter.drawPolyline(screen);
        for (const QPointF& point : screen)
            painter.drawRect(QRectF(point - QPointF(3, 3), QSizeF(6, 6)));
    }
}

void VertexTool::deactivate() {
    m_drag.reset();
    m_last.reset();
    showArea(std::nullopt);
}

} // namespace agrimap
