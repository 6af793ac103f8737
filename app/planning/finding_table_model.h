#pragma once

#include "planning/finding_table.h"

#include <QAbstractTableModel>

namespace agrimap {

/// The rows of a planning check's findings for a list view: one column per field, numbers
/// right-aligned with the locale's separators. Lazy: a comparison may list 100 000 pieces.
class FindingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit FindingTableModel(QObject* parent = nullptr);

    void setTable(planning::FindingTable table);
    const planning::FindingTable& table() const { return m_table; }
    /// The extent of a row's piece, in the table's CRS.
    QRectF extentOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    planning::FindingTable m_table;
};

} // namespace agrimap
