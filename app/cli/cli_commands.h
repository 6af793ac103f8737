#pragma once

#include <QStringList>
#include <QTextStream>

namespace agrimap::cli {

/// Exit codes shared by every command: 0 done, 1 ran but found problems, 2 failed.
enum ExitCode { Success = 0, Problems = 1, Failure = 2 };

struct Streams {
    QTextStream& out;
    QTextStream& err;
};

/// `agrimap-cli info PATH` — each layer's name, geometry type, count, CRS, extent and role.
int runInfo(const QStringList& arguments, Streams streams);
/// `agrimap-cli render PATH... --out FILE.png [--size WxH] [--extent …] [--crs EPSG:N]`.
int runRender(const QStringList& arguments, Streams streams);
/// `agrimap-cli print PROJECT --out FILE.pdf|FILE.png [--extent …] [--scale N] [--paper A3] …`
/// — a printed map with legend, scale, north arrow and grid.
int runPrint(const QStringList& arguments, Streams streams);
/// `agrimap-cli make-project OUT.agrimap.gpkg PATH[:LAYER]...` — a project listing layers.
int runMakeProject(const QStringList& arguments, Streams streams);
/// `agrimap-cli validate PROJECT.gpkg [--today YYYY-MM-DD]` — one line per broken rule of
/// the growing areas; exit 1 when there is any, 0 when clean.
int runValidate(const QStringList& arguments, Streams streams);
/// `agrimap-cli stats PATH [--by commune|code|crop|status|certification] [--layer NAME]
/// [--commune NAME] [--csv FILE] [--xlsx FILE]` — land use (or growing areas) summed by
/// commune and code; 0 done, 2 failed.
int runStats(const QStringList& arguments, Streams streams);
/// `agrimap-cli import-farmers PROJECT.gpkg FILE [--encoding …] [--mapping FILE] [--dry-run]`
/// — imports households from CSV or Excel and prints the report; exit 1 when rows were
/// rejected (written beside FILE), 0 when every row was taken.
int runImportFarmers(const QStringList& arguments, Streams streams);
/// `agrimap-cli export-opendata PROJECT.gpkg --out FILE.gpkg [--crs EPSG:N] [--timestamp T]`.
int runExportOpenData(const QStringList& arguments, Streams streams);

/// `agrimap-cli compare FIRST[:LAYER] SECOND[:LAYER] [--field F] [--field2 F] [--csv FILE]
/// [--out FILE.gpkg]` — two land-use layers compared: the transition matrix (ha) on stdout.
int runCompare(const QStringList& arguments, Streams streams);
/// `agrimap-cli check-planning PROJECT.gpkg [--threshold N|N%] [--out FILE.gpkg]` — growing
/// areas on non-agricultural land and parcel codes against the project's land-use layer;
/// one line per finding, exit 1 when there is any.
int runCheckPlanning(const QStringList& arguments, Streams streams);

} // namespace agrimap::cli
