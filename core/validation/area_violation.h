#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>

namespace agrimap {

/// One broken rule on one growing area: the rule's key, the feature, what is wrong and where
/// (its extent in the layer CRS, and for overlaps the overlapping piece as WKB).
struct AreaViolation {
    QString rule; ///< a key of area_rules (e.g. "overlap", "code-pattern")
    qint64 fid = -1;
    QString code; ///< the area's production area code, to name it
    QString message;
    QRectF where;
    QByteArray piece; ///< optional: the offending piece of geometry
};

} // namespace agrimap
