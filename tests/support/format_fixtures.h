#pragma once

#include "test_data.h"

#include <QStringList>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <gdal_utils.h>

namespace agrimap::testing {

/// Writes `source` in another format with GDAL's own translator (the ogr2ogr engine), as a
/// user's file in that format would have been made. Returns the written path or empty.
inline QString translateVector(const QString& source, const QString& target,
                               const QStringList& arguments) {
    CPLStringList list;
    for (const QString& argument : arguments)
        list.AddString(argument.toUtf8().constData());
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(list.List(), nullptr);
    GDALDatasetH input =
        GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    int failed = 0;
    GDALDatasetH output = input ? GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1,
                                                      &input, options, &failed)
                                : nullptr;
    GDALVectorTranslateOptionsFree(options);
    if (input)
        GDALClose(input);
    if (!output || failed) {
        qWarning("translating to %s failed: %s", qPrintable(target), CPLGetLastErrorMsg());
        return {};
    }
    GDALClose(output);
    return target;
}

/// A small georeferenced GeoTIFF (EPSG:5897) over the sample district, for raster tests.
inline QString writeGeoTiff(const QString& path, int width = 200, int height = 150) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), width, height, 3, GDT_Byte, nullptr));
    if (!dataset)
        return {};
    double transform[6] = {566000, 20, 0, 1158000, 0, -20};
    dataset->SetGeoTransform(transform);
    OGRSpatialReference reference;
    reference.importFromEPSG(5897);
    dataset->SetSpatialRef(&reference);
    std::vector<uint8_t> band(size_t(width) * size_t(height));
    for (int b = 1; b <= 3; ++b) {
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                band[size_t(y * width + x)] = uint8_t(b == 1 ? x : b == 2 ? y : 128);
        if (dataset->GetRasterBand(b)->RasterIO(GF_Write, 0, 0, width, height, band.data(), width,
                                                height, GDT_Byte, 0, 0) != CE_None)
            return {};
    }
    return path;
}

} // namespace agrimap::testing
