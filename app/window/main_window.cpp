#include "main_window.h"

#include "coordinate_transformer.h"
#include "crs_picker_dialog.h"
#include "directory/directory_controller.h"
#include "directory/farmer_directory_panel.h"
#include "directory/parcel_link_tool.h"
#include "directory_import/farmer_import_controller.h"
#include "editing/add_area_tool.h"
#include "editing/area_commands.h"
#include "editing/edit_controller.h"
#include "editing/edit_session.h"
#include "editing/point_pick_tool.h"
#include "editing/project_store.h"
#include "editing/rules_panel.h"
#include "editing/shape_editor.h"
#include "editing/vertex_tool.h"
#include "gdal_environment.h"
#include "language_settings.h"
#include "layer_collection.h"
#include "map/identify_tool.h"
#include "map/map_canvas.h"
#include "map/pan_tool.h"
#include "map/select_tool.h"
#include "map/zoom_box_tool.h"
#include "message_reporter.h"
#include "panels/attribute_table_dialog.h"
#include "panels/identify_panel.h"
#include "panels/layer_tree_dock.h"
#include "planning/planning_dock.h"
#include "print/print_dialog.h"
#include "project_controller.h"
#include "publishing/export_wizard.h"
#include "scale_box.h"
#include "snap_indexer.h"
#include "statistics/statistics_dialog.h"
#include "vector_layer.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <memory>

namespace agrimap {

namespace {

QIcon actionIcon(const char* name) {
    return QIcon(QStringLiteral(":/agrimap/icons/actions/%1.svg").arg(QLatin1String(name)));
}

QString openFilter() {
    return QObject::tr(
        "Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml "
        "*.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;"
        "All files (*)");
}

// One place for the lat/lon readout's transformer: made on the GUI thread, kept per map CRS.
class LonLatFormatter {
public:
    QString format(const Crs& mapCrs, const QPointF& mapPoint) {
        if (mapCrs != m_crs) {
            m_crs = mapCrs;
            m_transformer = std::make_unique<CoordinateTransformer>(mapCrs, Crs::fromEpsg(4326));
        }
        if (!m_transformer || !m_transformer->isValid())
            return {};
        const QPointF lonLat = m_transformer->transform(mapPoint);
        return QStringLiteral("%1°%2 %3°%4")
            .arg(qAbs(lonLat.y()), 0, 'f', 5)
            .arg(lonLat.y() >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
            .arg(qAbs(lonLat.x()), 0, 'f', 5)
            .arg(lonLat.x() >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
    }

private:
    Crs m_crs;
    std::unique_ptr<CoordinateTransformer> m_transformer;
};

} // namespace

MainWindow::MainWindow()
    : m_layers(new LayerCollection(this))
    , m_canvas(new MapCanvas(m_layers, this))
    , m_messages(new MessageReporter(this))
    , m_project(new ProjectController(m_layers, m_canvas, m_messages, this))
    , m_layerTree(new LayerTreeDock(m_layers, this))
    , m_identifyPanel(new IdentifyPanel(this))
    , m_toolGroup(new QActionGroup(this))
    , m_toolBar(addToolBar(tr("Map tools")))
    , m_mapPosition(new QLabel(this))
    , m_lonLatPosition(new QLabel(this))
    , m_crsButton(new QToolButton(this))
    , m_scaleBox(new ScaleBox(this))
    , m_renderTime(new QLabel(this))
    , m_edits(new EditController(m_layers, m_messages, this))
    , m_editState(new QLabel(this))
    , m_rulesPanel(new RulesPanel(m_edits, this))
    , m_snapper(new SnapIndexer(m_layers, this))
    , m_snapState(new QLabel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_canvas);
    setAcceptDrops(true);
    m_layerTree->setObjectName(QStringLiteral("LayerTreeDock"));
    m_identifyPanel->setObjectName(QStringLiteral("IdentifyPanel"));
    addDockWidget(Qt::LeftDockWidgetArea, m_layerTree);
    addDockWidget(Qt::RightDockWidgetArea, m_identifyPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_rulesPanel);
    tabifyDockWidget(m_identifyPanel, m_rulesPanel);
    m_identifyPanel->raise();
    m_planningDock = new PlanningDock(m_layers, m_canvas, m_edits, this);
    addDockWidget(Qt::RightDockWidgetArea, m_planningDock);
    tabifyDockWidget(m_rulesPanel, m_planningDock);
    m_planningDock->hide();
    connect(m_rulesPanel, &RulesPanel::zoomRequested, this, [this](const QRectF& layerExtent) {
        const QRectF extent = m_edits->layerRectToMap(layerExtent);
        // A margin around the problem, and never closer than a parcel's scale.
        const double margin = qMax(qMax(extent.width(), extent.height()) * 0.5, 50.0);
        m_canvas->zoomToExtent(extent.adjusted(-margin, -margin, margin, margin));
    });
    m_toolBar->setObjectName(QStringLiteral("MapToolBar"));
    m_directory = new DirectoryController(m_edits, m_layers, m_canvas, m_messages, this);
    m_areas = new AreaCommands(this, m_layers, m_layerTree, m_canvas, m_edits, m_messages);
    addDockWidget(Qt::BottomDockWidgetArea, m_directory->panel());
    m_directory->panel()->hide(); // View ▸ Farmer Directory (Ctrl+Shift+D)
    m_directory->attachIdentifyPanel(m_identifyPanel);

    createTools();
    createMenus();
    createStatusBar();

    m_project->setLayerChooser([this](const QString& path, const QStringList& names) {
        bool ok = false;
        const QString all = tr("All %1 layers").arg(names.size());
        const QString chosen = QInputDialog::getItem(
            this, tr("Add layers"),
            tr("%1 holds several layers. Which should be added?").arg(QFileInfo(path).fileName()),
            QStringList{all} + names, 0, false, &ok);
        if (!ok)
            return QStringList();
        return chosen == all ? names : QStringList{chosen};
    });
    connect(m_project, &ProjectController::projectChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectController::projectChanged, this, &MainWindow::followProject);
    m_project->setProjectCopier([this](const QString& target) {
        return m_edits->store() ? m_edits->store()->copyTo(target) : Status{};
    });
    connect(m_edits, &EditController::stateChanged, this, &MainWindow::updateEditState);
    connect(m_edits, &EditController::problemPieces, m_canvas, &MapCanvas::setHighlight);
    connect(m_project, &ProjectController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_project, &ProjectController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_project, &ProjectController::layerNeedsCrs, this, [this](MapLayer* layer) {
        statusBar()->showMessage(
            tr("%1 has no coordinate reference system: use Layer ▸ Assign CRS…")
                .arg(layer->title()),
            15000);
    });
    connect(m_layerTree, &LayerTreeDock::zoomToLayerRequested, this,
            [this](MapLayer* layer) { m_canvas->zoomToExtent(layer->mapExtent()); });
    connect(m_layerTree, &LayerTreeDock::attributeTableRequested, this,
            &MainWindow::openAttributeTable);
    connect(m_layerTree, &LayerTreeDock::assignCrsRequested, this, &MainWindow::assignCrs);
    connect(m_layerTree, &LayerTreeDock::currentLayerChanged, this,
            [this](MapLayer* layer) { m_selectTool->setCurrentLayer(layer); });
    connect(m_identifyPanel, &IdentifyPanel::zoomToFeatureRequested, this,
            [this](VectorLayer* layer, uint32_t feature) {
                m_canvas->zoomToExtent(layer->featureMapExtent(feature));
            });
    updateTitle();
    updateEditState();
    resize(1280, 800);
    // Wide enough for a legend line such as "CLN — Đất trồng cây lâu năm (718)".
    resizeDocks({m_layerTree, m_identifyPanel}, {320, 260}, Qt::Horizontal);
}

QAction* MainWindow::toolAction(const QString& name) const {
    for (QAction* action : m_toolGroup->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

void MainWindow::addTool(MapTool* tool, const QIcon& icon, const QKeySequence& shortcut) {
    auto* action = new QAction(icon, tool->name(), m_toolGroup);
    // Tools of one class in several roles (a line for split or reshape) are told apart by name.
    action->setObjectName(!tool->objectName().isEmpty()
                              ? tool->objectName()
                              : QString::fromLatin1(tool->metaObject()->className())
                                    .section(QLatin1String("::"), -1));
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(tool->name(), shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, tool] { m_canvas->setTool(tool); });
    m_toolBar->addAction(action);
}

void MainWindow::createTools() {
    auto* pan = new PanTool(m_canvas);
    addTool(pan, actionIcon("pan"), QKeySequence(Qt::Key_P));
    addTool(new ZoomBoxTool(m_canvas), actionIcon("zoom-box"), QKeySequence(Qt::Key_Z));
    m_identifyTool = new IdentifyTool(m_canvas, m_layers);
    addTool(m_identifyTool, actionIcon("identify"), QKeySequence(Qt::Key_I));
    m_selectTool = new SelectTool(m_canvas, m_layers);
    addTool(m_selectTool, actionIcon("select"), QKeySequence(Qt::Key_S));
    m_addAreaTool = new AddAreaTool(m_canvas);
    addTool(m_addAreaTool, actionIcon("add-area"), QKeySequence(Qt::Key_A));
    toolAction(QStringLiteral("AddAreaTool"))->setProperty("edits", true);
    m_addAreaTool->setPointPlacer([this](const QPointF& screen) { return placePoint(screen); });
    m_addAreaTool->setAreaMeter(
        [this](const std::vector<QPointF>& ring) { return m_edits->hectaresOf(ring); });
    connect(m_addAreaTool, &AddAreaTool::finished, m_areas, &AreaCommands::createDrawnArea);
    connect(m_addAreaTool, &AddAreaTool::liveAreaChanged, this, [this](double hectares) {
        if (hectares > 0)
            statusBar()->showMessage(tr("Area: %1 ha").arg(QLocale().toString(hectares, 'f', 4)));
        else
            statusBar()->clearMessage();
    });
    createShapeTools();
    addTool(m_directory->linkTool(), actionIcon("link-parcel"), QKeySequence(Qt::Key_L));
    toolAction(QStringLiteral("ParcelLinkTool"))->setProperty("edits", true);
    m_directory->setLinkToolAction(toolAction(QStringLiteral("ParcelLinkTool")));
    connect(m_identifyTool, &IdentifyTool::featuresIdentified, this,
            [this](const QList<IdentifyHit>& hits) {
                m_identifyPanel->showHits(hits);
                m_identifyPanel->show();
                m_identifyPanel->raise();
            });
    m_toolGroup->actions().constFirst()->setChecked(true);
    m_canvas->setTool(pan);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project"), QKeySequence::New, this, [this] {
        if (mayDiscardChanges())
            m_project->newProject();
    });
    QAction* open =
        file->addAction(actionIcon("open"), tr("&Open…"), QKeySequence::Open, this, [this] {
            const QStringList paths = QFileDialog::getOpenFileNames(
                this, tr("Open a project or map data"), QString(), openFilter());
            openFiles(paths);
        });
    QAction* addLayer =
        file->addAction(actionIcon("add-layer"), tr("&Add layer…"),
                        QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] {
                            for (const QString& path : QFileDialog::getOpenFileNames(
                                     this, tr("Add layers"), QString(), openFilter()))
                                m_project->addLayers(path);
                        });
    m_recentMenu = file->addMenu(tr("Recent files"));
    updateRecentMenu();
    file->addSeparator();
    QAction* save =
        file->addAction(actionIcon("save"), tr("&Save project"), QKeySequence::Save, this, [this] {
            if (m_project->projectPath().isEmpty())
                saveProjectAs();
            else
                m_project->save();
        });
    file->addAction(tr("Save project &as…"), QKeySequence::SaveAs, this,
                    &MainWindow::saveProjectAs);
    file->addSeparator();
    file->addAction(tr("&Print map…"), QKeySequence::Print, this, [this] {
        auto* dialog =
            new PrintDialog(m_layers, m_canvas->settings().visibleExtent(), QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_publishAction = file->addAction(tr("&Publish open data…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                      this, &MainWindow::publishOpenData);
    file->addAction(tr("&Import households…"), this,
                    [this] { FarmerImportController::of(this, m_edits)->importHouseholds(); })
        ->setObjectName(QStringLiteral("importHouseholds"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_edits->undoAction());
    edit->addAction(m_edits->redoAction());
    edit->addSeparator();
    addEditAction(edit, tr("Growing area from selected &parcels"),
                  QKeySequence(Qt::CTRL | Qt::Key_G), &AreaCommands::createAreaFromParcels);
    addEditAction(edit, tr("Select parcels by &number…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                  &AreaCommands::selectParcelsByNumber);
    addEditAction(edit, tr("&Attributes of the selected growing area…"), QKeySequence(Qt::Key_F2),
                  &AreaCommands::editSelectedArea);
    addEditAction(edit, tr("&Merge the selected growing areas…"),
                  QKeySequence(Qt::CTRL | Qt::Key_M), &AreaCommands::mergeSelectedAreas);
    addEditAction(edit, tr("&History of the selected growing area…"),
                  QKeySequence(Qt::CTRL | Qt::Key_H), &AreaCommands::showAreaHistory);
    addEditAction(edit, tr("&Fix the geometry of the selected growing areas"), QKeySequence(),
                  &AreaCommands::fixSelectedAreas);
    addEditAction(edit, tr("&Delete the selected growing areas"),
                  QKeySequence(Qt::CTRL | Qt::Key_Delete), &AreaCommands::deleteSelectedAreas);
    edit->addSeparator();
    edit->addMenu(m_directory->menu());
    edit->addSeparator();
    createSnapping(edit);
    addEditAction(edit, tr("Editing &rules and pick lists…"), QKeySequence(),
                  &AreaCommands::editProjectRules);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(actionIcon("zoom-in"), tr("Zoom &in"), QKeySequence::ZoomIn,
                                      m_canvas, &MapCanvas::zoomIn);
    QAction* zoomOut = view->addAction(actionIcon("zoom-out"), tr("Zoom &out"),
                                       QKeySequence::ZoomOut, m_canvas, &MapCanvas::zoomOut);
    QAction* zoomFull = view->addAction(actionIcon("zoom-full"), tr("Zoom to &full extent"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_canvas,
                                        &MapCanvas::zoomToFullExtent);
    view->addAction(tr("Zoom to current &layer"), this, [this] {
        if (MapLayer* layer = m_layerTree->currentLayer())
            m_canvas->zoomToExtent(layer->mapExtent());
    });
    QAction* previous =
        view->addAction(actionIcon("previous-view"), tr("&Previous view"),
                        QKeySequence(Qt::ALT | Qt::Key_Left), m_canvas, &MapCanvas::previousView);
    QAction* next =
        view->addAction(actionIcon("next-view"), tr("&Next view"),
                        QKeySequence(Qt::ALT | Qt::Key_Right), m_canvas, &MapCanvas::nextView);
    view->addSeparator();
    view->addAction(tr("Map &CRS…"), this, &MainWindow::chooseMapCrs);
    view->addSeparator();
    view->addAction(m_layerTree->toggleViewAction());
    view->addAction(m_identifyPanel->toggleViewAction());
    view->addAction(m_rulesPanel->toggleViewAction());
    view->addAction(m_directory->panelAction());

    QMenu* layer = menuBar()->addMenu(tr("&Layer"));
    layer->addAction(tr("&Assign CRS…"), this, [this] {
        if (MapLayer* current = m_layerTree->currentLayer())
            assignCrs(current);
    });
    QAction* table = layer->addAction(
        actionIcon("attribute-table"), tr("Open &attribute table"), QKeySequence(Qt::Key_F6), this,
        [this] {
            if (auto* vector = qobject_cast<VectorLayer*>(m_layerTree->currentLayer()))
                openAttributeTable(vector);
        });
    layer->addAction(tr("&Remove layer"), this, [this] {
        if (MapLayer* current = m_layerTree->currentLayer())
            m_layers->remove(current);
    });

    // The file and view actions most used with the mouse, on a toolbar of their own.
    QToolBar* fileBar = new QToolBar(tr("Project and view"), this);
    fileBar->setObjectName(QStringLiteral("ProjectToolBar"));
    insertToolBar(m_toolBar, fileBar);
    for (QAction* action : {open, addLayer, save})
        fileBar->addAction(action);
    fileBar->addSeparator();
    for (QAction* action : {zoomIn, zoomOut, zoomFull, previous, next})
        fileBar->addAction(action);
    fileBar->addSeparator();
    fileBar->addAction(table);

    QMenu* analysis = menuBar()->addMenu(tr("A&nalysis"));
    analysis->addAction(
        tr("&Statistics…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this,
        [this] { openStatisticsDialog(this, *m_layers, m_project->projectPath()); });
    analysis->addAction(tr("&Planning checks…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                        m_planningDock, &PlanningDock::showAndRaise);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System language")},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : choices) {
        QAction* action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(language_settings::chosenLanguage() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            language_settings::setChosenLanguage(code);
            m_messages->notice(tr("Language"),
                               tr("The new language is used from the next start of AgriMap."));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About AgriMap"), this, [this] {
        QMessageBox::about(this, tr("About AgriMap"),
                           tr("<b>AgriMap %1</b><p>A desktop GIS for Vietnam's agricultural "
                              "maps.</p><p>%2, Qt %3</p>")
                               .arg(QStringLiteral(AGRIMAP_VERSION), libraryVersions(),
                                    QString::fromLatin1(qVersion())));
    });
}

void MainWindow::createStatusBar() {
    m_mapPosition->setMinimumWidth(190);
    m_lonLatPosition->setMinimumWidth(190);
    m_mapPosition->setToolTip(tr("Cursor position in the map CRS (metres)"));
    m_lonLatPosition->setToolTip(tr("Cursor position as latitude and longitude (WGS 84)"));
    m_crsButton->setAutoRaise(true);
    m_crsButton->setToolTip(tr("The map's coordinate reference system: click to change it"));
    statusBar()->addPermanentWidget(m_editState);
    statusBar()->addPermanentWidget(m_snapState);
    statusBar()->addPermanentWidget(m_mapPosition);
    statusBar()->addPermanentWidget(m_lonLatPosition);
    statusBar()->addPermanentWidget(m_scaleBox);
    statusBar()->addPermanentWidget(m_crsButton);
    statusBar()->addPermanentWidget(m_renderTime);
    connect(m_crsButton, &QToolButton::clicked, this, &MainWindow::chooseMapCrs);
    connect(m_scaleBox, &ScaleBox::denominatorChosen, m_canvas, &MapCanvas::setScaleDenominator);
    connect(m_canvas, &MapCanvas::viewChanged, this,
            [this] { m_scaleBox->showDenominator(m_canvas->scaleDenominator()); });
    connect(m_canvas, &MapCanvas::cursorMapPositionChanged, this, &MainWindow::showCursorPosition);
    connect(m_canvas, &MapCanvas::renderFinished, this,
            [this](qint64 ms) { m_renderTime->setText(tr("drawn in %1 ms").arg(ms)); });
    const auto showCrs = [this] {
        const Crs crs = m_layers->mapCrs();
        m_crsButton->setText(crs.isValid() ? (crs.authId().isEmpty() ? crs.name() : crs.authId())
                                           : tr("No CRS"));
    };
    connect(m_layers, &LayerCollection::mapCrsChanged, this, showCrs);
    showCrs();
}

void MainWindow::showCursorPosition(const QPointF& mapPoint) {
    static LonLatFormatter formatter;
    const Crs crs = m_layers->mapCrs();
    if (crs.isGeographic())
        m_mapPosition->setText(
            QStringLiteral("%1, %2").arg(mapPoint.x(), 0, 'f', 6).arg(mapPoint.y(), 0, 'f', 6));
    else
        m_mapPosition->setText(
            QStringLiteral("X %1  Y %2").arg(mapPoint.x(), 0, 'f', 2).arg(mapPoint.y(), 0, 'f', 2));
    m_lonLatPosition->setText(formatter.format(crs, mapPoint));
}

// Editing tools work only on a project open for editing.
void MainWindow::updateEditState() {
    m_editState->setText(m_edits->stateText());
    const bool editing = m_edits->isEditing();
    for (QAction* action : m_toolGroup->actions() + m_editActions) {
        if (!action->property("edits").toBool())
            continue;
        action->setEnabled(editing);
        if (!editing && action->isCheckable() && action->isChecked())
            toolAction(QStringLiteral("PanTool"))->trigger();
    }
}

void MainWindow::addEditAction(QMenu* menu, const QString& text, const QKeySequence& shortcut,
                               void (AreaCommands::*slot)()) {
    QAction* action = menu->addAction(text, shortcut, m_areas, slot);
    action->setProperty("edits", true);
    m_editActions << action;
}

AddAreaTool::PlacedPoint MainWindow::placePoint(const QPointF& screen) const {
    const MapSettings& view = m_canvas->settings();
    AddAreaTool::PlacedPoint placed{view.toWorld(screen)};
    if (!m_snapper->isEnabled())
        return placed;
    if (const auto match =
            m_snapper->snap(placed.map, snapTolerancePixels() * view.unitsPerPixel())) {
        placed.map = match->match.point;
        placed.snap = match->match.kind == SnapKind::Vertex
                          ? AddAreaTool::PlacedPoint::Snap::Vertex
                          : AddAreaTool::PlacedPoint::Snap::Segment;
    }
    return placed;
}

// The tools that change the shape of growing areas; each finished drawing is one undo step.
void MainWindow::createShapeTools() {
    m_shapes = new ShapeEditor(m_edits, this);
    const auto placer = [this](const QPointF& screen) { return placePoint(screen); };
    const auto addEditTool = [this](MapTool* tool, const char* name, const char* icon,
                                    const QKeySequence& key) {
        tool->setObjectName(QLatin1String(name));
        addTool(tool, actionIcon(icon), key);
        toolAction(QLatin1String(name))->setProperty("edits", true);
    };
    auto* vertices =
        new VertexTool(m_canvas, m_edits, m_shapes, [this] { return m_areas->selectedAreaFids(); });
    vertices->setPointPlacer([this](const QPointF& screen) { return placePoint(screen).map; });
    addEditTool(vertices, "VertexTool", "edit-vertices", QKeySequence(Qt::Key_V));

    auto* split = new AddAreaTool(m_canvas, AddAreaTool::Shape::Line, tr("Split growing area"));
    split->setPointPlacer(placer);
    addEditTool(split, "SplitTool", "split-area", QKeySequence(Qt::Key_X));
    connect(split, &AddAreaTool::finished, this, [this](const std::vector<QPointF>& line) {
        m_shapes->split(line, m_areas->selectedAreaFids());
    });
    auto* reshape = new AddAreaTool(m_canvas, AddAreaTool::Shape::Line, tr("Reshape growing area"));
    reshape->setPointPlacer(placer);
    addEditTool(reshape, "ReshapeTool", "reshape-area", QKeySequence(Qt::Key_R));
    connect(reshape, &AddAreaTool::finished, this, [this](const std::vector<QPointF>& line) {
        m_shapes->reshape(line, m_areas->selectedAreaFids());
    });
    auto* addRing = new AddAreaTool(m_canvas, AddAreaTool::Shape::Polygon, tr("Cut a hole"));
    addRing->setPointPlacer(placer);
    addEditTool(addRing, "AddRingTool", "add-ring", QKeySequence(Qt::Key_H));
    connect(addRing, &AddAreaTool::finished, this,
            [this](const std::vector<QPointF>& ring) { m_shapes->addRing(ring); });
    auto* deleteRing = new PointPickTool(m_canvas, tr("Remove a hole"));
    addEditTool(deleteRing, "DeleteRingTool", "delete-ring", QKeySequence(Qt::Key_D));
    connect(deleteRing, &PointPickTool::picked, this,
            [this](const QPointF& point) { m_shapes->deleteRing(point); });
    auto* fillRing = new PointPickTool(m_canvas, tr("Fill a hole with a new growing area"));
    addEditTool(fillRing, "FillRingTool", "fill-ring", QKeySequence(Qt::Key_F));
    connect(fillRing, &PointPickTool::picked, this, [this](const QPointF& point) {
        if (const std::optional<GrowingArea> inside = m_shapes->fillRing(point))
            m_areas->openAreaForm(*inside);
    });
}

int MainWindow::snapTolerancePixels() const {
    return QSettings().value(QStringLiteral("edit/snap_tolerance_px"), 10).toInt();
}

void MainWindow::createSnapping(QMenu* menu) {
    QAction* toggle = menu->addAction(tr("S&napping"));
    toggle->setObjectName(QStringLiteral("snappingAction"));
    toggle->setCheckable(true);
    toggle->setShortcut(QKeySequence(Qt::Key_N)); // Alt+S is the Settings menu
    toggle->setChecked(QSettings().value(QStringLiteral("edit/snapping"), true).toBool());
    m_snapper->setEnabled(toggle->isChecked());
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("edit/snapping"), on);
        m_snapper->setEnabled(on);
    });
    menu->addAction(tr("Snapping &tolerance…"), this, [this] {
        bool ok = false;
        const int pixels = QInputDialog::getInt(this, tr("Snapping tolerance"),
                                                tr("Snap within this many pixels of the cursor:"),
                                                snapTolerancePixels(), 1, 50, 1, &ok);
        if (ok)
            QSettings().setValue(QStringLiteral("edit/snap_tolerance_px"), pixels);
    });
    connect(m_snapper, &SnapIndexer::stateChanged, this, &MainWindow::updateSnapState);
    updateSnapState();
}

// "Snapping: ready (3 layers)" — the index is built in the background after a layer loads.
void MainWindow::updateSnapState() {
    const SnapIndexerState state = m_snapper->state();
    if (!m_snapper->isEnabled())
        m_snapState->setText(tr("Snapping off"));
    else if (state.layersBuilding > 0)
        m_snapState->setText(tr("Snapping: preparing %n layer(s)…", nullptr, state.layersBuilding));
    else if (state.layersReady > 0)
        m_snapState->setText(tr("Snapping: %n layer(s) ready", nullptr, state.layersReady));
    else
        m_snapState->setText(tr("Snapping: no layer to snap to"));
}

void MainWindow::publishOpenData() {
    if (m_project->projectPath().isEmpty()) {
        m_messages->error(tr("No project"),
                          tr("Open or save a project first: it is what gets published."));
        return;
    }
    auto* wizard = new ExportWizard(m_project->projectPath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

// The project on screen is the project being edited: open its store (and lock) with it, and
// show its own growing areas.
void MainWindow::followProject() {
    const QString path = m_project->projectPath();
    if (path.isEmpty()) {
        m_edits->closeProject();
        return;
    }
    if (m_edits->store() && m_edits->store()->path() == path)
        return;
    if (!m_edits->openProject(path) || m_edits->areasLayer())
        return;
    // A project without its growing-area layer on the map (new, or from before the editor):
    // show the layer and keep the saved list in step with what is on screen.
    const bool wasModified = m_project->isModified();
    if (m_project->addNamedLayers(path, {QStringLiteral("production_areas")}) && !wasModified &&
        !m_edits->isReadOnly())
        m_project->save();
}

void MainWindow::updateTitle() {
    const QString path = m_project->projectPath();
    const QString name = path.isEmpty() ? tr("Untitled project") : QFileInfo(path).fileName();
    setWindowTitle(QStringLiteral("%1%2 — AgriMap")
                       .arg(name, m_project->isModified() ? QStringLiteral(" *") : QString()));
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = m_project->recentFiles();
    for (const QString& path : recent)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openFiles({path}); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openFiles(const QStringList& paths) {
    for (const QString& path : paths) {
        if (path.endsWith(QLatin1String(".agrimap.gpkg"), Qt::CaseInsensitive) &&
            !mayDiscardChanges())
            continue;
        m_project->open(path);
    }
}

void MainWindow::openAttributeTable(VectorLayer* layer) {
    auto* dialog = new AttributeTableDialog(layer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttributeTableDialog::zoomToRectRequested, m_canvas, &MapCanvas::zoomToExtent);
    connect(m_layers, &LayerCollection::layerAboutToBeRemoved, dialog,
            [dialog, layer](MapLayer* removed) {
                if (removed == layer)
                    dialog->close();
            });
    dialog->show();
}

void MainWindow::assignCrs(MapLayer* layer) {
    CrsPickerDialog dialog(
        tr("Which coordinate reference system is %1 in? Provincial cadastral maps use "
           "VN-2000 with the province's meridian (former Đồng Tháp: EPSG:5897; former "
           "Tiền Giang: EPSG:9210).")
            .arg(layer->title()),
        layer->crs(), this);
    if (dialog.exec() == QDialog::Accepted)
        layer->assignCrs(dialog.selectedCrs());
}

void MainWindow::chooseMapCrs() {
    CrsPickerDialog dialog(
        tr("Show the map in which coordinate reference system? Layers in other systems are "
           "reprojected on the fly."),
        m_layers->mapCrs(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_layers->setMapCrs(dialog.selectedCrs());
}

void MainWindow::saveProjectAs() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save project"), m_project->projectPath(), tr("AgriMap project (*.agrimap.gpkg)"));
    if (!path.isEmpty())
        m_project->saveAs(path);
}

bool MainWindow::mayDiscardChanges() {
    if (!m_project->isModified() || m_layers->count() == 0)
        return true;
    if (m_discardQuestion)
        return m_discardQuestion();
    const auto answer =
        QMessageBox::question(this, tr("Unsaved changes"),
                              tr("The layer list has changed since it was saved. Save it first?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (m_project->projectPath().isEmpty())
            saveProjectAs();
        else
            m_project->save();
        return !m_project->isModified();
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (mayDiscardChanges())
        event->accept();
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    openFiles(paths);
    event->acceptProposedAction();
}

} // namespace agrimap
