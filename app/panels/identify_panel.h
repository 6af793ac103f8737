#pragma once

#include "map/identify_hit.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>
#include <cstdint>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace agrimap {

class VectorLayer;

/// The "Identify" dock: what lies under a click, as layer → feature → attributes, read from
/// the layer's file (a handful of features, so on the GUI thread), with the geometry type and,
/// for polygons, the area. Read errors are shown in the tree, never thrown.
class IdentifyPanel : public QDockWidget {
    Q_OBJECT
public:
    /// More hits than this are counted but not read (a click should stay instant).
    static constexpr int maximumFeatures = 100;

    explicit IdentifyPanel(QWidget* parent);

    QTreeWidget* tree() const { return m_tree; }
    /// The plain value of an attribute row (empty for other rows).
    static QString valueOf(const QTreeWidgetItem* item);

public Q_SLOTS:
    void showHits(const QList<agrimap::IdentifyHit>& hits);
    void copyCurrentValue();

Q_SIGNALS:
    void zoomToFeatureRequested(agrimap::VectorLayer* layer, uint32_t feature);

private:
    void addFeature(QTreeWidgetItem* layerItem, VectorLayer* layer, int layerSlot,
                    uint32_t feature);
    void addArea(QTreeWidgetItem* featureItem, const VectorLayer& layer, uint32_t feature);
    void addError(QTreeWidgetItem* parent, const QString& message);
    void onDoubleClicked(QTreeWidgetItem* item);
    void showContextMenu(const QPoint& position);
    void copyFeature(const QTreeWidgetItem* featureItem);

    QTreeWidget* m_tree;
    std::vector<QPointer<VectorLayer>> m_layers; ///< the layers the feature rows point to
};

} // namespace agrimap
