#pragma once

#include "area_statistics.h"
#include "statistics_table.h"

#include <QColor>
#include <functional>
#include <optional>

namespace agrimap {

/// Land use to sum up: any layer with a land-use code field (a land-use map, cadastral
/// parcels) and, when it has one, a commune field.
struct LandUseStatisticsRequest {
    QString path;
    QString layerName; ///< empty: the first layer
    QString codeField; ///< empty: found by name (KyHieuMucDichSuDung, MDSD, land_use …)
    /// nullopt: found by name (TenXa, MaXa, commune …), if the layer has one; empty: none
    std::optional<QString> communeField;
    Crs assignedCrs;                                            ///< for a file without a CRS
    TextEncodingChoice textEncoding = TextEncodingChoice::Auto; ///< see AreaStatisticsRequest
};

/// Parcels and hectares of one land-use code in one commune.
struct LandUseCell {
    QString commune; ///< empty when the layer has no commune field or the value is unset
    QString code;    ///< trimmed, upper case; empty when unset
    qint64 parcels = 0;
    double areaM2 = 0;

    double hectares() const { return areaM2 / 10000.0; }
};

/// Area by land-use code per commune: hectares, share and parcel count, as tables.
class LandUseStatistics {
public:
    LandUseStatistics() = default;
    /// Regroups `statistics` computed with the commune and code fields as group fields.
    LandUseStatistics(AreaStatistics statistics, QString codeField, QString communeField);

    const AreaStatistics& source() const { return m_source; }
    QString codeField() const { return m_codeField; }
    /// Empty when the layer has no commune field: every cell then has an empty commune.
    QString communeField() const { return m_communeField; }
    const std::vector<LandUseCell>& cells() const { return m_cells; }

    /// The communes, sorted (an empty one for parcels without a commune).
    QStringList communes() const;
    /// Codes with their parcels and area within `commune` (nullopt: every commune), by code.
    std::vector<LandUseCell> byCode(const std::optional<QString>& commune = std::nullopt) const;
    double totalAreaM2(const std::optional<QString>& commune = std::nullopt) const;
    qint64 totalParcels(const std::optional<QString>& commune = std::nullopt) const;

    /// Names of codes for the tables' "Land use" column (e.g. from the style file), optional.
    using CodeNamer = std::function<QString(const QString& code)>;

    /// One row per code: code, name, parcels, hectares, share of the total (%), a total row.
    StatisticsTable codeTable(const std::optional<QString>& commune = std::nullopt,
                              const CodeNamer& names = {}) const;
    /// One row per commune and code: hectares and share within the commune (each commune's
    /// shares add up to 100 %), and a total row.
    StatisticsTable communeTable(const std::optional<QString>& commune = std::nullopt,
                                 const CodeNamer& names = {}) const;
    /// One row per commune: parcels, hectares, share of the whole layer.
    StatisticsTable communeTotalsTable() const;

private:
    AreaStatistics m_source;
    QString m_codeField;
    QString m_communeField;
    std::vector<LandUseCell> m_cells; ///< sorted by commune, then code
};

/// Finds the code and commune fields (unless given), then sums the layer
/// (computeAreaStatistics). Fails when the layer has no land-use code field.
Result<LandUseStatistics> computeLandUseStatistics(const LandUseStatisticsRequest& request,
                                                   const std::atomic_bool& cancel,
                                                   const StatisticsProgress& progress = {});

/// What a table shows for an empty commune or code.
QString noCommuneText();
QString noCodeText();

} // namespace agrimap
