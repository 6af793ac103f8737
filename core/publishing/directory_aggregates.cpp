#include "directory_aggregates.h"

#include "gdal_environment.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::directory_aggregates {

namespace {

// The project's growing areas and the tables the aggregates read (ProjectStore and
// ensureDirectorySchema create them).
constexpr const char* areasLayer = "production_areas";

// A link counts only while its farmer exists; a household linked twice counts once.
constexpr const char* householdsSql =
    "SELECT fa.area_fid, count(DISTINCT fa.farmer_fid) FROM farmer_areas fa "
    "JOIN farmers f ON f.fid = fa.farmer_fid GROUP BY fa.area_fid";

// total() is 0 over no rows and skips parcels without a recorded farmed area. The area's id
// is an expression: GDAL would take a bare primary key for the result's own feature id.
constexpr const char* farmedAreaSql =
    "SELECT a.fid + 0, total(p.farmed_area_m2) / 10000.0 FROM production_areas a "
    "JOIN farmer_parcels p ON p.farmer_fid IN (SELECT fa.farmer_fid FROM farmer_areas fa "
    "JOIN farmers f ON f.fid = fa.farmer_fid WHERE fa.area_fid = a.fid) "
    "WHERE NOT EXISTS (SELECT 1 FROM area_members m WHERE m.area_fid = a.fid) "
    "OR EXISTS (SELECT 1 FROM area_members m WHERE m.area_fid = a.fid AND "
    "m.commune = p.commune AND m.sheet = p.sheet AND m.parcel = p.parcel) "
    "GROUP BY a.fid";

GDALDatasetUniquePtr openProject(const QString& path) {
    ensureGdalReady();
    const char* const drivers[] = {"GPKG", nullptr};
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
}

bool hasTables(GDALDataset& project, std::initializer_list<const char*> tables) {
    for (const char* table : tables) {
        if (!project.GetLayerByName(table))
            return false;
    }
    return true;
}

bool isProjectAreaLayer(const QString& projectPath, const ExportLayer& layer) {
    return layer.sourceLayer == QLatin1String(areasLayer) &&
           QFileInfo(layer.sourcePath).canonicalFilePath() ==
               QFileInfo(projectPath).canonicalFilePath();
}

} // namespace

bool isAggregate(const QString& field) {
    return field == QLatin1String(households) || field == QLatin1String(farmedAreaHa);
}

QStringList availableFor(const QString& projectPath, const ExportLayer& layer) {
    if (!isProjectAreaLayer(projectPath, layer))
        return {};
    GDALDatasetUniquePtr project = openProject(projectPath);
    QStringList available;
    if (project && hasTables(*project, {areasLayer, "farmers", "farmer_areas"}))
        available << QLatin1String(households);
    if (project && hasTables(*project, {areasLayer, "farmers", "farmer_areas", "farmer_parcels",
                                        "area_members"}))
        available << QLatin1String(farmedAreaHa);
    return available;
}

Result<AggregateValues> compute(const QString& projectPath, const QString& field) {
    const auto failed = [&](const QString& reason) {
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                 "Cannot compute %1 from the Farmer Directory of "
                                                 "%2: %3")
                         .arg(field, projectPath, reason)};
    };
    GDALDatasetUniquePtr project = openProject(projectPath);
    if (!project)
        return failed(QString::fromUtf8(CPLGetLastErrorMsg()));
    AggregateValues values;
    const char* sql = nullptr;
    if (field == QLatin1String(households)) {
        sql = householdsSql;
        values.integer = true;
        values.otherwise = 0; // no household linked
    } else if (field == QLatin1String(farmedAreaHa)) {
        sql = farmedAreaSql;
        values.otherwise = 0; // no parcel of a linked household in the area
    } else {
        return failed(QStringLiteral("not an aggregate"));
    }
    OGRLayer* rows = project->ExecuteSQL(sql, nullptr, nullptr);
    if (!rows)
        return failed(QString::fromUtf8(CPLGetLastErrorMsg()));
    for (const auto& row : *rows)
        values.byFeature.emplace(row->GetFieldAsInteger64(0), row->GetFieldAsDouble(1));
    project->ReleaseResultSet(rows);
    return values;
}

} // namespace agrimap::directory_aggregates
