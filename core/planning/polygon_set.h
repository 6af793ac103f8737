#pragma once

#include "crs.h"
#include "error.h"
#include "flat_geometries.h"
#include "planning_job.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace agrimap::planning {

/// Where a check reads polygons from: a layer of a file GDAL opens, the field holding the
/// land-use (or production area) code, and the fields that name a feature in a list.
struct PolygonSource {
    QString path;
    QString layerName;       ///< empty: the file's first layer
    QString codeField;       ///< empty: no code (every feature gets an empty one)
    QStringList labelFields; ///< joined with "/" (sheet/parcel); may be empty
    Crs crs;                 ///< the layer's CRS as the map knows it (assigned or from the file);
                             ///< invalid: read from the file
    QString title;           ///< the name users know the layer by, for messages
};

/// The polygons of one layer in memory, reprojected into one working CRS: per feature its
/// id, code, label, bounds and geometry as ISO WKB. Immutable once read; shared by the
/// check's worker threads, each of which makes its own GEOS objects from the WKB.
struct PolygonSet {
    Crs crs;
    QString title;
    std::vector<qint64> fids;
    std::vector<QString> codes; ///< as written in the file (trimmed)
    std::vector<QString> labels;
    std::vector<QByteArray> wkb;
    std::vector<Bounds> bounds;
    std::vector<double> areas; ///< planar area in the set's CRS units (m²)
    qint64 skipped = 0;        ///< features without a readable polygon, or outside the CRS's reach

    size_t size() const { return fids.size(); }
};

/// Reads the polygons of `source` and reprojects them with PROJ (CoordinateTransformer:
/// the EPSG operation, as the map does) into `target`; an invalid `target` keeps the
/// layer's own CRS. Errors name the file, the layer or the field. Checks `control`'s
/// cancel flag; progress runs from `firstPercent` to `lastPercent`.
Result<PolygonSet> readPolygonSet(const PolygonSource& source, const Crs& target,
                                  const JobControl& control, int firstPercent = 0,
                                  int lastPercent = 100);

/// The CRS two layers are compared in: the first layer's when projected. Areas need metres,
/// so when the first is in latitude/longitude the second's is used, which must be projected.
Result<Crs> workingCrs(const PolygonSource& first, const PolygonSource& second);

/// The CRS of the layer as read from the file (EPSG code when it has one, else its WKT).
Result<Crs> layerCrs(const PolygonSource& source);

} // namespace agrimap::planning
