#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

namespace agrimap::testing {

/// The committed sample data; tests only read it through copies.
inline QString sampleDir() {
    return QStringLiteral(AGRIMAP_SAMPLE_DIR);
}

/// Copies a file or folder from data-samples/ into `target` (a QTemporaryDir) and returns
/// the copy's path. Tests never write into data-samples/.
inline QString copySample(const QString& relativePath, const QTemporaryDir& target) {
    const QString source = QDir(sampleDir()).filePath(relativePath);
    const QFileInfo info(source);
    if (info.isDir()) {
        const QString destination = QDir(target.path()).filePath(info.fileName());
        QDir().mkpath(destination);
        for (const QFileInfo& entry : QDir(source).entryInfoList(QDir::Files))
            QFile::copy(entry.absoluteFilePath(), QDir(destination).filePath(entry.fileName()));
        return destination;
    }
    const QString destination = QDir(target.path()).filePath(info.fileName());
    QFile::remove(destination);
    if (!QFile::copy(source, destination))
        qFatal("cannot copy test data %s", qPrintable(source));
    QFile(destination).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return destination;
}

} // namespace agrimap::testing
