#include "layer_role.h"

#include <initializer_list>

namespace agrimap {

namespace {

// Field names compared without case, spaces and underscores.
QString simplified(const QString& name) {
    QString key = name.toLower();
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    return key;
}

QString findField(const QStringList& fieldNames, std::initializer_list<const char*> candidates) {
    for (const char* candidate : candidates) {
        const QString wanted = simplified(QString::fromLatin1(candidate));
        for (const QString& field : fieldNames) {
            if (simplified(field) == wanted)
                return field;
        }
    }
    return {};
}

} // namespace

RoleDetection detectLayerRole(const QStringList& fieldNames) {
    RoleDetection detection;
    RoleFields& fields = detection.fields;
    fields.landUseCode =
        findField(fieldNames, {"KyHieuMucDichSuDung", "MDSD", "MucDichSuDung", "LoaiDat",
                               "land_use", "landuse", "land_use_code", "MaLoaiDat", "KHMDSD"});
    fields.mapSheet = findField(fieldNames, {"SoHieuToBanDo", "SoTo", "ToBanDo", "SHBanDo",
                                             "map_sheet", "sheet", "sheet_no"});
    fields.parcelNumber = findField(fieldNames, {"SoThuTuThua", "SoThua", "SoHieuThua", "parcel_no",
                                                 "parcel", "parcel_number"});
    fields.commune = findField(fieldNames, {"TenXa", "ten_xa", "commune", "Xa", "MaXa", "ma_xa"});
    fields.area = findField(
        fieldNames, {"DienTich", "DienTichPhapLy", "area_m2", "area", "area_ha", "Shape_Area"});
    fields.productionAreaCode =
        findField(fieldNames, {"production_area_code", "MaVungTrong", "MaSoVungTrong", "puc",
                               "area_code", "code"});
    fields.status = findField(fieldNames, {"status", "TrangThai", "TinhTrang"});

    const bool hasCrop = !findField(fieldNames, {"crop", "CayTrong", "LoaiCay"}).isEmpty();
    const bool explicitProductionCode =
        !findField(fieldNames, {"production_area_code", "MaVungTrong", "MaSoVungTrong", "puc"})
             .isEmpty();

    if (!fields.mapSheet.isEmpty() && !fields.parcelNumber.isEmpty())
        detection.role = LayerRole::Cadastral;
    else if (explicitProductionCode ||
             (!fields.productionAreaCode.isEmpty() && (hasCrop || !fields.status.isEmpty())))
        detection.role = LayerRole::ProductionArea;
    else if (!fields.landUseCode.isEmpty())
        detection.role = LayerRole::LandUse;
    return detection;
}

QString layerRoleKey(LayerRole role) {
    switch (role) {
    case LayerRole::Cadastral:
        return QStringLiteral("cadastral");
    case LayerRole::LandUse:
        return QStringLiteral("land_use");
    case LayerRole::ProductionArea:
        return QStringLiteral("production_area");
    case LayerRole::Other:
        break;
    }
    return QStringLiteral("other");
}

LayerRole layerRoleFromKey(const QString& key) {
    for (LayerRole role : {LayerRole::Cadastral, LayerRole::LandUse, LayerRole::ProductionArea}) {
        if (layerRoleKey(role) == key)
            return role;
    }
    return LayerRole::Other;
}

} // namespace agrimap
