#pragma once

// Private to agrimap_core's publishing code: what a package says about itself.

#include "error.h"
#include "export_profile.h"

#include <QDateTime>
#include <vector>

class GDALDataset;

namespace agrimap {

struct IsoLayerSummary {
    ExportLayer layer;
    qint64 features = 0;
    double west = 0, south = 0, east = 0, north = 0; ///< in the package's CRS
};

/// The `data_dictionary` table: every published field with its type, unit, meaning and
/// allowed values, in Vietnamese and English.
Status writeDataDictionary(GDALDataset& package, const ExportProfile& profile);

/// ISO 19115 XML through the GeoPackage metadata extension: one record for the dataset
/// (title, abstract, publisher, contact, licence, dates, extent, CRS, lineage, counts) and
/// one per layer, referenced from gpkg_metadata_reference.
Status writeIsoMetadata(GDALDataset& package, const ExportProfile& profile,
                        const std::vector<IsoLayerSummary>& layers, const QDateTime& timestamp);

} // namespace agrimap
