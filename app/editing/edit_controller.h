#pragma once

#include "error.h"
#include "validation/area_violation.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QPolygonF>
#include <QRectF>
#include <memory>
#include <vector>

class QAction;

namespace agrimap {

class EditSession;
class FarmerSession;
class FarmerStore;
class LayerCollection;
class MessageReporter;
class ProjectStore;
class VectorLayer;

/// The editing side of an open project: its ProjectStore (the project's lock, read-only when
/// another instance holds it), the EditSession with its undo history, the undo/redo actions,
/// and the map layer of the project's own growing areas, read again after each change.
class EditController : public QObject {
    Q_OBJECT
public:
    EditController(LayerCollection* layers, MessageReporter* messages, QObject* parent = nullptr);
    ~EditController() override;

    /// Opens the project at `path` for editing (creating its editing tables when missing).
    /// Returns false, with the reason reported, when it cannot be opened at all.
    bool openProject(const QString& path);
    void closeProject();

    bool isEditing() const { return m_session != nullptr; }
    bool isReadOnly() const;
    ProjectStore* store() const { return m_store.get(); }
    EditSession* session() const { return m_session.get(); }
    /// The Farmer Directory's edits, started with the session and closed before it (its undo
    /// steps live on the session's stack); null when not editing.
    FarmerSession* farmers() const { return m_farmers.get(); }
    /// The Farmer Directory to read: the session's when editing, else a read-only view of the
    /// project's; null without a project.
    FarmerStore* farmerStore() const;
    /// The layer showing the project's growing areas, once it is in the layer collection.
    VectorLayer* areasLayer() const;
    /// "Editing", or who holds the project when it opened read-only.
    QString stateText() const;

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

    /// A rectangle of the growing-area layer's CRS in the map CRS (to zoom to a problem).
    QRectF layerRectToMap(const QRectF& layerRect);
    /// A ring drawn on the map (map CRS) as a polygon in the growing-area layer's CRS.
    QByteArray polygonInLayerCrs(const std::vector<QPointF>& mapRing);
    /// Points drawn on the map (map CRS) in the growing-area layer's CRS, and back.
    std::vector<QPointF> pointsInLayerCrs(const std::vector<QPointF>& mapPoints);
    QPointF pointInMapCrs(const QPointF& layerPoint);
    /// Hectares of a ring drawn on the map, measured in the layer's projected CRS.
    double hectaresOf(const std::vector<QPointF>& mapRing);

    /// The project's rules changed: the communes are read again and every area checked.
    void settingsChanged();

    /// Points out on the map the pieces of these problems (overlaps), or nothing for none.
    void showProblems(const std::vector<AreaViolation>& violations);

    /// Runs an edit, reports its failure; the layer is refreshed by the store's signal.
    bool report(const Status& status, const QString& what);

Q_SIGNALS:
    void stateChanged();
    /// Growing areas were stored (an edit, an undo, a redo).
    void areasChanged();
    /// Pieces to point out on the map, in map coordinates (empty: none).
    void problemPieces(const std::vector<QPolygonF>& mapRings);

private:
    void startFarmers();
    void findAreasLayer();
    void refreshAreasLayer();
    void updateActions();

    LayerCollection* m_layers;
    MessageReporter* m_messages;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<FarmerSession> m_farmers;
    std::unique_ptr<FarmerStore> m_readOnlyFarmers;
    QPointer<VectorLayer> m_areasLayer;
    QAction* m_undo;
    QAction* m_redo;
    bool m_refreshQueued = false;
    std::unique_ptr<class CoordinateTransformer> m_toLayer; ///< map CRS → layer CRS
    QString m_toLayerKey;
};

} // namespace agrimap
