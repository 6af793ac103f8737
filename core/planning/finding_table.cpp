#include "finding_table.h"

#include "gdal_environment.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::planning {

namespace {

Error writeError(const QString& path) {
    return Error{QCoreApplication::translate(
                     "agrimap::planning::FindingTable",
                     "%1 cannot be written: %2. Choose a folder you may write to, with free "
                     "space.")
                     .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
}

OGRFieldType ogrType(QMetaType::Type type) {
    switch (type) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return OFTInteger64;
    case QMetaType::Double:
        return OFTReal;
    default:
        return OFTString;
    }
}

} // namespace

Status writeFindingLayer(const QString& path, const FindingTable& table,
                         const JobControl& control) {
    ensureGdalReady();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return Error{QCoreApplication::translate("agrimap::planning::FindingTable",
                                                 "GDAL has no GeoPackage driver.")};
    GDALDatasetUniquePtr dataset;
    if (QFileInfo::exists(path))
        dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                        nullptr, nullptr, nullptr));
    else
        dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return writeError(path);
    const QByteArray layerName = table.layerName.toUtf8();
    for (int i = 0; i < dataset->GetLayerCount(); ++i) {
        if (layerName == dataset->GetLayer(i)->GetName()) {
            if (dataset->DeleteLayer(i) != OGRERR_NONE)
                return writeError(path);
            break;
        }
    }
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (table.crs.isValid() &&
        srs.SetFromUserInput(table.crs.definition().toUtf8().constData()) != OGRERR_NONE)
        return Error{QCoreApplication::translate("agrimap::planning::FindingTable",
                                                 "%1: the CRS %2 cannot be written.")
                         .arg(path, table.crs.displayName())};
    const QByteArray description = table.title.toUtf8();
    const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", nullptr};
    OGRLayer* layer =
        dataset->CreateLayer(layerName.constData(), table.crs.isValid() ? &srs : nullptr,
                             wkbMultiPolygon, const_cast<char**>(options));
    if (!layer)
        return writeError(path);
    layer->SetMetadataItem("DESCRIPTION", description.constData());
    for (const FindingField& field : table.fields) {
        OGRFieldDefn definition(field.name.toUtf8().constData(), ogrType(field.type));
        if (layer->CreateField(&definition) != OGRERR_NONE)
            return writeError(path);
    }
    if (dataset->StartTransaction() != OGRERR_NONE)
        return writeError(path);
    for (size_t row = 0; row < table.rows.size(); ++row) {
        if (row % 4096 == 0 && control.cancelled()) {
            dataset->RollbackTransaction();
            return Error{
                QCoreApplication::translate("agrimap::planning::FindingTable", "Cancelled.")};
        }
        OGRFeature feature(layer->GetLayerDefn());
        const QVariantList& values = table.rows[row];
        for (int i = 0; i < int(table.fields.size()) && i < values.size(); ++i) {
            const QVariant& value = values[i];
            if (value.isNull())
                continue;
            switch (ogrType(table.fields[size_t(i)].type)) {
            case OFTInteger64:
                feature.SetField(i, GIntBig(value.toLongLong()));
                break;
            case OFTReal:
                feature.SetField(i, value.toDouble());
                break;
            default:
                feature.SetField(i, value.toString().toUtf8().constData());
            }
        }
        const QByteArray& wkb = table.geometries[row];
        OGRGeometry* geometry = nullptr;
        if (!wkb.isEmpty() &&
            OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry,
                                              size_t(wkb.size())) == OGRERR_NONE) {
            feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(geometry));
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            dataset->RollbackTransaction();
            return writeError(path);
        }
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        return writeError(path);
    return {};
}

} // namespace agrimap::planning
