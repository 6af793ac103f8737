#pragma once

#include <QString>
#include <optional>

namespace agrimap::benchmarks {

/// What qgis_validate.py measured: QGIS's "Check validity" (GEOS) and a self-intersection
/// overlap check on one GeoPackage layer.
struct QgisValidateFigures {
    double startupMs = 0;  ///< QgsApplication and processing start, not counted in totalMs
    double validityMs = 0; ///< qgis:checkvalidity
    double overlapMs = 0;  ///< native:intersection with itself + counting the pairs
    double totalMs = 0;    ///< opening the layer + validity + overlaps
    long long features = 0;
    long long invalid = 0;
    long long overlaps = 0; ///< pairs of distinct areas overlapping by more than 1 m²
};

/// Runs the script on `layer` of `gpkg`; nullopt when QGIS (python3-qgis) is not there or
/// the script did not give its figures.
std::optional<QgisValidateFigures> runQgisValidate(const QString& gpkg, const QString& layer);

} // namespace agrimap::benchmarks
