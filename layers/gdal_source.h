#pragma once

// Private to agrimap_layers: GDAL handles never leave the library.
#include "error.h"

#include <QString>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::detail {

/// GDAL's last message on this thread, or a generic reason.
QString gdalLastError();

/// Opens a file for reading as GDAL sees it (vector, raster or both), with the open options
/// AgriMap's users need (CSV geometry columns by their usual names).
Result<GDALDatasetUniquePtr> openDataset(const QString& path, unsigned extraFlags = 0);

/// The dataset for `path` opened by and for the current thread; datasets are never shared
/// across threads. Kept open for quick feature look-ups (identify, attribute table).
GDALDataset* threadDataset(const QString& path);
/// Closes every dataset the current thread has open on `path` (before a file is replaced).
void closeThreadDataset(const QString& path);

} // namespace agrimap::detail
