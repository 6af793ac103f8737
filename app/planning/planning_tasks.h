#pragma once

#include "planning/finding_table.h"
#include "planning/land_use_comparison.h"
#include "planning/non_agricultural_check.h"
#include "planning/parcel_code_check.h"

#include <QCoreApplication>
#include <optional>

namespace agrimap {

/// What a planning check run by the dock produced: the findings, the matrix of a
/// comparison, a one-line summary, and the GeoPackage written for the result layer.
struct PlanningOutcome {
    QString error; ///< empty when the check ran to the end
    bool cancelled = false;
    planning::FindingTable table;
    std::optional<planning::TransitionMatrix> matrix;
    QString summary;
    QString layerPath; ///< the findings as a layer (empty when there is none)
};

/// The three checks as the dock runs them on a worker thread: check, summarise, write the
/// findings to `layerPath` (a GeoPackage) for the map.
class PlanningTasks {
    Q_DECLARE_TR_FUNCTIONS(agrimap::PlanningTasks)
public:
    static PlanningOutcome nonAgricultural(const planning::NonAgriculturalParameters& parameters,
                                           const planning::JobControl& control,
                                           const QString& layerPath);
    static PlanningOutcome parcelCodes(const planning::ParcelCodeParameters& parameters,
                                       const planning::JobControl& control,
                                       const QString& layerPath);
    static PlanningOutcome comparison(const planning::ComparisonParameters& parameters,
                                      const planning::JobControl& control,
                                      const QString& layerPath);
};

} // namespace agrimap
