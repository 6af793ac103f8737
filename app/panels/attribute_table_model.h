#pragma once

#include "attribute_page_cache.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <deque>
#include <memory>
#include <vector>

namespace agrimap {

/// A lazy model of a layer's attributes for tables of a million rows. The row → feature id
/// list comes from a query on a worker thread (filter and sort included); cell values are
/// read a page at a time on another worker when the view first asks for them, and a bounded
/// number of pages is kept. Nothing on the GUI thread reads the source.
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 64;
    static constexpr int queuedPages = 6; ///< pages waiting to be read; older wishes are dropped
    /// The raw value of a cell (DisplayRole is formatted for reading).
    static constexpr int ValueRole = Qt::UserRole + 1;

    AttributeTableModel(QString path, QString layerName, QStringList fieldNames,
                        QObject* parent = nullptr);
    ~AttributeTableModel() override;

    const QStringList& fieldNames() const { return m_fieldNames; }
    /// The rows in the source's natural order, known without a query (the feature ids a loaded
    /// layer already holds): shown at once, and again when filter and sort are cleared.
    void setNaturalOrder(std::shared_ptr<const std::vector<qint64>> fids);
    /// Queries the rows for the current filter and sort (needed when no natural order is set).
    void reload();
    /// An OGR SQL WHERE expression, empty for all rows. The rows change when the query ends;
    /// an invalid expression gives queryFailed() and leaves the rows as they were.
    void setFilter(const QString& whereClause);
    /// The filter of the rows shown.
    QString filter() const { return m_applied.filter; }
    /// Sorts by a field on the worker; column -1 restores the natural order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_applied.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_applied.order; }

    bool isQuerying() const { return m_querying; }
    bool isRowCountKnown() const { return m_fids != nullptr; }
    qint64 fidAt(int row) const;
    bool isRowLoaded(int row) const { return m_cache.contains(row / pageSize); }
    int cachedPageCount() const { return m_cache.size(); }
    /// Rows of the pages in memory, in no particular order.
    QList<int> loadedRows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void queryStarted();
    /// The rows were replaced (the model was reset).
    void queryFinished();
    void queryFailed(const QString& message);
    void pageLoaded(int firstRow, int lastRow);
    void pageFailed(const QString& message);

private:
    struct Query {
        QString filter;
        int sortColumn = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    void start(const Query& query);
    void showRows(const Query& query, std::shared_ptr<const std::vector<qint64>> fids);
    void requestPage(int page);
    void readNextPage();

    QString m_path;
    QString m_layerName;
    QStringList m_fieldNames;
    std::shared_ptr<const std::vector<qint64>> m_natural;
    std::shared_ptr<const std::vector<qint64>> m_fids; ///< row → fid; null until known
    Query m_applied;
    Query m_requested;
    bool m_querying = false;
    quint64 m_queryGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;

    // data() is const for the view but fills the cache as a side effect.
    mutable AttributePageCache m_cache{cachedPages};
    mutable std::deque<int> m_wantedPages; ///< most recent wish first
    QSet<int> m_failedPages;               ///< not asked again until the rows change
    int m_pageInFlight = -1;
    quint64 m_rowsGeneration = 0;
    QThreadPool m_readerPool; ///< one thread: its GDAL dataset stays open between pages
};

} // namespace agrimap
