#include "cli_commands.h"
#include "gdal_environment.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>

namespace {

const char* usage =
    "Usage: agrimap-cli COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  --version                 print the version of AgriMap and its libraries\n"
    "  info PATH                 list the layers of a file: geometry, count, CRS, extent, role\n"
    "  render PATH... --out FILE.png [--size WxH] [--extent xmin,ymin,xmax,ymax] [--crs EPSG:N]\n"
    "                            [--role cadastral|land_use|production_area|other]\n"
    "                            draw files or a project with the default styles, as the map\n"
    "                            window does; prints render_ms=N (drawing only)\n"
    "  make-project OUT.agrimap.gpkg PATH[:LAYER]... [--areas PATH:LAYER]\n"
    "               [--communes PATH:LAYER:NAME_FIELD]\n"
    "                            write a project that lists these layers; --areas copies\n"
    "                            growing areas into the project's own editable layer;\n"
    "                            --communes names the communes its rules check against\n"
    "  validate PROJECT.gpkg [--today YYYY-MM-DD]\n"
    "                            check the growing areas against the project's rules; one\n"
    "                            line per violation (rule, area, message, where); exit 1\n"
    "                            when there is any, 0 when clean\n"
    "  export-opendata PROJECT.gpkg --out FILE.gpkg [--crs EPSG:N] [--timestamp ISO]\n"
    "               [--profile NAME|FILE.json] [--geojson] [--csv]\n"
    "                            publish the project's layers as an open-data GeoPackage\n"
    "                            (no personal data; metadata and data dictionary inside)\n";

} // namespace

int main(int argc, char* argv[]) {
    // Rendering text (labels) needs a QGuiApplication; the offscreen platform needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agrimap-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGRIMAP_VERSION));
    agrimap::ensureGdalReady();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = application.arguments().mid(1);
    const QString command = arguments.value(0);
    arguments.removeFirst();
    const agrimap::cli::Streams streams{out, err};

    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out << "agrimap-cli " << AGRIMAP_VERSION << " (" << agrimap::libraryVersions() << ", Qt "
            << qVersion() << ")\n";
        return agrimap::cli::Success;
    }
    if (command == QLatin1String("info"))
        return agrimap::cli::runInfo(arguments, streams);
    if (command == QLatin1String("render"))
        return agrimap::cli::runRender(arguments, streams);
    if (command == QLatin1String("make-project"))
        return agrimap::cli::runMakeProject(arguments, streams);
    if (command == QLatin1String("validate"))
        return agrimap::cli::runValidate(arguments, streams);
    if (command == QLatin1String("export-opendata"))
        return agrimap::cli::runExportOpenData(arguments, streams);
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        out << usage;
        return agrimap::cli::Success;
    }
    err << (command.isEmpty() ? QStringLiteral("agrimap-cli: no command given\n")
                              : QStringLiteral("agrimap-cli: unknown command '%1'\n").arg(command))
        << usage;
    return agrimap::cli::Failure;
}
