#pragma once

#include "test_data.h"

#include <QString>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <vector>

namespace agrimap::testing {

/// One polygon of a planted test layer: its shape as WKT and its code.
struct PlantedPolygon {
    PlantedPolygon(QString wktText, QString codeText, QString labelText = {})
        : wkt(std::move(wktText))
        , code(std::move(codeText))
        , label(std::move(labelText)) {}
    QString wkt;
    QString code;
    QString label; ///< written to the "label" field when not empty
};

/// The WKT polygon of the box from (left, bottom) to (right, top).
inline QString boxWkt(double left, double bottom, double right, double top) {
    return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
        .arg(left, 0, 'f', 6)
        .arg(bottom, 0, 'f', 6)
        .arg(right, 0, 'f', 6)
        .arg(top, 0, 'f', 6);
}

/// Writes (or adds to) a GeoPackage a polygon layer `layer` in EPSG `epsg`, with a string
/// field `codeField` and a "label" field. Returns false when GDAL refuses.
inline bool writePlantedLayer(const QString& path, const char* layer, int epsg,
                              const char* codeField, const std::vector<PlantedPolygon>& polygons) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset;
    if (QFileInfo::exists(path))
        dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                        nullptr, nullptr, nullptr));
    else
        dataset.reset(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
            path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    OGRLayer* target = dataset->CreateLayer(layer, &srs, wkbPolygon, nullptr);
    if (!target)
        return false;
    OGRFieldDefn code(codeField, OFTString);
    OGRFieldDefn label("label", OFTString);
    if (target->CreateField(&code) != OGRERR_NONE || target->CreateField(&label) != OGRERR_NONE)
        return false;
    // One transaction: a feature per transaction would wait for the disk each time.
    if (dataset->StartTransaction() != OGRERR_NONE)
        return false;
    for (const PlantedPolygon& polygon : polygons) {
        OGRFeature feature(target->GetLayerDefn());
        feature.SetField(codeField, polygon.code.toUtf8().constData());
        if (!polygon.label.isEmpty())
            feature.SetField("label", polygon.label.toUtf8().constData());
        OGRGeometry* geometry = nullptr;
        const QByteArray wkt = polygon.wkt.toUtf8();
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), &srs, &geometry) != OGRERR_NONE)
            return false;
        feature.SetGeometryDirectly(geometry);
        if (target->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    return dataset->CommitTransaction() == OGRERR_NONE;
}

} // namespace agrimap::testing
