#include "planning_dock.h"

#include "agricultural_codes_dialog.h"
#include "coordinate_transformer.h"
#include "editing/edit_controller.h"
#include "editing/project_store.h"
#include "finding_table_model.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "layer_field_picker.h"
#include "map/map_canvas.h"
#include "planning/planning_settings.h"
#include "transition_matrix_model.h"
#include "vector_layer.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace agrimap {

namespace {

using Unit = planning::ParcelCodeParameters::Unit;

// A wrapped label inside tab pages does not get its height for its width from the layouts
// around it: ask for it.
void showSummary(QLabel* label, const QString& text) {
    label->setText(text);
    label->setMinimumHeight(label->heightForWidth(std::max(label->width(), 200)));
}

QTableView* newListView(QWidget* parent, const char* name) {
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

PlanningDock::PlanningDock(LayerCollection* layers, MapCanvas* canvas, EditController* edits,
                           QWidget* parent)
    : QDockWidget(tr("Planning checks"), parent)
    , m_layers(layers)
    , m_canvas(canvas)
    , m_edits(edits)
    , m_tabs(new QTabWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("PlanningDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tabs);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    setWidget(body);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &PlanningDock::cancel);

    m_tabs->addTab(createNonAgriculturalPage(), tr("Non-agricultural land"));
    m_tabs->addTab(createParcelCodesPage(), tr("Parcel codes"));
    m_tabs->addTab(createComparisonPage(), tr("Compare land use"));
    m_tabs->setTabToolTip(NonAgricultural,
                          tr("Growing areas on land whose land-use code is not agricultural"));
    m_tabs->setTabToolTip(ParcelCodes,
                          tr("Parcels whose recorded code differs from the land-use map"));
    m_tabs->setTabToolTip(Comparison, tr("What changed between two land-use layers"));

    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { accept(m_running, m_watcher.result()); });
    connect(edits, &EditController::stateChanged, this, &PlanningDock::loadProjectSettings);
    loadProjectSettings();
    updateButtons();
}

PlanningDock::~PlanningDock() {
    // The worker reads the dock's parameters only by value, but it must not outlive the
    // results folder it writes into.
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void PlanningDock::setUpPage(Check check, const QString& firstLabel, const QString& secondLabel) {
    Page& page = m_pages[check];
    auto* layout = new QVBoxLayout(page.widget);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* form = new QFormLayout;
    form->addRow(firstLabel, page.first);
    form->addRow(secondLabel, page.second);
    layout->addLayout(form);
    page.run = new QPushButton(tr("Run the check"), page.widget);
    page.run->setObjectName(QStringLiteral("runButton"));
    page.summary = new QLabel(page.widget);
    page.summary->setObjectName(QStringLiteral("summary"));
    page.summary->setWordWrap(true);
    page.summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page.list = newListView(page.widget, "findingsList");
    page.model = new FindingTableModel(page.list);
    page.list->setModel(page.model);
    page.list->setToolTip(tr("Double-click a row to see the piece on the map"));
    connect(page.run, &QPushButton::clicked, this, [this, check] { run(check); });
    connect(page.list, &QTableView::doubleClicked, this,
            [this, check](const QModelIndex& index) { zoomTo(check, index.row()); });
    connect(page.list, &QTableView::activated, this,
            [this, check](const QModelIndex& index) { zoomTo(check, index.row()); });
    for (LayerFieldPicker* picker : {page.first, page.second})
        connect(picker, &LayerFieldPicker::changed, this, &PlanningDock::updateButtons);
}

QLayout* PlanningDock::buttonRow(Check check) {
    Page& page = m_pages[check];
    page.save = new QPushButton(tr("Save the findings as…"), page.widget);
    page.save->setObjectName(QStringLiteral("saveFindingsButton"));
    page.save->setToolTip(tr("The findings layer is temporary; save it to keep it"));
    page.save->setEnabled(false);
    connect(page.save, &QPushButton::clicked, this, [this, check] { saveFindings(check); });
    auto* row = new QHBoxLayout;
    row->addWidget(page.run);
    row->addWidget(page.save);
    row->addStretch();
    return row;
}

void PlanningDock::saveFindings(Check check) {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the findings"), QString(),
                                                      tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (Status copied = copyFindings(check, path); !copied)
        QMessageBox::warning(this, tr("Cannot save the findings"), copied.errorMessage());
}

Status PlanningDock::copyFindings(Check check, const QString& path) const {
    const QString source = m_pages[check].layerPath;
    if (source.isEmpty())
        return Error{tr("There are no findings to save: run the check first.")};
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{tr("%1 cannot be replaced: it may be open in another program.").arg(path)};
    if (!QFile::copy(source, path))
        return Error{tr("%1 cannot be written: choose a folder you may write to.").arg(path)};
    return {};
}

QWidget* PlanningDock::createNonAgriculturalPage() {
    Page& page = m_pages[NonAgricultural];
    page.widget = new QWidget(this);
    page.first = new LayerFieldPicker(m_layers, LayerRole::ProductionArea, page.widget);
    page.second = new LayerFieldPicker(m_layers, LayerRole::LandUse, page.widget);
    setUpPage(NonAgricultural, tr("Growing areas:"), tr("Land use:"));
    auto* codesRow = new QHBoxLayout;
    m_codesLabel = new QLabel(page.widget);
    m_codesLabel->setWordWrap(true);
    m_codesLabel->setObjectName(QStringLiteral("codesLabel"));
    auto* edit = new QPushButton(tr("Edit…"), page.widget);
    edit->setObjectName(QStringLiteral("editCodesButton"));
    connect(edit, &QPushButton::clicked, this, &PlanningDock::chooseAgriculturalCodes);
    codesRow->addWidget(m_codesLabel, 1);
    codesRow->addWidget(edit);
    auto* layout = static_cast<QVBoxLayout*>(page.widget->layout());
    layout->addLayout(codesRow);
    layout->addLayout(buttonRow(NonAgricultural));
    layout->addWidget(page.summary);
    layout->addWidget(page.list, 1);
    return page.widget;
}

QWidget* PlanningDock::createParcelCodesPage() {
    Page& page = m_pages[ParcelCodes];
    page.widget = new QWidget(this);
    page.first = new LayerFieldPicker(m_layers, LayerRole::Cadastral, page.widget);
    page.second = new LayerFieldPicker(m_layers, LayerRole::LandUse, page.widget);
    setUpPage(ParcelCodes, tr("Parcels:"), tr("Land-use map:"));
    m_threshold = new QDoubleSpinBox(page.widget);
    m_threshold->setObjectName(QStringLiteral("thresholdBox"));
    m_threshold->setRange(0, 1e9);
    m_threshold->setDecimals(1);
    m_thresholdUnit = new QComboBox(page.widget);
    m_thresholdUnit->setObjectName(QStringLiteral("thresholdUnitBox"));
    m_thresholdUnit->addItem(tr("m²"), int(Unit::SquareMetres));
    m_thresholdUnit->addItem(tr("% of the parcel"), int(Unit::Percent));
    const QSettings settings;
    m_threshold->setValue(settings.value(QStringLiteral("planning/threshold"), 100.0).toDouble());
    m_thresholdUnit->setCurrentIndex(
        settings.value(QStringLiteral("planning/threshold_unit"), 0).toInt() == 1 ? 1 : 0);
    const auto remember = [this] {
        QSettings stored;
        stored.setValue(QStringLiteral("planning/threshold"), m_threshold->value());
        stored.setValue(QStringLiteral("planning/threshold_unit"), m_thresholdUnit->currentIndex());
    };
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, remember);
    connect(m_thresholdUnit, &QComboBox::currentIndexChanged, this, remember);
    auto* thresholdRow = new QHBoxLayout;
    auto* thresholdLabel = new QLabel(tr("Report when the differing part reaches"), page.widget);
    thresholdLabel->setWordWrap(true);
    thresholdRow->addWidget(thresholdLabel, 1);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(m_thresholdUnit);
    auto* layout = static_cast<QVBoxLayout*>(page.widget->layout());
    layout->addLayout(thresholdRow);
    layout->addLayout(buttonRow(ParcelCodes));
    layout->addWidget(page.summary);
    layout->addWidget(page.list, 1);
    return page.widget;
}

QWidget* PlanningDock::createComparisonPage() {
    Page& page = m_pages[Comparison];
    page.widget = new QWidget(this);
    page.first = new LayerFieldPicker(m_layers, LayerRole::LandUse, page.widget);
    page.second = new LayerFieldPicker(m_layers, LayerRole::LandUse, page.widget);
    setUpPage(Comparison, tr("First (from):"), tr("Second (to):"));
    m_matrixView = newListView(page.widget, "matrixView");
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix = new TransitionMatrixModel(m_matrixView);
    m_matrixView->setModel(m_matrix);
    m_matrixView->horizontalHeader()->setStretchLastSection(false);
    m_matrixView->setToolTip(tr("Hectares that went from the row's code to the column's code"));
    m_exportButton = new QPushButton(tr("Export the matrix as CSV…"), page.widget);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the transition matrix"),
                                                          QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status written = exportMatrix(path); !written)
            QMessageBox::warning(this, tr("Cannot export the matrix"), written.errorMessage());
    });
    auto* results = new QTabWidget(page.widget);
    results->setObjectName(QStringLiteral("comparisonResults"));
    auto* matrixPage = new QWidget(results);
    auto* matrixLayout = new QVBoxLayout(matrixPage);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addWidget(m_matrixView, 1);
    matrixLayout->addWidget(m_exportButton, 0, Qt::AlignRight);
    results->addTab(matrixPage, tr("Transition matrix (ha)"));
    results->addTab(page.list, tr("Changed pieces"));
    auto* layout = static_cast<QVBoxLayout*>(page.widget->layout());
    layout->addLayout(buttonRow(Comparison));
    layout->addWidget(page.summary);
    layout->addWidget(results, 1);
    return page.widget;
}

LayerFieldPicker* PlanningDock::picker(Check check, int which) const {
    return which == 0 ? m_pages[check].first : m_pages[check].second;
}

void PlanningDock::showAndRaise() {
    show();
    raise();
    m_tabs->setFocus();
}

void PlanningDock::loadProjectSettings() {
    const ProjectStore* store = m_edits->store();
    m_agriculturalCodes =
        store ? planning::agriculturalCodes(*store) : planning::defaultAgriculturalCodes();
    showCodes();
}

void PlanningDock::showCodes() {
    m_codesLabel->setText(
        tr("Agricultural codes: %1").arg(m_agriculturalCodes.join(QStringLiteral(", "))));
}

void PlanningDock::setAgriculturalCodes(const QStringList& codes) {
    m_agriculturalCodes = codes;
    showCodes();
    ProjectStore* store = m_edits->store();
    if (!store || m_edits->isReadOnly())
        return; // used for this session; nothing to save it in
    if (Status saved = planning::saveAgriculturalCodes(*store, codes); !saved)
        QMessageBox::warning(this, tr("Cannot save the list in the project"), saved.errorMessage());
}

void PlanningDock::chooseAgriculturalCodes() {
    auto* dialog = new AgriculturalCodesDialog(m_agriculturalCodes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setAgriculturalCodes(dialog->codes()); });
    dialog->open();
}

void PlanningDock::setThreshold(double value, Unit unit) {
    m_threshold->setValue(value);
    m_thresholdUnit->setCurrentIndex(unit == Unit::Percent ? 1 : 0);
}

void PlanningDock::updateButtons() {
    const bool running = isRunning();
    for (Page& page : m_pages)
        page.run->setEnabled(!running && page.first->layer() && page.second->layer());
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
}

void PlanningDock::run(Check check) {
    if (isRunning())
        return;
    const Page& page = m_pages[check];
    if (!page.first->layer() || !page.second->layer())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    planning::JobControl control;
    control.cancel = m_cancel.get();
    control.progress = [progress = QPointer<QProgressBar>(m_progress)](int percent) {
        QMetaObject::invokeMethod(
            progress,
            [progress, percent] {
                if (progress)
                    progress->setValue(percent);
            },
            Qt::QueuedConnection);
    };
    const QString layerPath =
        QDir(m_resultsDir.path())
            .filePath(QStringLiteral("planning-check-%1.gpkg").arg(++m_runNumber));
    std::function<PlanningOutcome()> task;
    switch (check) {
    case NonAgricultural: {
        planning::NonAgriculturalParameters parameters;
        parameters.growingAreas = page.first->source();
        parameters.landUse = page.second->source();
        parameters.agriculturalCodes = m_agriculturalCodes;
        task = [parameters, control, layerPath] {
            return PlanningTasks::nonAgricultural(parameters, control, layerPath);
        };
        break;
    }
    case ParcelCodes: {
        planning::ParcelCodeParameters parameters;
        parameters.parcels = page.first->source();
        parameters.landUse = page.second->source();
        parameters.threshold = m_threshold->value();
        parameters.unit = Unit(m_thresholdUnit->currentData().toInt());
        task = [parameters, control, layerPath] {
            return PlanningTasks::parcelCodes(parameters, control, layerPath);
        };
        break;
    }
    case Comparison: {
        planning::ComparisonParameters parameters;
        parameters.first = page.first->source();
        parameters.second = page.second->source();
        task = [parameters, control, layerPath] {
            return PlanningTasks::comparison(parameters, control, layerPath);
        };
        break;
    }
    }
    m_running = check;
    m_progress->setValue(0);
    showSummary(page.summary, tr("Checking…"));
    // The cancel flag lives as long as the task that reads it.
    m_watcher.setFuture(QtConcurrent::run([task, keep = m_cancel] { return task(); }));
    updateButtons();
}

void PlanningDock::cancel() {
    if (m_cancel)
        *m_cancel = true;
}

void PlanningDock::accept(Check check, PlanningOutcome outcome) {
    Page& page = m_pages[check];
    updateButtons();
    if (!outcome.error.isEmpty()) {
        showSummary(page.summary, outcome.cancelled
                                      ? tr("Cancelled: nothing was changed.")
                                      : tr("The check failed: %1").arg(outcome.error));
        Q_EMIT finished(check, false);
        return;
    }
    showSummary(page.summary, outcome.summary);
    if (check == Comparison && outcome.matrix) {
        m_matrix->setMatrix(*outcome.matrix);
        m_matrixView->resizeColumnsToContents();
        m_exportButton->setEnabled(!outcome.matrix->isEmpty());
    }
    showResultLayer(check, outcome);
    page.layerPath = outcome.layerPath;
    page.save->setEnabled(!outcome.layerPath.isEmpty());
    page.model->setTable(std::move(outcome.table));
    page.list->resizeColumnsToContents();
    Q_EMIT finished(check, true);
}

// The findings of the last run replace those of the run before, on top of the map.
void PlanningDock::showResultLayer(Check check, const PlanningOutcome& outcome) {
    Page& page = m_pages[check];
    if (page.resultLayer) {
        m_layers->remove(page.resultLayer);
        page.resultLayer.clear();
    }
    if (outcome.layerPath.isEmpty())
        return;
    Result<std::vector<MapLayer*>> opened =
        openLayers(outcome.layerPath, {outcome.table.layerName});
    if (!opened || opened->empty()) {
        showSummary(page.summary,
                    page.summary->text() + QLatin1Char(' ') +
                        tr("The layer of findings cannot be shown: %1").arg(opened.errorMessage()));
        return;
    }
    auto* layer = qobject_cast<VectorLayer*>(opened->front());
    if (!layer)
        return;
    layer->setTitle(outcome.table.title);
    layer->setRole(LayerRole::Other);
    layer->setStyle(LayerStyle::findings());
    layer->setSavedWithProject(false); // its file lives in this session's temporary folder
    m_layers->add(layer);
    layer->startLoading();
    page.resultLayer = layer;
}

void PlanningDock::zoomTo(Check check, int row) {
    const Page& page = m_pages[check];
    const QRectF extent = page.model->extentOf(row);
    if (extent.isNull() && extent.width() <= 0)
        return;
    QRectF mapExtent = extent;
    const Crs& crs = page.model->table().crs;
    if (crs.isValid() && m_layers->mapCrs().isValid() && crs != m_layers->mapCrs()) {
        const CoordinateTransformer transformer(crs, m_layers->mapCrs());
        if (!transformer.isValid())
            return;
        mapExtent = transformer.transformBounds(extent);
    }
    // A margin around the piece: its neighbours tell where it is.
    const double margin = std::max(mapExtent.width(), mapExtent.height()) * 0.5;
    m_canvas->zoomToExtent(mapExtent.adjusted(-margin, -margin, margin, margin));
}

Status PlanningDock::exportMatrix(const QString& path) const {
    return m_matrix->matrix().writeCsv(path);
}

} // namespace agrimap
