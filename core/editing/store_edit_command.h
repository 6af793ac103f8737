#pragma once

#include "error.h"

#include <QUndoCommand>
#include <functional>

namespace agrimap {

/// An undo step on the project's one undo stack (growing areas, the Farmer Directory …) whose
/// each direction is one transaction in the project. EditSession::undo/redo call backward() /
/// forward() and move the stack only when they succeed; redo()/undo() call them too when the
/// stack moves by itself (e.g. from an undo view) and report a failure through the handler.
class StoreEditCommand : public QUndoCommand {
public:
    using FailureHandler = std::function<void(const QString&)>;

    StoreEditCommand(const QString& text, FailureHandler onFailure);

    /// Applies the step; does nothing when it is already applied.
    virtual Status forward() = 0;
    /// Reverts the step; does nothing when it is not applied.
    virtual Status backward() = 0;

    void redo() final;
    void undo() final;

private:
    FailureHandler m_onFailure;
};

} // namespace agrimap
