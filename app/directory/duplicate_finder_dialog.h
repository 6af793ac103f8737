#pragma once

#include "directory/duplicate_finder.h"
#include "error.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace agrimap {

class FarmerSession;
class FarmerStore;

/// Households entered twice (FarmerSession::duplicates): each group with the reason, its
/// households with what tells them apart (IDs, phone, parcels, areas). The user picks the
/// household to keep and merges the others into it, links and all: one undo step per
/// household merged. Without a session (a read-only project) it only lists.
class DuplicateFinderDialog : public QDialog {
    Q_OBJECT
public:
    DuplicateFinderDialog(const FarmerStore& store, FarmerSession* session,
                          QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QPushButton* mergeButton() const { return m_merge; }
    QLabel* status() const { return m_status; }
    /// Lists the groups again (after an edit).
    void reload();

Q_SIGNALS:
    /// A household of the list was double-clicked: show it.
    void farmerActivated(qint64 fid);

private:
    Result<std::vector<DuplicateGroup>> duplicates() const;
    void addFarmer(QTreeWidgetItem* group, qint64 fid);
    void mergeIntoCurrent();
    void updateButton();

    const FarmerStore& m_store;
    FarmerSession* m_session;
    QTreeWidget* m_tree;
    QLabel* m_status;
    QPushButton* m_merge;
};

} // namespace agrimap
