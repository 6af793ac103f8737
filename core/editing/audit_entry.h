#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace agrimap {

/// One row of `audit_log`: who changed which feature, when, and its state before and after
/// (attributes as JSON, geometry as WKB; empty on the side that did not exist).
struct AuditEntry {
    qint64 id = -1;
    QDateTime at; ///< UTC
    QString user;
    QString host;
    QString action; ///< insert, update, delete, undo …, redo …, restore
    QString layer;
    qint64 feature = -1;
    QByteArray beforeAttributes;
    QByteArray afterAttributes;
    QByteArray beforeGeometry;
    QByteArray afterGeometry;
};

} // namespace agrimap
