#pragma once

#include "crs.h"
#include "error.h"
#include "flat_geometries.h"
#include "layer_role.h"

#include <QRectF>
#include <QStringList>
#include <vector>

namespace agrimap {

/// What a data source holds, read without loading its features.
struct SourceLayerInfo {
    QString name;
    bool isRaster = false;
    GeometryKind geometryKind = GeometryKind::None;
    QString geometryTypeName; ///< GDAL's name: "Polygon", "Multi Polygon", "Raster" …
    qint64 featureCount = -1; ///< -1 when the driver cannot tell cheaply
    Crs crs;                  ///< invalid when the file has none or one PROJ cannot read
    QRectF extent;            ///< in the layer's own CRS
    QStringList fieldNames;
    RoleDetection role;
    int rasterWidth = 0;
    int rasterHeight = 0;
    int rasterBands = 0;
};

struct DataSourceInfo {
    QString path;
    QString driverName; ///< "GPKG", "ESRI Shapefile", …
    std::vector<SourceLayerInfo> layers;
};

/// Opens `path` through GDAL and lists its layers (vector layers, and the image itself for a
/// raster). A missing, empty, damaged or unsupported file gives an error that names the file.
Result<DataSourceInfo> probeDataSource(const QString& path);

} // namespace agrimap
