#include "benchmark_parcels_writer.h"

#include "ogr_writing.h"
#include "parcel_layout.h"

#include <array>

namespace agrimap::samples {

void writeBenchmarkParcels(const std::string& path, uint64_t count, uint64_t seed, int epsg) {
    // The same code mix as the shared benchmark script (BHK included, an old 2014 code).
    std::vector<const char*> codes;
    const std::pair<const char*, int> mix[] = {{"LUC", 50}, {"LUK", 5},  {"CLN", 15}, {"BHK", 8},
                                               {"NTS", 7},  {"ONT", 10}, {"ODT", 3},  {"DGT", 2}};
    for (const auto& [code, weight] : mix)
        codes.insert(codes.end(), size_t(weight), code);
    const std::array<const char*, 7> communes = {
        "Mỹ Tân", "Tân Thuận Tây", "Tân Thuận Đông", "Hòa An", "Tịnh Thới", "Mỹ Trà", "Mỹ Ngãi"};

    CPLSetConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF");
    CPLSetConfigOption("OGR_SQLITE_CACHE", "512");
    GDALDatasetUniquePtr dataset = createDataset("GPKG", path);
    OGRLayer* layer = createLayer(*dataset, "cadastral_parcels", epsg, wkbPolygon,
                                  {{"map_sheet", OFTInteger},
                                   {"parcel_no", OFTInteger},
                                   {"land_use", OFTString},
                                   {"area_m2", OFTReal},
                                   {"commune", OFTString}},
                                  {"GEOMETRY_NAME=geom", "FID=fid"});
    DeterministicRandom random(seed);
    ParcelLayout layout(count, 560000.0, 1150000.0, random);
    ParcelShape shape;
    uint64_t written = 0;
    dataset->StartTransaction();
    while (layout.next(shape)) {
        OGRFeature feature(layer->GetLayerDefn());
        OGRPolygon polygon = polygonFromCorners(shape.ring.data(), 5);
        feature.SetField("map_sheet", shape.row / 20 + 1);
        feature.SetField("parcel_no", int(written % 5000 + 1));
        feature.SetField("land_use", codes[random.below(codes.size())]);
        feature.SetField("area_m2", polygon.get_Area());
        feature.SetField("commune", communes[size_t(shape.row / 30) % communes.size()]);
        feature.SetGeometry(&polygon);
        writeFeature(*layer, feature);
        if (++written % 200000 == 0) {
            dataset->CommitTransaction();
            dataset->StartTransaction();
        }
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        throw WriteError(path + ": cannot commit: " + CPLGetLastErrorMsg());
}

} // namespace agrimap::samples
