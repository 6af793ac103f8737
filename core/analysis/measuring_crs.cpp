#include "measuring_crs.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace agrimap {

namespace {

// VN-2000 transverse Mercator zones and their central meridians (EPSG, PROJ 9 database).
constexpr std::pair<int, double> vn2000Zones[] = {
    {5896, 102.0},  {9205, 103.0},  {9206, 104.0},  {9207, 104.5},  {9208, 104.75}, {5897, 105.0},
    {9209, 105.5},  {9210, 105.75}, {9211, 106.0},  {9212, 106.25}, {9213, 106.5},  {9214, 107.0},
    {9215, 107.25}, {9216, 107.5},  {5899, 107.75}, {5898, 108.0},  {9217, 108.25}, {9218, 108.5},
};

// Beyond this distance from every VN-2000 meridian the data is not Vietnamese.
constexpr double widestZoneHalfWidthDegrees = 3.0;

} // namespace

Crs measuringCrsFor(const Crs& layerCrs, double centreLongitude, double centreLatitude) {
    if (!layerCrs.isValid() || !layerCrs.isGeographic())
        return layerCrs;
    int nearest = 0;
    double nearestDistance = 360;
    for (const auto& [epsg, meridian] : vn2000Zones) {
        const double distance = std::abs(centreLongitude - meridian);
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = epsg;
        }
    }
    if (nearestDistance <= widestZoneHalfWidthDegrees)
        return Crs::fromEpsg(nearest);
    const int zone = std::clamp(int(std::floor((centreLongitude + 180.0) / 6.0)) + 1, 1, 60);
    return Crs::fromEpsg((centreLatitude >= 0 ? 32600 : 32700) + zone);
}

} // namespace agrimap
