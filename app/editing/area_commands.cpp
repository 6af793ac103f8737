#include "area_commands.h"

#include "editing/area_form_dialog.h"
#include "editing/area_geometry.h"
#include "editing/area_history_dialog.h"
#include "editing/edit_controller.h"
#include "editing/edit_session.h"
#include "editing/edit_settings_dialog.h"
#include "editing/parcel_area_builder.h"
#include "editing/project_store.h"
#include "layer_collection.h"
#include "map/map_canvas.h"
#include "panels/layer_tree_dock.h"
#include "vector_layer.h"
#include "window/message_reporter.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>

namespace agrimap {

AreaCommands::AreaCommands(QMainWindow* window, LayerCollection* layers, LayerTreeDock* layerTree,
                           MapCanvas* canvas, EditController* edits, MessageReporter* messages)
    : QObject(window)
    , m_window(window)
    , m_layers(layers)
    , m_layerTree(layerTree)
    , m_canvas(canvas)
    , m_edits(edits)
    , m_messages(messages) {
    m_mergeChooser = [window](const std::vector<GrowingArea>& areas) -> qint64 {
        QStringList names;
        for (const GrowingArea& area : areas)
            names << QStringLiteral("%1 — %2 (%3)")
                         .arg(area.text(area_field::code), area.text(area_field::name),
                              area.text(area_field::crop));
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(window, tr("Merge growing areas"),
                                  tr("Keep the code and attributes of:"), names, 0, false, &ok);
        return ok ? areas[size_t(names.indexOf(chosen))].fid : -1;
    };
}

// The cadastral layer the user works with: the current one, else one with a selection.
VectorLayer* AreaCommands::parcelLayer() const {
    auto* current = qobject_cast<VectorLayer*>(m_layerTree->currentLayer());
    if (current && current->role() == LayerRole::Cadastral)
        return current;
    VectorLayer* any = nullptr;
    for (MapLayer* layer : m_layers->layers()) {
        auto* vector = qobject_cast<VectorLayer*>(layer);
        if (!vector || vector->role() != LayerRole::Cadastral)
            continue;
        if (!vector->selection().empty())
            return vector;
        any = any ? any : vector;
    }
    return any;
}

void AreaCommands::createAreaFromParcels() {
    VectorLayer* parcels = parcelLayer();
    if (!parcels || !m_edits->store()) {
        m_messages->error(tr("No cadastral parcels"),
                          tr("Add a cadastral layer and select parcels first."));
        return;
    }
    Result<GrowingArea> area = parcel_area_builder::areaFromParcels(*parcels, parcels->selection(),
                                                                    m_edits->store()->crs());
    if (!area) {
        m_messages->error(tr("Cannot make a growing area from the parcels"), area.errorMessage());
        return;
    }
    openAreaForm(area.value());
}

void AreaCommands::selectParcelsByNumber() {
    VectorLayer* parcels = parcelLayer();
    if (!parcels) {
        m_messages->error(tr("No cadastral parcels"), tr("Add a cadastral layer first."));
        return;
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(
        m_window, tr("Select parcels by number"),
        tr("Commune and sheet/parcel numbers in %1, e.g. Mỹ Tân: 12/305, 12/306")
            .arg(parcels->title()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || typed.trimmed().isEmpty())
        return;
    Result<std::vector<uint32_t>> found = parcel_area_builder::findParcels(*parcels, typed);
    if (!found) {
        m_messages->error(tr("Cannot select the parcels"), found.errorMessage());
        return;
    }
    selectAndShow(parcels, found.value());
}

void AreaCommands::selectAndShow(VectorLayer* layer, const std::vector<uint32_t>& features) {
    layer->setSelection(features);
    QRectF extent;
    for (uint32_t feature : features)
        extent = extent.isNull() ? layer->featureMapExtent(feature)
                                 : extent.united(layer->featureMapExtent(feature));
    if (!extent.isNull())
        m_canvas->zoomToExtent(extent.adjusted(-extent.width() * 0.2, -extent.height() * 0.2,
                                               extent.width() * 0.2, extent.height() * 0.2));
}

std::vector<qint64> AreaCommands::selectedAreaFids() const {
    std::vector<qint64> fids;
    if (VectorLayer* areas = m_edits->areasLayer()) {
        for (uint32_t feature : areas->selection())
            fids.push_back(areas->fidOf(feature));
    }
    return fids;
}

void AreaCommands::editSelectedArea() {
    const std::vector<qint64> fids = selectedAreaFids();
    if (fids.size() != 1 || !m_edits->session()) {
        m_messages->error(tr("Select one growing area"),
                          tr("Select one growing area with the Select tool (S), then try again."));
        return;
    }
    if (const GrowingArea* area = m_edits->session()->cached(fids.front()))
        openAreaForm(*area);
}

void AreaCommands::mergeSelectedAreas() {
    EditSession* session = m_edits->session();
    const std::vector<qint64> fids = selectedAreaFids();
    if (!session || fids.size() < 2) {
        m_messages->error(
            tr("Select growing areas to merge"),
            tr("Select two or more growing areas with the Select tool (S, Shift+click)."));
        return;
    }
    std::vector<GrowingArea> areas;
    for (qint64 fid : fids) {
        if (const GrowingArea* area = session->cached(fid))
            areas.push_back(*area);
    }
    const qint64 keep = m_mergeChooser(areas);
    if (keep < 0)
        return;
    m_edits->areasLayer()->clearSelection();
    m_edits->report(session->mergeAreas(fids, keep), tr("Cannot merge the growing areas"));
}

void AreaCommands::editProjectRules() {
    if (!m_edits->store() || m_edits->isReadOnly())
        return;
    auto* dialog = new EditSettingsDialog(m_edits, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AreaCommands::showAreaHistory() {
    const std::vector<qint64> fids = selectedAreaFids();
    if (fids.size() != 1) {
        m_messages->error(tr("Select one growing area"),
                          tr("Select one growing area with the Select tool (S), then try again."));
        return;
    }
    auto* dialog = new AreaHistoryDialog(m_edits, fids.front(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Imported shapes may cross themselves: GEOS's make-valid repairs them, one undo step each.
void AreaCommands::fixSelectedAreas() {
    EditSession* session = m_edits->session();
    if (!session)
        return;
    int fixedCount = 0;
    for (qint64 fid : selectedAreaFids()) {
        const GrowingArea* area = session->cached(fid);
        if (!area || area_geometry::invalidityReason(area->geometryWkb).isEmpty())
            continue;
        Result<QByteArray> repaired = area_geometry::fixed(area->geometryWkb);
        if (!repaired) {
            m_edits->report(Status{repaired.error()}, tr("Cannot fix the geometry"));
            return;
        }
        GrowingArea changed = *area;
        changed.geometryWkb = repaired.value();
        if (!m_edits->report(session->changeArea(changed, tr("Fix the geometry of growing area %1")
                                                              .arg(area->text(area_field::code))),
                             tr("Cannot fix the geometry")))
            return;
        ++fixedCount;
    }
    m_window->statusBar()->showMessage(tr("%n growing area(s) fixed", nullptr, fixedCount), 8000);
}

void AreaCommands::deleteSelectedAreas() {
    const std::vector<qint64> fids = selectedAreaFids();
    if (fids.empty() || !m_edits->session())
        return;
    m_edits->areasLayer()->clearSelection();
    for (qint64 fid : fids) {
        if (!m_edits->report(m_edits->session()->removeArea(fid),
                             tr("Cannot delete the growing area")))
            return;
    }
}

void AreaCommands::createDrawnArea(const std::vector<QPointF>& mapRing) {
    if (!m_edits->session())
        return;
    GrowingArea area;
    area.geometryWkb = m_edits->polygonInLayerCrs(mapRing);
    area.attributes.insert(QLatin1String(area_field::status), QLatin1String(area_status::active));
    openAreaForm(area);
}

void AreaCommands::openAreaForm(const GrowingArea& area) {
    EditSession* session = m_edits->session();
    if (!session)
        return;
    auto* form = new AreaFormDialog(
        *session, area,
        [session, existing = area.fid >= 0](const GrowingArea& changed) -> Status {
            if (existing)
                return session->changeArea(changed);
            Result<qint64> added = session->addArea(changed);
            return added ? Status{} : Status{added.error()};
        },
        m_window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &AreaFormDialog::problemsFound, m_edits, &EditController::showProblems);
    connect(form, &QDialog::finished, m_edits, [this] { m_edits->showProblems({}); });
    m_edits->showProblems(session->check(area));
    form->open();
}

} // namespace agrimap
