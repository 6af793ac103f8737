#pragma once

#include "error.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace agrimap {

class LayerCollection;
class MapCanvas;
class MapLayer;
class MessageReporter;

/// Opening, adding and saving: projects (.agrimap.gpkg) and data files, recent files,
/// dropped files. Every failure is reported with the file and the reason; nothing throws.
class ProjectController : public QObject {
    Q_OBJECT
public:
    /// Asked which layers of a multi-layer file to add; returns the chosen names.
    using LayerChooser = std::function<QStringList(const QString& path, const QStringList& names)>;

    ProjectController(LayerCollection* layers, MapCanvas* canvas, MessageReporter* messages,
                      QObject* parent = nullptr);

    void setLayerChooser(LayerChooser chooser) { m_chooser = std::move(chooser); }
    /// Save As of a project that holds its own data (growing areas …) first copies the file
    /// with this; without it only the layer list is written.
    using ProjectCopier = std::function<Status(const QString& target)>;
    void setProjectCopier(ProjectCopier copier) { m_copier = std::move(copier); }
    QString projectPath() const { return m_projectPath; }
    bool isModified() const { return m_modified; }

    /// A project replaces the map; any other file adds its layers.
    bool open(const QString& path);
    bool addLayers(const QString& path);
    /// Adds the named layers of `path` on top, without asking.
    bool addNamedLayers(const QString& path, const QStringList& names);
    void newProject();
    bool save();
    bool saveAs(const QString& path);

    QStringList recentFiles() const;
    static constexpr int recentLimit = 10;

Q_SIGNALS:
    void projectChanged();
    void modifiedChanged(bool modified);
    void recentFilesChanged();
    /// A layer arrived without a CRS the program could read: the user should assign one.
    void layerNeedsCrs(agrimap::MapLayer* layer);

private:
    bool openProject(const QString& path);
    void addLayer(MapLayer* layer);
    void setModified(bool modified);
    void remember(const QString& path);

    LayerCollection* m_layers;
    MapCanvas* m_canvas;
    MessageReporter* m_messages;
    LayerChooser m_chooser;
    ProjectCopier m_copier;
    QString m_projectPath;
    bool m_modified = false;
    bool m_restoring = false;
};

} // namespace agrimap
