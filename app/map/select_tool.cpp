#include "select_tool.h"

#include "identify_tool.h"
#include "layer_collection.h"
#include "map_canvas.h"
#include "vector_layer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPointer>
#include <algorithm>

namespace agrimap {

SelectTool::SelectTool(MapCanvas* canvas, LayerCollection* layers)
    : MapTool(canvas)
    , m_layers(layers) {
    connect(layers, &LayerCollection::layerAboutToBeRemoved, this, [this](MapLayer* layer) {
        if (layer == m_current)
            m_current = nullptr;
    });
}

std::vector<VectorLayer*> SelectTool::targets() const {
    std::vector<VectorLayer*> result;
    if (auto* current = qobject_cast<VectorLayer*>(m_current)) {
        result.push_back(current);
        return result;
    }
    const auto& layers = m_layers->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (auto* vector = qobject_cast<VectorLayer*>(*it); vector && vector->isVisible())
            result.push_back(vector);
    }
    return result;
}

void SelectTool::mousePress(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        m_band.start(event->position().toPoint());
}

void SelectTool::mouseMove(QMouseEvent* event) {
    if (!m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    canvas()->update();
}

void SelectTool::mouseRelease(QMouseEvent* event) {
    if (!m_band.isActive())
        return;
    m_band.moveTo(event->position().toPoint());
    m_band.stop();
    canvas()->update();
    const bool adding = event->modifiers() & Qt::ShiftModifier;
    const MapSettings& settings = canvas()->settings();

    if (!m_band.isClick()) {
        const QRectF screen = m_band.rect();
        const QRectF area =
            QRectF(settings.toWorld(screen.bottomLeft()), settings.toWorld(screen.topRight()))
                .normalized();
        for (VectorLayer* layer : targets()) {
            std::vector<uint32_t> found = layer->featuresIn(area);
            if (adding) {
                const std::vector<uint32_t> previous = layer->selection();
                found.insert(found.end(), previous.begin(), previous.end());
            }
            layer->setSelection(std::move(found));
        }
        return;
    }

    // A click: the topmost feature of the first target layer that has one.
    const QPointF mapPoint = settings.toWorld(event->position());
    const double tolerance = hitTolerancePixels * settings.unitsPerPixel();
    bool picked = false;
    for (VectorLayer* layer : targets()) {
        const std::vector<uint32_t> hits =
            picked ? std::vector<uint32_t>() : layer->featuresAt(mapPoint, tolerance);
        if (hits.empty()) {
            if (!adding)
                layer->clearSelection();
            continue;
        }
        picked = true;
        std::vector<uint32_t> selection = adding ? layer->selection() : std::vector<uint32_t>();
        const auto existing = std::find(selection.begin(), selection.end(), hits.front());
        if (existing != selection.end())
            selection.erase(existing);
        else
            selection.push_back(hits.front());
        layer->setSelection(std::move(selection));
    }
}

bool SelectTool::keyPress(QKeyEvent* event) {
    if (event->key() != Qt::Key_Escape)
        return false;
    for (VectorLayer* layer : targets())
        layer->clearSelection();
    return true;
}

} // namespace agrimap
