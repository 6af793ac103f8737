#pragma once

#include <QRectF>
#include <QString>
#include <vector>

namespace agrimap {

/// One layer as a project remembers it: where it comes from and how it is shown.
struct ProjectLayer {
    QString source;       ///< absolute path once read; stored relative to the project
    QString layerName;    ///< layer inside a multi-layer source; empty for the only one
    QString title;        ///< name shown in the layer tree
    QString roleKey;      ///< layerRoleKey(); empty means "detect from the fields"
    QString assignedCrs;  ///< CRS the user assigned to a file without one
    QString textEncoding; ///< textEncodingKey() the user chose for the file; empty: detected
    bool visible = true;
    double opacity = 1.0;
};

/// The list of layers and the view, as saved in a project file.
struct ProjectDocument {
    QString title;
    QString mapCrs;                   ///< Crs::definition() of the map
    QRectF viewExtent;                ///< in map CRS units; null when never saved
    std::vector<ProjectLayer> layers; ///< bottom layer first
};

} // namespace agrimap
