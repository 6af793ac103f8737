#include "ogr_writing.h"

#include <cpl_string.h>
#include <cstdio>
#include <filesystem>

namespace agrimap::samples {

namespace {
std::string gdalReason() {
    const char* message = CPLGetLastErrorMsg();
    return message && *message ? message : "unknown reason";
}
} // namespace

void removeExisting(const std::string& path) {
    const std::filesystem::path file(path);
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    if (file.extension() == ".shp") {
        for (const char* extension : {".shx", ".dbf", ".prj", ".cpg", ".qix"})
            std::filesystem::remove(std::filesystem::path(file).replace_extension(extension),
                                    ignored);
    }
}

GDALDatasetUniquePtr createDataset(const std::string& driverName, const std::string& path) {
    removeExisting(path);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
    if (!driver)
        throw WriteError(path + ": GDAL has no " + driverName + " driver");
    GDALDatasetUniquePtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        throw WriteError(path + ": cannot create: " + gdalReason());
    return dataset;
}

OGRLayer* createLayer(GDALDataset& dataset, const std::string& name, int epsg,
                      OGRwkbGeometryType type, const std::vector<FieldSpec>& fields,
                      const std::vector<std::string>& options) {
    OGRSpatialReference reference;
    OGRSpatialReference* referencePointer = nullptr;
    if (epsg > 0) {
        reference.importFromEPSG(epsg);
        reference.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        referencePointer = &reference;
    }
    CPLStringList creationOptions;
    for (const std::string& option : options)
        creationOptions.AddString(option.c_str());
    OGRLayer* layer =
        dataset.CreateLayer(name.c_str(), referencePointer, type, creationOptions.List());
    if (!layer)
        throw WriteError(std::string(dataset.GetDescription()) + ": cannot create layer " + name +
                         ": " + gdalReason());
    for (const FieldSpec& field : fields) {
        OGRFieldDefn definition(field.name, field.type);
        if (layer->CreateField(&definition) != OGRERR_NONE)
            throw WriteError(std::string(dataset.GetDescription()) + ": cannot create field " +
                             field.name + ": " + gdalReason());
    }
    return layer;
}

OGRPolygon polygonFromCorners(const double* xy, size_t corners) {
    OGRLinearRing ring;
    for (size_t i = 0; i < corners; ++i)
        ring.addPoint(xy[2 * i], xy[2 * i + 1]);
    ring.addPoint(xy[0], xy[1]);
    OGRPolygon polygon;
    polygon.addRing(&ring);
    return polygon;
}

void writeFeature(OGRLayer& layer, OGRFeature& feature) {
    if (layer.CreateFeature(&feature) != OGRERR_NONE)
        throw WriteError(std::string("layer ") + layer.GetName() +
                         ": cannot write a feature: " + gdalReason());
}

} // namespace agrimap::samples
