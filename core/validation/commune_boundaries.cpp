#include "commune_boundaries.h"

#include "gdal_environment.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QDir>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

Result<std::vector<CommuneBoundary>>
loadCommuneBoundaries(const EditSettings& settings, const QString& projectDir, const Crs& crs) {
    std::vector<CommuneBoundary> communes;
    if (settings.communeSource.isEmpty())
        return communes;
    ensureGdalReady();
    const QString path = QDir(projectDir).absoluteFilePath(settings.communeSource);
    const auto fail = [&](const QString& reason) {
        return Error{QCoreApplication::translate("agrimap::AreaRules",
                                                 "Cannot read the communes from %1: %2")
                         .arg(path, reason)};
    };
    CPLErrorReset();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return fail(QString::fromUtf8(CPLGetLastErrorMsg()));
    OGRLayer* layer = settings.communeLayer.isEmpty()
                          ? dataset->GetLayer(0)
                          : dataset->GetLayerByName(settings.communeLayer.toUtf8().constData());
    if (!layer)
        return fail(QCoreApplication::translate("agrimap::AreaRules", "no layer %1")
                        .arg(settings.communeLayer));
    const int nameField =
        layer->GetLayerDefn()->GetFieldIndex(settings.communeNameField.toUtf8().constData());
    if (nameField < 0)
        return fail(QCoreApplication::translate("agrimap::AreaRules", "no field %1")
                        .arg(settings.communeNameField));
    OGRSpatialReference target;
    target.SetFromUserInput(crs.definition().toUtf8().constData());
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (const OGRSpatialReference* source = layer->GetSpatialRef();
        source && !source->IsSame(&target))
        transform.reset(OGRCreateCoordinateTransformation(source, &target));
    for (const auto& feature : *layer) {
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry)
            continue;
        if (transform && geometry->transform(transform.get()) != OGRERR_NONE)
            return fail(
                QCoreApplication::translate("agrimap::AreaRules", "cannot reproject commune %1")
                    .arg(feature->GetFID()));
        QByteArray wkb(qsizetype(geometry->WkbSize()), Qt::Uninitialized);
        geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso);
        communes.push_back({fromSourceUtf8(feature->GetFieldAsString(nameField)), wkb});
    }
    return communes;
}

} // namespace agrimap
