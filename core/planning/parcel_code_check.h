#pragma once

#include "finding_table.h"
#include "polygon_set.h"

#include <QCoreApplication>
#include <vector>

namespace agrimap::planning {

/// A parcel whose recorded land-use code differs from the land-use map under it.
struct ParcelMismatch {
    qint64 parcelFid = -1;
    QString parcelLabel;  ///< map sheet / parcel number
    QString recordedCode; ///< the parcel's own code (current use)
    QString plannedCode;  ///< the land-use code under most of the parcel (the plan)
    double parcelM2 = 0;
    double differingM2 = 0; ///< the part under a code that does not agree with the parcel's
    QByteArray wkb;         ///< that part, in the result's CRS
    QRectF extent;

    double differingShare() const { return parcelM2 > 0 ? differingM2 / parcelM2 : 0; }
};

struct ParcelCodeResult {
    Crs crs;                                ///< the parcels' CRS; land use was reprojected into it
    std::vector<ParcelMismatch> mismatches; ///< by parcel id
    qint64 parcelsChecked = 0;
    qint64 parcelsWithoutCode = 0; ///< not checked: nothing recorded to compare
    qint64 failedPairs = 0;
    qint64 skipped = 0;

    FindingTable table() const;
};

struct ParcelCodeParameters {
    enum class Unit { SquareMetres, Percent };

    PolygonSource parcels; ///< code field: the recorded code; label fields: sheet, parcel
    PolygonSource landUse; ///< code field: the planned code
    /// A parcel is reported when its differing part reaches this many m² (or per cent of
    /// the parcel): a few m² along every boundary are digitising noise, not a finding.
    double threshold = 100.0;
    Unit unit = Unit::SquareMetres;
};

/// Planning check: parcels whose recorded code (current use) differs from the land-use layer
/// under them (the planning map). Codes agree when equal, of one group (LUA and LUC, …) or
/// when a part of a mixed code agrees (landUseCodesAgree).
class ParcelCodeCheck {
    Q_DECLARE_TR_FUNCTIONS(agrimap::planning::ParcelCodeCheck)
public:
    static Result<ParcelCodeResult> run(const ParcelCodeParameters& parameters,
                                        const JobControl& control = {});
    static Result<ParcelCodeResult> run(const PolygonSet& parcels, const PolygonSet& landUse,
                                        const ParcelCodeParameters& parameters,
                                        const JobControl& control = {});
};

} // namespace agrimap::planning
