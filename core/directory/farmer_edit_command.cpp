#include "farmer_edit_command.h"

#include "farmer_store.h"

namespace agrimap {

FarmerEditCommand::FarmerEditCommand(FarmerStore& store, std::vector<DirectoryChange> changes,
                                     const QString& text, FailureHandler onFailure)
    : StoreEditCommand(text, std::move(onFailure))
    , m_store(store)
    , m_changes(std::move(changes)) {}

Status FarmerEditCommand::forward() {
    if (m_applied)
        return {};
    const QString prefix = m_firstTime ? QString() : QStringLiteral("redo ");
    if (Status status = m_store.applyAll(m_changes, prefix); !status)
        return status; // rolled back: nothing changed, in the file or here
    m_applied = true;
    m_firstTime = false;
    return {};
}

Status FarmerEditCommand::backward() {
    if (!m_applied)
        return {};
    if (Status status = m_store.revertAll(m_changes); !status)
        return status;
    m_applied = false;
    return {};
}

} // namespace agrimap
