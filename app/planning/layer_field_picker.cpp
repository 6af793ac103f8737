#include "layer_field_picker.h"

#include "layer_collection.h"
#include "vector_layer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPointer>

namespace agrimap {

namespace {

QString roleCodeField(const VectorLayer& layer, LayerRole preferred) {
    const RoleFields& fields = layer.sourceInfo().role.fields;
    if (preferred == LayerRole::ProductionArea && !fields.productionAreaCode.isEmpty())
        return fields.productionAreaCode;
    return fields.landUseCode;
}

} // namespace

LayerFieldPicker::LayerFieldPicker(LayerCollection* layers, LayerRole preferred, QWidget* parent)
    : QWidget(parent)
    , m_collection(layers)
    , m_preferred(preferred)
    , m_layers(new QComboBox(this))
    , m_fields(new QComboBox(this)) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_layers, 3);
    row->addWidget(m_fields, 2);
    m_layers->setObjectName(QStringLiteral("layerBox"));
    m_fields->setObjectName(QStringLiteral("fieldBox"));
    m_layers->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layers->setMinimumContentsLength(12);
    m_fields->setToolTip(tr("The field that holds the code"));
    connect(m_layers, &QComboBox::currentIndexChanged, this, [this] {
        refillFields();
        Q_EMIT changed();
    });
    connect(m_fields, &QComboBox::currentIndexChanged, this, &LayerFieldPicker::changed);
    connect(layers, &LayerCollection::layerAdded, this, &LayerFieldPicker::refillLayers);
    connect(layers, &LayerCollection::orderChanged, this, &LayerFieldPicker::refillLayers);
    // Removal is announced before the layer goes: refill once it is gone.
    connect(layers, &LayerCollection::layerAboutToBeRemoved, this, [this] {
        QMetaObject::invokeMethod(this, &LayerFieldPicker::refillLayers, Qt::QueuedConnection);
    });
    refillLayers();
}

void LayerFieldPicker::refillLayers() {
    QPointer<VectorLayer> current = layer();
    const QSignalBlocker blocker(m_layers);
    m_layers->clear();
    std::vector<VectorLayer*> preferred;
    std::vector<VectorLayer*> others;
    // Topmost first, as in the layer tree.
    for (int i = m_collection->count() - 1; i >= 0; --i) {
        auto* vector = qobject_cast<VectorLayer*>(m_collection->at(i));
        if (!vector || vector->sourceInfo().geometryKind != GeometryKind::Polygon)
            continue;
        (vector->role() == m_preferred ? preferred : others).push_back(vector);
    }
    for (const auto* list : {&preferred, &others}) {
        for (VectorLayer* vector : *list)
            m_layers->addItem(vector->title(), QVariant::fromValue<QObject*>(vector));
    }
    const int keep =
        current ? m_layers->findData(QVariant::fromValue<QObject*>(current.data())) : -1;
    m_layers->setCurrentIndex(keep >= 0 ? keep : (m_layers->count() > 0 ? 0 : -1));
    refillFields();
    Q_EMIT changed();
}

void LayerFieldPicker::refillFields() {
    const QString previous = m_fields->currentText();
    const QSignalBlocker blocker(m_fields);
    m_fields->clear();
    VectorLayer* chosen = layer();
    if (!chosen)
        return;
    m_fields->addItems(chosen->sourceInfo().fieldNames);
    QString wanted = roleCodeField(*chosen, m_preferred);
    if (wanted.isEmpty() && m_fields->findText(previous) >= 0)
        wanted = previous;
    m_fields->setCurrentIndex(std::max(m_fields->findText(wanted), 0));
}

VectorLayer* LayerFieldPicker::layer() const {
    return qobject_cast<VectorLayer*>(m_layers->currentData().value<QObject*>());
}

QString LayerFieldPicker::codeField() const {
    return m_fields->currentText();
}

void LayerFieldPicker::setLayer(VectorLayer* layer) {
    const int index = m_layers->findData(QVariant::fromValue<QObject*>(layer));
    if (index >= 0)
        m_layers->setCurrentIndex(index);
}

void LayerFieldPicker::setCodeField(const QString& field) {
    const int index = m_fields->findText(field);
    if (index >= 0)
        m_fields->setCurrentIndex(index);
}

planning::PolygonSource LayerFieldPicker::source() const {
    planning::PolygonSource source;
    VectorLayer* chosen = layer();
    if (!chosen)
        return source;
    source.path = chosen->sourcePath();
    source.layerName = chosen->sourceLayerName();
    source.codeField = codeField();
    source.crs = chosen->crs();
    source.title = chosen->title();
    const RoleFields& fields = chosen->sourceInfo().role.fields;
    if (chosen->role() == LayerRole::Cadastral) {
        for (const QString& field : {fields.mapSheet, fields.parcelNumber}) {
            if (!field.isEmpty())
                source.labelFields << field;
        }
    } else if (!fields.productionAreaCode.isEmpty()) {
        source.labelFields << fields.productionAreaCode;
    } else {
        source.labelFields << source.codeField;
    }
    return source;
}

} // namespace agrimap
