#pragma once

// Private to agrimap_core's publishing code.

#include "error.h"
#include "hilbert_sorter.h"

#include <QString>
#include <vector>

namespace agrimap {

struct SpatialIndexTarget {
    QString table;
    QString idColumn;
    QString geometryColumn;
    HilbertSorter* boxes = nullptr; ///< the box of every feature with a geometry, collected
                                    ///< while the rows were written (none: an empty table)
};

/// Gives feature tables of a closed GeoPackage their spatial index (extension
/// gpkg_rtree_index): the R-tree virtual table, packed from the features' bounding boxes in
/// Hilbert order (HilbertSorter, RTreePacker), the triggers of the GeoPackage 1.3
/// specification that keep it current when the package is edited later, and the
/// gpkg_extensions row. Where GDAL 3.6 inserts box after box (about ten seconds per million
/// features), this writes each node once, from boxes gathered while the rows went in rather
/// than read back. For a package being written under a temporary name: no journal.
Status addSpatialIndexes(const QString& packagePath, const std::vector<SpatialIndexTarget>& tables);

} // namespace agrimap
