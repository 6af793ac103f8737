#pragma once

#include "error.h"
#include "growing_area.h"
#include "store_edit_command.h"

#include <vector>

namespace agrimap {

class ProjectStore;

/// One change of one growing area inside an edit.
struct AreaChange {
    enum class Kind { Insert, Update, Delete };
    Kind kind;
    GrowingArea before; ///< empty for Insert
    GrowingArea after;  ///< empty for Delete
    qint64 fid() const { return kind == Kind::Insert ? after.fid : before.fid; }
};

/// One finished edit as an undo step: one change (add, change, delete) or several that belong
/// together (a merge, a split). Each direction is one transaction in the project, with an
/// audit row per change ("insert", "undo update", "redo delete" …): all of it or none.
class AreaEditCommand : public StoreEditCommand {
public:
    AreaEditCommand(ProjectStore& store, std::vector<AreaChange> changes, const QString& text,
                    FailureHandler onFailure);

    Status forward() override;
    Status backward() override;
    bool isApplied() const { return m_applied; }
    const std::vector<AreaChange>& changes() const { return m_changes; }
    /// The areas this edit touches.
    std::vector<qint64> fids() const;

private:
    Status apply(AreaChange& change, const QString& prefix);
    Status revert(const AreaChange& change);

    ProjectStore& m_store;
    std::vector<AreaChange> m_changes;
    bool m_applied = false;
    bool m_firstTime = true;
};

} // namespace agrimap
