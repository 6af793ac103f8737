#pragma once

#include "editing/area_geometry.h"
#include "editing/growing_area.h"

#include <QDate>
#include <QString>

namespace agrimap::testing {

/// A square growing area in VN-2000 metres (EPSG:5897 near Cao Lãnh): side `side` m with its
/// lower-left corner at (x, y); active, with a well-formed code.
inline GrowingArea squareArea(double x, double y, double side, const QString& code,
                              const QString& status = QStringLiteral("active")) {
    GrowingArea area;
    area.attributes.insert(QStringLiteral("code"), code);
    area.attributes.insert(QStringLiteral("name"), QStringLiteral("Vùng %1").arg(code));
    area.attributes.insert(QStringLiteral("crop"), QStringLiteral("xoài"));
    area.attributes.insert(QStringLiteral("commune"), QStringLiteral("Mỹ Ngãi"));
    area.attributes.insert(QStringLiteral("status"), status);
    area.attributes.insert(QStringLiteral("certification"), QStringLiteral("VietGAP"));
    area.attributes.insert(QStringLiteral("valid_from"), QDate(2025, 1, 1));
    area.attributes.insert(QStringLiteral("valid_to"), QDate(2030, 12, 31));
    area.geometryWkb = area_geometry::polygonFromRing(
        {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}});
    return area;
}

inline constexpr double baseX = 560000;
inline constexpr double baseY = 1150000;

} // namespace agrimap::testing
