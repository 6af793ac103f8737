#pragma once

// Private to agrimap_core's publishing code.

#include "error.h"

#include <QString>
#include <functional>
#include <vector>

namespace agrimap {

struct SpatialIndexTarget {
    QString table;
    QString idColumn;
    QString geometryColumn;
};

/// Gives feature tables of a closed GeoPackage their spatial index (extension
/// gpkg_rtree_index): the R-tree virtual table, packed from the features' bounding boxes in
/// Hilbert order (HilbertSorter, RTreePacker), the triggers of the GeoPackage 1.3
/// specification that keep it current when the package is edited later, and the
/// gpkg_extensions row. Where GDAL 3.6 inserts box after box (about ten seconds per million
/// features), this writes each node once. For a package being written under a temporary name:
/// no journal. `keepGoing` is asked now and then; false cancels.
Status addSpatialIndexes(const QString& packagePath, const std::vector<SpatialIndexTarget>& tables,
                         const std::function<bool()>& keepGoing = {});

} // namespace agrimap
