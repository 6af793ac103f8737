#pragma once

#include "finding_table.h"
#include "polygon_set.h"
#include "transition_matrix.h"

#include <QCoreApplication>
#include <vector>

namespace agrimap::planning {

/// A piece of land whose code differs between the two layers compared.
struct ChangedPiece {
    qint64 beforeFid = -1;
    QString beforeCode;
    qint64 afterFid = -1;
    QString afterCode;
    double areaM2 = 0;
    QByteArray wkb; ///< in the result's CRS
    QRectF extent;
};

struct ComparisonResult {
    Crs crs; ///< the first layer's CRS (the second was reprojected into it)
    TransitionMatrix matrix;
    std::vector<ChangedPiece> changes; ///< by first-layer feature, then second
    double firstM2 = 0;                ///< all polygons of the first layer
    double secondM2 = 0;               ///< all polygons of the second layer (in the first's CRS)
    double comparedM2 = 0;             ///< covered by both: the sum of the matrix
    qint64 pieces = 0;                 ///< pieces of positive area, changed or not
    qint64 failedPairs = 0;
    qint64 skipped = 0;

    FindingTable table() const;
};

struct ComparisonParameters {
    PolygonSource first;  ///< e.g. the land-use plan of the earlier period
    PolygonSource second; ///< the later one; may be in another VN-2000 zone
    /// Changed pieces smaller than this are counted in the matrix but not listed.
    double minimumPieceM2 = 1.0;
};

/// Planning check: compares two land-use layers. Both are brought into one CRS (the first's)
/// with PROJ, overlaid with GEOS, and every piece adds its area to the transition matrix
/// (from-code × to-code); the pieces whose code changed are listed with their geometry.
class LandUseComparison {
    Q_DECLARE_TR_FUNCTIONS(agrimap::planning::LandUseComparison)
public:
    static Result<ComparisonResult> run(const ComparisonParameters& parameters,
                                        const JobControl& control = {});
    static Result<ComparisonResult> run(const PolygonSet& first, const PolygonSet& second,
                                        const ComparisonParameters& parameters,
                                        const JobControl& control = {});
};

} // namespace agrimap::planning
