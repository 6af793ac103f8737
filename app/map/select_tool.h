#pragma once

#include "map_tool.h"
#include "rubber_band.h"

namespace agrimap {

class LayerCollection;
class MapLayer;

/// Click selects the topmost feature, Shift+click adds or removes it, a dragged box selects
/// what it touches, Esc clears. Works on the current layer, or on every visible vector layer
/// when none is current.
class SelectTool : public MapTool {
    Q_OBJECT
public:
    SelectTool(MapCanvas* canvas, LayerCollection* layers);
    QString name() const override { return tr("Select"); }
    QCursor cursor() const override { return Qt::PointingHandCursor; }
    void setCurrentLayer(MapLayer* layer) { m_current = layer; }

    void mousePress(QMouseEvent* event) override;
    void mouseMove(QMouseEvent* event) override;
    void mouseRelease(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) override { m_band.paint(painter); }

private:
    std::vector<class VectorLayer*> targets() const;

    LayerCollection* m_layers;
    MapLayer* m_current = nullptr;
    RubberBand m_band;
};

} // namespace agrimap
