#include "style_file_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace agrimap {

QStringList styleSearchPaths() {
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("AGRIMAP_STYLE_DIR");
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment;
    const QString userData = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!userData.isEmpty())
        paths << userData + QStringLiteral("/agrimap/styles");
    if (QCoreApplication::instance()) {
        const QString binary = QCoreApplication::applicationDirPath();
        paths << binary + QStringLiteral("/../share/agrimap/styles");
#ifdef AGRIMAP_SOURCE_STYLE_DIR
        paths << QStringLiteral(AGRIMAP_SOURCE_STYLE_DIR);
#endif
    }
    paths << QStringLiteral(":/agrimap/styles");
    return paths;
}

QString locateStyleFile(const QString& fileName) {
    for (const QString& directory : styleSearchPaths()) {
        const QString candidate = QDir(directory).filePath(fileName);
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace agrimap
