#include "edit_controller.h"

#include "coordinate_transformer.h"
#include "directory/farmer_session.h"
#include "directory/farmer_store.h"
#include "editing/area_geometry.h"
#include "editing/area_rings.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "layer_collection.h"
#include "validation/commune_boundaries.h"
#include "vector_layer.h"
#include "window/message_reporter.h"

#include <QAction>
#include <QFileInfo>
#include <QTimer>

namespace agrimap {

EditController::EditController(LayerCollection* layers, MessageReporter* messages, QObject* parent)
    : QObject(parent)
    , m_layers(layers)
    , m_messages(messages)
    , m_undo(new QAction(tr("&Undo"), this))
    , m_redo(new QAction(tr("&Redo"), this)) {
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_session)
            report(m_session->undo(), tr("Cannot undo"));
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_session)
            report(m_session->redo(), tr("Cannot redo"));
    });
    connect(layers, &LayerCollection::layerAdded, this, [this] { findAreasLayer(); });
    updateActions();
}

EditController::~EditController() {
    blockSignals(true); // the window that listens is being destroyed too
    closeProject();
}

bool EditController::openProject(const QString& path) {
    closeProject();
    auto store = ProjectStore::open(
        path, ProjectStore::Access::Edit,
        m_layers->mapCrs().isValid() && !m_layers->mapCrs().isGeographic() ? m_layers->mapCrs()
                                                                           : Crs::fromEpsg(5897));
    if (!store) {
        m_messages->error(tr("Cannot open the project for editing"), store.errorMessage());
        return false;
    }
    m_store = std::move(store).value();
    if (m_store->heldBy()) {
        m_messages->notice(
            tr("Opened read-only"),
            tr("%1 is being edited by %2. It opened read-only: you can look, "
               "but not change it. Open it again when the other window is closed.")
                .arg(QFileInfo(path).fileName(), ProjectLock::describe(*m_store->heldBy())));
    } else {
        if (m_store->recoveredStaleLock())
            m_messages->notice(tr("Recovered after a crash"),
                               tr("AgriMap was not closed properly the last time this project was "
                                  "edited. Every finished edit was kept."));
        // The communes the "inside its commune" rule checks against, named in the project.
        auto communes = loadCommuneBoundaries(m_store->settings(), QFileInfo(path).absolutePath(),
                                              m_store->crs());
        if (!communes)
            m_messages->error(tr("The commune rule is off"), communes.errorMessage());
        auto session = EditSession::start(*m_store, communes ? std::move(communes).value()
                                                             : std::vector<CommuneBoundary>{});
        if (!session) {
            m_messages->error(tr("Cannot edit the project"), session.errorMessage());
        } else {
            m_session = std::move(session).value();
            connect(m_session.get(), &EditSession::failed, this, [this](const QString& message) {
                m_messages->error(tr("Edit failed"), message);
            });
            QUndoStack* stack = m_session->undoStack();
            connect(stack, &QUndoStack::indexChanged, this, &EditController::updateActions);
            startFarmers();
        }
    }
    if (!m_farmers)
        m_readOnlyFarmers = std::make_unique<FarmerStore>(*m_store);
    connect(m_store.get(), &ProjectStore::areaChanged, this, [this] {
        // Several changes in one event-loop turn (a merge) read the layer once.
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            refreshAreasLayer();
            Q_EMIT problemPieces({}); // a stored edit: earlier refusals are history
            Q_EMIT areasChanged();
        });
    });
    findAreasLayer();
    updateActions();
    Q_EMIT stateChanged();
    return true;
}

void EditController::startFarmers() {
    auto farmers = FarmerSession::start(*m_session);
    if (!farmers) {
        m_messages->error(tr("Cannot open the Farmer Directory"), farmers.errorMessage());
        return;
    }
    m_farmers = std::move(farmers).value();
    connect(m_farmers.get(), &FarmerSession::failed, this,
            [this](const QString& message) { m_messages->error(tr("Edit failed"), message); });
}

FarmerStore* EditController::farmerStore() const {
    return m_farmers ? &m_farmers->store() : m_readOnlyFarmers.get();
}

void EditController::closeProject() {
    // The directory's steps are on the session's stack, and both stores write through m_store.
    m_farmers.reset();
    m_readOnlyFarmers.reset();
    m_session.reset();
    m_store.reset();
    m_areasLayer = nullptr;
    updateActions();
    Q_EMIT stateChanged();
}

VectorLayer* EditController::areasLayer() const {
    return m_areasLayer.data();
}

bool EditController::isReadOnly() const {
    return m_store && m_store->isReadOnly();
}

QString EditController::stateText() const {
    if (!m_store)
        return {};
    if (m_store->heldBy())
        return tr("Read-only: edited by %1").arg(ProjectLock::describe(*m_store->heldBy()));
    if (m_store->isReadOnly())
        return tr("Read-only");
    return tr("Editing %1").arg(QFileInfo(m_store->path()).fileName());
}

std::vector<QPointF> EditController::pointsInLayerCrs(const std::vector<QPointF>& mapPoints) {
    if (!m_store)
        return mapPoints;
    const Crs& mapCrs = m_layers->mapCrs();
    const QString key = mapCrs.definition() + QLatin1Char('|') + m_store->crs().definition();
    if (key != m_toLayerKey) {
        m_toLayer = std::make_unique<CoordinateTransformer>(mapCrs, m_store->crs());
        m_toLayerKey = key;
    }
    std::vector<QPointF> points = mapPoints;
    if (!m_toLayer->isIdentity()) {
        for (QPointF& point : points)
            point = m_toLayer->transform(point);
    }
    return points;
}

QPointF EditController::pointInMapCrs(const QPointF& layerPoint) {
    pointsInLayerCrs({}); // makes the transformer for the current CRSs
    return m_toLayer && !m_toLayer->isIdentity() ? m_toLayer->transform(layerPoint, true)
                                                 : layerPoint;
}

QByteArray EditController::polygonInLayerCrs(const std::vector<QPointF>& mapRing) {
    if (!m_store)
        return {};
    return area_geometry::polygonFromRing(pointsInLayerCrs(mapRing));
}

QRectF EditController::layerRectToMap(const QRectF& layerRect) {
    if (!m_store || !m_layers->mapCrs().isValid())
        return layerRect;
    const CoordinateTransformer toMap(m_store->crs(), m_layers->mapCrs());
    return toMap.isIdentity() ? layerRect : toMap.transformBounds(layerRect);
}

double EditController::hectaresOf(const std::vector<QPointF>& mapRing) {
    return area_geometry::areaM2(polygonInLayerCrs(mapRing)) / 10000.0;
}

void EditController::settingsChanged() {
    if (!m_store)
        return;
    // The session keeps its undo history only for the same rules: reopen the same project.
    const QString path = m_store->path();
    auto communes =
        loadCommuneBoundaries(m_store->settings(), QFileInfo(path).absolutePath(), m_store->crs());
    if (!communes)
        m_messages->error(tr("The commune rule is off"), communes.errorMessage());
    else if (m_session)
        m_session->setCommunes(std::move(communes).value());
    Q_EMIT areasChanged();
}

void EditController::showProblems(const std::vector<AreaViolation>& violations) {
    std::vector<QPolygonF> pieces;
    for (const AreaViolation& violation : violations) {
        for (const std::vector<QPointF>& ring : area_geometry::rings(violation.piece)) {
            QPolygonF polygon;
            for (const QPointF& point : ring)
                polygon << pointInMapCrs(point);
            pieces.push_back(polygon);
        }
    }
    Q_EMIT problemPieces(pieces);
}

bool EditController::report(const Status& status, const QString& what) {
    if (!status) {
        // A refused edit shows where it overlapped before saying why.
        if (m_session)
            showProblems(m_session->lastViolations());
        m_messages->error(what, status.errorMessage());
    }
    return status.ok();
}

void EditController::findAreasLayer() {
    if (!m_store)
        return;
    const QString path = QFileInfo(m_store->path()).absoluteFilePath();
    for (MapLayer* layer : m_layers->layers()) {
        auto* vector = qobject_cast<VectorLayer*>(layer);
        if (vector && QFileInfo(vector->sourcePath()).absoluteFilePath() == path &&
            vector->sourceLayerName() == QLatin1String("production_areas")) {
            m_areasLayer = vector;
            return;
        }
    }
}

void EditController::refreshAreasLayer() {
    m_refreshQueued = false;
    if (m_areasLayer)
        m_areasLayer->startLoading();
}

void EditController::updateActions() {
    QUndoStack* stack = m_session ? m_session->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                              : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                              : tr("&Redo"));
}

} // namespace agrimap
