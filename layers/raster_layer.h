#pragma once

#include "data_source_info.h"
#include "map_layer.h"

namespace agrimap {

/// A background image (GeoTIFF or any GDAL raster), warped into the map CRS by GDAL for
/// each frame and read at the resolution of the screen (GDAL picks the overviews).
class RasterLayer : public MapLayer {
    Q_OBJECT
public:
    RasterLayer(const QString& path, const SourceLayerInfo& info, QObject* parent = nullptr);

    const SourceLayerInfo& sourceInfo() const { return m_info; }
    void setMapCrs(const Crs& mapCrs) override;
    void assignCrs(const Crs& crs) override;
    QRectF mapExtent() const override { return m_mapExtent; }
    LayerRenderFunction renderFunction() const override;
    QList<LegendEntry> legend() const override;
    bool isRaster() const override { return true; }

private:
    void updateExtent();

    SourceLayerInfo m_info;
    Crs m_mapCrs;
    QRectF m_mapExtent;
};

/// Draws the part of a raster file that `settings` shows. Runs on any thread.
QImage renderRaster(const QString& path, const Crs& rasterCrs, const MapSettings& settings,
                    const std::atomic_bool& cancel);

} // namespace agrimap
