#include "area_edit_command.h"

#include "project_store.h"

namespace agrimap {

AreaEditCommand::AreaEditCommand(ProjectStore& store, Kind kind, GrowingArea before,
                                 GrowingArea after, const QString& text, FailureHandler onFailure)
    : QUndoCommand(text)
    , m_store(store)
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onFailure(std::move(onFailure)) {}

Status AreaEditCommand::forward() {
    if (m_applied)
        return {};
    const QString prefix = m_firstTime ? QString() : QStringLiteral("redo ");
    Status status;
    switch (m_kind) {
    case Kind::Insert: {
        Result<qint64> fid = m_store.insertArea(m_after, prefix + QStringLiteral("insert"));
        if (!fid)
            return Error{fid.errorMessage()};
        Result<GrowingArea> stored = m_store.area(fid.value());
        if (stored)
            m_after = std::move(stored).value();
        break;
    }
    case Kind::Update: {
        status = m_store.updateArea(m_before, m_after, prefix + QStringLiteral("update"));
        if (status) {
            if (Result<GrowingArea> stored = m_store.area(m_before.fid))
                m_after = std::move(stored).value();
        }
        break;
    }
    case Kind::Delete:
        status = m_store.deleteArea(m_before, prefix + QStringLiteral("delete"));
        break;
    }
    if (status) {
        m_applied = true;
        m_firstTime = false;
    }
    return status;
}

Status AreaEditCommand::backward() {
    if (!m_applied)
        return {};
    Status status;
    switch (m_kind) {
    case Kind::Insert:
        status = m_store.deleteArea(m_after, QStringLiteral("undo insert"));
        break;
    case Kind::Update:
        status = m_store.updateArea(m_after, m_before, QStringLiteral("undo update"));
        break;
    case Kind::Delete: {
        Result<qint64> fid = m_store.insertArea(m_before, QStringLiteral("undo delete"));
        if (!fid)
            return Error{fid.errorMessage()};
        break;
    }
    }
    if (status)
        m_applied = false;
    return status;
}

void AreaEditCommand::redo() {
    if (Status status = forward(); !status && m_onFailure)
        m_onFailure(status.errorMessage());
}

void AreaEditCommand::undo() {
    if (Status status = backward(); !status && m_onFailure)
        m_onFailure(status.errorMessage());
}

} // namespace agrimap
