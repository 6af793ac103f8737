#pragma once

#include "map/map_tool.h"

#include <cstdint>

namespace agrimap {

class LayerCollection;
class VectorLayer;

/// Clicks on cadastral parcels, to link each one to the household chosen in the Farmer
/// Directory: reports the topmost parcel of a visible cadastral layer under the click.
class ParcelLinkTool : public MapTool {
    Q_OBJECT
public:
    ParcelLinkTool(MapCanvas* canvas, LayerCollection* layers);
    QString name() const override { return tr("Link parcels to the household"); }
    QCursor cursor() const override { return Qt::PointingHandCursor; }
    void mouseRelease(QMouseEvent* event) override;

Q_SIGNALS:
    void parcelClicked(agrimap::VectorLayer* layer, uint32_t feature);
    /// A click that found no cadastral parcel.
    void missed();

private:
    LayerCollection* m_layers;
};

} // namespace agrimap
