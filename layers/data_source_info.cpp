#include "data_source_info.h"

#include "gdal_source.h"
#include "spatial_reference_crs.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace agrimap {

using detail::gdalLastError;

namespace {

GeometryKind kindOf(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
    case wkbTriangle:
    case wkbPolyhedralSurface:
    case wkbTIN:
        return GeometryKind::Polygon;
    case wkbNone:
        return GeometryKind::None;
    default:
        // Unknown/GeometryCollection (DGN, KML, some CSV): decided per feature while loading.
        return GeometryKind::Polygon;
    }
}

SourceLayerInfo describeVectorLayer(OGRLayer& layer) {
    SourceLayerInfo info;
    info.name = fromSourceUtf8(layer.GetName());
    const OGRwkbGeometryType type = layer.GetGeomType();
    info.geometryKind = kindOf(type);
    info.geometryTypeName = QString::fromLatin1(OGRGeometryTypeToName(type));
    info.featureCount = layer.GetFeatureCount(FALSE);
    info.crs = crsOfSpatialReference(layer.GetSpatialRef());
    OGREnvelope envelope;
    if (layer.GetExtent(&envelope, TRUE) == OGRERR_NONE)
        info.extent =
            QRectF(QPointF(envelope.MinX, envelope.MinY), QPointF(envelope.MaxX, envelope.MaxY));
    const OGRFeatureDefn* definition = layer.GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        info.fieldNames << fromSourceUtf8(definition->GetFieldDefn(i)->GetNameRef());
    info.role = detectLayerRole(info.fieldNames);
    return info;
}

SourceLayerInfo describeRaster(GDALDataset& dataset, const QString& name) {
    SourceLayerInfo info;
    info.name = name;
    info.isRaster = true;
    info.geometryTypeName = QStringLiteral("Raster");
    info.rasterWidth = dataset.GetRasterXSize();
    info.rasterHeight = dataset.GetRasterYSize();
    info.rasterBands = dataset.GetRasterCount();
    info.crs = crsOfSpatialReference(dataset.GetSpatialRef());
    double transform[6];
    if (dataset.GetGeoTransform(transform) == CE_None) {
        const double x0 = transform[0];
        const double y0 = transform[3];
        const double x1 = x0 + info.rasterWidth * transform[1] + info.rasterHeight * transform[2];
        const double y1 = y0 + info.rasterWidth * transform[4] + info.rasterHeight * transform[5];
        info.extent = QRectF(QPointF(x0, y0), QPointF(x1, y1)).normalized();
    }
    return info;
}

} // namespace

Result<DataSourceInfo> probeDataSource(const QString& path) {
    Result<GDALDatasetUniquePtr> opened = detail::openDataset(path);
    if (!opened)
        return opened.error();
    GDALDataset& dataset = *opened.value();
    DataSourceInfo info;
    info.path = path;
    info.driverName = QString::fromLatin1(dataset.GetDriverName());

    if (dataset.GetRasterCount() > 0)
        info.layers.push_back(describeRaster(dataset, QFileInfo(path).completeBaseName()));
    for (OGRLayer* layer : dataset.GetLayers()) {
        if (!layer)
            continue;
        CPLErrorReset();
        SourceLayerInfo layerInfo = describeVectorLayer(*layer);
        if (CPLGetLastErrorType() >= CE_Failure && layerInfo.fieldNames.isEmpty() &&
            layerInfo.featureCount <= 0)
            return Error{QCoreApplication::translate("agrimap::DataSource",
                                                     "%1: layer %2 cannot be read: %3")
                             .arg(path, layerInfo.name, gdalLastError())};
        info.layers.push_back(std::move(layerInfo));
    }
    if (info.layers.empty())
        return Error{
            QCoreApplication::translate("agrimap::DataSource",
                                        "%1: the file holds no layers or images (it is empty).")
                .arg(path)};
    return info;
}

} // namespace agrimap
