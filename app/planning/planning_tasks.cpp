#include "planning_tasks.h"

#include <QLocale>

namespace agrimap {

namespace {

template <typename T>
bool failed(const Result<T>& result, const planning::JobControl& control,
            PlanningOutcome& outcome) {
    if (result)
        return false;
    outcome.cancelled = control.cancelled();
    outcome.error = result.errorMessage();
    return true;
}

QString hectares(double value) {
    return QLocale().toString(value, 'f', 4);
}

// Writes the findings for the map; an empty result needs no layer.
void writeLayer(PlanningOutcome& outcome, const planning::JobControl& control,
                const QString& layerPath) {
    if (outcome.table.size() == 0)
        return;
    if (Status written = planning::writeFindingLayer(layerPath, outcome.table, control); !written) {
        outcome.cancelled = control.cancelled();
        outcome.error = written.errorMessage();
        return;
    }
    outcome.layerPath = layerPath;
}

QString problemsNote(qint64 failedPairs, qint64 skipped) {
    QString note;
    if (failedPairs > 0)
        note += QLatin1Char(' ') +
                PlanningTasks::tr("%n pair(s) of polygons could not be overlaid (invalid shapes).",
                                  nullptr, int(failedPairs));
    if (skipped > 0)
        note += QLatin1Char(' ') +
                PlanningTasks::tr("%n feature(s) without a readable polygon were left out.",
                                  nullptr, int(skipped));
    return note;
}

} // namespace

PlanningOutcome
PlanningTasks::nonAgricultural(const planning::NonAgriculturalParameters& parameters,
                               const planning::JobControl& control, const QString& layerPath) {
    PlanningOutcome outcome;
    Result<planning::NonAgriculturalResult> result =
        planning::NonAgriculturalCheck::run(parameters, control);
    if (failed(result, control, outcome))
        return outcome;
    outcome.table = result->table();
    double total = 0;
    QSet<qint64> areas;
    for (const planning::NonAgriculturalPiece& piece : result->pieces) {
        total += piece.overlapHa();
        areas.insert(piece.areaFid);
    }
    outcome.summary =
        result->pieces.empty()
            ? tr("No growing area lies on non-agricultural land (%n area(s) checked).", nullptr,
                 int(result->areasChecked))
            : tr("%1 of %2 growing areas lie partly on non-agricultural land: %n piece(s), %3 ha.",
                 nullptr, int(result->pieces.size()))
                  .arg(areas.size())
                  .arg(result->areasChecked)
                  .arg(hectares(total));
    outcome.summary += problemsNote(result->failedPairs, result->skipped);
    writeLayer(outcome, control, layerPath);
    return outcome;
}

PlanningOutcome PlanningTasks::parcelCodes(const planning::ParcelCodeParameters& parameters,
                                           const planning::JobControl& control,
                                           const QString& layerPath) {
    PlanningOutcome outcome;
    Result<planning::ParcelCodeResult> result = planning::ParcelCodeCheck::run(parameters, control);
    if (failed(result, control, outcome))
        return outcome;
    outcome.table = result->table();
    outcome.summary = tr("%n parcel(s) differ from the land-use map beyond the threshold", nullptr,
                         int(result->mismatches.size())) +
                      QLatin1Char(' ') +
                      tr("(%n parcel(s) checked).", nullptr, int(result->parcelsChecked));
    if (result->parcelsWithoutCode > 0)
        outcome.summary += QLatin1Char(' ') + tr("%n parcel(s) have no code and were not checked.",
                                                 nullptr, int(result->parcelsWithoutCode));
    outcome.summary += problemsNote(result->failedPairs, result->skipped);
    writeLayer(outcome, control, layerPath);
    return outcome;
}

PlanningOutcome PlanningTasks::comparison(const planning::ComparisonParameters& parameters,
                                          const planning::JobControl& control,
                                          const QString& layerPath) {
    PlanningOutcome outcome;
    Result<planning::ComparisonResult> result =
        planning::LandUseComparison::run(parameters, control);
    if (failed(result, control, outcome))
        return outcome;
    outcome.table = result->table();
    outcome.matrix = result->matrix;
    outcome.summary = tr("Compared %1 ha (in %2): %3 ha changed code, in %n piece(s) listed.",
                         nullptr, int(result->changes.size()))
                          .arg(hectares(result->comparedM2 / 10000.0), result->crs.displayName(),
                               hectares(result->matrix.changedHectares()));
    const double onlyFirst = (result->firstM2 - result->comparedM2) / 10000.0;
    const double onlySecond = (result->secondM2 - result->comparedM2) / 10000.0;
    if (onlyFirst > 1e-4 || onlySecond > 1e-4)
        outcome.summary += QLatin1Char(' ') + tr("Only in the first layer: %1 ha; only in the "
                                                 "second: %2 ha.")
                                                  .arg(hectares(std::max(onlyFirst, 0.0)),
                                                       hectares(std::max(onlySecond, 0.0)));
    outcome.summary += problemsNote(result->failedPairs, result->skipped);
    writeLayer(outcome, control, layerPath);
    return outcome;
}

} // namespace agrimap
