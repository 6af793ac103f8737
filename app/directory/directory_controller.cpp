#include "directory_controller.h"

#include "directory/farmer_columns.h"
#include "directory/farmer_session.h"
#include "directory/farmer_store.h"
#include "duplicate_finder_dialog.h"
#include "editing/edit_controller.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "farmer_directory_panel.h"
#include "farmer_export_flow.h"
#include "farmer_filter_bar.h"
#include "farmer_form_dialog.h"
#include "farmer_table_model.h"
#include "feature_reader.h"
#include "layer_collection.h"
#include "map/map_canvas.h"
#include "parcel_link_tool.h"
#include "parcel_lookup.h"
#include "vector_layer.h"
#include "window/message_reporter.h"

#include <QAction>
#include <QEvent>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace agrimap {

namespace {

constexpr const char* farmerKind = "farmer";

QString householdText(const FarmerRecord& farmer) {
    return farmer.householdId.isEmpty()
               ? farmer.fullName
               : QStringLiteral("%1 (%2)").arg(farmer.fullName, farmer.householdId);
}

} // namespace

DirectoryController::DirectoryController(EditController* edits, LayerCollection* layers,
                                         MapCanvas* canvas, MessageReporter* messages,
                                         QMainWindow* window)
    : QObject(window)
    , m_edits(edits)
    , m_layers(layers)
    , m_canvas(canvas)
    , m_messages(messages)
    , m_window(window)
    , m_panel(new FarmerDirectoryPanel(window))
    , m_menu(new QMenu(tr("Farmer &Directory"), window))
    , m_linkTool(new ParcelLinkTool(canvas, layers))
    , m_export(new FarmerExportFlow(window, messages)) {
    m_linkTool->setObjectName(QStringLiteral("ParcelLinkTool"));
    m_panel->table()->viewport()->installEventFilter(this);
    m_panelAction = m_panel->toggleViewAction();
    m_panelAction->setText(tr("Farmer &Directory"));
    m_panelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_panelAction->setObjectName(QStringLiteral("farmerDirectoryAction"));

    m_menu->setObjectName(QStringLiteral("farmerDirectoryMenu"));
    m_menu->addAction(m_panelAction);
    m_menu->addSeparator();
    m_menu->addAction(m_panel->addAction());
    m_menu->addAction(m_panel->duplicatesAction());
    m_menu->addAction(m_panel->exportAction());
    // Importing households (CSV, Excel) adds its action below this line.
    m_menu->addSeparator();

    connect(m_panel, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            showDirectory();
    });
    connect(m_panel, &FarmerDirectoryPanel::currentFarmerChanged, this,
            [this](qint64 fid) { highlightParcels(fid, true); });
    connect(m_panel, &FarmerDirectoryPanel::editRequested, this, &DirectoryController::openForm);
    connect(m_panel, &FarmerDirectoryPanel::addRequested, this, [this] { openForm(-1); });
    connect(m_panel, &FarmerDirectoryPanel::deleteRequested, this,
            &DirectoryController::deleteHousehold);
    connect(m_panel->duplicatesAction(), &QAction::triggered, this,
            &DirectoryController::showDuplicates);
    connect(m_panel->exportAction(), &QAction::triggered, this,
            &DirectoryController::exportDirectory);
    connect(m_panel->linkAction(), &QAction::triggered, this, [this] {
        if (m_linkToolAction)
            m_linkToolAction->trigger();
        else
            m_canvas->setTool(m_linkTool);
        const Result<FarmerRecord> farmer =
            m_store ? m_store->farmer(m_panel->currentFid()) : Result<FarmerRecord>(Error{});
        if (farmer)
            showStatus(tr("Click the parcels of %1 on the map: each click links one (Ctrl+Z "
                          "undoes it)")
                           .arg(farmer->fullName));
    });
    connect(m_linkTool, &ParcelLinkTool::parcelClicked, this,
            &DirectoryController::linkClickedParcel);
    connect(m_linkTool, &ParcelLinkTool::missed, this,
            [this] { showStatus(tr("No cadastral parcel there")); });
    connect(m_edits, &EditController::stateChanged, this, &DirectoryController::followProject);
    connect(m_edits, &EditController::areasChanged, this, [this] {
        if (m_shown)
            m_panel->filterBar()->setChoices(m_choices, areaChoices());
    });
    followProject();
}

DirectoryController::~DirectoryController() {
    if (m_lookupCancel)
        *m_lookupCancel = true;
}

const FarmerSearchIndex* DirectoryController::searchIndex() const {
    return m_session ? &m_session->searchIndex() : &m_readOnlyIndex;
}

void DirectoryController::showStatus(const QString& text) {
    m_window->statusBar()->showMessage(text, 10000);
}

// The project opened, closed or fell back to read-only: show its directory.
void DirectoryController::followProject() {
    FarmerStore* store = m_edits->farmerStore();
    FarmerSession* session = m_edits->farmers();
    if (store != m_store || session != m_session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        m_panel->model()->setDirectory(nullptr, nullptr);
        m_store = store;
        m_session = session;
        m_shown = false;
        m_canvas->setFeatureHighlights({});
        if (m_session)
            connect(m_session, &FarmerSession::farmersChanged, this,
                    &DirectoryController::farmersChanged);
    }
    m_panel->setEditable(m_session != nullptr);
    if (!m_store)
        m_panel->setNotice(tr("Open a project to see its Farmer Directory."));
    else if (!m_store->exists())
        m_panel->setNotice(tr("This project has no Farmer Directory yet: open it for editing "
                              "once (it is read-only now) to add one."));
    else if (!m_session)
        m_panel->setNotice(m_edits->stateText() +
                           tr(": the directory can be searched and exported, not changed."));
    else
        m_panel->setNotice({});
    if (m_panel->isVisible())
        showDirectory();
}

// Reading starts when the panel is first shown: a project opens no slower for having 200k
// households, and the panel shows its first rows before the filter boxes are filled.
void DirectoryController::showDirectory() {
    if (m_shown || !m_store)
        return;
    m_shown = true;
    if (!m_session)
        m_readOnlyIndex.reset(m_store->exists() ? m_store->searchEntries()
                                                : std::vector<FarmerSearchIndex::Entry>{});
    m_panel->model()->setDirectory(m_store, searchIndex());
    // The filter boxes need one pass over the whole table: after the first rows are painted.
    m_choicesPending = true;
    m_panel->table()->viewport()->update();
}

bool DirectoryController::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint && m_choicesPending &&
        watched == m_panel->table()->viewport()) {
        m_choicesPending = false;
        QTimer::singleShot(0, this, &DirectoryController::refreshChoices);
    }
    return QObject::eventFilter(watched, event);
}

void DirectoryController::refreshChoices() {
    if (!m_store || !m_shown)
        return;
    FarmerPlaceIndex places;
    m_choices = m_store->exists() ? farmer_queries::choices(*m_store, &places) : FarmerChoices{};
    m_panel->model()->setPlaces(std::move(places));
    m_panel->filterBar()->setChoices(m_choices, areaChoices());
}

void DirectoryController::addChoicesOf(const QList<qint64>& fids) {
    const FarmerChoices before = m_choices;
    for (qint64 fid : fids) {
        if (const Result<FarmerRecord> farmer = m_store->farmer(fid))
            m_choices.add(farmer.value());
    }
    if (m_choices.communes != before.communes || m_choices.cooperatives != before.cooperatives ||
        m_choices.crops != before.crops)
        m_panel->filterBar()->setChoices(m_choices, areaChoices());
}

void DirectoryController::farmersChanged(const QList<qint64>& fids) {
    if (!m_shown)
        return;
    m_panel->model()->farmersChanged(fids);
    addChoicesOf(fids);
    const qint64 current = m_panel->currentFid();
    if (current >= 0 && fids.contains(current))
        highlightParcels(current, false); // a link added or undone: outline again, stay put
}

std::vector<AreaLinksEditor::AreaChoice> DirectoryController::areaChoices() const {
    std::vector<GrowingArea> areas;
    if (EditSession* session = m_edits->session())
        areas = session->allAreas();
    else if (m_edits->store()) {
        if (Result<std::vector<GrowingArea>> stored = m_edits->store()->areas())
            areas = std::move(stored).value();
    }
    std::sort(areas.begin(), areas.end(), [](const GrowingArea& a, const GrowingArea& b) {
        return a.text(area_field::code) < b.text(area_field::code);
    });
    std::vector<AreaLinksEditor::AreaChoice> choices;
    for (const GrowingArea& area : areas) {
        const QString name = area.text(area_field::name);
        choices.emplace_back(area.fid, name.isEmpty()
                                           ? area.text(area_field::code)
                                           : tr("%1 — %2").arg(area.text(area_field::code), name));
    }
    return choices;
}

void DirectoryController::showHousehold(qint64 fid) {
    m_panel->show();
    m_panel->raise();
    showDirectory();
    if (m_panel->model()->rowOf(fid) < 0)
        m_panel->filterBar()->clear();
    m_panel->selectFarmer(fid);
}

// ---- the map: the chosen household's parcels ----------------------------------------------

void DirectoryController::highlightParcels(qint64 fid, bool zoom) {
    if (m_lookupCancel)
        *m_lookupCancel = true;
    const quint64 generation = ++m_lookupGeneration;
    m_found.clear();
    m_pendingLookups = 0;
    std::vector<ParcelKey> keys;
    if (fid >= 0 && m_store) {
        for (const FarmerParcel& link : m_store->parcelsOf(fid))
            keys.push_back(link.parcel);
    }
    const std::vector<VectorLayer*> layers = parcel_lookup::cadastralLayers(*m_layers);
    if (keys.empty() || layers.empty()) {
        m_canvas->setFeatureHighlights({});
        if (!keys.empty())
            showStatus(tr("Add the cadastral map to see this household's parcels"));
        Q_EMIT parcelsShown();
        return;
    }
    m_lookupCancel = std::make_shared<std::atomic_bool>(false);
    m_pendingLookups = int(layers.size());
    for (VectorLayer* layer : layers) {
        using Outcome = Result<std::vector<qint64>>;
        auto* watcher = new QFutureWatcher<Outcome>(this);
        QPointer<VectorLayer> target = layer;
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, target, generation, zoom] {
                    watcher->deleteLater();
                    if (generation != m_lookupGeneration)
                        return; // another household was chosen meanwhile
                    const Outcome outcome = watcher->result();
                    if (target && outcome) {
                        FeatureHighlight found{target, {}};
                        for (qint64 parcelFid : outcome.value()) {
                            if (const std::optional<uint32_t> feature =
                                    target->featureOfFid(parcelFid))
                                found.features.push_back(*feature);
                        }
                        if (!found.features.empty())
                            m_found.push_back(std::move(found));
                    }
                    if (--m_pendingLookups == 0)
                        showFoundParcels(zoom);
                });
        watcher->setFuture(QtConcurrent::run(
            [path = layer->sourcePath(), name = layer->sourceLayerName(),
             fields = layer->sourceInfo().role.fields, keys, cancel = m_lookupCancel] {
                return parcel_lookup::findFids(path, name, fields, keys, *cancel);
            }));
    }
}

void DirectoryController::showFoundParcels(bool zoom) {
    m_canvas->setFeatureHighlights(m_found);
    QRectF extent;
    for (const FeatureHighlight& found : m_found) {
        for (uint32_t feature : found.features) {
            const QRectF box = found.layer->featureMapExtent(feature);
            extent = extent.isNull() ? box : extent.united(box);
        }
    }
    if (zoom && !extent.isNull()) {
        // A margin around the parcels, and never closer than a parcel's scale.
        const double margin = qMax(qMax(extent.width(), extent.height()) * 0.3,
                                   m_layers->mapCrs().isGeographic() ? 0.0005 : 40.0);
        m_canvas->zoomToExtent(extent.adjusted(-margin, -margin, margin, margin));
    }
    Q_EMIT parcelsShown();
}

void DirectoryController::linkClickedParcel(VectorLayer* layer, uint32_t feature) {
    const qint64 fid = m_panel->currentFid();
    if (!m_session) {
        m_messages->error(tr("Cannot link the parcel"),
                          tr("The project is open read-only: its directory cannot be changed."));
        return;
    }
    if (fid < 0) {
        m_messages->error(tr("Choose a household first"),
                          tr("Choose a household in the Farmer Directory (Ctrl+Shift+D), then "
                             "click its parcels on the map."));
        return;
    }
    Result<parcel_lookup::ParcelOnMap> parcel = parcel_lookup::parcelOf(*layer, feature);
    if (!parcel) {
        m_messages->error(tr("Cannot link the parcel"), parcel.errorMessage());
        return;
    }
    const Result<FarmerRecord> farmer = m_store->farmer(fid);
    if (parcel->key.commune.isEmpty() && farmer) // a layer without a commune field
        parcel->key.commune = farmer->commune;
    const Result<qint64> linked =
        m_session->linkParcel({-1, fid, parcel->key, parcel->areaM2, Tenure::Owner});
    if (!linked) {
        m_messages->error(tr("Cannot link the parcel"), linked.errorMessage());
        return;
    }
    showStatus(tr("Parcel %1/%2 (%3) linked to %4; Ctrl+Z undoes it")
                   .arg(parcel->key.sheet, parcel->key.parcel, parcel->key.commune,
                        farmer ? farmer->fullName : QString()));
}

ParcelLinksEditor::ParcelCheck DirectoryController::checkParcel(const ParcelKey& key) const {
    const std::vector<VectorLayer*> layers = parcel_lookup::cadastralLayers(*m_layers);
    if (layers.empty())
        return ParcelLinksEditor::ParcelCheck::NoLayer;
    const std::atomic_bool never(false);
    for (VectorLayer* layer : layers) {
        const Result<std::vector<qint64>> found =
            parcel_lookup::findFids(layer->sourcePath(), layer->sourceLayerName(),
                                    layer->sourceInfo().role.fields, {key}, never);
        if (found && !found->empty())
            return ParcelLinksEditor::ParcelCheck::Found;
    }
    return ParcelLinksEditor::ParcelCheck::Missing;
}

// ---- identify: the households of a parcel or growing area ----------------------------------

void DirectoryController::attachIdentifyPanel(IdentifyPanel* identify) {
    identify->addRelatedRows([this](const VectorLayer& layer, const FeatureRecord& record) {
        return householdsOf(layer, record);
    });
    connect(identify, &IdentifyPanel::relatedActivated, this,
            [this](const QString& kind, qint64 id) {
                if (kind == QLatin1String(farmerKind))
                    showHousehold(id);
            });
}

std::vector<IdentifyRelated> DirectoryController::householdsOf(const VectorLayer& layer,
                                                               const FeatureRecord& record) const {
    std::vector<IdentifyRelated> rows;
    if (!m_store || !m_store->exists())
        return rows;
    const QString group = tr("Households");
    const QLocale locale;
    if (layer.role() == LayerRole::Cadastral) {
        const std::optional<parcel_lookup::ParcelOnMap> parcel =
            parcel_lookup::parcelOf(layer.sourceInfo().role.fields, record);
        if (!parcel)
            return rows;
        for (const FarmerParcel& link : m_store->farmersOfParcel(parcel->key)) {
            const Result<FarmerRecord> farmer = m_store->farmer(link.farmerFid);
            if (!farmer)
                continue;
            const QString detail = link.farmedAreaM2
                                       ? tr("%1, %2 m²")
                                             .arg(farmer_columns::tenureText(link.tenure),
                                                  locale.toString(*link.farmedAreaM2, 'f', 0))
                                       : farmer_columns::tenureText(link.tenure);
            rows.push_back({group, householdText(farmer.value()), detail, QLatin1String(farmerKind),
                            link.farmerFid});
        }
    } else if (&layer == m_edits->areasLayer()) {
        for (const FarmerArea& link : m_store->farmersOfArea(record.fid)) {
            const Result<FarmerRecord> farmer = m_store->farmer(link.farmerFid);
            if (farmer)
                rows.push_back({group, householdText(farmer.value()), farmer->phone,
                                QLatin1String(farmerKind), link.farmerFid});
        }
    }
    return rows;
}

// ---- form, delete, duplicates, export -------------------------------------------------------

void DirectoryController::openForm(qint64 fid) {
    if (!m_store || !m_store->exists())
        return;
    FarmerRecord farmer;
    if (fid >= 0) {
        Result<FarmerRecord> stored = m_store->farmer(fid);
        if (!stored) {
            m_messages->error(tr("Cannot open the household"), stored.errorMessage());
            return;
        }
        farmer = std::move(stored).value();
    } else {
        if (!m_session)
            return;
        // A new household starts in the commune and cooperative the list is filtered to.
        const FarmerFilter filter = m_panel->filterBar()->filter();
        farmer.commune = filter.commune;
        farmer.cooperative = filter.cooperative;
    }
    FarmerFormDialog::Saver saver;
    if (m_session) {
        saver = [session = m_session](const FarmerRecord& changed,
                                      std::vector<FarmerParcel> parcels,
                                      std::vector<FarmerArea> areas) -> Result<qint64> {
            if (!session)
                return Error{tr("The project was closed")};
            return session->saveHousehold(changed, std::move(parcels), std::move(areas));
        };
    }
    auto* form = new FarmerFormDialog(*m_store, farmer, areaChoices(), saver, m_window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setParcelChecker([this](const ParcelKey& key) { return checkParcel(key); });
    connect(form, &QDialog::accepted, this, [this, form, fid] {
        if (fid < 0 && form->savedFid() >= 0)
            showHousehold(form->savedFid());
    });
    form->open();
}

void DirectoryController::deleteHousehold(qint64 fid) {
    if (!m_session || !m_store)
        return;
    const Result<FarmerRecord> farmer = m_store->farmer(fid);
    if (!farmer)
        return;
    auto* question = new QMessageBox(
        QMessageBox::Question, tr("Delete household"),
        tr("Delete %1 with their %n parcel link(s) and growing-area links? Ctrl+Z brings them "
           "back.",
           nullptr, int(m_store->parcelsOf(fid).size()))
            .arg(householdText(farmer.value())),
        QMessageBox::Cancel, m_window);
    question->setObjectName(QStringLiteral("deleteFarmerQuestion"));
    QPushButton* remove = question->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, remove, fid] {
        if (question->clickedButton() != remove || !m_session)
            return;
        if (Status removed = m_session->removeFarmer(fid); !removed)
            m_messages->error(tr("Cannot delete the household"), removed.errorMessage());
    });
    question->open();
}

void DirectoryController::showDuplicates() {
    if (!m_store || !m_store->exists())
        return;
    auto* dialog = new DuplicateFinderDialog(*m_store, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicateFinderDialog::farmerActivated, this,
            &DirectoryController::showHousehold);
    dialog->open();
}

void DirectoryController::exportDirectory() {
    if (!m_store || !m_panel->model()->hasDirectory())
        return;
    FarmerTableModel* model = m_panel->model();
    m_export->start(m_store->project().path(), model->fids(), model->totalCount(),
                    [this] { return searchIndex()->search(QString()); });
}

} // namespace agrimap
