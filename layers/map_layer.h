#pragma once

#include "crs.h"
#include "layer_style.h"
#include "map_settings.h"

#include <QImage>
#include <QObject>
#include <QRectF>
#include <atomic>
#include <functional>

class QPainter;

namespace agrimap {

/// Draws one layer for one frame on a worker thread. Made on the GUI thread from an
/// immutable snapshot of the layer, so the layer may change while the job runs.
using LayerRenderFunction = std::function<QImage(const MapSettings&, const std::atomic_bool&)>;
/// Draws one layer for one frame onto a painter whose coordinates are the frame's pixels (a
/// print scales them onto paper); false when cancelled. Runs on any thread, like the above.
using LayerPaintFunction =
    std::function<bool(QPainter&, const MapSettings&, const std::atomic_bool&)>;

/// A layer on the map: a source, a CRS, visibility, opacity and a way to draw itself.
/// Owned by a LayerCollection; lives on the GUI thread.
class MapLayer : public QObject {
    Q_OBJECT
public:
    enum class State { Loading, Ready, Failed };

    MapLayer(QString sourcePath, QString sourceLayerName, QString title, Crs crs,
             QObject* parent = nullptr);

    /// Unique within a session; used by the canvas to keep per-layer images.
    QString id() const { return m_id; }
    QString sourcePath() const { return m_sourcePath; }
    QString sourceLayerName() const { return m_sourceLayerName; }
    QString title() const { return m_title; }
    void setTitle(const QString& title);

    Crs crs() const { return m_crs; }
    /// True when the layer's CRS came from the user rather than from the file.
    bool crsAssigned() const { return m_crsAssigned; }
    virtual void assignCrs(const Crs& crs);

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);

    /// False for layers made for this session only (a planning check's findings, written
    /// to a temporary file): the project does not list them.
    bool isSavedWithProject() const { return m_savedWithProject; }
    void setSavedWithProject(bool saved) { m_savedWithProject = saved; }

    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }

    /// Follows the map's CRS: reprojects in the background when it differs from the layer's.
    virtual void setMapCrs(const Crs& mapCrs) = 0;
    /// Extent in the map CRS given to setMapCrs(); null until known.
    virtual QRectF mapExtent() const = 0;
    /// A drawing function for the current data, or an empty function while nothing is ready.
    virtual LayerRenderFunction renderFunction() const = 0;
    /// Draws the layer as vector onto any painter (prints). Empty for layers that only draw
    /// into images, such as rasters: a print draws those as an image.
    virtual LayerPaintFunction paintFunction() const { return {}; }
    virtual QList<LegendEntry> legend() const = 0;
    virtual bool isRaster() const = 0;

Q_SIGNALS:
    /// Visibility, opacity or title changed: recompose, no new drawing needed.
    void appearanceChanged();
    /// What the layer draws changed: draw it again.
    void repaintNeeded();
    void stateChanged();
    void progressChanged(int percent);

protected:
    void setState(State state, const QString& error = {});
    void markCrsAssigned(bool assigned) { m_crsAssigned = assigned; }
    void setCrsValue(const Crs& crs) { m_crs = crs; }

private:
    QString m_id;
    QString m_sourcePath;
    QString m_sourceLayerName;
    QString m_title;
    Crs m_crs;
    bool m_crsAssigned = false;
    bool m_visible = true;
    double m_opacity = 1.0;
    bool m_savedWithProject = true;
    State m_state = State::Loading;
    QString m_error;
};

} // namespace agrimap
