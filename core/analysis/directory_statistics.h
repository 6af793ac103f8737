#pragma once

#include "error.h"
#include "statistics_table.h"

#include <optional>
#include <vector>

namespace agrimap {

/// Aggregates of the Farmer Directory (households and farmed area), never persons: what the
/// open data may publish (DOMAIN.md "Personal data").
struct DirectoryStatistics {
    struct AreaRow {
        qint64 areaFid = -1;
        QString code;
        QString name;
        QString commune;
        qint64 declaredHouseholds = 0; ///< the area's own households field
        qint64 households = 0;         ///< farmers linked to the area (farmer_areas)
        double farmedAreaM2 = 0;       ///< see computeDirectoryStatistics()
    };
    struct CommuneRow {
        QString commune;
        qint64 households = 0;
        qint64 parcels = 0;
        double farmedAreaM2 = 0;
    };

    bool hasDirectory = false; ///< false: the project has no Farmer Directory tables yet
    std::vector<AreaRow> areas;
    std::vector<CommuneRow> communes;

    QStringList communeNames() const;
    /// Households and farmed hectares per growing area (of `commune`, nullopt: all).
    StatisticsTable areaTable(const std::optional<QString>& commune = std::nullopt) const;
    /// Households, parcels and farmed hectares per commune of the households.
    StatisticsTable communeTable() const;
};

/// Reads the directory of the project at `projectPath` (read-only, one SQL query per table;
/// the editor's connection may stay open). Per growing area: its linked households, and the
/// farmed area of their parcels that belong to the area (its member parcels; all their
/// parcels when the area lists none). Per commune (the household's commune): households,
/// the parcels they farm and the farmed area.
Result<DirectoryStatistics> computeDirectoryStatistics(const QString& projectPath);

} // namespace agrimap
