#pragma once

#include <QString>
#include <QStringList>

namespace agrimap {

/// Finds an editable style file (e.g. "land_use_colours.csv") so that an official's own
/// copy wins over the installed one: $AGRIMAP_STYLE_DIR, the user's data folder
/// (…/agrimap/styles), the installed share/agrimap/styles beside the binary, the build
/// tree, and last the copy compiled into the program (":/agrimap/styles/").
QString locateStyleFile(const QString& fileName);
QStringList styleSearchPaths();

} // namespace agrimap
