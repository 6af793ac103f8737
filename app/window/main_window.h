#pragma once

#include "editing/add_area_tool.h"

#include <QMainWindow>
#include <QPointF>
#include <functional>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;
class QToolButton;

namespace agrimap {

class AreaCommands;
class DirectoryController;
class EditController;
struct GrowingArea;
class IdentifyPanel;
class IdentifyTool;
class LayerCollection;
class LayerTreeDock;
class MapCanvas;
class MapLayer;
class MapTool;
class MessageReporter;
class PlanningDock;
class ProjectController;
class RulesPanel;
class ScaleBox;
class ShapeEditor;
class SnapIndexer;
class SelectTool;
class VectorLayer;

/// The map window. It only wires the parts together: the canvas, the tools, the layer tree,
/// the identify panel, the attribute tables, the project controller and the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();

    LayerCollection* layers() const { return m_layers; }
    MapCanvas* canvas() const { return m_canvas; }
    ProjectController* project() const { return m_project; }
    MessageReporter* messages() const { return m_messages; }
    LayerTreeDock* layerTree() const { return m_layerTree; }
    IdentifyPanel* identifyPanel() const { return m_identifyPanel; }
    ScaleBox* scaleBox() const { return m_scaleBox; }
    EditController* edits() const { return m_edits; }
    DirectoryController* directory() const { return m_directory; }
    SnapIndexer* snapper() const { return m_snapper; }
    /// The snapping tolerance, in screen pixels (a setting).
    int snapTolerancePixels() const;
    RulesPanel* rulesPanel() const { return m_rulesPanel; }
    PlanningDock* planningDock() const { return m_planningDock; }
    QAction* toolAction(const QString& name) const;
    /// Asked before unsaved changes are dropped; tests replace it.
    void setDiscardQuestion(std::function<bool()> question) {
        m_discardQuestion = std::move(question);
    }

    /// The Edit menu's commands on growing areas (merge chooser, fix, …).
    AreaCommands* areaCommands() const { return m_areas; }

    void openFiles(const QStringList& paths);
    /// File ▸ Publish open data: the export wizard for the open project.
    void publishOpenData();
    void openAttributeTable(VectorLayer* layer);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createTools();
    void addTool(MapTool* tool, const QIcon& icon, const QKeySequence& shortcut);
    void createMenus();
    void createStatusBar();
    void updateTitle();
    void updateRecentMenu();
    void assignCrs(MapLayer* layer);
    void chooseMapCrs();
    void showCursorPosition(const QPointF& mapPoint);
    bool mayDiscardChanges();
    void saveProjectAs();
    void followProject();
    void updateEditState();
    void addEditAction(QMenu* menu, const QString& text, const QKeySequence& shortcut,
                       void (AreaCommands::*slot)());
    void createSnapping(QMenu* menu);
    void createShapeTools();
    AddAreaTool::PlacedPoint placePoint(const QPointF& screen) const;
    void updateSnapState();

    LayerCollection* m_layers;
    MapCanvas* m_canvas;
    MessageReporter* m_messages;
    ProjectController* m_project;
    LayerTreeDock* m_layerTree;
    IdentifyPanel* m_identifyPanel;
    IdentifyTool* m_identifyTool = nullptr;
    SelectTool* m_selectTool = nullptr;
    AddAreaTool* m_addAreaTool = nullptr;
    QActionGroup* m_toolGroup;
    QToolBar* m_toolBar;
    QMenu* m_recentMenu = nullptr;
    QAction* m_publishAction = nullptr;
    QLabel* m_mapPosition;
    QLabel* m_lonLatPosition;
    QToolButton* m_crsButton;
    ScaleBox* m_scaleBox;
    QLabel* m_renderTime;
    EditController* m_edits;
    DirectoryController* m_directory;
    AreaCommands* m_areas = nullptr;
    QLabel* m_editState;
    std::function<bool()> m_discardQuestion;
    QList<QAction*> m_editActions;
    RulesPanel* m_rulesPanel;
    PlanningDock* m_planningDock = nullptr;
    ShapeEditor* m_shapes = nullptr;
    SnapIndexer* m_snapper;
    QLabel* m_snapState;
};

} // namespace agrimap
