#include "application_setup.h"

#include "gdal_environment.h"
#include "language_settings.h"
#include "layer_collection.h"
#include "main_window.h"
#include "map/map_canvas.h"
#include "map_layer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace agrimap {

namespace {

// Beside the binary when installed, the build tree when run from it, and last the copy
// compiled into the program.
QStringList translationDirectories() {
    QStringList directories;
    const QString fromEnvironment = qEnvironmentVariable("AGRIMAP_TRANSLATIONS_DIR");
    if (!fromEnvironment.isEmpty())
        directories << fromEnvironment;
    const QString binary = QCoreApplication::applicationDirPath();
    directories << binary + QStringLiteral("/../share/agrimap/translations")
                << binary + QStringLiteral("/../resources") << QStringLiteral(":/i18n");
    return directories;
}

bool allLayersSettled(const LayerCollection& layers) {
    for (const MapLayer* layer : layers.layers()) {
        if (layer->state() == MapLayer::State::Loading)
            return false;
    }
    return true;
}

// --screenshot: waits for every layer and the frame, saves the window, quits.
void scheduleScreenshot(MainWindow& window, const QString& path) {
    auto* timer = new QTimer(&window);
    auto* clock = new QElapsedTimer();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, &window, [&window, path, timer, clock] {
        const bool ready = allLayersSettled(*window.layers()) && !window.canvas()->isRendering() &&
                           window.canvas()->settings().isValid();
        if (!ready && clock->elapsed() < 60000)
            return;
        timer->stop();
        delete clock;
        QTimer::singleShot(300, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            std::fprintf(saved ? stdout : stderr, "%s %s\n",
                         saved ? "screenshot written to" : "cannot write", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 2);
        });
    });
    timer->start(100);
}

} // namespace

bool installTranslations(QApplication& application, const QString& language) {
    QLocale::setDefault(
        QLocale(language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                language == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    bool found = false;
    for (const QString& directory : translationDirectories()) {
        auto* translator = new QTranslator(&application);
        if (translator->load(QStringLiteral("agrimap_") + language, directory)) {
            application.installTranslator(translator);
            found = true;
            break;
        }
        delete translator;
    }
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        application.installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return found;
}

int runDesktopApplication(int argc, char* argv[]) {
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AgriMap"));
    QCoreApplication::setApplicationName(QStringLiteral("AgriMap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGRIMAP_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/agrimap/icons/agrimap.svg")));
    ensureGdalReady();
    installTranslations(application, language_settings::effectiveLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "AgriMap: Vietnam's agricultural maps"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a picture of the window once the map is drawn, then quit."),
        QStringLiteral("FILE.png"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "Projects or map data to open."),
        QStringLiteral("[FILES...]"));
    parser.process(application);

    MainWindow window;
    window.show();
    QStringList files;
    for (const QString& file : parser.positionalArguments())
        files << QDir::current().absoluteFilePath(file);
    // Opened once the event loop runs, so the window appears at once.
    QTimer::singleShot(0, &window, [&window, files] { window.openFiles(files); });
    if (parser.isSet(screenshot))
        scheduleScreenshot(window, parser.value(screenshot));
    return application.exec();
}

} // namespace agrimap
