#pragma once

#include "error.h"
#include "project_document.h"

namespace agrimap::project_file {

/// A project is one GeoPackage (ARCHITECTURE.md). The layer list and view live in two
/// attribute tables, `agrimap_layers` and `agrimap_settings`, written through GDAL's GPKG
/// driver so that QGIS and ogrinfo still open the file as a plain GeoPackage.
inline constexpr const char* suffix = ".agrimap.gpkg";

Result<ProjectDocument> read(const QString& path);
/// Writes the layer list and view into `path`, creating the GeoPackage if needed. Other
/// tables in the file are left alone; on failure the file keeps its previous content.
Status write(const QString& path, const ProjectDocument& document);
/// True when `path` is a GeoPackage holding an AgriMap layer list.
bool isProjectFile(const QString& path);

} // namespace agrimap::project_file
