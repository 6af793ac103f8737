#pragma once

#include "area_rules.h"
#include "crs.h"
#include "error.h"

namespace agrimap {

/// Reads the communes named in the edit settings (file, layer and name field; a relative
/// file is taken from `projectDir`), reprojected into `crs` with the EPSG operation PROJ
/// picks. An empty source gives no communes (the rule is then off), not an error.
Result<std::vector<CommuneBoundary>>
loadCommuneBoundaries(const EditSettings& settings, const QString& projectDir, const Crs& crs);

} // namespace agrimap
