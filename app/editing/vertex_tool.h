#pragma once

#include "editing/area_geometry_edits.h"
#include "map/map_tool.h"

#include <QPolygonF>
#include <functional>
#include <optional>
#include <vector>

namespace agrimap {

class EditController;
class ShapeEditor;

/// Edits the vertices of a growing area: drag a vertex to move it (the whole drag is one undo
/// step), double-click an edge to add a vertex there, Delete removes the vertex last touched.
/// Works on the selected area, or on the area under the cursor.
class VertexTool : public MapTool {
    Q_OBJECT
public:
    using SelectedAreas = std::function<std::vector<qint64>()>;
    using PointPlacer = std::function<QPointF(const QPointF& screenPoint)>;

    VertexTool(MapCanvas* canvas, EditController* edits, ShapeEditor* shapes,
               SelectedAreas selected);
    QString name() const override { return tr("Edit vertices"); }
    QCursor cursor() const override { return Qt::CrossCursor; }
    /// Where a dragged vertex lands (snapping), in map coordinates.
    void setPointPlacer(PointPlacer placer) { m_placer = std::move(placer); }

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    void mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) override;
    void deactivate() override;

private:
    struct Touched {
        qint64 fid;
        area_geometry::VertexRef vertex;
    };
    double toleranceInLayer() const;
    QPointF layerPoint(const QPointF& screenPoint) const;
    /// The area to work on at this point: a selected one if any, else the one under it.
    std::optional<qint64> areaNear(const QPointF& layerPoint) const;
    void showArea(std::optional<qint64> fid, const QByteArray& shape = {});

    EditController* m_edits;
    ShapeEditor* m_shapes;
    SelectedAreas m_selected;
    PointPlacer m_placer;
    std::optional<Touched> m_drag;
    std::optional<Touched> m_last;
    QPointF m_dragStart;
    bool m_moved = false;
    std::optional<qint64> m_shown;  ///< the area whose vertices are drawn
    std::vector<QPolygonF> m_rings; ///< its rings (or the dragged preview), map coordinates
};

} // namespace agrimap
