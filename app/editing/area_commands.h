#pragma once

#include <QObject>
#include <QPointF>
#include <functional>
#include <vector>

class QMainWindow;

namespace agrimap {

class EditController;
struct GrowingArea;
class LayerCollection;
class LayerTreeDock;
class MapCanvas;
class MessageReporter;
class VectorLayer;

/// The Edit menu's commands on growing areas (from parcels, attributes, merge, history, fix,
/// delete, rules) and the form that adds or changes one: each acts on the selection of the
/// project's growing areas and is one undo step.
class AreaCommands : public QObject {
    Q_OBJECT
public:
    AreaCommands(QMainWindow* window, LayerCollection* layers, LayerTreeDock* layerTree,
                 MapCanvas* canvas, EditController* edits, MessageReporter* messages);

    /// Asked which of the areas to be merged gives its attributes; -1 cancels. Tests replace it.
    using MergeChooser = std::function<qint64(const std::vector<GrowingArea>& areas)>;
    void setMergeChooser(MergeChooser chooser) { m_mergeChooser = std::move(chooser); }

    /// The fids of the selected growing areas.
    std::vector<qint64> selectedAreaFids() const;

    void createAreaFromParcels();
    void selectParcelsByNumber();
    void editSelectedArea();
    void mergeSelectedAreas();
    void showAreaHistory();
    /// Imported shapes may cross themselves: GEOS's make-valid repairs them, one step each.
    void fixSelectedAreas();
    void deleteSelectedAreas();
    void editProjectRules();
    /// A ring drawn on the map (map CRS) becomes a new area, through the form.
    void createDrawnArea(const std::vector<QPointF>& mapRing);
    /// The form for `area`: a new one (fid < 0) is added, an existing one changed.
    void openAreaForm(const GrowingArea& area);

private:
    VectorLayer* parcelLayer() const;
    void selectAndShow(VectorLayer* layer, const std::vector<uint32_t>& features);

    QMainWindow* m_window;
    LayerCollection* m_layers;
    LayerTreeDock* m_layerTree;
    MapCanvas* m_canvas;
    EditController* m_edits;
    MessageReporter* m_messages;
    MergeChooser m_mergeChooser;
};

} // namespace agrimap
