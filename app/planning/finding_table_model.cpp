#include "finding_table_model.h"

#include <QLocale>

namespace agrimap {

FindingTableModel::FindingTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void FindingTableModel::setTable(planning::FindingTable table) {
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

QRectF FindingTableModel::extentOf(int row) const {
    return row >= 0 && size_t(row) < m_table.extents.size() ? m_table.extents[size_t(row)]
                                                            : QRectF();
}

int FindingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.fields.size());
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_table.rows.size())
        return {};
    const QVariant value = m_table.rows[size_t(index.row())].value(index.column());
    const QMetaType::Type type = m_table.fields[size_t(index.column())].type;
    switch (role) {
    case Qt::DisplayRole:
        if (type == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'f', 4);
        return value;
    case Qt::TextAlignmentRole:
        if (type == QMetaType::Double || type == QMetaType::LongLong)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole: // the raw value, for sorting and tests
        return value;
    default:
        return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < int(m_table.fields.size()) ? m_table.fields[size_t(section)].title
                                                : QVariant();
}

} // namespace agrimap
