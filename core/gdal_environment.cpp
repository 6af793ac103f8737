#include "gdal_environment.h"

#include "geometry_engine.h"

#include <QtGlobal>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <mutex>
#include <proj.h>

namespace agrimap {

namespace {
void CPL_STDCALL quietHandler(CPLErr level, CPLErrorNum, const char* message) {
    // Errors reach the user through CPLGetLastErrorMsg() in the calling code.
    if (qEnvironmentVariableIsSet("AGRIMAP_DEBUG_GDAL"))
        qDebug("GDAL[%d]: %s", int(level), message);
}
} // namespace

void ensureGdalReady() {
    static std::once_flag once;
    std::call_once(once, [] {
        CPLSetErrorHandler(quietHandler);
        CPLSetConfigOption("OGR_SQLITE_CACHE", "512");
        CPLSetConfigOption("OGR_GPKG_NUM_THREADS", "2");
        GDALAllRegister();
    });
}

QString libraryVersions() {
    return QStringLiteral("GDAL %1, PROJ %2, GEOS %3")
        .arg(QString::fromLatin1(GDALVersionInfo("RELEASE_NAME")),
             QString::fromLatin1(proj_info().version),
             geometry_engine::geosVersion().section(QLatin1Char('-'), 0, 0));
}

} // namespace agrimap
