#pragma once

#include <QString>

namespace agrimap {

/// Registers GDAL's drivers once per process and routes GDAL's messages away from stderr
/// (AgriMap reports them as error values instead). Safe to call from any thread.
void ensureGdalReady();

/// "GDAL 3.6.2, PROJ 9.1.1, GEOS 3.11.1" for --version and bug reports.
QString libraryVersions();

} // namespace agrimap
