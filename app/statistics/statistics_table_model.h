#pragma once

#include "analysis/statistics_table.h"

#include <QAbstractTableModel>

namespace agrimap {

/// Shows a StatisticsTable: its rows, then its total row in bold. Numbers are right-aligned
/// and formatted in the user's locale.
class StatisticsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(StatisticsTable table);
    const StatisticsTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The role that gives a cell's value itself (a number for numbers).
    static constexpr int ValueRole = Qt::UserRole + 1;

private:
    const QVariantList& rowAt(int row) const;

    StatisticsTable m_table;
};

} // namespace agrimap
