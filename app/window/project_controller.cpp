#include "project_controller.h"

#include "layer_collection.h"
#include "layer_factory.h"
#include "map/map_canvas.h"
#include "message_reporter.h"
#include "project_file.h"
#include "vector_layer.h"

#include <QFileInfo>
#include <QSettings>

namespace agrimap {

namespace {
const QString recentKey = QStringLiteral("files/recent");
}

ProjectController::ProjectController(LayerCollection* layers, MapCanvas* canvas,
                                     MessageReporter* messages, QObject* parent)
    : QObject(parent)
    , m_layers(layers)
    , m_canvas(canvas)
    , m_messages(messages) {
    // Changes to the layer list are changes to the project; loading and drawing are not.
    const auto changed = [this] {
        if (!m_restoring)
            setModified(true);
    };
    connect(layers, &LayerCollection::layerAdded, this, [this, changed](MapLayer* layer) {
        connect(layer, &MapLayer::appearanceChanged, this, changed);
        changed();
    });
    connect(layers, &LayerCollection::layerAboutToBeRemoved, this, changed);
    connect(layers, &LayerCollection::orderChanged, this, changed);
    connect(layers, &LayerCollection::mapCrsChanged, this, changed);
}

bool ProjectController::open(const QString& path) {
    if (project_file::isProjectFile(path))
        return openProject(path);
    return addLayers(path);
}

bool ProjectController::openProject(const QString& path) {
    Result<ProjectDocument> document = project_file::read(path);
    if (!document) {
        m_messages->error(tr("Cannot open the project"), document.errorMessage());
        return false;
    }
    m_restoring = true;
    m_layers->clear();
    m_layers->setMapCrs(Crs::fromUserInput(document->mapCrs));
    QStringList problems;
    for (MapLayer* layer : openProjectLayers(document.value(), &problems))
        addLayer(layer);
    if (!document->viewExtent.isNull() && m_layers->mapCrs().isValid())
        m_canvas->zoomToExtent(document->viewExtent);
    m_restoring = false;
    m_projectPath = QFileInfo(path).absoluteFilePath();
    setModified(false);
    remember(m_projectPath);
    Q_EMIT projectChanged();
    if (!problems.isEmpty())
        m_messages->error(tr("Some layers could not be opened"),
                          tr("The project opened without these layers:\n\n%1")
                              .arg(problems.join(QLatin1Char('\n'))));
    return true;
}

bool ProjectController::addLayers(const QString& path) {
    Result<DataSourceInfo> source = probeDataSource(path);
    if (!source) {
        m_messages->error(tr("Cannot add the file"), source.errorMessage());
        return false;
    }
    QStringList names;
    for (const SourceLayerInfo& layer : source->layers) {
        if (layer.isRaster || layer.geometryKind != GeometryKind::None)
            names << layer.name;
    }
    QStringList chosen = names;
    if (names.size() > 1 && m_chooser) {
        chosen = m_chooser(path, names);
        if (chosen.isEmpty())
            return false;
    }
    Result<std::vector<MapLayer*>> layers =
        openLayers(path, chosen == names ? QStringList() : chosen);
    if (!layers) {
        m_messages->error(tr("Cannot add the file"), layers.errorMessage());
        return false;
    }
    const bool wasEmpty = m_layers->count() == 0;
    for (MapLayer* layer : layers.value())
        addLayer(layer);
    remember(QFileInfo(path).absoluteFilePath());
    if (wasEmpty)
        m_canvas->zoomToFullExtent();
    return true;
}

bool ProjectController::addNamedLayers(const QString& path, const QStringList& names) {
    Result<std::vector<MapLayer*>> layers = openLayers(path, names);
    if (!layers) {
        m_messages->error(tr("Cannot add the file"), layers.errorMessage());
        return false;
    }
    for (MapLayer* layer : layers.value())
        addLayer(layer);
    return true;
}

void ProjectController::addLayer(MapLayer* layer) {
    m_layers->add(layer);
    if (auto* vector = qobject_cast<VectorLayer*>(layer)) {
        // A layer that cannot be read is reported, never left silently blank.
        connect(vector, &MapLayer::stateChanged, this, [this, vector] {
            if (vector->state() == MapLayer::State::Failed)
                m_messages->error(tr("Cannot read a layer"), vector->errorMessage());
        });
        vector->startLoading();
    }
    if (!layer->crs().isValid())
        Q_EMIT layerNeedsCrs(layer);
}

void ProjectController::newProject() {
    m_layers->clear();
    m_projectPath.clear();
    setModified(false);
    Q_EMIT projectChanged();
}

bool ProjectController::save() {
    if (m_projectPath.isEmpty())
        return false;
    return saveAs(m_projectPath);
}

bool ProjectController::saveAs(const QString& requestedPath) {
    QString path = requestedPath;
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        path += QLatin1String(project_file::suffix);
    ProjectDocument document;
    document.title = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
    document.mapCrs = m_layers->mapCrs().definition();
    if (m_canvas->settings().isValid())
        document.viewExtent = m_canvas->settings().visibleExtent();
    const QString target = QFileInfo(path).absoluteFilePath();
    const bool copying = m_copier && !m_projectPath.isEmpty() && target != m_projectPath;
    if (copying) {
        if (const Status copied = m_copier(target); !copied) {
            m_messages->error(tr("Cannot save the project"),
                              copied.errorMessage() + QLatin1String("\n\n") +
                                  tr("Nothing was lost: the project is still open as it was."));
            return false;
        }
    }
    for (const MapLayer* layer : m_layers->layers()) {
        if (!layer->isSavedWithProject())
            continue;
        ProjectLayer described = describeForProject(*layer);
        // Layers kept inside the project follow it into the copy.
        if (copying && QFileInfo(described.source).absoluteFilePath() == m_projectPath)
            described.source = target;
        document.layers.push_back(described);
    }
    const Status written = project_file::write(path, document);
    if (!written) {
        m_messages->error(tr("Cannot save the project"),
                          written.errorMessage() + QLatin1String("\n\n") +
                              tr("Nothing was lost: the map is still open. Choose another folder "
                                 "with Save As, or free some disk space, and save again."));
        return false;
    }
    if (copying)
        return openProject(target); // edit the copy from now on, as Save As promises
    m_projectPath = target;
    setModified(false);
    remember(m_projectPath);
    Q_EMIT projectChanged();
    return true;
}

QStringList ProjectController::recentFiles() const {
    return QSettings().value(recentKey).toStringList();
}

void ProjectController::remember(const QString& path) {
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > recentLimit)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
    Q_EMIT recentFilesChanged();
}

void ProjectController::setModified(bool modified) {
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace agrimap
