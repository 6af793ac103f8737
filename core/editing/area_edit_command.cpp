#include "area_edit_command.h"

#include "project_store.h"

namespace agrimap {

AreaEditCommand::AreaEditCommand(ProjectStore& store, std::vector<AreaChange> changes,
                                 const QString& text, FailureHandler onFailure)
    : StoreEditCommand(text, std::move(onFailure))
    , m_store(store)
    , m_changes(std::move(changes)) {}

std::vector<qint64> AreaEditCommand::fids() const {
    std::vector<qint64> fids;
    for (const AreaChange& change : m_changes)
        fids.push_back(change.fid());
    return fids;
}

Status AreaEditCommand::apply(AreaChange& change, const QString& prefix) {
    switch (change.kind) {
    case AreaChange::Kind::Insert: {
        Result<qint64> fid = m_store.insertArea(change.after, prefix + QStringLiteral("insert"));
        if (!fid)
            return fid.error();
        change.after.fid = fid.value();
        break;
    }
    case AreaChange::Kind::Update:
        if (Status status =
                m_store.updateArea(change.before, change.after, prefix + QStringLiteral("update"));
            !status)
            return status;
        break;
    case AreaChange::Kind::Delete:
        return m_store.deleteArea(change.before, prefix + QStringLiteral("delete"));
    }
    // Keep the stored state (area_ha, editor tracking) for undo.
    if (Result<GrowingArea> stored = m_store.area(change.after.fid))
        change.after = std::move(stored).value();
    return {};
}

Status AreaEditCommand::revert(const AreaChange& change) {
    switch (change.kind) {
    case AreaChange::Kind::Insert:
        return m_store.deleteArea(change.after, QStringLiteral("undo insert"));
    case AreaChange::Kind::Update:
        return m_store.updateArea(change.after, change.before, QStringLiteral("undo update"));
    case AreaChange::Kind::Delete: {
        Result<qint64> fid = m_store.insertArea(change.before, QStringLiteral("undo delete"));
        return fid ? Status{} : Status{fid.error()};
    }
    }
    return {};
}

Status AreaEditCommand::forward() {
    if (m_applied)
        return {};
    const QString prefix = m_firstTime ? QString() : QStringLiteral("redo ");
    std::vector<AreaChange> applied = m_changes;
    const Status status = m_store.runAsOne([&]() -> Status {
        for (AreaChange& change : applied) {
            if (Status done = apply(change, prefix); !done)
                return done;
        }
        return {};
    });
    if (!status)
        return status; // rolled back: nothing changed, in the file or here
    m_changes = std::move(applied);
    m_applied = true;
    m_firstTime = false;
    return {};
}

Status AreaEditCommand::backward() {
    if (!m_applied)
        return {};
    const Status status = m_store.runAsOne([&]() -> Status {
        for (auto change = m_changes.rbegin(); change != m_changes.rend(); ++change) {
            if (Status done = revert(*change); !done)
                return done;
        }
        return {};
    });
    if (status)
        m_applied = false;
    return status;
}

} // namespace agrimap
