#pragma once

#include <QDateTime>
#include <QString>

namespace agrimap {

/// Who holds a project open for editing.
struct LockHolder {
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since; ///< UTC
};

/// The single-writer lock of a project: a small file beside it (`NAME.gpkg.lock`) holding the
/// holder's user, host, process id and start time. Created atomically, so of two instances
/// only one edits; the other learns who holds the project and opens it read-only. A lock left
/// by a process that no longer runs on this host (a crash) is recovered.
class ProjectLock {
public:
    enum class Outcome { Acquired, HeldByOther, Failed };

    explicit ProjectLock(QString projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    Outcome acquire();
    void release();
    bool isHeld() const { return m_held; }

    /// After HeldByOther: the holder, as recorded in the lock file.
    const LockHolder& holder() const { return m_holder; }
    /// After Acquired: true when a stale lock of a dead process was taken over.
    bool recoveredStaleLock() const { return m_recovered; }
    QString errorMessage() const { return m_error; }
    /// "user on host since 09:31, 23/11/2026", for messages.
    static QString describe(const LockHolder& holder);

    static QString lockPathFor(const QString& projectPath);
    static LockHolder currentProcess();

private:
    bool tryCreate();
    bool isStale(const LockHolder& holder, qint64 ageSeconds) const;

    QString m_projectPath;
    QString m_lockPath;
    LockHolder m_holder;
    QString m_error;
    bool m_held = false;
    bool m_recovered = false;
};

} // namespace agrimap
