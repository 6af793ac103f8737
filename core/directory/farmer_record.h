#pragma once

#include "editing/growing_area.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace agrimap {

enum class Gender { Unspecified, Female, Male };

/// One household of the Farmer Directory (`farmers` table). Names, the citizen ID, phone,
/// birth year, hamlet and notes are personal data (Decree 13/2023/NĐ-CP): the project marks
/// them in `agrimap_personal_fields` and the open-data export leaves them out.
struct FarmerRecord {
    qint64 fid = -1; ///< -1 until stored
    QString householdId;
    QString fullName;
    Gender gender = Gender::Unspecified;
    std::optional<int> birthYear;
    QString cccd; ///< citizen ID (căn cước công dân), 12 digits
    QString phone;
    QString commune;
    QString communeOld; ///< before the 2025 merger, as old cadastral data is keyed
    QString hamlet;
    QString cooperative; ///< the name of its cooperative (cooperatives.name), if any
    QDate memberSince;
    QString mainCrops;
    QString notes;
    // Filled by the store on every write.
    QString createdBy;
    QDateTime createdAt;
    QString modifiedBy;
    QDateTime modifiedAt;

    bool operator==(const FarmerRecord&) const = default;
};

enum class Tenure { Owner, Tenant, Other };

/// A cadastral parcel a farmer farms (`farmer_parcels` row).
struct FarmerParcel {
    qint64 fid = -1; ///< the link's own id; -1 until stored
    qint64 farmerFid = -1;
    ParcelKey parcel;
    std::optional<double> farmedAreaM2;
    Tenure tenure = Tenure::Owner;

    bool operator==(const FarmerParcel&) const = default;
};

/// A growing area a farmer belongs to (`farmer_areas` row).
struct FarmerArea {
    qint64 fid = -1; ///< the link's own id; -1 until stored
    qint64 farmerFid = -1;
    qint64 areaFid = -1; ///< production_areas fid

    bool operator==(const FarmerArea&) const = default;
};

} // namespace agrimap
