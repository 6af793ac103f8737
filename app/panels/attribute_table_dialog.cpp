#include "attribute_table_dialog.h"

#include "attribute_filter_bar.h"
#include "attribute_table_model.h"
#include "vector_layer.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace agrimap {

namespace {

// A margin around the selection so its outline is not drawn on the map's edge; a point gets
// a fixed neighbourhood (about 50 m).
QRectF padded(const QRectF& extent, bool geographic) {
    const double margin =
        std::max(std::max(extent.width(), extent.height()) * 0.1, geographic ? 0.0005 : 50.0);
    return extent.adjusted(-margin, -margin, margin, margin);
}

} // namespace

AttributeTableDialog::AttributeTableDialog(VectorLayer* layer, QWidget* parent)
    : QDialog(parent)
    , m_layer(layer)
    , m_model(new AttributeTableModel(layer->sourcePath(), layer->sourceLayerName(),
                                      layer->sourceInfo().fieldNames, this))
    , m_filterBar(new AttributeFilterBar(layer->sourceInfo().fieldNames, this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("attributeTableDialog"));
    setWindowTitle(tr("Attribute table — %1").arg(layer->title()));
    setSizeGripEnabled(true);
    resize(900, 560);

    m_view->setObjectName(QStringLiteral("attributeTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Fixed row heights: a million rows must never be measured one by one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true); // the model sorts on its worker

    m_status->setObjectName(QStringLiteral("attributeStatus"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* zoom = buttons->addButton(tr("Zoom to selection"), QDialogButtonBox::ActionRole);
    QPushButton* clear = buttons->addButton(tr("Clear selection"), QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(zoom, &QPushButton::clicked, this, &AttributeTableDialog::zoomToSelection);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_layer)
            m_layer->clearSelection();
    });
    connect(m_filterBar, &AttributeFilterBar::filterRequested, this, [this](const QString& where) {
        m_filterBar->clearError();
        m_model->setFilter(where);
        updateStatus();
    });
    connect(m_model, &AttributeTableModel::queryStarted, this, &AttributeTableDialog::updateStatus);
    connect(m_model, &AttributeTableModel::queryFinished, this, [this] {
        m_filterBar->clearError();
        updateStatus();
    });
    connect(m_model, &AttributeTableModel::queryFailed, this, [this](const QString& message) {
        m_filterBar->showError(message);
        // The rows keep their old order: so does the header's arrow.
        m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        updateStatus();
    });
    connect(m_model, &AttributeTableModel::pageLoaded, this, [this](int firstRow, int lastRow) {
        QList<int> rows;
        for (int row = firstRow; row <= lastRow; ++row)
            rows << row;
        selectMapSelectionIn(rows);
    });
    connect(m_model, &AttributeTableModel::pageFailed, this,
            [this](const QString& message) { m_status->setText(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableDialog::onTableSelectionChanged);
    connect(layer, &VectorLayer::selectionChanged, this,
            &AttributeTableDialog::onLayerSelectionChanged);
    connect(layer, &QObject::destroyed, this, &QDialog::close);
    connect(layer, &MapLayer::appearanceChanged, this, [this] {
        if (m_layer)
            setWindowTitle(tr("Attribute table — %1").arg(m_layer->title()));
    });

    // A loaded layer already holds its feature ids in the file's order: the rows are known at
    // once, even for a million features. Otherwise the worker asks the file.
    const auto snapshot = layer->snapshot();
    if (layer->state() == MapLayer::State::Ready && snapshot && snapshot->data) {
        m_model->setNaturalOrder(std::make_shared<const std::vector<qint64>>(
            snapshot->data->fids.begin(), snapshot->data->fids.end()));
    } else {
        m_model->reload();
    }
    onLayerSelectionChanged();
    updateStatus();
}

VectorLayer* AttributeTableDialog::layer() const {
    return m_layer;
}

QString AttributeTableDialog::statusText() const {
    return m_status->text();
}

void AttributeTableDialog::updateStatus() {
    if (!m_model->isRowCountKnown()) {
        m_status->setText(tr("Loading…"));
        return;
    }
    const QLocale locale;
    const QString filter = m_model->filter().isEmpty() ? tr("none") : m_model->filter();
    QString text = tr("%1 features, %2 selected, filter: %3")
                       .arg(locale.toString(m_model->rowCount()))
                       .arg(locale.toString(qint64(m_mapSelection.size())))
                       .arg(filter);
    if (m_model->isQuerying())
        text += QStringLiteral(" — ") + tr("loading…");
    m_status->setText(text);
}

void AttributeTableDialog::onTableSelectionChanged() {
    if (m_syncing || !m_layer)
        return;
    std::vector<uint32_t> features;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (const auto feature = m_layer->featureOfFid(m_model->fidAt(row)))
                features.push_back(*feature);
        }
    }
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    m_syncing = true;
    m_layer->setSelection(std::move(features)); // updates m_mapSelection through the signal
    m_syncing = false;
    onLayerSelectionChanged();
    zoomToSelection();
}

void AttributeTableDialog::onLayerSelectionChanged() {
    if (!m_layer)
        return;
    m_mapSelection.clear();
    for (const uint32_t feature : m_layer->selection())
        m_mapSelection.push_back(m_layer->fidOf(feature));
    std::sort(m_mapSelection.begin(), m_mapSelection.end());
    if (!m_syncing) {
        // Only rows already read can be selected now; the others as their pages arrive.
        m_syncing = true;
        m_view->selectionModel()->clearSelection();
        m_syncing = false;
        selectMapSelectionIn(m_model->loadedRows());
    }
    updateStatus();
}

bool AttributeTableDialog::isSelectedOnMap(qint64 fid) const {
    return std::binary_search(m_mapSelection.begin(), m_mapSelection.end(), fid);
}

void AttributeTableDialog::selectMapSelectionIn(const QList<int>& rows) {
    if (m_mapSelection.empty())
        return;
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (const int row : rows) {
        if (isSelectedOnMap(m_model->fidAt(row)))
            selection.select(m_model->index(row, 0), m_model->index(row, lastColumn));
    }
    if (selection.isEmpty())
        return;
    m_syncing = true;
    m_view->selectionModel()->select(selection,
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_syncing = false;
}

void AttributeTableDialog::zoomToSelection() {
    if (!m_layer)
        return;
    // Bounds rather than QRectF::united(), which ignores the empty boxes of points.
    Bounds bounds;
    for (const uint32_t feature : m_layer->selection()) {
        const QRectF box = m_layer->featureMapExtent(feature);
        if (box == QRectF())
            continue; // no geometry
        bounds.include(box.left(), box.top());
        bounds.include(box.right(), box.bottom());
    }
    if (bounds.isEmpty())
        return;
    const QRectF extent(QPointF(bounds.minX, bounds.minY), QPointF(bounds.maxX, bounds.maxY));
    const auto snapshot = m_layer->snapshot();
    Q_EMIT zoomToRectRequested(padded(extent, snapshot && snapshot->mapCrs.isGeographic()));
}

} // namespace agrimap
