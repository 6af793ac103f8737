#include "cli_commands.h"
#include "data_source_info.h"
#include "project_file.h"

#include <QFileInfo>

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
        const QString path = namesLayer ? argument.left(colon) : argument;
        Result<DataSourceInfo> source = probeDataSource(path);
        if (!source) {
            streams.err << "agrimap-cli make-project: " << source.errorMessage() << '\n';
            return Failure;
        }
        for (const SourceLayerInfo& layer : source->layers) {
            if (namesLayer && layer.name != argument.mid(colon + 1))
                continue;
            if (!layer.isRaster && layer.geometryKind == GeometryKind::None)
                continue;
            ProjectLayer entry;
            entry.source = QFileInfo(path).absoluteFilePath();
            entry.layerName = layer.isRaster ? QString() : layer.name;
            entry.title = layer.name;
            document.layers.push_back(entry);
            if (document.mapCrs.isEmpty() && layer.crs.isValid())
                document.mapCrs = layer.crs.definition();
        }
    }
    if (document.layers.empty()) {
        streams.err << "agrimap-cli make-project: no map layers found in the given files\n";
        return Failure;
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
