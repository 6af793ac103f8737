#pragma once

#include "farmer_record.h"

#include <QString>
#include <QVariant>
#include <array>

namespace agrimap {

/// The columns of the Farmer Directory as people see them: in the directory panel, its sort
/// and its exported tables.
enum class FarmerColumn {
    HouseholdId,
    FullName,
    Gender,
    BirthYear,
    Cccd,
    Phone,
    Commune,
    CommuneOld,
    Hamlet,
    Cooperative,
    MemberSince,
    MainCrops,
    Notes,
    ModifiedBy,
    ModifiedAt,
};

namespace farmer_columns {

/// Every column, in the order a table shows them.
inline constexpr std::array all = {
    FarmerColumn::HouseholdId, FarmerColumn::FullName,    FarmerColumn::Gender,
    FarmerColumn::BirthYear,   FarmerColumn::Cccd,        FarmerColumn::Phone,
    FarmerColumn::Commune,     FarmerColumn::CommuneOld,  FarmerColumn::Hamlet,
    FarmerColumn::Cooperative, FarmerColumn::MemberSince, FarmerColumn::MainCrops,
    FarmerColumn::Notes,       FarmerColumn::ModifiedBy,  FarmerColumn::ModifiedAt,
};

/// The column of the `farmers` table it shows.
const char* fieldName(FarmerColumn column);
/// Its heading, in the user's language.
QString title(FarmerColumn column);
/// The value of `farmer` in it: text, an integer or a date (null when empty); gender as
/// people read it.
QVariant value(const FarmerRecord& farmer, FarmerColumn column);

QString genderText(Gender gender);
QString tenureText(Tenure tenure);

} // namespace farmer_columns

} // namespace agrimap
