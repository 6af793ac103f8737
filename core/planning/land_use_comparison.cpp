#include "land_use_comparison.h"

#include "land_use_codes.h"
#include "polygon_overlay.h"

#include <algorithm>

namespace agrimap::planning {

Result<ComparisonResult> LandUseComparison::run(const ComparisonParameters& parameters,
                                                const JobControl& control) {
    Result<Crs> crs = workingCrs(parameters.first, parameters.second);
    if (!crs)
        return crs.error();
    Result<PolygonSet> first = readPolygonSet(parameters.first, crs.value(), control, 0, 10);
    if (!first)
        return first.error();
    Result<PolygonSet> second = readPolygonSet(parameters.second, crs.value(), control, 10, 20);
    if (!second)
        return second.error();
    return run(first.value(), second.value(), parameters, control);
}

Result<ComparisonResult> LandUseComparison::run(const PolygonSet& first, const PolygonSet& second,
                                                const ComparisonParameters& parameters,
                                                const JobControl& control) {
    const size_t workers = size_t(std::max(control.threads, 1));
    std::vector<TransitionMatrix> matrices(workers);
    std::vector<std::vector<ChangedPiece>> changes(workers);
    std::vector<double> firstM2(workers, 0.0);
    std::vector<qint64> pieces(workers, 0);
    // Codes are compared as normalised once here, not per piece.
    std::vector<QString> firstCodes(first.size());
    std::vector<QString> secondCodes(second.size());
    for (size_t i = 0; i < first.size(); ++i)
        firstCodes[i] = normalizedCode(first.codes[i]);
    for (size_t i = 0; i < second.size(); ++i)
        secondCodes[i] = normalizedCode(second.codes[i]);

    PolygonOverlay overlay(first, second);
    const bool finished = overlay.run(
        control,
        [&](int worker, uint32_t from, uint32_t to, const GEOSGeometry* piece, double m2) {
            const QString& fromCode = firstCodes[from];
            const QString& toCode = secondCodes[to];
            matrices[size_t(worker)].add(fromCode, toCode, m2);
            ++pieces[size_t(worker)];
            if (fromCode != toCode && m2 >= parameters.minimumPieceM2)
                changes[size_t(worker)].push_back({first.fids[from], fromCode, second.fids[to],
                                                   toCode, m2, polygonalWkb(piece),
                                                   pieceExtent(piece)});
        },
        [&](int worker, uint32_t, double m2) { firstM2[size_t(worker)] += m2; }, 20, 100);
    if (!finished)
        return Error{tr("Cancelled.")};

    ComparisonResult result;
    result.crs = first.crs;
    for (size_t worker = 0; worker < workers; ++worker) {
        result.matrix.merge(matrices[worker]);
        result.firstM2 += firstM2[worker];
        result.pieces += pieces[worker];
        std::move(changes[worker].begin(), changes[worker].end(),
                  std::back_inserter(result.changes));
    }
    for (double m2 : second.areas)
        result.secondM2 += m2;
    result.comparedM2 = result.matrix.totalHectares() * 10000.0;
    result.failedPairs = overlay.failedPairs();
    result.skipped = first.skipped + second.skipped + overlay.unreadable();
    std::sort(result.changes.begin(), result.changes.end(), [](const auto& a, const auto& b) {
        return std::pair(a.beforeFid, a.afterFid) < std::pair(b.beforeFid, b.afterFid);
    });
    return result;
}

FindingTable ComparisonResult::table() const {
    FindingTable table;
    table.layerName = QStringLiteral("land_use_changes");
    table.title = LandUseComparison::tr("Land-use changes");
    table.crs = crs;
    table.fields = {
        {QStringLiteral("from_code"), LandUseComparison::tr("From"), QMetaType::QString},
        {QStringLiteral("to_code"), LandUseComparison::tr("To"), QMetaType::QString},
        {QStringLiteral("area_ha"), LandUseComparison::tr("Area (ha)"), QMetaType::Double},
        {QStringLiteral("from_fid"), LandUseComparison::tr("First id"), QMetaType::LongLong},
        {QStringLiteral("to_fid"), LandUseComparison::tr("Second id"), QMetaType::LongLong}};
    for (const ChangedPiece& piece : changes)
        table.add({TransitionMatrix::codeTitle(piece.beforeCode),
                   TransitionMatrix::codeTitle(piece.afterCode), piece.areaM2 / 10000.0,
                   piece.beforeFid, piece.afterFid},
                  piece.wkb, piece.extent);
    return table;
}

} // namespace agrimap::planning
