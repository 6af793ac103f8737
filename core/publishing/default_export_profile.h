#pragma once

#include "error.h"
#include "export_profile.h"

namespace agrimap {

/// The profile a project publishes unless told otherwise: its growing areas, land-use,
/// commune and cadastral layers, every field that is not personal data, in EPSG:4326, under
/// CC BY 4.0.
Result<ExportProfile> defaultExportProfile(const QString& projectPath);

} // namespace agrimap
