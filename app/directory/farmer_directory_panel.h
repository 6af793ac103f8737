#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace agrimap {

class FarmerFilterBar;
class FarmerTableModel;

/// The Farmer Directory dock: the search box and filters over a lazy table of households,
/// sortable by any column, and the actions on the household chosen (the Enter/F2, Insert and
/// Delete keys work in the table). It shows and asks; DirectoryController does the work.
class FarmerDirectoryPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit FarmerDirectoryPanel(QWidget* parent = nullptr);

    FarmerTableModel* model() const { return m_model; }
    FarmerFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* linkAction() const { return m_link; }
    QAction* duplicatesAction() const { return m_duplicates; }
    QAction* exportAction() const { return m_export; }

    /// The household of the current row, -1 for none.
    qint64 currentFid() const;
    /// Makes the household the current row (scrolled to); false when it is not among the rows.
    bool selectFarmer(qint64 fid);
    /// Editing allowed (a project open for editing) or only looking.
    void setEditable(bool editable);
    /// A line over the table: why it is empty or read-only; empty hides it.
    void setNotice(const QString& text);

Q_SIGNALS:
    void currentFarmerChanged(qint64 fid);
    void editRequested(qint64 fid);
    void addRequested();
    void deleteRequested(qint64 fid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* makeAction(const QString& text, const char* name, const QString& tip);
    void updateCount();
    void updateActions();

    FarmerTableModel* m_model;
    FarmerFilterBar* m_filters;
    QTableView* m_table;
    QToolBar* m_actions;
    QLabel* m_notice;
    QLabel* m_count;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_link;
    QAction* m_duplicates;
    QAction* m_export;
    bool m_editable = false;
    qint64 m_current = -1; ///< kept across a change of the rows
};

} // namespace agrimap
