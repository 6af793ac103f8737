#pragma once

#include "error.h"

#include <QStringList>

namespace agrimap {

/// Files published beside an open-data GeoPackage: each layer as GeoJSON (EPSG:4326) and/or
/// CSV, and a manifest with the SHA-256 checksum of every file. Each file is written under a
/// temporary name and renamed when complete. Returns the files written, manifest last.
struct CompanionOptions {
    bool geojson = false;
    bool csv = false;
    bool manifest = true;
};

Result<QStringList> writeCompanionFiles(const QString& package, const CompanionOptions& options);

/// The SHA-256 of a file, in hexadecimal.
Result<QString> sha256Of(const QString& path);

} // namespace agrimap
