#pragma once

#include "cli_commands.h"
#include "crs.h"
#include "error.h"
#include "layer_collection.h"

#include <QRectF>
#include <memory>

namespace agrimap::cli {

/// Files or projects opened and read at once for a command that draws them (render, print).
struct CliMap {
    std::unique_ptr<LayerCollection> layers;
    Crs mapCrs;
    QRectF projectView; ///< the view saved in the last project given; null otherwise
    QString projectTitle;
    qint64 loadMs = 0;
};

/// Opens `paths` (projects or data files) in the map CRS `crsText` (empty: the project's, or
/// the first layer's) and reads every vector layer on this thread. `role` overrides the
/// detected role of the files' layers. Layers a project cannot open are warned about on
/// `streams.err`, prefixed with `command`; codes the styles do not know are listed on out.
Result<CliMap> loadCliMap(const QStringList& paths, const QString& crsText, const QString& role,
                          const QString& command, Streams streams);

} // namespace agrimap::cli
