#pragma once

#include "directory/farmer_columns.h"
#include "directory/farmer_store.h"
#include "directory/farmer_table_query.h"
#include "farmer_page_cache.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <map>
#include <vector>

namespace agrimap {

class FarmerSearchIndex;

/// The Farmer Directory as a lazy table for 200k households. The rows are farmer ids only:
/// the name search (FarmerSearchIndex, diacritics and case ignored), then the households of an
/// identifier or a place typed (commune, cooperative), kept to the filter, in a column's order when
/// one is chosen. A row's values are read from the store a page at a time when the view first shows
/// it, and a bounded number of pages is kept; nothing builds text for rows never shown.
class FarmerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int pageSize = 64;
    static constexpr int cachedPages = 32;
    /// The farmer id of a row.
    static constexpr int FidRole = Qt::UserRole + 1;

    explicit FarmerTableModel(QObject* parent = nullptr);

    /// The columns shown, in order.
    static const std::vector<FarmerColumn>& columns();

    /// The directory to show and its name search (FarmerSession's, or one kept for a read-only
    /// project); null shows nothing. Both must outlive the model or be replaced first.
    void setDirectory(FarmerStore* store, const FarmerSearchIndex* index);
    bool hasDirectory() const { return m_store != nullptr; }
    void setSearchText(const QString& typed);
    QString searchText() const { return m_typed; }
    /// Reads the farmers matching `filter` once; later edits keep that set current.
    void setFilter(const FarmerFilter& filter);
    const FarmerFilter& filter() const { return m_filter; }
    /// The households of each place, for a search typed as a place (after the names found);
    /// read with the filter choices, after the first rows are shown.
    void setPlaces(FarmerPlaceIndex places);
    /// Column -1: the search's order (best match first, then by name).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Farmers whose row or links changed: the rows are asked again, their pages read again.
    void farmersChanged(const QList<qint64>& fids);

    qint64 fidAt(int row) const;
    /// The row of a farmer, -1 when it is not among the rows.
    int rowOf(qint64 fid) const;
    const std::vector<qint64>& fids() const { return m_rows; }
    /// Households in the whole directory.
    qint64 totalCount() const;
    int cachedPageCount() const { return m_cache.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /// The rows were replaced (the model was reset): a view restores its selection.
    void rowsReplaced();

private:
    void updateRows();
    std::vector<qint64> searched() const;
    const std::vector<qint64>& orderOf(FarmerColumn column);
    void setInFilter(qint64 fid, bool in);
    const FarmerRecord* farmerAt(int row) const;

    QPointer<FarmerStore> m_store;
    const FarmerSearchIndex* m_index = nullptr;
    QString m_typed;
    FarmerFilter m_filter;
    FarmerPlaceIndex m_places;
    std::vector<char> m_inFilter; ///< by farmer id, while a filter is set
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::map<FarmerColumn, std::vector<qint64>> m_orders; ///< every farmer, by column
    std::vector<qint64> m_rows;
    // data() is const for the view but fills the cache as a side effect.
    mutable FarmerPageCache m_cache{cachedPages};
};

} // namespace agrimap
