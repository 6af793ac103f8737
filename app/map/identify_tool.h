#pragma once

#include "identify_hit.h"
#include "map_tool.h"

namespace agrimap {

class LayerCollection;

/// Click a feature to see its attributes: reports what every visible vector layer has under
/// the cursor, the topmost layer first.
class IdentifyTool : public MapTool {
    Q_OBJECT
public:
    IdentifyTool(MapCanvas* canvas, LayerCollection* layers);
    QString name() const override { return tr("Identify"); }
    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    void mouseRelease(QMouseEvent* event) override;

    /// Hits at a screen point, within a few pixels.
    QList<IdentifyHit> hitsAt(const QPointF& screenPoint) const;

Q_SIGNALS:
    void featuresIdentified(const QList<agrimap::IdentifyHit>& hits);

private:
    LayerCollection* m_layers;
};

/// How far from a line or point a click still hits it, in pixels.
constexpr double hitTolerancePixels = 4.0;

} // namespace agrimap
