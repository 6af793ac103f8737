#include "project_lock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <unistd.h>
#endif

namespace agrimap {

namespace {

QString userName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("?") : name;
}

bool processRuns(qint64 pid) {
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // cannot tell: never break another's lock
#endif
}

LockHolder parseHolder(const QByteArray& content) {
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    LockHolder holder;
    holder.user = object.value(QLatin1String("user")).toString();
    holder.host = object.value(QLatin1String("host")).toString();
    holder.pid = object.value(QLatin1String("pid")).toInteger();
    holder.since =
        QDateTime::fromString(object.value(QLatin1String("since")).toString(), Qt::ISODate);
    return holder;
}

} // namespace

ProjectLock::ProjectLock(QString projectPath)
    : m_projectPath(std::move(projectPath))
    , m_lockPath(lockPathFor(m_projectPath)) {}

ProjectLock::~ProjectLock() {
    release();
}

QString ProjectLock::lockPathFor(const QString& projectPath) {
    return projectPath + QStringLiteral(".lock");
}

LockHolder ProjectLock::currentProcess() {
    return LockHolder{userName(), QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
                      QDateTime::currentDateTimeUtc()};
}

QString ProjectLock::describe(const LockHolder& holder) {
    const QString since =
        QLocale().toString(holder.since.toLocalTime(), QStringLiteral("HH:mm, dd/MM/yyyy"));
    return QCoreApplication::translate("agrimap::ProjectLock", "%1 on %2 since %3")
        .arg(holder.user.isEmpty() ? QStringLiteral("?") : holder.user,
             holder.host.isEmpty() ? QStringLiteral("?") : holder.host, since);
}

bool ProjectLock::tryCreate() {
    QFile file(m_lockPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const LockHolder self = currentProcess();
    const QJsonObject object{{QStringLiteral("user"), self.user},
                             {QStringLiteral("host"), self.host},
                             {QStringLiteral("pid"), self.pid},
                             {QStringLiteral("since"), self.since.toString(Qt::ISODate)},
                             {QStringLiteral("application"), QStringLiteral("AgriMap")}};
    const QByteArray content = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (file.write(content) != content.size() || !file.flush()) {
        m_error = file.errorString();
        file.close();
        file.remove();
        return false;
    }
    m_holder = self;
    m_held = true;
    return true;
}

bool ProjectLock::isStale(const LockHolder& holder, qint64 ageSeconds) const {
    // An empty or unreadable lock is a crash between creating and writing it.
    if (holder.host.isEmpty() || holder.pid <= 0)
        return ageSeconds > 10;
    return holder.host == QSysInfo::machineHostName() && !processRuns(holder.pid);
}

ProjectLock::Outcome ProjectLock::acquire() {
    if (m_held)
        return Outcome::Acquired;
    m_error.clear();
    m_recovered = false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (tryCreate())
            return Outcome::Acquired;
        if (!m_error.isEmpty())
            break;
        QFile existing(m_lockPath);
        if (!existing.open(QIODevice::ReadOnly)) {
            if (!existing.exists())
                continue; // released meanwhile
            m_error = existing.errorString();
            break;
        }
        const LockHolder holder = parseHolder(existing.readAll());
        existing.close();
        const qint64 age =
            QFileInfo(m_lockPath).lastModified().secsTo(QDateTime::currentDateTime());
        if (!isStale(holder, age)) {
            m_holder = holder;
            return Outcome::HeldByOther;
        }
        if (!QFile::remove(m_lockPath)) {
            m_error = QCoreApplication::translate("agrimap::ProjectLock",
                                                  "cannot remove the stale lock %1")
                          .arg(m_lockPath);
            break;
        }
        m_recovered = true;
    }
    if (m_error.isEmpty())
        m_error =
            QCoreApplication::translate("agrimap::ProjectLock", "cannot create %1").arg(m_lockPath);
    return Outcome::Failed;
}

void ProjectLock::release() {
    if (!m_held)
        return;
    m_held = false;
    QFile::remove(m_lockPath);
}

} // namespace agrimap
