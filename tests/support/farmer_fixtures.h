#pragma once

#include "directory/farmer_record.h"

#include <QString>
#include <optional>

namespace agrimap::testing {

/// A farmer of Mỹ Ngãi with a name and, when given, a citizen ID and birth year.
inline FarmerRecord farmerNamed(const QString& name, const QString& cccd = {},
                                std::optional<int> birthYear = std::nullopt,
                                const QString& commune = QStringLiteral("Mỹ Ngãi")) {
    FarmerRecord farmer;
    farmer.fullName = name;
    farmer.cccd = cccd;
    farmer.birthYear = birthYear;
    farmer.commune = commune;
    farmer.hamlet = QStringLiteral("Ấp 3");
    farmer.gender = Gender::Male;
    farmer.phone = QStringLiteral("0912345678");
    farmer.mainCrops = QStringLiteral("xoài, lúa");
    return farmer;
}

} // namespace agrimap::testing
