#include "cli_map_loader.h"

#include "layer_factory.h"
#include "project_file.h"
#include "vector_layer.h"

#include <QElapsedTimer>

namespace agrimap::cli {

Result<CliMap> loadCliMap(const QStringList& paths, const QString& crsText, const QString& role,
                          const QString& command, Streams streams) {
    QElapsedTimer loading;
    loading.start();
    CliMap map;
    map.layers = std::make_unique<LayerCollection>();
    map.mapCrs = Crs::fromUserInput(crsText);
    if (!crsText.isEmpty() && !map.mapCrs.isValid())
        return Error{QStringLiteral("unknown CRS %1").arg(crsText)};
    for (const QString& path : paths) {
        std::vector<MapLayer*> opened;
        if (project_file::isProjectFile(path)) {
            Result<ProjectDocument> project = project_file::read(path);
            if (!project)
                return project.error();
            QStringList problems;
            opened = openProjectLayers(project.value(), &problems);
            for (const QString& problem : problems)
                streams.err << "agrimap-cli " << command << ": warning: " << problem << '\n';
            if (!map.mapCrs.isValid())
                map.mapCrs = Crs::fromUserInput(project->mapCrs);
            map.projectView = project->viewExtent;
            map.projectTitle = project->title;
        } else {
            Result<std::vector<MapLayer*>> result = openLayers(path);
            if (!result)
                return result.error();
            opened = result.value();
        }
        for (MapLayer* layer : opened) {
            if (!map.mapCrs.isValid() && layer->crs().isValid())
                map.mapCrs = layer->crs();
            if (auto* vector = qobject_cast<VectorLayer*>(layer); vector && !role.isEmpty())
                vector->setRole(layerRoleFromKey(role));
            map.layers->add(layer);
        }
    }
    map.layers->setMapCrs(map.mapCrs);
    for (MapLayer* layer : map.layers->layers()) {
        auto* vector = qobject_cast<VectorLayer*>(layer);
        if (!vector)
            continue;
        Status loaded = vector->loadNow(map.mapCrs);
        if (!loaded)
            return Error{loaded.errorMessage()};
        for (auto it = vector->unknownCodes().cbegin(); it != vector->unknownCodes().cend(); ++it)
            streams.out << "unknown_code layer=" << vector->title() << " code=" << it.key()
                        << " features=" << it.value() << '\n';
    }
    map.loadMs = loading.elapsed();
    return map;
}

} // namespace agrimap::cli
