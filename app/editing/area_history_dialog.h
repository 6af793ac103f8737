#pragma once

#include "editing/audit_entry.h"

#include <QDialog>
#include <vector>

class QTreeWidget;
class QPushButton;

namespace agrimap {

class EditController;

/// The history of one growing area from the audit log: when, who, what was done, and the
/// attributes before and after. "Restore this version" brings the chosen state back as a new,
/// undoable edit.
class AreaHistoryDialog : public QDialog {
    Q_OBJECT
public:
    AreaHistoryDialog(EditController* edits, qint64 fid, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }

private:
    void restoreCurrent();

    EditController* m_edits;
    std::vector<AuditEntry> m_entries;
    QTreeWidget* m_list;
    QPushButton* m_restore;
};

} // namespace agrimap
