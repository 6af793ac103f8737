#pragma once

#include "map/identify_hit.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>
#include <cstdint>
#include <functional>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace agrimap {

struct FeatureRecord;
class VectorLayer;

/// A row another feature area lists under an identified feature (a household farming the
/// parcel), grouped under a heading; double-clicking it hands `kind` and `id` back.
struct IdentifyRelated {
    QString group;  ///< the heading, e.g. "Households"
    QString text;   ///< first column
    QString detail; ///< second column
    QString kind;   ///< who owns the row, e.g. "farmer"
    qint64 id = -1;
};

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

    /// Rows a feature area lists under each identified feature of `layer` (nothing for
    /// layers it does not know); asked for every feature shown.
    using RelatedRows =
        std::function<std::vector<IdentifyRelated>(const VectorLayer& layer, const FeatureRecord&)>;
    void addRelatedRows(RelatedRows provider) { m_related.push_back(std::move(provider)); }

public Q_SLOTS:
    void showHits(const QList<agrimap::IdentifyHit>& hits);
    void copyCurrentValue();

Q_SIGNALS:
    void zoomToFeatureRequested(agrimap::VectorLayer* layer, uint32_t feature);
    /// A related row was double-clicked.
    void relatedActivated(const QString& kind, qint64 id);

private:
    void addFeature(QTreeWidgetItem* layerItem, VectorLayer* layer, int layerSlot,
                    uint32_t feature);
    void addArea(QTreeWidgetItem* featureItem, const VectorLayer& layer, uint32_t feature);
    void addError(QTreeWidgetItem* parent, const QString& message);
    void addRelated(QTreeWidgetItem* featureItem, const VectorLayer& layer,
                    const FeatureRecord& record);
    void onDoubleClicked(QTreeWidgetItem* item);
    void showContextMenu(const QPoint& position);
    void copyFeature(const QTreeWidgetItem* featureItem);

    QTreeWidget* m_tree;
    std::vector<QPointer<VectorLayer>> m_layers; ///< the layers the feature rows point to
    std::vector<RelatedRows> m_related;
};

} // namespace agrimap
