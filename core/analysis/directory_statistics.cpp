#include "directory_statistics.h"

#include "directory/directory_schema.h"
#include "gdal_environment.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>
#include <gdal_priv.h>
#include <map>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

using Kind = StatisticsColumn::Kind;

// A growing area's farmed area: its households' parcels among its member parcels, or all of
// their parcels when the area lists no members (drawn by hand, not made from parcels).
constexpr const char* areasSql = R"(
SELECT a.fid AS area_fid, a.code AS code, a.name AS name, a.commune AS commune,
  a.households AS declared,
  (SELECT COUNT(DISTINCT fa.farmer_fid) FROM farmer_areas fa WHERE fa.area_fid = a.fid)
    AS linked,
  (SELECT SUM(p.farmed_area_m2) FROM farmer_parcels p
    WHERE p.farmer_fid IN (SELECT fa.farmer_fid FROM farmer_areas fa WHERE fa.area_fid = a.fid)
      AND (NOT EXISTS (SELECT 1 FROM area_members m WHERE m.area_fid = a.fid)
           OR EXISTS (SELECT 1 FROM area_members m WHERE m.area_fid = a.fid
                      AND m.commune = p.commune AND m.sheet = p.sheet AND m.parcel = p.parcel)))
    AS farmed
FROM production_areas a ORDER BY a.code, a.fid)";

constexpr const char* communeHouseholdsSql =
    "SELECT COALESCE(commune, '') AS commune, COUNT(*) AS households FROM farmers GROUP BY 1";
constexpr const char* communeParcelsSql =
    "SELECT COALESCE(f.commune, '') AS commune, COUNT(p.fid) AS parcels, "
    "SUM(p.farmed_area_m2) AS farmed "
    "FROM farmer_parcels p JOIN farmers f ON f.fid = p.farmer_fid GROUP BY 1";

Status runQuery(GDALDataset& dataset, const char* sql, const QString& path,
                const std::function<void(OGRFeature&)>& visit) {
    CPLErrorReset();
    OGRLayer* result = dataset.ExecuteSQL(sql, nullptr, nullptr);
    if (!result)
        return Error{QCoreApplication::translate("agrimap::DirectoryStatistics",
                                                 "Cannot read the Farmer Directory of %1: %2")
                         .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
    for (OGRFeatureUniquePtr row(result->GetNextFeature()); row;
         row.reset(result->GetNextFeature()))
        visit(*row);
    dataset.ReleaseResultSet(result);
    return {};
}

// Columns by name: GDAL may take an id column of a result as the feature id, not a field.
QString text(OGRFeature& row, const char* column) {
    const int field = row.GetFieldIndex(column);
    return field >= 0 && row.IsFieldSetAndNotNull(field)
               ? fromSourceUtf8(row.GetFieldAsString(field)).trimmed()
               : QString();
}

qint64 integer(OGRFeature& row, const char* column) {
    const int field = row.GetFieldIndex(column);
    return field >= 0 ? row.GetFieldAsInteger64(field) : 0;
}

double real(OGRFeature& row, const char* column) {
    const int field = row.GetFieldIndex(column);
    return field >= 0 ? row.GetFieldAsDouble(field) : 0.0;
}

QString communeText(const QString& commune) {
    return commune.isEmpty()
               ? QCoreApplication::translate("agrimap::DirectoryStatistics", "(no commune)")
               : commune;
}

} // namespace

QStringList DirectoryStatistics::communeNames() const {
    QStringList names;
    for (const AreaRow& area : areas)
        names << area.commune;
    for (const CommuneRow& commune : communes)
        names << commune.commune;
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

StatisticsTable DirectoryStatistics::areaTable(const std::optional<QString>& commune) const {
    StatisticsTable table;
    table.name = QStringLiteral("households_by_growing_area");
    table.title =
        QCoreApplication::translate("agrimap::DirectoryStatistics", "Households by growing area");
    table.columns = {
        {QStringLiteral("code"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Code"), Kind::Text},
        {QStringLiteral("name"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Growing area"), Kind::Text},
        {QStringLiteral("commune"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Commune"), Kind::Text},
        {QStringLiteral("households"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Households"), Kind::Count},
        {QStringLiteral("declared_households"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Households (declared)"),
         Kind::Count},
        {QStringLiteral("farmed_ha"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Farmed area (ha)"),
         Kind::Hectares}};
    qint64 households = 0, declared = 0;
    double farmed = 0;
    for (const AreaRow& area : areas) {
        if (commune && area.commune != *commune)
            continue;
        table.rows.push_back({area.code, area.name, communeText(area.commune), area.households,
                              area.declaredHouseholds, area.farmedAreaM2 / 10000.0});
        households += area.households;
        declared += area.declaredHouseholds;
        farmed += area.farmedAreaM2;
    }
    table.totals = {QCoreApplication::translate("agrimap::DirectoryStatistics", "Total"),
                    QString(),
                    QString(),
                    households,
                    declared,
                    farmed / 10000.0};
    return table;
}

StatisticsTable DirectoryStatistics::communeTable() const {
    StatisticsTable table;
    table.name = QStringLiteral("households_by_commune");
    table.title =
        QCoreApplication::translate("agrimap::DirectoryStatistics", "Households by commune");
    table.columns = {
        {QStringLiteral("commune"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Commune"), Kind::Text},
        {QStringLiteral("households"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Households"), Kind::Count},
        {QStringLiteral("parcels"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Farmed parcels"),
         Kind::Count},
        {QStringLiteral("farmed_ha"),
         QCoreApplication::translate("agrimap::DirectoryStatistics", "Farmed area (ha)"),
         Kind::Hectares}};
    qint64 households = 0, parcels = 0;
    double farmed = 0;
    for (const CommuneRow& row : communes) {
        table.rows.push_back(
            {communeText(row.commune), row.households, row.parcels, row.farmedAreaM2 / 10000.0});
        households += row.households;
        parcels += row.parcels;
        farmed += row.farmedAreaM2;
    }
    table.totals = {QCoreApplication::translate("agrimap::DirectoryStatistics", "Total"),
                    households, parcels, farmed / 10000.0};
    return table;
}

Result<DirectoryStatistics> computeDirectoryStatistics(const QString& projectPath) {
    ensureGdalReady();
    CPLErrorReset();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(projectPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return Error{QCoreApplication::translate("agrimap::DirectoryStatistics",
                                                 "Cannot open the project %1: %2")
                         .arg(projectPath, QString::fromUtf8(CPLGetLastErrorMsg()))};
    DirectoryStatistics statistics;
    for (const char* table :
         {directory_table::farmers, directory_table::farmerParcels, directory_table::farmerAreas}) {
        if (!dataset->GetLayerByName(table))
            return statistics; // no directory yet: nothing to count, not an error
    }
    statistics.hasDirectory = true;

    if (dataset->GetLayerByName("production_areas") && dataset->GetLayerByName("area_members")) {
        Status read = runQuery(*dataset, areasSql, projectPath, [&](OGRFeature& row) {
            DirectoryStatistics::AreaRow area;
            area.areaFid =
                row.GetFieldIndex("area_fid") >= 0 ? integer(row, "area_fid") : row.GetFID();
            area.code = text(row, "code");
            area.name = text(row, "name");
            area.commune = text(row, "commune");
            area.declaredHouseholds = integer(row, "declared");
            area.households = integer(row, "linked");
            area.farmedAreaM2 = real(row, "farmed");
            statistics.areas.push_back(area);
        });
        if (!read)
            return Error{read.errorMessage()};
    }

    std::map<QString, DirectoryStatistics::CommuneRow> communes;
    Status read = runQuery(*dataset, communeHouseholdsSql, projectPath, [&](OGRFeature& row) {
        const QString commune = text(row, "commune");
        communes[commune].commune = commune;
        communes[commune].households += integer(row, "households");
    });
    if (read)
        read = runQuery(*dataset, communeParcelsSql, projectPath, [&](OGRFeature& row) {
            const QString commune = text(row, "commune");
            communes[commune].commune = commune;
            communes[commune].parcels += integer(row, "parcels");
            communes[commune].farmedAreaM2 += real(row, "farmed");
        });
    if (!read)
        return Error{read.errorMessage()};
    for (const auto& [name, row] : communes)
        statistics.communes.push_back(row);
    std::sort(
        statistics.communes.begin(), statistics.communes.end(),
        [](const auto& a, const auto& b) { return a.commune.localeAwareCompare(b.commune) < 0; });
    return statistics;
}

} // namespace agrimap
