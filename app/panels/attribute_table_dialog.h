#pragma once

#include <QDialog>
#include <QPointer>
#include <QRectF>
#include <vector>

class QLabel;
class QTableView;

namespace agrimap {

class AttributeFilterBar;
class AttributeTableModel;
class VectorLayer;

/// A layer's attribute table, beside the map (non-modal; deletes itself when closed, and
/// closes when its layer goes). Rows selected here are selected on the map and zoomed to;
/// features selected on the map are selected here as their rows are read.
class AttributeTableDialog : public QDialog {
    Q_OBJECT
public:
    AttributeTableDialog(VectorLayer* layer, QWidget* parent);

    /// Null once the layer was removed from the map.
    VectorLayer* layer() const;
    QTableView* view() const { return m_view; }
    AttributeTableModel* model() const { return m_model; }
    AttributeFilterBar* filterBar() const { return m_filterBar; }
    QString statusText() const;

Q_SIGNALS:
    /// The map should show this rectangle (map CRS): the selected features, padded a little.
    void zoomToRectRequested(const QRectF& mapRect);

private:
    void onTableSelectionChanged();
    void onLayerSelectionChanged();
    /// Selects those of `rows` (rows already read) whose features are selected on the map.
    void selectMapSelectionIn(const QList<int>& rows);
    bool isSelectedOnMap(qint64 fid) const;
    void zoomToSelection();
    void updateStatus();

    QPointer<VectorLayer> m_layer;
    AttributeTableModel* m_model;
    AttributeFilterBar* m_filterBar;
    QTableView* m_view;
    QLabel* m_status;
    std::vector<qint64> m_mapSelection; ///< fids selected on the layer, sorted
    bool m_syncing = false;             ///< a selection change we are making ourselves
};

} // namespace agrimap
