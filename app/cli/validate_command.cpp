#include "cli_commands.h"
#include "editing/project_store.h"
#include "validation/area_rules.h"
#include "validation/commune_boundaries.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace agrimap::cli {

namespace {

QString whereText(const QRectF& where) {
    if (where.isNull())
        return QStringLiteral("-");
    return QStringLiteral("%1,%2,%3,%4")
        .arg(where.left(), 0, 'f', 1)
        .arg(where.top(), 0, 'f', 1)
        .arg(where.right(), 0, 'f', 1)
        .arg(where.bottom(), 0, 'f', 1);
}

} // namespace

int runValidate(const QStringList& arguments, Streams streams) {
    QString path;
    QDate today = QDate::currentDate();
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--today") && i + 1 < arguments.size()) {
            today = QDate::fromString(arguments[++i], Qt::ISODate);
            if (!today.isValid()) {
                streams.err << "agrimap-cli validate: --today wants YYYY-MM-DD\n";
                return Failure;
            }
        } else if (path.isEmpty()) {
            path = arguments[i];
        } else {
            streams.err << "agrimap-cli validate: expected one PROJECT.gpkg\n";
            return Failure;
        }
    }
    if (path.isEmpty()) {
        streams.err << "agrimap-cli validate: expected one PROJECT.gpkg\n";
        return Failure;
    }
    QElapsedTimer clock;
    clock.start();
    // Read-only: validating never needs (or takes) the editing lock.
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    if (!store) {
        streams.err << "agrimap-cli validate: " << store.errorMessage().simplified() << '\n';
        return Failure;
    }
    const EditSettings settings = store.value()->settings();
    auto communes =
        loadCommuneBoundaries(settings, QFileInfo(path).absolutePath(), store.value()->crs());
    if (!communes) {
        streams.err << "agrimap-cli validate: " << communes.errorMessage().simplified() << '\n';
        return Failure;
    }
    const auto areas = store.value()->areas();
    if (!areas) {
        streams.err << "agrimap-cli validate: " << areas.errorMessage().simplified() << '\n';
        return Failure;
    }
    const AreaRules rules(settings, communes.value(), today);
    const std::vector<AreaViolation> violations = rules.checkAll(areas.value());
    for (const AreaViolation& violation : violations) {
        streams.out << violation.rule << "\tarea " << violation.fid;
        if (!violation.code.isEmpty())
            streams.out << " (" << violation.code << ")";
        streams.out << "\t" << violation.message << "\tat " << whereText(violation.where) << "\n";
    }
    streams.out.flush();
    streams.err << violations.size() << " violation(s) in " << areas->size() << " growing area(s), "
                << clock.elapsed() << " ms\n";
    return violations.empty() ? Success : Problems;
}

} // namespace agrimap::cli
