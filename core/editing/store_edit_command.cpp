#include "store_edit_command.h"

namespace agrimap {

StoreEditCommand::StoreEditCommand(const QString& text, FailureHandler onFailure)
    : QUndoCommand(text)
    , m_onFailure(std::move(onFailure)) {}

void StoreEditCommand::redo() {
    if (Status status = forward(); !status && m_onFailure)
        m_onFailure(status.errorMessage());
}

void StoreEditCommand::undo() {
    if (Status status = backward(); !status && m_onFailure)
        m_onFailure(status.errorMessage());
}

} // namespace agrimap
