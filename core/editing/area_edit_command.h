#pragma once

#include "error.h"
#include "growing_area.h"

#include <QUndoCommand>
#include <functional>

namespace agrimap {

class ProjectStore;

/// One finished edit of a growing area as an undo step. Each direction is one transaction in
/// the project (through ProjectStore), audited as the edit, "undo …" or "redo …".
/// The store work happens in forward()/backward(), which report failures; redo()/undo() only
/// call them when the stack moves by itself (e.g. from an undo view), and report through
/// the failure callback.
class AreaEditCommand : public QUndoCommand {
public:
    enum class Kind { Insert, Update, Delete };
    using FailureHandler = std::function<void(const QString&)>;

    /// `before` is empty for Insert, `after` for Delete.
    AreaEditCommand(ProjectStore& store, Kind kind, GrowingArea before, GrowingArea after,
                    const QString& text, FailureHandler onFailure);

    Status forward();
    Status backward();
    bool isApplied() const { return m_applied; }
    qint64 fid() const { return m_kind == Kind::Insert ? m_after.fid : m_before.fid; }
    /// The area as stored after the edit (with area_ha and editor tracking filled).
    const GrowingArea& after() const { return m_after; }

    void redo() override;
    void undo() override;

private:
    ProjectStore& m_store;
    Kind m_kind;
    GrowingArea m_before;
    GrowingArea m_after;
    FailureHandler m_onFailure;
    bool m_applied = false;
    bool m_firstTime = true;
};

} // namespace agrimap
