#include "feature_highlight.h"

#include "map_settings.h"
#include "vector_layer.h"

#include <QPainter>
#include <QPainterPath>

namespace agrimap {

void paintFeatureHighlights(QPainter& painter, const MapSettings& view,
                            const std::vector<FeatureHighlight>& highlights) {
    QPainterPath path;
    for (const FeatureHighlight& highlight : highlights) {
        const auto snapshot = highlight.layer ? highlight.layer->snapshot() : nullptr;
        if (!snapshot || !snapshot->geometries)
            continue;
        const FlatGeometries& geometries = *snapshot->geometries;
        for (uint32_t feature : highlight.features) {
            if (feature >= geometries.featureCount())
                continue;
            for (uint32_t part = geometries.firstPart(feature); part < geometries.endPart(feature);
                 ++part) {
                QPolygonF ring;
                for (uint32_t point = geometries.firstPoint(part);
                     point < geometries.endPoint(part); ++point) {
                    const double* xy = geometries.pointData(point);
                    ring << view.toScreen(xy[0], xy[1]);
                }
                path.addPolygon(ring);
            }
        }
    }
    if (path.isEmpty())
        return;
    path.setFillRule(Qt::OddEvenFill);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // A halo under the line keeps it visible on any land-use colour.
    painter.setBrush(QColor(0, 170, 255, 60));
    painter.setPen(QPen(QColor(255, 255, 255, 220), 5));
    painter.drawPath(path);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 110, 220), 2.5));
    painter.drawPath(path);
    painter.restore();
}

} // namespace agrimap
