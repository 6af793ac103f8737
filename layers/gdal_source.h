#pragma once

// Private to agrimap_layers: GDAL handles never leave the library.
#include "error.h"
#include "legacy_encoding.h"

#include <QString>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <optional>

namespace agrimap::detail {

/// How a source's text reaches AgriMap (source_text_encoding.h): as raw bytes (a Shapefile or
/// DBF opened with no recoding) or as GDAL gives it, and the legacy encoding it is decoded
/// with (nullopt: Unicode as it is).
struct SourceTextEncoding {
    bool rawBytes = false;
    std::optional<LegacyEncoding> legacy;
    bool isPlainUnicode() const { return !rawBytes && !legacy; }
};
/// The file's encoding as chosen or detected (once per file; thread-safe).
SourceTextEncoding textEncodingOf(const QString& path);
/// A string from a source, as NFC Unicode.
QString sourceText(const char* raw, const SourceTextEncoding& encoding);

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
