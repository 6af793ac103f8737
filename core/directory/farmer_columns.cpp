#include "farmer_columns.h"

#include <QCoreApplication>

namespace agrimap::farmer_columns {

namespace {

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

const char* fieldName(FarmerColumn column) {
    switch (column) {
    case FarmerColumn::HouseholdId:
        return "household_id";
    case FarmerColumn::FullName:
        return "full_name";
    case FarmerColumn::Gender:
        return "gender";
    case FarmerColumn::BirthYear:
        return "birth_year";
    case FarmerColumn::Cccd:
        return "cccd";
    case FarmerColumn::Phone:
        return "phone";
    case FarmerColumn::Commune:
        return "commune";
    case FarmerColumn::CommuneOld:
        return "commune_old";
    case FarmerColumn::Hamlet:
        return "hamlet";
    case FarmerColumn::Cooperative:
        return "cooperative";
    case FarmerColumn::MemberSince:
        return "member_since";
    case FarmerColumn::MainCrops:
        return "main_crops";
    case FarmerColumn::Notes:
        return "notes";
    case FarmerColumn::ModifiedBy:
        return "modified_by";
    case FarmerColumn::ModifiedAt:
        break;
    }
    return "modified_at";
}

QString title(FarmerColumn column) {
    switch (column) {
    case FarmerColumn::HouseholdId:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Household ID");
    case FarmerColumn::FullName:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Head of household");
    case FarmerColumn::Gender:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Gender");
    case FarmerColumn::BirthYear:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Birth year");
    case FarmerColumn::Cccd:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Citizen ID (CCCD)");
    case FarmerColumn::Phone:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Phone");
    case FarmerColumn::Commune:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Commune");
    case FarmerColumn::CommuneOld:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Commune (before 2025)");
    case FarmerColumn::Hamlet:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Hamlet");
    case FarmerColumn::Cooperative:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Cooperative");
    case FarmerColumn::MemberSince:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Member since");
    case FarmerColumn::MainCrops:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Main crops");
    case FarmerColumn::Notes:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Notes");
    case FarmerColumn::ModifiedBy:
        return QCoreApplication::translate("agrimap::FarmerColumns", "Modified by");
    case FarmerColumn::ModifiedAt:
        break;
    }
    return QCoreApplication::translate("agrimap::FarmerColumns", "Modified at");
}

QVariant value(const FarmerRecord& farmer, FarmerColumn column) {
    switch (column) {
    case FarmerColumn::HouseholdId:
        return textOrNull(farmer.householdId);
    case FarmerColumn::FullName:
        return textOrNull(farmer.fullName);
    case FarmerColumn::Gender:
        return textOrNull(genderText(farmer.gender));
    case FarmerColumn::BirthYear:
        return farmer.birthYear ? QVariant(*farmer.birthYear) : QVariant();
    case FarmerColumn::Cccd:
        return textOrNull(farmer.cccd);
    case FarmerColumn::Phone:
        return textOrNull(farmer.phone);
    case FarmerColumn::Commune:
        return textOrNull(farmer.commune);
    case FarmerColumn::CommuneOld:
        return textOrNull(farmer.communeOld);
    case FarmerColumn::Hamlet:
        return textOrNull(farmer.hamlet);
    case FarmerColumn::Cooperative:
        return textOrNull(farmer.cooperative);
    case FarmerColumn::MemberSince:
        return farmer.memberSince.isValid() ? QVariant(farmer.memberSince) : QVariant();
    case FarmerColumn::MainCrops:
        return textOrNull(farmer.mainCrops);
    case FarmerColumn::Notes:
        return textOrNull(farmer.notes);
    case FarmerColumn::ModifiedBy:
        return textOrNull(farmer.modifiedBy);
    case FarmerColumn::ModifiedAt:
        break;
    }
    return farmer.modifiedAt.isValid() ? QVariant(farmer.modifiedAt) : QVariant();
}

QString genderText(Gender gender) {
    switch (gender) {
    case Gender::Female:
        return QCoreApplication::translate("agrimap::FarmerColumns", "female");
    case Gender::Male:
        return QCoreApplication::translate("agrimap::FarmerColumns", "male");
    case Gender::Unspecified:
        break;
    }
    return {};
}

QString tenureText(Tenure tenure) {
    switch (tenure) {
    case Tenure::Tenant:
        return QCoreApplication::translate("agrimap::FarmerColumns", "tenant");
    case Tenure::Other:
        return QCoreApplication::translate("agrimap::FarmerColumns", "other");
    case Tenure::Owner:
        break;
    }
    return QCoreApplication::translate("agrimap::FarmerColumns", "owner");
}

} // namespace agrimap::farmer_columns
