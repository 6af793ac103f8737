#include "crs.h"

#include "proj_context.h"

#include <memory>

namespace agrimap {

namespace {

using detail::PjDeleter;
using detail::threadProjContext;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

constexpr double equatorialRadiusMetres = 6378137.0;

bool isGeographicType(PJ_TYPE type) {
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
           type == PJ_TYPE_GEOGRAPHIC_CRS;
}

bool isCrsType(PJ_TYPE type) {
    switch (type) {
    case PJ_TYPE_GEOGRAPHIC_2D_CRS:
    case PJ_TYPE_GEOGRAPHIC_3D_CRS:
    case PJ_TYPE_GEOGRAPHIC_CRS:
    case PJ_TYPE_GEOCENTRIC_CRS:
    case PJ_TYPE_PROJECTED_CRS:
    case PJ_TYPE_COMPOUND_CRS:
    case PJ_TYPE_BOUND_CRS:
    case PJ_TYPE_OTHER_CRS:
    case PJ_TYPE_ENGINEERING_CRS:
        return true;
    default:
        return false;
    }
}

// The horizontal unit, read from the first axis of the CRS's coordinate system.
double metresPerUnitOf(PJ* crs, bool geographic) {
    PJ_CONTEXT* context = threadProjContext();
    PjPtr horizontal(proj_crs_get_sub_crs(context, crs, 0));
    PJ* base = horizontal ? horizontal.get() : crs;
    PjPtr coordinateSystem(proj_crs_get_coordinate_system(context, base));
    if (!coordinateSystem)
        return geographic ? equatorialRadiusMetres * M_PI / 180.0 : 1.0;
    double factor = 0;
    if (!proj_cs_get_axis_info(context, coordinateSystem.get(), 0, nullptr, nullptr, nullptr,
                               &factor, nullptr, nullptr, nullptr) ||
        factor <= 0)
        return geographic ? equatorialRadiusMetres * M_PI / 180.0 : 1.0;
    // Angular units come in radians per unit.
    return geographic ? factor * equatorialRadiusMetres : factor;
}

QString authorityOf(PJ* crs) {
    const char* authority = proj_get_id_auth_name(crs, 0);
    const char* code = proj_get_id_code(crs, 0);
    if (authority && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    // A WKT without an ID may still be a known EPSG CRS (GDAL writes such WKT for .prj).
    int* confidence = nullptr;
    PJ_OBJ_LIST* matches = proj_identify(threadProjContext(), crs, "EPSG", nullptr, &confidence);
    QString found;
    if (matches && proj_list_get_count(matches) > 0 && confidence && confidence[0] >= 90) {
        PjPtr best(proj_list_get(threadProjContext(), matches, 0));
        const char* bestCode = best ? proj_get_id_code(best.get(), 0) : nullptr;
        if (bestCode)
            found = QStringLiteral("EPSG:%1").arg(QString::fromUtf8(bestCode));
    }
    proj_int_list_destroy(confidence);
    proj_list_destroy(matches);
    return found;
}

} // namespace

Crs Crs::fromUserInput(const QString& text) {
    QString input = text.trimmed();
    if (input.isEmpty())
        return {};
    bool isNumber = false;
    input.toInt(&isNumber);
    if (isNumber)
        input = QStringLiteral("EPSG:") + input;

    PJ_CONTEXT* context = threadProjContext();
    PjPtr crs(proj_create(context, input.toUtf8().constData()));
    if (!crs || !isCrsType(proj_get_type(crs.get())))
        return {};

    Crs result;
    PJ* horizontal = crs.get();
    PjPtr sourceOfBound;
    if (proj_get_type(crs.get()) == PJ_TYPE_BOUND_CRS) {
        sourceOfBound.reset(proj_get_source_crs(context, crs.get()));
        if (sourceOfBound)
            horizontal = sourceOfBound.get();
    }
    result.m_authId = authorityOf(horizontal);
    result.m_name = QString::fromUtf8(proj_get_name(horizontal));
    result.m_geographic = isGeographicType(proj_get_type(horizontal));
    result.m_metresPerUnit = metresPerUnitOf(horizontal, result.m_geographic);
    result.m_definition = result.m_authId.isEmpty() ? input : result.m_authId;
    return result;
}

QString Crs::displayName() const {
    if (!isValid())
        return {};
    if (m_authId.isEmpty())
        return m_name;
    return m_authId + QStringLiteral(" — ") + m_name;
}

} // namespace agrimap
