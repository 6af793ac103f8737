#include "language_settings.h"

#include <QLocale>
#include <QSettings>

namespace agrimap::language_settings {

namespace {
const QString key = QStringLiteral("ui/language");
}

QString chosenLanguage() {
    return QSettings().value(key).toString();
}

void setChosenLanguage(const QString& code) {
    QSettings().setValue(key, code);
}

QString effectiveLanguage() {
    const QString chosen = chosenLanguage();
    if (chosen == QLatin1String("vi") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi")
                                                               : QStringLiteral("en");
}

} // namespace agrimap::language_settings
