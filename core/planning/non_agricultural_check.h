#pragma once

#include "finding_table.h"
#include "land_use_codes.h"
#include "polygon_set.h"

#include <QCoreApplication>
#include <vector>

namespace agrimap::planning {

/// One piece of a growing area lying on land whose code is not agricultural.
struct NonAgriculturalPiece {
    qint64 areaFid = -1;
    QString areaLabel; ///< the growing area's production area code (or name)
    qint64 landUseFid = -1;
    QString landUseCode;
    double overlapM2 = 0;
    QByteArray wkb; ///< the piece, in the result's CRS
    QRectF extent;

    double overlapHa() const { return overlapM2 / 10000.0; }
};

struct NonAgriculturalResult {
    Crs crs; ///< the growing areas' CRS; land use was reprojected into it
    std::vector<NonAgriculturalPiece> pieces; ///< by growing area, then land-use feature
    qint64 areasChecked = 0;
    qint64 failedPairs = 0; ///< pairs GEOS could not overlay, even after repair
    qint64 skipped = 0;     ///< features of either layer without a readable polygon

    FindingTable table() const;
};

struct NonAgriculturalParameters {
    PolygonSource growingAreas; ///< the code field names a growing area in the list
    PolygonSource landUse;      ///< the code field holds the land-use code
    QStringList agriculturalCodes = defaultAgriculturalCodes();
    double minimumPieceM2 = 1.0; ///< slivers along shared boundaries are not findings
};

/// Planning check: the growing areas (or parts of them) on land whose land-use code is not
/// in the agricultural set — a mixed code such as "LUC+ONT" counts as not agricultural.
/// Each piece is the GEOS intersection of a growing area with one such land-use polygon.
class NonAgriculturalCheck {
    Q_DECLARE_TR_FUNCTIONS(agrimap::planning::NonAgriculturalCheck)
public:
    static Result<NonAgriculturalResult> run(const NonAgriculturalParameters& parameters,
                                             const JobControl& control = {});
    /// The same on polygons already read, both in one CRS.
    static Result<NonAgriculturalResult> run(const PolygonSet& areas, const PolygonSet& landUse,
                                             const NonAgriculturalParameters& parameters,
                                             const JobControl& control = {});
};

} // namespace agrimap::planning
