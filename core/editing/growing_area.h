#pragma once

#include <QByteArray>
#include <QVariantMap>
#include <QtGlobal>
#include <vector>

namespace agrimap {

/// The key of a cadastral parcel (DOMAIN.md): commune, map sheet and parcel number.
struct ParcelKey {
    QString commune;
    QString sheet;
    QString parcel;
    bool operator==(const ParcelKey&) const = default;
};

/// One growing area (vùng trồng) of the `production_areas` layer: its attributes by field
/// name and its boundary as ISO WKB in the layer's projected CRS.
struct GrowingArea {
    qint64 fid = -1; ///< -1 until stored
    QVariantMap attributes;
    QByteArray geometryWkb;
    std::vector<ParcelKey> members; ///< the cadastral parcels it was made of, if any

    QString text(const char* field) const {
        return attributes.value(QLatin1String(field)).toString();
    }
    bool operator==(const GrowingArea&) const = default;
};

/// Field names of the `production_areas` layer (ARCHITECTURE.md, issue "Edit the
/// Agricultural Product Map").
namespace area_field {
inline constexpr const char* code = "code";
inline constexpr const char* name = "name";
inline constexpr const char* crop = "crop";
inline constexpr const char* variety = "variety";
inline constexpr const char* commune = "commune";
inline constexpr const char* communeOld = "commune_old";
inline constexpr const char* hamlet = "hamlet";
inline constexpr const char* areaHa = "area_ha";
inline constexpr const char* households = "households";
inline constexpr const char* certification = "certification";
inline constexpr const char* exportMarket = "export_market";
inline constexpr const char* status = "status";
inline constexpr const char* validFrom = "valid_from";
inline constexpr const char* validTo = "valid_to";
inline constexpr const char* notes = "notes";
inline constexpr const char* createdBy = "created_by";
inline constexpr const char* createdAt = "created_at";
inline constexpr const char* modifiedBy = "modified_by";
inline constexpr const char* modifiedAt = "modified_at";
} // namespace area_field

/// Status values of a production area code (DOMAIN.md).
namespace area_status {
inline constexpr const char* active = "active";
inline constexpr const char* suspended = "suspended";
inline constexpr const char* revoked = "revoked";
inline constexpr const char* expired = "expired";
} // namespace area_status

} // namespace agrimap
