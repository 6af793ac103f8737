#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace agrimap::samples {

/// A failure while writing sample data: the message names the file and GDAL's reason.
struct WriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct FieldSpec {
    const char* name;
    OGRFieldType type;
};

/// Creates (replacing) a dataset with the given driver; throws WriteError naming `path`.
GDALDatasetUniquePtr createDataset(const std::string& driver, const std::string& path);

/// Creates a layer with fields; `options` are GDAL layer creation options.
OGRLayer* createLayer(GDALDataset& dataset, const std::string& name, int epsg,
                      OGRwkbGeometryType type, const std::vector<FieldSpec>& fields,
                      const std::vector<std::string>& options = {});

/// A polygon from corner coordinates (x,y pairs, not closed).
OGRPolygon polygonFromCorners(const double* xy, size_t corners);

/// Writes a feature; throws WriteError with the layer name on failure.
void writeFeature(OGRLayer& layer, OGRFeature& feature);

/// Removes a file and its shapefile siblings (.shx .dbf .prj .cpg) before writing anew.
void removeExisting(const std::string& path);

} // namespace agrimap::samples
