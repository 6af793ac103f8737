#pragma once

#include "area_statistics.h"
#include "statistics_table.h"

#include <QMetaType>
#include <optional>

namespace agrimap {

/// Growing areas to sum up: the project's `production_areas` layer or any production-area
/// layer. Fields are found by name (crop, status, certification, commune, households and
/// their Vietnamese names); a missing one groups everything as "(not set)".
struct GrowingAreaStatisticsRequest {
    QString path;
    QString layerName = QStringLiteral("production_areas");
    Crs assignedCrs;
};

enum class GrowingAreaGrouping { Crop, Status, Certification, Commune };

/// Growing areas by crop, status, certification or commune: how many, hectares (measured
/// from their boundaries), share, and the households the areas declare.
class GrowingAreaStatistics {
public:
    GrowingAreaStatistics() = default;
    /// `statistics` grouped by commune, crop, status and certification, households summed.
    explicit GrowingAreaStatistics(AreaStatistics statistics);

    const AreaStatistics& source() const { return m_source; }
    QStringList communes() const;
    /// One row per value of `by` within `commune` (nullopt: every commune), a total row.
    StatisticsTable table(GrowingAreaGrouping by,
                          const std::optional<QString>& commune = std::nullopt) const;

private:
    AreaStatistics m_source;
};

Result<GrowingAreaStatistics>
computeGrowingAreaStatistics(const GrowingAreaStatisticsRequest& request,
                             const std::atomic_bool& cancel,
                             const StatisticsProgress& progress = {});

/// "Crop", "Status", … translated, for choosers.
QString growingAreaGroupingName(GrowingAreaGrouping grouping);

} // namespace agrimap
Q_DECLARE_METATYPE(agrimap::GrowingAreaGrouping)
