#include "non_agricultural_check.h"

#include "polygon_overlay.h"

#include <algorithm>

namespace agrimap::planning {

Result<NonAgriculturalResult> NonAgriculturalCheck::run(const NonAgriculturalParameters& parameters,
                                                        const JobControl& control) {
    Result<Crs> crs = layerCrs(parameters.growingAreas);
    if (!crs)
        return crs.error();
    Result<PolygonSet> areas = readPolygonSet(parameters.growingAreas, crs.value(), control, 0, 5);
    if (!areas)
        return areas.error();
    Result<PolygonSet> landUse = readPolygonSet(parameters.landUse, crs.value(), control, 5, 20);
    if (!landUse)
        return landUse.error();
    return run(areas.value(), landUse.value(), parameters, control);
}

Result<NonAgriculturalResult> NonAgriculturalCheck::run(const PolygonSet& areas,
                                                        const PolygonSet& landUse,
                                                        const NonAgriculturalParameters& parameters,
                                                        const JobControl& control) {
    const AgriculturalCodes agricultural(parameters.agriculturalCodes);
    std::vector<uint32_t> nonAgricultural;
    for (size_t i = 0; i < landUse.size(); ++i) {
        if (!agricultural.isAgricultural(landUse.codes[i]))
            nonAgricultural.push_back(uint32_t(i));
    }
    PolygonOverlay overlay(areas, landUse, std::move(nonAgricultural));
    std::vector<std::vector<NonAgriculturalPiece>> found(size_t(std::max(control.threads, 1)));
    const bool finished = overlay.run(
        control,
        [&](int worker, uint32_t area, uint32_t land, const GEOSGeometry* piece, double m2) {
            if (m2 < parameters.minimumPieceM2)
                return;
            found[size_t(worker)].push_back({areas.fids[area], areas.labels[area],
                                             landUse.fids[land], landUse.codes[land], m2,
                                             polygonalWkb(piece), pieceExtent(piece)});
        },
        {}, 20, 100);
    if (!finished)
        return Error{tr("Cancelled.")};

    NonAgriculturalResult result;
    result.crs = areas.crs;
    result.areasChecked = qint64(areas.size());
    result.failedPairs = overlay.failedPairs();
    result.skipped = areas.skipped + landUse.skipped + overlay.unreadable();
    for (auto& pieces : found)
        std::move(pieces.begin(), pieces.end(), std::back_inserter(result.pieces));
    std::sort(result.pieces.begin(), result.pieces.end(), [](const auto& a, const auto& b) {
        return std::pair(a.areaFid, a.landUseFid) < std::pair(b.areaFid, b.landUseFid);
    });
    return result;
}

FindingTable NonAgriculturalResult::table() const {
    FindingTable table;
    table.layerName = QStringLiteral("non_agricultural_pieces");
    table.title = NonAgriculturalCheck::tr("Growing areas on non-agricultural land");
    table.crs = crs;
    table.fields = {
        {QStringLiteral("area_fid"), NonAgriculturalCheck::tr("Area id"), QMetaType::LongLong},
        {QStringLiteral("area_label"), NonAgriculturalCheck::tr("Growing area"),
         QMetaType::QString},
        {QStringLiteral("land_use_code"), NonAgriculturalCheck::tr("Land-use code"),
         QMetaType::QString},
        {QStringLiteral("land_use_fid"), NonAgriculturalCheck::tr("Land-use id"),
         QMetaType::LongLong},
        {QStringLiteral("overlap_ha"), NonAgriculturalCheck::tr("Overlap (ha)"),
         QMetaType::Double}};
    for (const NonAgriculturalPiece& piece : pieces)
        table.add({piece.areaFid, piece.areaLabel, piece.landUseCode, piece.landUseFid,
                   piece.overlapHa()},
                  piece.wkb, piece.extent);
    return table;
}

} // namespace agrimap::planning
