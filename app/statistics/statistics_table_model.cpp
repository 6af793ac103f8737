#include "statistics_table_model.h"

#include <QFont>

namespace agrimap {

void StatisticsTableModel::setTable(StatisticsTable table) {
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int StatisticsTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return int(m_table.rows.size()) + (m_table.totals.isEmpty() ? 0 : 1);
}

int StatisticsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

const QVariantList& StatisticsTableModel::rowAt(int row) const {
    return size_t(row) < m_table.rows.size() ? m_table.rows[size_t(row)] : m_table.totals;
}

QVariant StatisticsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const StatisticsColumn& column = m_table.columns.at(size_t(index.column()));
    const QVariant value = rowAt(index.row()).value(index.column());
    const bool total = size_t(index.row()) >= m_table.rows.size();
    switch (role) {
    case Qt::DisplayRole:
        return formatStatisticsCell(value, column.kind, QLocale());
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return column.kind == StatisticsColumn::Kind::Text
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole ||
        size_t(section) >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.columns[size_t(section)].title;
}

} // namespace agrimap
