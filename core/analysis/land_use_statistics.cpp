#include "land_use_statistics.h"

#include "layer_role.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace agrimap {

namespace {

using Kind = StatisticsColumn::Kind;

bool inCommune(const LandUseCell& cell, const std::optional<QString>& commune) {
    return !commune || cell.commune == *commune;
}

double share(double part, double whole) {
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

QString communeText(const QString& commune) {
    return commune.isEmpty() ? noCommuneText() : commune;
}

QString codeText(const QString& code) {
    return code.isEmpty() ? noCodeText() : code;
}

// The columns of the tables, each with its key in exported files and its title.
StatisticsColumn communeColumn() {
    return {QStringLiteral("commune"),
            QCoreApplication::translate("agrimap::LandUseStatistics", "Commune"), Kind::Text};
}
StatisticsColumn codeColumn() {
    return {QStringLiteral("code"),
            QCoreApplication::translate("agrimap::LandUseStatistics", "Code"), Kind::Text};
}
StatisticsColumn nameColumn() {
    return {QStringLiteral("name"),
            QCoreApplication::translate("agrimap::LandUseStatistics", "Land use"), Kind::Text};
}
StatisticsColumn parcelsColumn() {
    return {QStringLiteral("parcels"),
            QCoreApplication::translate("agrimap::LandUseStatistics", "Parcels"), Kind::Count};
}
StatisticsColumn areaColumn() {
    return {QStringLiteral("area_ha"),
            QCoreApplication::translate("agrimap::LandUseStatistics", "Area (ha)"), Kind::Hectares};
}
StatisticsColumn shareColumn() {
    return {QStringLiteral("share_pct"),
            QCoreApplication::translate("agrimap::LandUseStatistics", "Share (%)"), Kind::Percent};
}
StatisticsColumn shareOfCommuneColumn() {
    return {QStringLiteral("share_pct"),
            QCoreApplication::translate("agrimap::LandUseStatistics", "Share of commune (%)"),
            Kind::Percent};
}

} // namespace

QString noCommuneText() {
    return QCoreApplication::translate("agrimap::LandUseStatistics", "(no commune)");
}

QString noCodeText() {
    return QCoreApplication::translate("agrimap::LandUseStatistics", "(no code)");
}

LandUseStatistics::LandUseStatistics(AreaStatistics statistics, QString codeField,
                                     QString communeField)
    : m_source(std::move(statistics))
    , m_codeField(std::move(codeField))
    , m_communeField(std::move(communeField)) {
    // Codes are compared as officials write them, whatever the case ("luc" is LUC).
    QMap<std::pair<QString, QString>, LandUseCell> cells;
    for (const AreaGroup& group : m_source.groups) {
        const QString commune = group.values.value(0);
        const QString code = group.values.value(1).toUpper();
        LandUseCell& cell = cells[{commune, code}];
        cell.commune = commune;
        cell.code = code;
        cell.parcels += group.features;
        cell.areaM2 += group.areaM2;
    }
    for (const LandUseCell& cell : cells)
        m_cells.push_back(cell);
    std::stable_sort(m_cells.begin(), m_cells.end(), [](const auto& a, const auto& b) {
        const int byCommune = QString::localeAwareCompare(a.commune, b.commune);
        return byCommune != 0 ? byCommune < 0 : a.code < b.code;
    });
}

QStringList LandUseStatistics::communes() const {
    QStringList communes;
    for (const LandUseCell& cell : m_cells) {
        if (communes.isEmpty() || communes.constLast() != cell.commune)
            communes << cell.commune;
    }
    communes.removeDuplicates();
    return communes;
}

std::vector<LandUseCell> LandUseStatistics::byCode(const std::optional<QString>& commune) const {
    QMap<QString, LandUseCell> codes;
    for (const LandUseCell& cell : m_cells) {
        if (!inCommune(cell, commune))
            continue;
        LandUseCell& total = codes[cell.code];
        total.code = cell.code;
        total.commune = commune.value_or(QString());
        total.parcels += cell.parcels;
        total.areaM2 += cell.areaM2;
    }
    return {codes.cbegin(), codes.cend()};
}

double LandUseStatistics::totalAreaM2(const std::optional<QString>& commune) const {
    double total = 0;
    for (const LandUseCell& cell : m_cells) {
        if (inCommune(cell, commune))
            total += cell.areaM2;
    }
    return total;
}

qint64 LandUseStatistics::totalParcels(const std::optional<QString>& commune) const {
    qint64 total = 0;
    for (const LandUseCell& cell : m_cells) {
        if (inCommune(cell, commune))
            total += cell.parcels;
    }
    return total;
}

StatisticsTable LandUseStatistics::codeTable(const std::optional<QString>& commune,
                                             const CodeNamer& names) const {
    StatisticsTable table;
    table.name = QStringLiteral("land_use_by_code");
    table.title = commune
                      ? QCoreApplication::translate("agrimap::LandUseStatistics", "Land use of %1")
                            .arg(communeText(*commune))
                      : QCoreApplication::translate("agrimap::LandUseStatistics", "Land use");
    table.columns = {codeColumn(), nameColumn(), parcelsColumn(), areaColumn(), shareColumn()};
    const double total = totalAreaM2(commune);
    for (const LandUseCell& cell : byCode(commune))
        table.rows.push_back({codeText(cell.code), names ? names(cell.code) : QString(),
                              cell.parcels, cell.hectares(), share(cell.areaM2, total)});
    table.totals = {QCoreApplication::translate("agrimap::LandUseStatistics", "Total"), QString(),
                    totalParcels(commune), total / 10000.0, total > 0 ? 100.0 : 0.0};
    return table;
}

StatisticsTable LandUseStatistics::communeTable(const std::optional<QString>& commune,
                                                const CodeNamer& names) const {
    StatisticsTable table;
    table.name = QStringLiteral("land_use_by_commune");
    table.title = QCoreApplication::translate("agrimap::LandUseStatistics", "Land use by commune");
    table.columns = {communeColumn(), codeColumn(), nameColumn(),
                     parcelsColumn(), areaColumn(), shareOfCommuneColumn()};
    QMap<QString, double> communeTotals;
    for (const LandUseCell& cell : m_cells)
        communeTotals[cell.commune] += cell.areaM2;
    for (const LandUseCell& cell : m_cells) {
        if (!inCommune(cell, commune))
            continue;
        table.rows.push_back({communeText(cell.commune), codeText(cell.code),
                              names ? names(cell.code) : QString(), cell.parcels, cell.hectares(),
                              share(cell.areaM2, communeTotals[cell.commune])});
    }
    table.totals = {QCoreApplication::translate("agrimap::LandUseStatistics", "Total"),
                    QString(),
                    QString(),
                    totalParcels(commune),
                    totalAreaM2(commune) / 10000.0,
                    QVariant()};
    return table;
}

StatisticsTable LandUseStatistics::communeTotalsTable() const {
    StatisticsTable table;
    table.name = QStringLiteral("communes");
    table.title = QCoreApplication::translate("agrimap::LandUseStatistics", "Communes");
    table.columns = {communeColumn(), parcelsColumn(), areaColumn(), shareColumn()};
    const double total = totalAreaM2();
    for (const QString& commune : communes())
        table.rows.push_back({communeText(commune), totalParcels(commune),
                              totalAreaM2(commune) / 10000.0, share(totalAreaM2(commune), total)});
    table.totals = {QCoreApplication::translate("agrimap::LandUseStatistics", "Total"),
                    totalParcels(), total / 10000.0, total > 0 ? 100.0 : 0.0};
    return table;
}

Result<LandUseStatistics> computeLandUseStatistics(const LandUseStatisticsRequest& request,
                                                   const std::atomic_bool& cancel,
                                                   const StatisticsProgress& progress) {
    QString codeField = request.codeField;
    QString communeField = request.communeField.value_or(QString());
    if (codeField.isEmpty() || !request.communeField) {
        Result<QStringList> fields = layerFieldNames(request.path, request.layerName);
        if (!fields)
            return Error{fields.error()};
        const RoleDetection detected = detectLayerRole(fields.value());
        if (codeField.isEmpty())
            codeField = detected.fields.landUseCode;
        if (!request.communeField)
            communeField = detected.fields.commune;
        if (codeField.isEmpty())
            return Error{QCoreApplication::translate(
                             "agrimap::LandUseStatistics",
                             "%1 has no land-use code field (such as KyHieuMucDichSuDung, MDSD "
                             "or land_use). Choose the field that holds the codes.")
                             .arg(request.layerName.isEmpty()
                                      ? request.path
                                      : request.path + QLatin1Char(':') + request.layerName)};
    }
    AreaStatisticsRequest sums;
    sums.path = request.path;
    sums.layerName = request.layerName;
    sums.groupFields = {communeField, codeField};
    sums.assignedCrs = request.assignedCrs;
    sums.textEncoding = request.textEncoding;
    Result<AreaStatistics> computed = computeAreaStatistics(sums, cancel, progress);
    if (!computed)
        return Error{computed.error()};
    return LandUseStatistics(std::move(computed).value(), codeField, communeField);
}

} // namespace agrimap
