#include "parcel_code_check.h"

#include "land_use_codes.h"
#include "polygon_overlay.h"

#include <QHash>
#include <algorithm>

namespace agrimap::planning {

namespace {

// What one worker knows about the parcel it is on: pieces arrive parcel by parcel.
struct ParcelPieces {
    QHash<QString, double> byCode;
    double differingM2 = 0;
    std::vector<GeosGeometryPtr> differing;

    void clear() {
        byCode.clear();
        differingM2 = 0;
        differing.clear();
    }
};

// One geometry of the differing pieces (they come from a partition, so they do not overlap
// much; a union keeps the result valid where they touch).
GeosGeometryPtr unionOf(std::vector<GeosGeometryPtr>& pieces) {
    GEOSContextHandle_t context = geosContext();
    if (pieces.size() == 1)
        return std::move(pieces.front());
    std::vector<GEOSGeometry*> raw;
    for (GeosGeometryPtr& piece : pieces)
        raw.push_back(piece.release());
    GeosGeometryPtr collection(GEOSGeom_createCollection_r(context, GEOS_GEOMETRYCOLLECTION,
                                                           raw.data(), unsigned(raw.size())));
    GeosGeometryPtr merged(GEOSUnaryUnion_r(context, collection.get()));
    return merged ? std::move(merged) : std::move(collection);
}

} // namespace

Result<ParcelCodeResult> ParcelCodeCheck::run(const ParcelCodeParameters& parameters,
                                              const JobControl& control) {
    Result<Crs> crs = layerCrs(parameters.parcels);
    if (!crs)
        return crs.error();
    Result<PolygonSet> parcels = readPolygonSet(parameters.parcels, crs.value(), control, 0, 10);
    if (!parcels)
        return parcels.error();
    Result<PolygonSet> landUse = readPolygonSet(parameters.landUse, crs.value(), control, 10, 20);
    if (!landUse)
        return landUse.error();
    return run(parcels.value(), landUse.value(), parameters, control);
}

Result<ParcelCodeResult> ParcelCodeCheck::run(const PolygonSet& parcels, const PolygonSet& landUse,
                                              const ParcelCodeParameters& parameters,
                                              const JobControl& control) {
    const size_t workers = size_t(std::max(control.threads, 1));
    std::vector<ParcelPieces> current(workers);
    std::vector<std::vector<ParcelMismatch>> found(workers);
    std::atomic<qint64> withoutCode{0};

    PolygonOverlay overlay(parcels, landUse);
    const bool finished = overlay.run(
        control,
        [&](int worker, uint32_t parcel, uint32_t land, const GEOSGeometry* piece, double m2) {
            ParcelPieces& pieces = current[size_t(worker)];
            const QString& planned = landUse.codes[land];
            pieces.byCode[normalizedCode(planned)] += m2;
            if (!landUseCodesAgree(parcels.codes[parcel], planned)) {
                pieces.differingM2 += m2;
                pieces.differing.emplace_back(GEOSGeom_clone_r(geosContext(), piece));
            }
        },
        [&](int worker, uint32_t parcel, double parcelM2) {
            ParcelPieces& pieces = current[size_t(worker)];
            const QString& recorded = parcels.codes[parcel];
            if (codeParts(recorded).isEmpty()) {
                ++withoutCode;
                pieces.clear();
                return;
            }
            const double measure = parameters.unit == ParcelCodeParameters::Unit::Percent
                                       ? (parcelM2 > 0 ? 100.0 * pieces.differingM2 / parcelM2 : 0)
                                       : pieces.differingM2;
            if (pieces.differingM2 > 0 && measure >= parameters.threshold) {
                QString planned;
                double largest = -1;
                for (auto it = pieces.byCode.cbegin(); it != pieces.byCode.cend(); ++it) {
                    if (it.value() > largest || (it.value() == largest && it.key() < planned)) {
                        largest = it.value();
                        planned = it.key();
                    }
                }
                GeosGeometryPtr shape = unionOf(pieces.differing);
                found[size_t(worker)].push_back(
                    {parcels.fids[parcel], parcels.labels[parcel], recorded, planned, parcelM2,
                     pieces.differingM2, polygonalWkb(shape.get()), pieceExtent(shape.get())});
            }
            pieces.clear();
        },
        20, 100);
    if (!finished)
        return Error{tr("Cancelled.")};

    ParcelCodeResult result;
    result.crs = parcels.crs;
    result.parcelsChecked = qint64(parcels.size()) - withoutCode.load();
    result.parcelsWithoutCode = withoutCode.load();
    result.failedPairs = overlay.failedPairs();
    result.skipped = parcels.skipped + landUse.skipped + overlay.unreadable();
    for (auto& mismatches : found)
        std::move(mismatches.begin(), mismatches.end(), std::back_inserter(result.mismatches));
    std::sort(result.mismatches.begin(), result.mismatches.end(),
              [](const auto& a, const auto& b) { return a.parcelFid < b.parcelFid; });
    return result;
}

FindingTable ParcelCodeResult::table() const {
    FindingTable table;
    table.layerName = QStringLiteral("parcel_code_mismatches");
    table.title = ParcelCodeCheck::tr("Parcels whose code differs from the land-use map");
    table.crs = crs;
    table.fields = {
        {QStringLiteral("parcel_fid"), ParcelCodeCheck::tr("Parcel id"), QMetaType::LongLong},
        {QStringLiteral("parcel_label"), ParcelCodeCheck::tr("Sheet/parcel"), QMetaType::QString},
        {QStringLiteral("recorded_code"), ParcelCodeCheck::tr("Recorded code"), QMetaType::QString},
        {QStringLiteral("planned_code"), ParcelCodeCheck::tr("Land-use map code"),
         QMetaType::QString},
        {QStringLiteral("differing_m2"), ParcelCodeCheck::tr("Differing area (m²)"),
         QMetaType::Double},
        {QStringLiteral("differing_pct"), ParcelCodeCheck::tr("Differing share (%)"),
         QMetaType::Double}};
    for (const ParcelMismatch& mismatch : mismatches)
        table.add({mismatch.parcelFid, mismatch.parcelLabel, mismatch.recordedCode,
                   mismatch.plannedCode, mismatch.differingM2, 100.0 * mismatch.differingShare()},
                  mismatch.wkb, mismatch.extent);
    return table;
}

} // namespace agrimap::planning
