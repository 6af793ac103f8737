#include "growing_area_statistics.h"

#include "editing/growing_area.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <initializer_list>

namespace agrimap {

namespace {

using Kind = StatisticsColumn::Kind;

// Positions of the group fields in AreaGroup::values.
enum GroupIndex { CommuneValue, CropValue, StatusValue, CertificationValue };

int valueIndex(GrowingAreaGrouping grouping) {
    switch (grouping) {
    case GrowingAreaGrouping::Crop:
        return CropValue;
    case GrowingAreaGrouping::Status:
        return StatusValue;
    case GrowingAreaGrouping::Certification:
        return CertificationValue;
    case GrowingAreaGrouping::Commune:
        break;
    }
    return CommuneValue;
}

QString keyOf(GrowingAreaGrouping grouping) {
    switch (grouping) {
    case GrowingAreaGrouping::Crop:
        return QStringLiteral("crop");
    case GrowingAreaGrouping::Status:
        return QStringLiteral("status");
    case GrowingAreaGrouping::Certification:
        return QStringLiteral("certification");
    case GrowingAreaGrouping::Commune:
        break;
    }
    return QStringLiteral("commune");
}

QString findField(const QStringList& fields, std::initializer_list<const char*> candidates) {
    for (const char* candidate : candidates) {
        for (const QString& field : fields) {
            if (field.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
                return field;
        }
    }
    return {};
}

} // namespace

QString growingAreaGroupingName(GrowingAreaGrouping grouping) {
    switch (grouping) {
    case GrowingAreaGrouping::Crop:
        return QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Crop");
    case GrowingAreaGrouping::Status:
        return QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Status");
    case GrowingAreaGrouping::Certification:
        return QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Certification");
    case GrowingAreaGrouping::Commune:
        break;
    }
    return QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Commune");
}

GrowingAreaStatistics::GrowingAreaStatistics(AreaStatistics statistics)
    : m_source(std::move(statistics)) {}

QStringList GrowingAreaStatistics::communes() const {
    QStringList communes;
    for (const AreaGroup& group : m_source.groups)
        communes << group.values.value(CommuneValue);
    communes.removeDuplicates();
    std::sort(communes.begin(), communes.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return communes;
}

StatisticsTable GrowingAreaStatistics::table(GrowingAreaGrouping by,
                                             const std::optional<QString>& commune) const {
    StatisticsTable table;
    table.name = QStringLiteral("growing_areas_by_") + keyOf(by);
    table.title =
        QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Growing areas by %1")
            .arg(growingAreaGroupingName(by).toLower());
    table.columns = {
        {keyOf(by), growingAreaGroupingName(by), Kind::Text},
        {QStringLiteral("areas"),
         QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Growing areas"),
         Kind::Count},
        {QStringLiteral("area_ha"),
         QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Area (ha)"),
         Kind::Hectares},
        {QStringLiteral("share_pct"),
         QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Share (%)"), Kind::Percent},
        {QStringLiteral("households"),
         QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Households (declared)"),
         Kind::Count}};
    struct Totals {
        qint64 areas = 0;
        double areaM2 = 0;
        double households = 0;
    };
    QMap<QString, Totals> byValue;
    Totals all;
    for (const AreaGroup& group : m_source.groups) {
        if (commune && group.values.value(CommuneValue) != *commune)
            continue;
        Totals& totals = byValue[group.values.value(valueIndex(by))];
        totals.areas += group.features;
        totals.areaM2 += group.areaM2;
        totals.households += group.sum;
        all.areas += group.features;
        all.areaM2 += group.areaM2;
        all.households += group.sum;
    }
    for (auto it = byValue.cbegin(); it != byValue.cend(); ++it)
        table.rows.push_back(
            {it.key().isEmpty()
                 ? QCoreApplication::translate("agrimap::GrowingAreaStatistics", "(not set)")
                 : it.key(),
             it->areas, it->areaM2 / 10000.0,
             all.areaM2 > 0 ? 100.0 * it->areaM2 / all.areaM2 : 0.0, qint64(it->households)});
    table.totals = {QCoreApplication::translate("agrimap::GrowingAreaStatistics", "Total"),
                    all.areas, all.areaM2 / 10000.0, all.areaM2 > 0 ? 100.0 : 0.0,
                    qint64(all.households)};
    return table;
}

Result<GrowingAreaStatistics>
computeGrowingAreaStatistics(const GrowingAreaStatisticsRequest& request,
                             const std::atomic_bool& cancel, const StatisticsProgress& progress) {
    Result<QStringList> fields = layerFieldNames(request.path, request.layerName);
    if (!fields)
        return Error{fields.error()};
    AreaStatisticsRequest sums;
    sums.path = request.path;
    sums.layerName = request.layerName;
    sums.assignedCrs = request.assignedCrs;
    sums.groupFields = {
        findField(fields.value(), {area_field::commune, "TenXa", "ten_xa", "Xa"}),
        findField(fields.value(), {area_field::crop, "CayTrong", "LoaiCay", "cay_trong"}),
        findField(fields.value(), {area_field::status, "TrangThai", "TinhTrang", "trang_thai"}),
        findField(fields.value(), {area_field::certification, "ChungNhan", "chung_nhan"})};
    sums.sumField = findField(fields.value(), {area_field::households, "SoHo", "so_ho"});
    Result<AreaStatistics> computed = computeAreaStatistics(sums, cancel, progress);
    if (!computed)
        return Error{computed.error()};
    return GrowingAreaStatistics(std::move(computed).value());
}

} // namespace agrimap
