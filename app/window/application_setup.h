#pragma once

class QApplication;
class QString;

namespace agrimap {

/// Loads AgriMap's and Qt's catalogues for `language` ("vi" or "en") into the application
/// and sets the default locale; false when AgriMap's own catalogue was not found.
bool installTranslations(QApplication& application, const QString& language);

/// The desktop application: `agrimap [FILES...] [--screenshot FILE.png]`.
int runDesktopApplication(int argc, char* argv[]);

} // namespace agrimap
