#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace agrimap {

/// What a layer is to an official; it decides the default style and labels.
enum class LayerRole { Cadastral, LandUse, ProductionArea, Other };

/// The fields that carry a role's meaning, found by name (DOMAIN.md: Circular 25/2014
/// names such as SoHieuToBanDo, SoThuTuThua, KyHieuMucDichSuDung/MDSD, and English ones).
struct RoleFields {
    QString landUseCode;
    QString mapSheet;
    QString parcelNumber;
    QString commune; ///< the commune's name (or code) on a parcel
    QString area;
    QString productionAreaCode;
    QString status;
};

struct RoleDetection {
    LayerRole role = LayerRole::Other;
    RoleFields fields;
};

RoleDetection detectLayerRole(const QStringList& fieldNames);

/// Stable identifier for files ("cadastral", "land_use", "production_area", "other").
QString layerRoleKey(LayerRole role);
LayerRole layerRoleFromKey(const QString& key);

} // namespace agrimap

Q_DECLARE_METATYPE(agrimap::LayerRole)
