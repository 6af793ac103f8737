#pragma once

#include "directory_change.h"
#include "editing/store_edit_command.h"

#include <functional>
#include <vector>

namespace agrimap {

class FarmerStore;

/// One Farmer Directory edit (add, change, delete a farmer; link or unlink a parcel or a
/// growing area; merge two farmers) as a step on the project's one undo stack. Each direction
/// is one transaction with an audit row per row changed ("insert", "undo merge", "redo
/// delete" …): all of it or none.
class FarmerEditCommand : public StoreEditCommand {
public:
    FarmerEditCommand(FarmerStore& store, std::vector<DirectoryChange> changes, const QString& text,
                      FailureHandler onFailure);

    /// Reports progress of the next forward() (a long import) and may stop it.
    void setProgress(std::function<bool(qint64 done, qint64 total)> progress) {
        m_progress = std::move(progress);
    }
    Status forward() override;
    Status backward() override;
    bool isApplied() const { return m_applied; }
    /// The rows as last stored (ids of inserted rows filled in once applied).
    const std::vector<DirectoryChange>& changes() const { return m_changes; }

private:
    FarmerStore& m_store;
    std::vector<DirectoryChange> m_changes;
    std::function<bool(qint64, qint64)> m_progress;
    bool m_applied = false;
    bool m_firstTime = true;
};

} // namespace agrimap
