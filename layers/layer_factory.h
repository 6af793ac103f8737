#pragma once

#include "data_source_info.h"
#include "error.h"
#include "map_layer.h"
#include "project_document.h"

#include <QStringList>
#include <vector>

namespace agrimap {

/// Creates the map layer for one layer of a probed source (vector or raster). The caller
/// starts loading (VectorLayer::startLoading) or loads at once (loadNow).
MapLayer* createLayer(const DataSourceInfo& source, const SourceLayerInfo& layer);

/// Opens every layer of a file (or the named ones). Errors name the file.
Result<std::vector<MapLayer*>> openLayers(const QString& path, const QStringList& onlyLayers = {});

/// Restores the layers of a project; layers that cannot be opened are reported in
/// `problems` and skipped, never silently dropped.
std::vector<MapLayer*> openProjectLayers(const ProjectDocument& document, QStringList* problems);

/// The project entry describing a layer as it is now.
ProjectLayer describeForProject(const MapLayer& layer);

} // namespace agrimap
