#include "default_export_profile.h"

#include "gdal_environment.h"
#include "layer_role.h"
#include "personal_data.h"
#include "project_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

struct RoleWording {
    const char* outputName;
    const char* titleVi;
    const char* titleEn;
    const char* descriptionVi;
    const char* descriptionEn;
};

RoleWording wordingFor(LayerRole role) {
    switch (role) {
    case LayerRole::ProductionArea:
        return {"growing_areas", "Vùng trồng", "Growing areas",
                "Vùng trồng có mã số vùng trồng, cây trồng, chứng nhận và trạng thái",
                "Growing areas with production area code, crop, certification and status"};
    case LayerRole::LandUse:
        return {"land_use", "Sử dụng đất", "Land use", "Bản đồ hiện trạng sử dụng đất",
                "Current land-use map"};
    case LayerRole::Cadastral:
        return {"cadastral_parcels", "Thửa đất", "Cadastral parcels",
                "Thửa đất địa chính, không có thông tin chủ sử dụng",
                "Cadastral parcels, without their owners"};
    default:
        return {"", "Lớp", "Layer", "", ""};
    }
}

} // namespace

Result<ExportProfile> defaultExportProfile(const QString& projectPath) {
    ensureGdalReady();
    Result<ProjectDocument> document = project_file::read(projectPath);
    if (!document)
        return document.error();
    const QSet<QString> marked = personal_data::markedFields(projectPath);
    ExportProfile profile;
    profile.title =
        QCoreApplication::translate("agrimap::OpenDataExporter", "Agricultural Product Map — %1")
            .arg(document->title);
    profile.abstract = QStringLiteral(
        "Bản đồ sản phẩm nông nghiệp: vùng trồng, sử dụng đất và thửa đất. / Agricultural "
        "Product Map: growing areas, land use and cadastral parcels.");
    profile.publisher = QStringLiteral("AgriMap");
    // Bottom layer first in a project: publish the top ones (growing areas) first.
    for (auto it = document->layers.rbegin(); it != document->layers.rend(); ++it) {
        GDALDatasetUniquePtr source(
            GDALDataset::Open(it->source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        OGRLayer* layer = !source ? nullptr
                          : it->layerName.isEmpty()
                              ? source->GetLayer(0)
                              : source->GetLayerByName(it->layerName.toUtf8().constData());
        if (!layer)
            continue; // a raster or a missing file: nothing to publish from it
        QStringList fields;
        for (int i = 0; i < layer->GetLayerDefn()->GetFieldCount(); ++i)
            fields << QString::fromUtf8(layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef());
        const LayerRole role =
            it->roleKey.isEmpty() ? detectLayerRole(fields).role : layerRoleFromKey(it->roleKey);
        ExportLayer exported;
        exported.sourcePath = it->source;
        exported.sourceLayer = QString::fromUtf8(layer->GetName());
        const RoleWording wording = wordingFor(role);
        exported.outputName =
            *wording.outputName ? QString::fromLatin1(wording.outputName) : exported.sourceLayer;
        exported.titleVi = QString::fromUtf8(wording.titleVi);
        exported.titleEn = QString::fromUtf8(wording.titleEn);
        exported.descriptionVi = QString::fromUtf8(wording.descriptionVi);
        exported.descriptionEn = QString::fromUtf8(wording.descriptionEn);
        // Editor tracking names officials: it stays in the project.
        for (const QString& field : fields) {
            if (personal_data::reasonFor(exported.sourceLayer, field, marked).isEmpty() &&
                !field.startsWith(QLatin1String("created_")) &&
                !field.startsWith(QLatin1String("modified_")) && field != QLatin1String("notes"))
                exported.fields << field;
        }
        bool taken = false;
        for (const ExportLayer& other : profile.layers)
            taken = taken || other.outputName == exported.outputName;
        if (taken)
            exported.outputName += QStringLiteral("_%1").arg(profile.layers.size() + 1);
        profile.layers.push_back(exported);
    }
    return profile;
}

} // namespace agrimap
