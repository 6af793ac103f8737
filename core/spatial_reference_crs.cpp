#include "spatial_reference_crs.h"

#include <ogr_spatialref.h>

namespace agrimap {

Crs crsOfSpatialReference(const OGRSpatialReference* reference) {
    if (!reference)
        return {};
    OGRSpatialReference copy(*reference);
    if (!copy.GetAuthorityCode(nullptr) && copy.AutoIdentifyEPSG() != OGRERR_NONE) {
        int count = 0;
        int* confidence = nullptr;
        OGRSpatialReferenceH* matches = copy.FindMatches(nullptr, &count, &confidence);
        QString matched;
        if (matches && count > 0 && confidence[0] >= 90) {
            if (const char* code =
                    OGRSpatialReference::FromHandle(matches[0])->GetAuthorityCode(nullptr))
                matched = QStringLiteral("EPSG:") + QString::fromLatin1(code);
        }
        OSRFreeSRSArray(matches);
        CPLFree(confidence);
        if (!matched.isEmpty())
            return Crs::fromUserInput(matched);
    }
    const char* authority = copy.GetAuthorityName(nullptr);
    const char* code = copy.GetAuthorityCode(nullptr);
    if (authority && code)
        return Crs::fromUserInput(QString::fromLatin1(authority) + QLatin1Char(':') +
                                  QString::fromLatin1(code));
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    copy.exportToWkt(&wkt, options);
    const Crs crs = Crs::fromUserInput(QString::fromUtf8(wkt));
    CPLFree(wkt);
    return crs;
}

} // namespace agrimap
