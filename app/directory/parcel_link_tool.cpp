#include "parcel_link_tool.h"

#include "map/identify_tool.h"
#include "map/map_canvas.h"
#include "parcel_lookup.h"
#include "vector_layer.h"

#include <QMouseEvent>

namespace agrimap {

ParcelLinkTool::ParcelLinkTool(MapCanvas* canvas, LayerCollection* layers)
    : MapTool(canvas)
    , m_layers(layers) {}

void ParcelLinkTool::mouseRelease(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !canvas()->settings().isValid())
        return;
    const QPointF point = canvas()->settings().toWorld(event->position());
    const double tolerance = hitTolerancePixels * canvas()->settings().unitsPerPixel();
    for (VectorLayer* layer : parcel_lookup::cadastralLayers(*m_layers)) {
        if (!layer->isVisible())
            continue;
        const std::vector<uint32_t> hits = layer->featuresAt(point, tolerance);
        if (!hits.empty()) {
            Q_EMIT parcelClicked(layer, hits.front());
            return;
        }
    }
    Q_EMIT missed();
}

} // namespace agrimap
