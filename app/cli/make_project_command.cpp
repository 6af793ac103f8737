#include "cli_commands.h"
#include "layer_factory.h"
#include "project_file.h"

#include <QFileInfo>
#include <memory>

namespace agrimap::cli {

int runMakeProject(const QStringList& arguments, Streams streams) {
    if (arguments.size() < 2) {
        streams.err << "agrimap-cli make-project: expected OUT.agrimap.gpkg PATH[:LAYER]...\n";
        return Failure;
    }
    ProjectDocument document;
    const QString output = arguments.first();
    document.title = QFileInfo(output).fileName().section(QLatin1Char('.'), 0, 0);
    for (const QString& argument : arguments.mid(1)) {
        // PATH:LAYER names one layer of a multi-layer file; a bare PATH takes all of them.
        const qsizetype colon = argument.lastIndexOf(QLatin1Char(':'));
        const bool namesLayer = colon > 1 && !QFileInfo::exists(argument);
        const QString path =
            QFileInfo(namesLayer ? argument.left(colon) : argument).absoluteFilePath();
        Result<std::vector<MapLayer*>> opened =
            openLayers(path, namesLayer ? QStringList{argument.mid(colon + 1)} : QStringList());
        if (!opened) {
            streams.err << "agrimap-cli make-project: " << opened.errorMessage() << '\n';
            return Failure;
        }
        // Same order and roles as the map window would give them.
        for (MapLayer* layer : opened.value()) {
            std::unique_ptr<MapLayer> owned(layer);
            document.layers.push_back(describeForProject(*layer));
            if (document.mapCrs.isEmpty() && layer->crs().isValid())
                document.mapCrs = layer->crs().definition();
        }
    }
    Status written = project_file::write(output, document);
    if (!written) {
        streams.err << "agrimap-cli make-project: " << written.errorMessage() << '\n';
        return Failure;
    }
    streams.out << "wrote " << output << " with " << document.layers.size() << " layer(s)\n";
    return Success;
}

} // namespace agrimap::cli
