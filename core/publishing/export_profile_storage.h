#pragma once

#include "error.h"
#include "export_profile.h"

#include <vector>

namespace agrimap {

/// Export profiles kept in the project (table `agrimap_export_profiles`: name and the profile
/// as JSON, with layer paths relative to the project).
QByteArray exportProfileToJson(const ExportProfile& profile, const QString& projectDir);
Result<ExportProfile> exportProfileFromJson(const QByteArray& json, const QString& projectDir);

Result<std::vector<ExportProfile>> loadExportProfiles(const QString& projectPath);
/// Saves (or replaces, by name) one profile in the project.
Status saveExportProfile(const QString& projectPath, const ExportProfile& profile);

} // namespace agrimap
