#pragma once

#include "directory_change.h"
#include "editing/store_edit_command.h"

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

    Status forward() override;
    Status backward() override;
    bool isApplied() const { return m_applied; }
    /// The rows as last stored (ids of inserted rows filled in once applied).
    const std::vector<DirectoryChange>& changes() const { return m_changes; }

private:
    FarmerStore& m_store;
    std::vector<DirectoryChange> m_changes;
    bool m_applied = false;
    bool m_firstTime = true;
};

} // namespace agrimap
