#include "attribute_table_model.h"

#include "attribute_value_text.h"
#include "feature_reader.h"

#include <QFutureWatcher>
#include <QPalette>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <limits>

namespace agrimap {

namespace {

struct PageRead {
    int page = 0;
    quint64 generation = 0;
    QString error;
    AttributePageCache::Rows rows;
};

// Values in the model's column order, whatever order the source gives them in.
AttributePageCache::Rows toRows(const std::vector<FeatureRecord>& records,
                                const QStringList& columns) {
    AttributePageCache::Rows rows;
    rows.reserve(records.size());
    for (const FeatureRecord& record : records) {
        if (record.fieldNames == columns) {
            rows.push_back(record.values);
            continue;
        }
        QVariantList values;
        values.reserve(columns.size());
        for (const QString& column : columns)
            values << record.values.value(record.fieldNames.indexOf(column));
        rows.push_back(std::move(values));
    }
    return rows;
}

} // namespace

AttributeTableModel::AttributeTableModel(QString path, QString layerName, QStringList fieldNames,
                                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_path(std::move(path))
    , m_layerName(std::move(layerName))
    , m_fieldNames(std::move(fieldNames)) {
    m_readerPool.setMaxThreadCount(1);
}

AttributeTableModel::~AttributeTableModel() {
    if (m_cancel)
        *m_cancel = true;
    m_readerPool.clear(); // the page being read finishes; queued ones are dropped
}

void AttributeTableModel::setNaturalOrder(std::shared_ptr<const std::vector<qint64>> fids) {
    m_natural = std::move(fids);
    if (m_requested.filter.isEmpty() && m_requested.sortColumn < 0)
        start(m_requested);
}

void AttributeTableModel::reload() {
    start(m_requested);
}

void AttributeTableModel::setFilter(const QString& whereClause) {
    Query query = m_requested;
    query.filter = whereClause.trimmed();
    start(query);
}

void AttributeTableModel::sort(int column, Qt::SortOrder order) {
    Query query = m_requested;
    query.sortColumn = column >= 0 && column < m_fieldNames.size() ? column : -1;
    query.order = order;
    // The view sorts once when sorting is switched on: no second query for the same rows.
    if (query.sortColumn == m_requested.sortColumn && query.order == m_requested.order &&
        (m_fids || m_querying))
        return;
    start(query);
}

void AttributeTableModel::start(const Query& query) {
    if (m_cancel)
        *m_cancel = true; // the newest request wins
    m_requested = query;
    const quint64 generation = ++m_queryGeneration;
    if (query.filter.isEmpty() && query.sortColumn < 0 && m_natural) {
        m_querying = false;
        showRows(query, m_natural);
        return;
    }
    m_querying = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT queryStarted();

    using Outcome = Result<std::vector<qint64>>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, query] {
        watcher->deleteLater();
        if (generation != m_queryGeneration)
            return; // cancelled by a newer request
        m_querying = false;
        Outcome outcome = watcher->result();
        if (!outcome) {
            m_requested = m_applied;
            Q_EMIT queryFailed(outcome.errorMessage());
            return;
        }
        showRows(query, std::make_shared<const std::vector<qint64>>(std::move(outcome).value()));
    });
    const QString sortField = query.sortColumn >= 0 ? m_fieldNames.at(query.sortColumn) : QString();
    watcher->setFuture(QtConcurrent::run(
        [path = m_path, layerName = m_layerName, query, sortField, cancel = m_cancel]() -> Outcome {
            return FeatureReader(path, layerName)
                .queryFids(query.filter, sortField, query.order == Qt::AscendingOrder, *cancel);
        }));
}

void AttributeTableModel::showRows(const Query& query,
                                   std::shared_ptr<const std::vector<qint64>> fids) {
    beginResetModel();
    m_applied = query;
    m_fids = std::move(fids);
    m_cache.clear();
    m_wantedPages.clear();
    m_failedPages.clear();
    ++m_rowsGeneration; // a page being read for the old rows is thrown away
    endResetModel();
    Q_EMIT queryFinished();
}

qint64 AttributeTableModel::fidAt(int row) const {
    return m_fids && row >= 0 && size_t(row) < m_fids->size() ? (*m_fids)[size_t(row)] : -1;
}

QList<int> AttributeTableModel::loadedRows() const {
    QList<int> rows;
    for (const int page : m_cache.pages()) {
        const int end = std::min(rowCount(), (page + 1) * pageSize);
        for (int row = page * pageSize; row < end; ++row)
            rows << row;
    }
    return rows;
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_fids)
        return 0;
    return int(std::min<size_t>(m_fids->size(), size_t(std::numeric_limits<int>::max())));
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_fieldNames.size());
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_fids)
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != ValueRole &&
        role != Qt::ToolTipRole && role != Qt::TextAlignmentRole && role != Qt::ForegroundRole)
        return {};
    const int page = index.row() / pageSize;
    const AttributePageCache::Rows* rows = m_cache.find(page);
    if (!rows) {
        // Reading happens on the worker; the view repaints when dataChanged() arrives.
        const_cast<AttributeTableModel*>(this)->requestPage(page);
        return {};
    }
    const size_t offset = size_t(index.row() % pageSize);
    if (offset >= rows->size())
        return {};
    const QVariant value = (*rows)[offset].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return attribute_text::display(value);
    case Qt::ToolTipRole:
        return value.typeId() == QMetaType::QString ? value : QVariant();
    case Qt::TextAlignmentRole:
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int ||
            value.typeId() == QMetaType::LongLong)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (value.isNull())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return value;
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // A first click on a header sorts ascending, whatever the style's habit.
    if (role == Qt::InitialSortOrderRole && orientation == Qt::Horizontal)
        return int(Qt::AscendingOrder);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_fieldNames.value(section);
    // Row headers show the feature id: known without reading the row.
    return QString::number(fidAt(section));
}

void AttributeTableModel::requestPage(int page) {
    if (page == m_pageInFlight || m_failedPages.contains(page))
        return;
    const auto found = std::find(m_wantedPages.begin(), m_wantedPages.end(), page);
    if (found != m_wantedPages.end())
        m_wantedPages.erase(found);
    m_wantedPages.push_front(page);
    // Rows scrolled past long ago are not worth reading any more.
    while (int(m_wantedPages.size()) > queuedPages)
        m_wantedPages.pop_back();
    readNextPage();
}

void AttributeTableModel::readNextPage() {
    if (m_pageInFlight >= 0 || m_wantedPages.empty() || !m_fids)
        return;
    const int page = m_wantedPages.front();
    m_wantedPages.pop_front();
    if (m_cache.contains(page)) {
        readNextPage();
        return;
    }
    const size_t first = size_t(page) * pageSize;
    const size_t end = std::min(m_fids->size(), first + pageSize);
    if (first >= end)
        return;
    std::vector<qint64> fids(m_fids->begin() + qsizetype(first), m_fids->begin() + qsizetype(end));
    m_pageInFlight = page;

    auto* watcher = new QFutureWatcher<PageRead>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        PageRead read = watcher->result();
        m_pageInFlight = -1;
        if (read.generation == m_rowsGeneration) {
            if (!read.error.isEmpty()) {
                m_failedPages.insert(read.page);
                Q_EMIT pageFailed(read.error);
            } else {
                const int firstRow = read.page * pageSize;
                const int lastRow = firstRow + int(read.rows.size()) - 1;
                m_cache.insert(read.page, std::move(read.rows));
                Q_EMIT dataChanged(index(firstRow, 0), index(lastRow, columnCount() - 1));
                Q_EMIT pageLoaded(firstRow, lastRow);
            }
        }
        readNextPage();
    });
    watcher->setFuture(QtConcurrent::run(
        &m_readerPool, [path = m_path, layerName = m_layerName, columns = m_fieldNames,
                        fids = std::move(fids), page, generation = m_rowsGeneration] {
            PageRead read;
            read.page = page;
            read.generation = generation;
            Result<std::vector<FeatureRecord>> records = FeatureReader(path, layerName).read(fids);
            if (records)
                read.rows = toRows(records.value(), columns);
            else
                read.error = records.errorMessage();
            return read;
        }));
}

} // namespace agrimap
