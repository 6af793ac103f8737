#pragma once

#include <QString>

namespace agrimap::language_settings {

/// "vi", "en", or empty for "follow the system" (QSettings key ui/language).
QString chosenLanguage();
void setChosenLanguage(const QString& code);
/// The language the interface uses: the choice, else Vietnamese on a Vietnamese system,
/// else English.
QString effectiveLanguage();

} // namespace agrimap::language_settings
