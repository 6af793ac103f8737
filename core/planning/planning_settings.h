#pragma once

#include "error.h"

#include <QStringList>

namespace agrimap {
class ProjectStore;
}

namespace agrimap::planning {

/// The project's list of agricultural land-use codes (kept as the pick list
/// "planning.agricultural_codes"); DOMAIN.md's set while the project has none of its own.
QStringList agriculturalCodes(const ProjectStore& store);
/// Saves the list in the project (one transaction); duplicates and blanks are dropped.
Status saveAgriculturalCodes(ProjectStore& store, const QStringList& codes);

} // namespace agrimap::planning
