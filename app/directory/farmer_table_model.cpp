#include "farmer_table_model.h"

#include "directory/farmer_search_index.h"
#include "directory/farmer_store.h"

#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace agrimap {

FarmerTableModel::FarmerTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

const std::vector<FarmerColumn>& FarmerTableModel::columns() {
    // Notes and tracking stay in the form and the export: the table is for finding people.
    static const std::vector<FarmerColumn> shown = {
        FarmerColumn::FullName,  FarmerColumn::HouseholdId, FarmerColumn::Gender,
        FarmerColumn::BirthYear, FarmerColumn::Cccd,        FarmerColumn::Phone,
        FarmerColumn::Commune,   FarmerColumn::Hamlet,      FarmerColumn::Cooperative,
        FarmerColumn::MainCrops, FarmerColumn::MemberSince,
    };
    return shown;
}

void FarmerTableModel::setDirectory(FarmerStore* store, const FarmerSearchIndex* index) {
    m_store = store;
    m_index = store ? index : nullptr;
    m_orders.clear();
    m_inFilter.clear();
    if (m_store && !m_filter.isEmpty())
        setFilter(m_filter);
    else
        updateRows();
}

void FarmerTableModel::setSearchText(const QString& typed) {
    if (typed == m_typed)
        return;
    m_typed = typed;
    updateRows();
}

void FarmerTableModel::setFilter(const FarmerFilter& filter) {
    m_filter = filter;
    m_inFilter.clear();
    if (m_store && !filter.isEmpty()) {
        const std::vector<qint64> matching = farmer_queries::matching(*m_store, filter);
        m_inFilter.assign(matching.empty() ? 0 : size_t(matching.back()) + 1, 0);
        for (qint64 fid : matching)
            m_inFilter[size_t(fid)] = 1;
    }
    updateRows();
}

void FarmerTableModel::setPlaces(FarmerPlaceIndex places) {
    m_places = std::move(places);
    if (!m_typed.trimmed().isEmpty())
        updateRows();
}

void FarmerTableModel::sort(int column, Qt::SortOrder order) {
    const int wanted = column >= 0 && column < int(columns().size()) ? column : -1;
    if (wanted == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = wanted;
    m_sortOrder = order;
    updateRows();
}

void FarmerTableModel::setInFilter(qint64 fid, bool in) {
    if (fid < 0)
        return;
    if (size_t(fid) >= m_inFilter.size()) {
        if (!in)
            return;
        m_inFilter.resize(size_t(fid) + 1, 0);
    }
    m_inFilter[size_t(fid)] = in ? 1 : 0;
}

void FarmerTableModel::farmersChanged(const QList<qint64>& fids) {
    if (!m_store)
        return;
    for (qint64 fid : fids) {
        const Result<FarmerRecord> farmer = m_store->farmer(fid);
        if (!m_places.isEmpty()) {
            m_places.remove(fid);
            if (farmer)
                m_places.add(farmer.value());
        }
        if (!m_filter.isEmpty())
            setInFilter(fid, farmer && farmer_queries::matches(*m_store, farmer.value(), m_filter));
    }
    m_orders.clear(); // read again when a column's order is next needed
    updateRows();
}

std::vector<qint64> FarmerTableModel::searched() const {
    std::vector<qint64> fids = m_index->search(m_typed);
    if (m_typed.trimmed().isEmpty())
        return fids;
    // A citizen ID, phone or household ID typed, or a place: those households too, after the
    // names found.
    std::vector<qint64> more = farmer_queries::withIdentifier(*m_store, m_typed);
    const std::vector<qint64> inPlaces = m_places.search(m_typed);
    more.insert(more.end(), inPlaces.begin(), inPlaces.end());
    if (more.empty())
        return fids;
    qint64 largest = 0;
    for (qint64 fid : fids)
        largest = std::max(largest, fid);
    for (qint64 fid : more)
        largest = std::max(largest, fid);
    std::vector<char> listed(size_t(largest) + 1, 0);
    for (qint64 fid : fids)
        listed[size_t(fid)] = 1;
    for (qint64 fid : more) {
        if (!listed[size_t(fid)]) {
            listed[size_t(fid)] = 1;
            fids.push_back(fid);
        }
    }
    return fids;
}

const std::vector<qint64>& FarmerTableModel::orderOf(FarmerColumn column) {
    auto found = m_orders.find(column);
    if (found == m_orders.end())
        found = m_orders.emplace(column, farmer_queries::orderedBy(*m_store, column)).first;
    return found->second;
}

void FarmerTableModel::updateRows() {
    std::vector<qint64> rows;
    if (m_store && m_index) {
        rows = searched();
        if (!m_filter.isEmpty()) {
            std::erase_if(rows, [this](qint64 fid) {
                return size_t(fid) >= m_inFilter.size() || !m_inFilter[size_t(fid)];
            });
        }
        if (m_sortColumn >= 0) {
            // The column's order of the whole directory, kept to the rows found: linear.
            qint64 largest = 0;
            for (qint64 fid : rows)
                largest = std::max(largest, fid);
            std::vector<char> found(size_t(largest) + 1, 0);
            for (qint64 fid : rows)
                found[size_t(fid)] = 1;
            std::vector<qint64> ordered;
            ordered.reserve(rows.size());
            for (qint64 fid : orderOf(columns()[size_t(m_sortColumn)])) {
                if (size_t(fid) < found.size() && found[size_t(fid)])
                    ordered.push_back(fid);
            }
            if (m_sortOrder == Qt::DescendingOrder)
                std::reverse(ordered.begin(), ordered.end());
            rows = std::move(ordered);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_cache.clear();
    endResetModel();
    Q_EMIT rowsReplaced();
}

qint64 FarmerTableModel::fidAt(int row) const {
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)] : -1;
}

int FarmerTableModel::rowOf(qint64 fid) const {
    const auto found = std::find(m_rows.begin(), m_rows.end(), fid);
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

qint64 FarmerTableModel::totalCount() const {
    return m_index ? m_index->size() : 0;
}

int FarmerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FarmerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(columns().size());
}

const FarmerRecord* FarmerTableModel::farmerAt(int row) const {
    if (!m_store || row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    const int page = row / pageSize;
    const FarmerPageCache::Page* rows = m_cache.find(page);
    if (!rows) {
        const size_t first = size_t(page) * pageSize;
        const size_t end = std::min(m_rows.size(), first + pageSize);
        const std::vector<qint64> fids(m_rows.begin() + qsizetype(first),
                                       m_rows.begin() + qsizetype(end));
        Result<std::vector<FarmerRecord>> read = m_store->farmers(fids);
        FarmerPageCache::Page ordered(fids.size());
        if (read) {
            // The store leaves out farmers deleted meanwhile: match the rest by id.
            size_t next = 0;
            for (size_t i = 0; i < fids.size() && next < read->size(); ++i) {
                if (read.value()[next].fid == fids[i])
                    ordered[i] = std::move(read.value()[next++]);
            }
        }
        m_cache.insert(page, std::move(ordered));
        rows = m_cache.find(page);
    }
    const FarmerRecord& farmer = (*rows)[size_t(row % pageSize)];
    return farmer.fid >= 0 ? &farmer : nullptr;
}

QVariant FarmerTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (role == FidRole)
        return fidAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole)
        return {};
    const FarmerColumn column = columns()[size_t(index.column())];
    if (role == Qt::TextAlignmentRole)
        return column == FarmerColumn::BirthYear ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                 : QVariant();
    const FarmerRecord* farmer = farmerAt(index.row());
    if (!farmer)
        return {};
    const QVariant value = farmer_columns::value(*farmer, column);
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::Int)
        return QString::number(value.toInt());
    return value;
}

QVariant FarmerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(Qt::AscendingOrder);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(columns().size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    return farmer_columns::title(columns()[size_t(section)]);
}

} // namespace agrimap
