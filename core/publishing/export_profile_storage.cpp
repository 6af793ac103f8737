#include "export_profile_storage.h"

#include "gdal_environment.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

constexpr const char* table = "agrimap_export_profiles";

} // namespace

QByteArray exportProfileToJson(const ExportProfile& profile, const QString& projectDir) {
    QJsonArray layers;
    for (const ExportLayer& layer : profile.layers) {
        layers.append(QJsonObject{
            {QStringLiteral("source"), QDir(projectDir).relativeFilePath(layer.sourcePath)},
            {QStringLiteral("layer"), layer.sourceLayer},
            {QStringLiteral("output"), layer.outputName},
            {QStringLiteral("fields"), QJsonArray::fromStringList(layer.fields)},
            {QStringLiteral("title_vi"), layer.titleVi},
            {QStringLiteral("title_en"), layer.titleEn},
            {QStringLiteral("description_vi"), layer.descriptionVi},
            {QStringLiteral("description_en"), layer.descriptionEn}});
    }
    const QJsonObject object{{QStringLiteral("name"), profile.name},
                             {QStringLiteral("crs"), profile.targetCrs},
                             {QStringLiteral("title"), profile.title},
                             {QStringLiteral("abstract"), profile.abstract},
                             {QStringLiteral("publisher"), profile.publisher},
                             {QStringLiteral("contact"), profile.contact},
                             {QStringLiteral("licence"), profile.licence},
                             {QStringLiteral("layers"), layers}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<ExportProfile> exportProfileFromJson(const QByteArray& json, const QString& projectDir) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                 "The export profile cannot be read: %1")
                         .arg(error.errorString())};
    const QJsonObject object = document.object();
    ExportProfile profile;
    profile.name = object.value(QLatin1String("name")).toString(profile.name);
    profile.targetCrs = object.value(QLatin1String("crs")).toString(profile.targetCrs);
    profile.title = object.value(QLatin1String("title")).toString();
    profile.abstract = object.value(QLatin1String("abstract")).toString();
    profile.publisher = object.value(QLatin1String("publisher")).toString();
    profile.contact = object.value(QLatin1String("contact")).toString();
    profile.licence = object.value(QLatin1String("licence")).toString(profile.licence);
    for (const QJsonValue& value : object.value(QLatin1String("layers")).toArray()) {
        const QJsonObject layer = value.toObject();
        ExportLayer exported;
        exported.sourcePath = QDir::cleanPath(
            QDir(projectDir).absoluteFilePath(layer.value(QLatin1String("source")).toString()));
        exported.sourceLayer = layer.value(QLatin1String("layer")).toString();
        exported.outputName = layer.value(QLatin1String("output")).toString();
        for (const QJsonValue& field : layer.value(QLatin1String("fields")).toArray())
            exported.fields << field.toString();
        exported.titleVi = layer.value(QLatin1String("title_vi")).toString();
        exported.titleEn = layer.value(QLatin1String("title_en")).toString();
        exported.descriptionVi = layer.value(QLatin1String("description_vi")).toString();
        exported.descriptionEn = layer.value(QLatin1String("description_en")).toString();
        profile.layers.push_back(exported);
    }
    return profile;
}

Result<std::vector<ExportProfile>> loadExportProfiles(const QString& projectPath) {
    ensureGdalReady();
    std::vector<ExportProfile> profiles;
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(projectPath.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    if (!dataset)
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot open %1")
                         .arg(projectPath)};
    OGRLayer* stored = dataset->GetLayerByName(table);
    if (!stored)
        return profiles;
    const QString projectDir = QFileInfo(projectPath).absolutePath();
    for (const auto& row : *stored) {
        Result<ExportProfile> profile =
            exportProfileFromJson(QByteArray(row->GetFieldAsString("profile")), projectDir);
        if (!profile)
            return profile.error();
        profiles.push_back(std::move(profile).value());
    }
    return profiles;
}

Status saveExportProfile(const QString& projectPath, const ExportProfile& profile) {
    ensureGdalReady();
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(projectPath.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers));
    if (!dataset)
        return Error{
            QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot open %1 for writing")
                .arg(projectPath)};
    OGRLayer* stored = dataset->GetLayerByName(table);
    if (!stored) {
        char** options = CSLSetNameValue(nullptr, "DESCRIPTION", "Open-data export profiles");
        stored = dataset->CreateLayer(table, nullptr, wkbNone, options);
        CSLDestroy(options);
        OGRFieldDefn name("name", OFTString);
        OGRFieldDefn json("profile", OFTString);
        if (!stored || stored->CreateField(&name) != OGRERR_NONE ||
            stored->CreateField(&json) != OGRERR_NONE)
            return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                     "Cannot save the export profile in %1")
                             .arg(projectPath)};
    }
    if (dataset->StartTransaction() != OGRERR_NONE)
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                 "Cannot save the export profile in %1")
                         .arg(projectPath)};
    QString quoted = profile.name;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    dataset->ExecuteSQL(QStringLiteral("DELETE FROM %1 WHERE name = '%2'")
                            .arg(QLatin1String(table), quoted)
                            .toUtf8()
                            .constData(),
                        nullptr, nullptr);
    OGRFeature row(stored->GetLayerDefn());
    row.SetField("name", toNfc(profile.name).toUtf8().constData());
    row.SetField("profile",
                 exportProfileToJson(profile, QFileInfo(projectPath).absolutePath()).constData());
    if (stored->CreateFeature(&row) != OGRERR_NONE || dataset->CommitTransaction() != OGRERR_NONE) {
        dataset->RollbackTransaction();
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                 "Cannot save the export profile in %1")
                         .arg(projectPath)};
    }
    return {};
}

} // namespace agrimap
