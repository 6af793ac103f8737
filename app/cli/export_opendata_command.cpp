#include "cli_commands.h"
#include "publishing/companion_files.h"
#include "publishing/default_export_profile.h"
#include "publishing/export_profile_storage.h"
#include "publishing/open_data_exporter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace agrimap::cli {

namespace {

// --profile NAME (saved in the project), --profile FILE.json, or the project's default.
Result<ExportProfile> chooseProfile(const QString& project, const QString& name) {
    if (name.isEmpty())
        return defaultExportProfile(project);
    if (QFileInfo::exists(name)) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("%1: %2").arg(name, file.errorString())};
        return exportProfileFromJson(file.readAll(), QFileInfo(project).absolutePath());
    }
    Result<std::vector<ExportProfile>> saved = loadExportProfiles(project);
    if (!saved)
        return saved.error();
    for (const ExportProfile& profile : saved.value()) {
        if (profile.name == name)
            return profile;
    }
    if (name == QLatin1String("default"))
        return defaultExportProfile(project);
    return Error{QStringLiteral("%1 has no export profile named %2").arg(project, name)};
}

} // namespace

int runExportOpenData(const QStringList& arguments, Streams streams) {
    QString project;
    QString output;
    QString crs;
    QString profileName;
    QDateTime timestamp;
    CompanionOptions companions;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--out") && hasValue) {
            output = arguments[++i];
        } else if (argument == QLatin1String("--crs") && hasValue) {
            crs = arguments[++i];
        } else if (argument == QLatin1String("--timestamp") && hasValue) {
            timestamp = QDateTime::fromString(arguments[++i], Qt::ISODate);
            if (!timestamp.isValid()) {
                streams.err
                    << "agrimap-cli export-opendata: --timestamp wants an ISO date and time\n";
                return Failure;
            }
        } else if (argument == QLatin1String("--profile") && hasValue) {
            profileName = arguments[++i];
        } else if (argument == QLatin1String("--geojson")) {
            companions.geojson = true;
        } else if (argument == QLatin1String("--csv")) {
            companions.csv = true;
        } else if (project.isEmpty() && !argument.startsWith(QLatin1String("--"))) {
            project = argument;
        } else {
            streams.err << "agrimap-cli export-opendata: unexpected " << argument << '\n';
            return Failure;
        }
    }
    if (project.isEmpty() || output.isEmpty()) {
        streams.err << "agrimap-cli export-opendata: expected PROJECT.gpkg --out FILE.gpkg\n";
        return Failure;
    }
    Result<ExportProfile> profile = chooseProfile(project, profileName);
    if (!profile) {
        streams.err << "agrimap-cli export-opendata: " << profile.errorMessage().simplified()
                    << '\n';
        return Failure;
    }
    if (!crs.isEmpty())
        profile->targetCrs = crs;
    profile->timestamp = timestamp;
    const OpenDataExporter exporter(profile.value(), project);
    Result<ExportReport> report = exporter.exportTo(output);
    if (!report) {
        streams.err << "agrimap-cli export-opendata: " << report.errorMessage().simplified()
                    << '\n';
        return Failure;
    }
    for (const ExportReport::Layer& layer : report->layers)
        streams.out << layer.name << ": " << layer.features << " feature(s)\n";
    Result<QStringList> files = writeCompanionFiles(output, companions);
    if (!files) {
        streams.err << "agrimap-cli export-opendata: " << files.errorMessage().simplified() << '\n';
        return Failure;
    }
    for (const QString& file : files.value())
        streams.out << "file: " << file << '\n';
    streams.out << "wrote " << output << " in " << report->milliseconds << " ms\n";
    return Success;
}

} // namespace agrimap::cli
