#pragma once

#include "map/map_tool.h"

#include <QPointF>
#include <functional>
#include <optional>
#include <vector>

namespace agrimap {

/// Draws on the map: a click adds a vertex, Backspace removes the last one, Enter or a
/// double-click finishes, Esc cancels. As a polygon it draws a new growing area (or a hole),
/// with its area in hectares beside the cursor (measured in the growing-area layer's
/// projected CRS, not on screen); as a line it draws a split or reshape line.
class AddAreaTool : public MapTool {
    Q_OBJECT
public:
    enum class Shape { Polygon, Line };
    /// Hectares of a ring given in map coordinates; set by whoever knows the layer's CRS.
    using AreaMeter = std::function<double(const std::vector<QPointF>& mapRing)>;
    /// Where a click at a screen point lands on the map, and what it snapped to.
    struct PlacedPoint {
        QPointF map;
        enum class Snap { None, Vertex, Segment } snap = Snap::None;
    };
    using PointPlacer = std::function<PlacedPoint(const QPointF& screenPoint)>;

    /// `name` shown on the tool's button; empty for "Add growing area".
    explicit AddAreaTool(MapCanvas* canvas, Shape shape = Shape::Polygon, QString name = {});
    QString name() const override { return m_name.isEmpty() ? tr("Add growing area") : m_name; }
    Shape shape() const { return m_shape; }
    QCursor cursor() const override { return Qt::CrossCursor; }

    void setAreaMeter(AreaMeter meter) { m_meter = std::move(meter); }
    void setPointPlacer(PointPlacer placer) { m_placer = std::move(placer); }

    const std::vector<QPointF>& vertices() const { return m_vertices; }
    /// The area of the ring drawn so far plus the cursor, in hectares.
    double liveHectares() const;

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) override;
    void deactivate() override { cancel(); }

Q_SIGNALS:
    /// A ring of at least three vertices (a line of at least two), in map coordinates.
    void finished(const std::vector<QPointF>& mapPoints);
    void liveAreaChanged(double hectares);

private:
    PlacedPoint place(const QPointF& screenPoint) const;
    void paintSnapMarker(QPainter& painter) const;
    void finish();
    void cancel();

    Shape m_shape;
    QString m_name;
    std::vector<QPointF> m_vertices; ///< map coordinates
    std::optional<QPointF> m_hover;  ///< map coordinates
    PlacedPoint::Snap m_hoverSnap = PlacedPoint::Snap::None;
    AreaMeter m_meter;
    PointPlacer m_placer;
};

} // namespace agrimap
