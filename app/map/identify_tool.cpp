#include "identify_tool.h"

#include "layer_collection.h"
#include "map_canvas.h"
#include "vector_layer.h"

#include <QMouseEvent>

namespace agrimap {

IdentifyTool::IdentifyTool(MapCanvas* canvas, LayerCollection* layers)
    : MapTool(canvas)
    , m_layers(layers) {}

QList<IdentifyHit> IdentifyTool::hitsAt(const QPointF& screenPoint) const {
    QList<IdentifyHit> hits;
    const QPointF mapPoint = canvas()->settings().toWorld(screenPoint);
    const double tolerance = hitTolerancePixels * canvas()->settings().unitsPerPixel();
    const auto& layers = m_layers->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        auto* vector = qobject_cast<VectorLayer*>(*it);
        if (!vector || !vector->isVisible())
            continue;
        for (const uint32_t feature : vector->featuresAt(mapPoint, tolerance))
            hits.append({vector, feature});
    }
    return hits;
}

void IdentifyTool::mouseRelease(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT featuresIdentified(hitsAt(event->position()));
}

} // namespace agrimap
