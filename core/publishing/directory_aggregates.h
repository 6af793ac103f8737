#pragma once

#include "error.h"
#include "export_profile.h"

#include <QStringList>
#include <optional>
#include <unordered_map>

namespace agrimap {

/// One aggregate's values by the id of the feature they describe.
struct AggregateValues {
    std::unordered_map<qint64, double> byFeature;
    std::optional<double> otherwise; ///< for a feature not in byFeature; none: NULL
    bool integer = false;

    std::optional<double> of(qint64 feature) const {
        const auto found = byFeature.find(feature);
        return found != byFeature.end() ? std::optional<double>(found->second) : otherwise;
    }
};

/// What the growing areas may publish from the Farmer Directory in place of the persons behind
/// them (issue "Publish open data": "Aggregates are allowed instead"). They are fields of the
/// export profile like any other, computed from the project's tables when the package is
/// written; the names say where they come from, beside the `households` figure officials type
/// in themselves.
namespace directory_aggregates {

/// Distinct households of the Farmer Directory linked to the area (`farmer_areas`).
inline constexpr const char* households = "directory_households";
/// Farmed area (ha) of the linked households' parcels (`farmer_parcels.farmed_area_m2`) that
/// belong to the area (`area_members`); for an area without member parcels, all their parcels.
inline constexpr const char* farmedAreaHa = "directory_farmed_area_ha";

bool isAggregate(const QString& field);

/// The aggregates `layer` can publish: those above when it is the project's own growing-area
/// layer and the project has a Farmer Directory; none otherwise.
QStringList availableFor(const QString& projectPath, const ExportLayer& layer);

/// The values of the aggregate `field` for every growing area of the project.
Result<AggregateValues> compute(const QString& projectPath, const QString& field);

} // namespace directory_aggregates

} // namespace agrimap
