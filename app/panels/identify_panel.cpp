#include "identify_panel.h"

#include "attribute_value_text.h"
#include "feature_reader.h"
#include "geometry_engine.h"
#include "vector_layer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QTreeWidget>

namespace agrimap {

namespace {

enum ItemData {
    FeatureRole = Qt::UserRole, ///< on a feature row: the feature index in its layer
    LayerSlotRole,              ///< on a feature row: index into m_layers
    PlainValueRole,             ///< on an attribute row: the value for the clipboard
    KindRole,                   ///< what the row is
    RelatedKindRole,            ///< on a related row: its IdentifyRelated::kind
    RelatedIdRole,              ///< on a related row: its IdentifyRelated::id
};
enum class RowKind { Layer = 1, Feature, Attribute, Message, RelatedGroup, Related };

QTreeWidgetItem* makeItem(QTreeWidgetItem* parent, RowKind kind, const QString& name,
                          const QString& value = {}) {
    auto* item = new QTreeWidgetItem(parent, {name, value});
    item->setData(0, KindRole, int(kind));
    return item;
}

RowKind kindOf(const QTreeWidgetItem* item) {
    return item ? RowKind(item->data(0, KindRole).toInt()) : RowKind::Message;
}

} // namespace

IdentifyPanel::IdentifyPanel(QWidget* parent)
    : QDockWidget(tr("Identify"), parent)
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("identifyPanel"));
    m_tree->setObjectName(QStringLiteral("identifyTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    setWidget(m_tree);

    auto* copy = new QAction(tr("Copy value"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copy);
    connect(copy, &QAction::triggered, this, &IdentifyPanel::copyCurrentValue);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { onDoubleClicked(item); });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this,
            &IdentifyPanel::showContextMenu);
    showHits({});
}

void IdentifyPanel::showHits(const QList<IdentifyHit>& hits) {
    m_tree->clear();
    m_layers.clear();
    if (hits.isEmpty()) {
        QTreeWidgetItem* hint = makeItem(m_tree->invisibleRootItem(), RowKind::Message,
                                         tr("Click a feature on the map."));
        hint->setFirstColumnSpanned(true);
        hint->setToolTip(0, tr("With the Identify tool (I), click a feature on the map to see "
                               "all its attributes here."));
        return;
    }
    // Hits arrive topmost first; keep that order of layers and features.
    int shown = 0;
    QTreeWidgetItem* layerItem = nullptr;
    const VectorLayer* previous = nullptr;
    for (const IdentifyHit& hit : hits) {
        if (!hit.layer)
            continue;
        if (shown == maximumFeatures) {
            makeItem(m_tree->invisibleRootItem(), RowKind::Message,
                     tr("%1 more features are not shown; click closer in.")
                         .arg(hits.size() - maximumFeatures));
            break;
        }
        if (hit.layer != previous) {
            previous = hit.layer;
            m_layers.emplace_back(hit.layer);
            layerItem = makeItem(m_tree->invisibleRootItem(), RowKind::Layer, hit.layer->title());
            layerItem->setExpanded(true);
            QFont bold = layerItem->font(0);
            bold.setBold(true);
            layerItem->setFont(0, bold);
        }
        addFeature(layerItem, hit.layer, int(m_layers.size()) - 1, hit.feature);
        ++shown;
    }
    // The first feature is the one clicked on top: open it.
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->topLevelItem(0)->child(0)->setExpanded(true);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (kindOf(item) == RowKind::Layer)
            item->setText(1, tr("%1 features").arg(item->childCount()));
    }
}

void IdentifyPanel::addFeature(QTreeWidgetItem* layerItem, VectorLayer* layer, int layerSlot,
                               uint32_t feature) {
    const qint64 fid = layer->fidOf(feature);
    QTreeWidgetItem* item = makeItem(layerItem, RowKind::Feature, tr("Feature %1").arg(fid));
    item->setData(0, FeatureRole, feature);
    item->setData(0, LayerSlotRole, layerSlot);
    item->setToolTip(0, tr("Double-click to zoom to this feature."));
    if (fid < 0) {
        addError(item, tr("This feature is no longer in the layer."));
        return;
    }
    const Result<FeatureRecord> record =
        FeatureReader(layer->sourcePath(), layer->sourceLayerName()).read(fid);
    if (!record) {
        addError(item, record.errorMessage());
        return;
    }
    for (qsizetype i = 0; i < record->fieldNames.size(); ++i) {
        const QVariant value = record->values.value(i);
        QTreeWidgetItem* attribute = makeItem(item, RowKind::Attribute, record->fieldNames.at(i),
                                              attribute_text::display(value));
        attribute->setData(1, PlainValueRole, attribute_text::plain(value));
        attribute->setToolTip(1, attribute_text::display(value));
        if (value.isNull())
            attribute->setForeground(1, QPalette().brush(QPalette::Disabled, QPalette::Text));
    }
    const QString geometryType = record->geometryType.isEmpty()
                                     ? layer->sourceInfo().geometryTypeName
                                     : record->geometryType;
    item->setText(1, geometryType);
    QTreeWidgetItem* type = makeItem(item, RowKind::Attribute, tr("(geometry)"),
                                     geometryType.isEmpty() ? tr("none") : geometryType);
    type->setData(1, PlainValueRole, geometryType);
    addArea(item, *layer, feature);
    addRelated(item, *layer, record.value());
}

void IdentifyPanel::addRelated(QTreeWidgetItem* featureItem, const VectorLayer& layer,
                               const FeatureRecord& record) {
    QHash<QString, QTreeWidgetItem*> groups;
    for (const RelatedRows& provider : m_related) {
        for (const IdentifyRelated& related : provider(layer, record)) {
            QTreeWidgetItem*& group = groups[related.group];
            if (!group) {
                group = makeItem(featureItem, RowKind::RelatedGroup, related.group);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setExpanded(true);
            }
            QTreeWidgetItem* row = makeItem(group, RowKind::Related, related.text, related.detail);
            row->setData(0, RelatedKindRole, related.kind);
            row->setData(0, RelatedIdRole, related.id);
            row->setData(1, PlainValueRole, related.text);
            row->setToolTip(0, tr("Double-click to show it"));
        }
    }
    for (QTreeWidgetItem* group : std::as_const(groups))
        group->setText(1, QString::number(group->childCount()));
}

void IdentifyPanel::addArea(QTreeWidgetItem* featureItem, const VectorLayer& layer,
                            uint32_t feature) {
    const auto snapshot = layer.snapshot();
    if (!snapshot || !snapshot->data || feature >= snapshot->data->geometries.featureCount() ||
        snapshot->data->geometries.featureKind(feature) != GeometryKind::Polygon)
        return;
    // Area in a projected CRS (metres): the layer's own when it has one, else the map's.
    double squareMetres = -1;
    if (layer.crs().isValid() && !layer.crs().isGeographic()) {
        const double unit = layer.crs().metresPerUnit();
        squareMetres =
            geometry_engine::featureArea(snapshot->data->geometries, feature) * unit * unit;
    } else if (snapshot->mapCrs.isValid() && !snapshot->mapCrs.isGeographic()) {
        const double unit = snapshot->mapCrs.metresPerUnit();
        squareMetres = geometry_engine::featureArea(*snapshot->geometries, feature) * unit * unit;
    }
    if (squareMetres < 0)
        return;
    const QLocale locale;
    QTreeWidgetItem* area = makeItem(featureItem, RowKind::Attribute, tr("(area)"),
                                     tr("%1 m² (%2 ha)")
                                         .arg(locale.toString(squareMetres, 'f', 1),
                                              locale.toString(squareMetres / 10000.0, 'f', 4)));
    area->setData(1, PlainValueRole, QString::number(squareMetres, 'f', 2));
}

void IdentifyPanel::addError(QTreeWidgetItem* parent, const QString& message) {
    QTreeWidgetItem* item = makeItem(parent, RowKind::Message, tr("Error"), message);
    item->setForeground(0, QColor(176, 0, 32));
    item->setForeground(1, QColor(176, 0, 32));
    item->setToolTip(1, message);
    parent->setExpanded(true);
}

QString IdentifyPanel::valueOf(const QTreeWidgetItem* item) {
    return item ? item->data(1, PlainValueRole).toString() : QString();
}

void IdentifyPanel::onDoubleClicked(QTreeWidgetItem* item) {
    if (kindOf(item) == RowKind::Related) {
        Q_EMIT relatedActivated(item->data(0, RelatedKindRole).toString(),
                                item->data(0, RelatedIdRole).toLongLong());
        return;
    }
    if (kindOf(item) != RowKind::Feature)
        return;
    const size_t slot = size_t(item->data(0, LayerSlotRole).toInt());
    if (slot < m_layers.size() && m_layers[slot])
        Q_EMIT zoomToFeatureRequested(m_layers[slot], item->data(0, FeatureRole).toUInt());
}

void IdentifyPanel::copyCurrentValue() {
    QTreeWidgetItem* item = m_tree->currentItem();
    if (kindOf(item) == RowKind::Feature) {
        copyFeature(item);
        return;
    }
    const QString text = kindOf(item) == RowKind::Attribute || kindOf(item) == RowKind::Related
                             ? valueOf(item)
                             : item->text(1);
    QApplication::clipboard()->setText(text);
}

void IdentifyPanel::copyFeature(const QTreeWidgetItem* featureItem) {
    QStringList lines;
    for (int i = 0; i < featureItem->childCount(); ++i) {
        const QTreeWidgetItem* child = featureItem->child(i);
        lines << child->text(0) + QLatin1Char('\t') + valueOf(child);
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void IdentifyPanel::showContextMenu(const QPoint& position) {
    QTreeWidgetItem* item = m_tree->itemAt(position);
    if (!item)
        return;
    m_tree->setCurrentItem(item);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QTreeWidgetItem* featureItem = kindOf(item) == RowKind::Feature             ? item
                                   : kindOf(item->parent()) == RowKind::Feature ? item->parent()
                                                                                : nullptr;
    if (kindOf(item) == RowKind::Attribute || kindOf(item) == RowKind::Message)
        menu->addAction(tr("Copy value"), this, &IdentifyPanel::copyCurrentValue);
    if (featureItem) {
        menu->addAction(tr("Copy feature attributes"), this,
                        [this, featureItem] { copyFeature(featureItem); });
        menu->addAction(tr("Zoom to feature"), this,
                        [this, featureItem] { onDoubleClicked(featureItem); });
    }
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

} // namespace agrimap
