#include "sample_district_writer.h"

#include "ogr_writing.h"
#include "parcel_layout.h"
#include "sample_names.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <gdal_utils.h>
#include <geos_c.h>
#include <map>
#include <memory>
#include <set>

namespace agrimap::samples {

namespace {

constexpr uint64_t parcelCount = 3000;
constexpr int parcelsPerBlock = 15;
// Half the widest gap between neighbouring strips (4 m apart, corners jittered by 2 m).
constexpr double gapClosing = 4.5;

struct Parcel {
    ParcelShape shape;
    size_t commune = 0;
    int sheet = 0;
    int number = 0;
    std::string code;
    std::string owner;
    double area = 0;
};

struct Block {
    std::string code;
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
};

std::string pick(DeterministicRandom& random, const auto& list) {
    return list[random.below(list.size())];
}

std::string personName(DeterministicRandom& random, bool female) {
    return pick(random, familyNames) + " " +
           (female ? pick(random, femaleMiddleNames) : pick(random, maleMiddleNames)) + " " +
           (female ? pick(random, femaleGivenNames) : pick(random, maleGivenNames));
}

std::string landUseCode(DeterministicRandom& random, const std::string& dominant) {
    if (random.chance(0.01))
        return pick(random, std::array{"LNK", "TSN", "COC"}); // legacy codes met in old data
    if (random.chance(0.005))
        return "LUC+ONT";
    if (random.chance(0.85))
        return dominant;
    return pick(random, std::array{"LUC", "CLN", "ONT", "NTS", "HNK", "LUK", "DGT"});
}

// Growing areas are unions of neighbouring parcels; the 4 m gaps between strips are closed
// by growing each parcel by half a gap before the union and shrinking the result back.
class GeosUnion {
public:
    GeosUnion()
        : m_context(GEOS_init_r()) {}
    ~GeosUnion() { GEOS_finish_r(m_context); }
    GeosUnion(const GeosUnion&) = delete;
    GeosUnion& operator=(const GeosUnion&) = delete;

    std::unique_ptr<OGRGeometry> unionOf(const std::vector<const ParcelShape*>& parcels) {
        std::vector<GEOSGeometry*> grown;
        for (const ParcelShape* parcel : parcels) {
            GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(m_context, 6, 2);
            for (unsigned i = 0; i < 6; ++i)
                GEOSCoordSeq_setXY_r(m_context, sequence, i, parcel->ring[2 * (i % 5)],
                                     parcel->ring[2 * (i % 5) + 1]);
            GEOSGeometry* polygon = GEOSGeom_createPolygon_r(
                m_context, GEOSGeom_createLinearRing_r(m_context, sequence), nullptr, 0);
            grown.push_back(GEOSBufferWithStyle_r(m_context, polygon, gapClosing, 2,
                                                  GEOSBUF_CAP_FLAT, GEOSBUF_JOIN_MITRE, 5.0));
            GEOSGeom_destroy_r(m_context, polygon);
        }
        GEOSGeometry* collection = GEOSGeom_createCollection_r(
            m_context, GEOS_MULTIPOLYGON, grown.data(), unsigned(grown.size()));
        GEOSGeometry* merged = GEOSUnaryUnion_r(m_context, collection);
        GEOSGeometry* shrunk = GEOSBufferWithStyle_r(m_context, merged, -gapClosing, 2,
                                                     GEOSBUF_CAP_FLAT, GEOSBUF_JOIN_MITRE, 5.0);
        GEOSWKBWriter* writer = GEOSWKBWriter_create_r(m_context);
        size_t size = 0;
        unsigned char* wkb = GEOSWKBWriter_write_r(m_context, writer, shrunk, &size);
        OGRGeometry* geometry = nullptr;
        OGRGeometryFactory::createFromWkb(wkb, nullptr, &geometry, size);
        GEOSFree_r(m_context, wkb);
        GEOSWKBWriter_destroy_r(m_context, writer);
        GEOSGeom_destroy_r(m_context, shrunk);
        GEOSGeom_destroy_r(m_context, merged);
        GEOSGeom_destroy_r(m_context, collection);
        return std::unique_ptr<OGRGeometry>(geometry);
    }

private:
    GEOSContextHandle_t m_context;
};

std::vector<Parcel> layOutParcels(DeterministicRandom& random,
                                  std::map<std::pair<int, int>, Block>& blocks) {
    std::vector<Parcel> parcels;
    ParcelLayout layout(parcelCount, 566000.0, 1154000.0, random);
    ParcelShape shape;
    while (layout.next(shape)) {
        Parcel parcel;
        parcel.shape = shape;
        Block& block = blocks[{shape.row, shape.column / parcelsPerBlock}];
        if (block.code.empty()) {
            const bool nearRoad = shape.row % 6 == 0;
            block.code =
                nearRoad
                    ? "ONT"
                    : pick(random, std::array{"LUC", "LUC", "LUC", "CLN", "CLN", "NTS", "LUK"});
        }
        block.minX = std::min(block.minX, shape.minX);
        block.minY = std::min(block.minY, shape.minY);
        block.maxX = std::max(block.maxX, shape.maxX);
        block.maxY = std::max(block.maxY, shape.maxY);
        parcel.code = landUseCode(random, block.code);
        parcel.owner = personName(random, random.chance(0.4));
        parcels.push_back(parcel);
    }
    // Communes: three columns by two rows of the district; sheets of five canal rows.
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (const Parcel& parcel : parcels) {
        minX = std::min(minX, parcel.shape.minX), maxX = std::max(maxX, parcel.shape.maxX);
        minY = std::min(minY, parcel.shape.minY), maxY = std::max(maxY, parcel.shape.maxY);
    }
    std::map<std::pair<size_t, int>, int> nextNumber;
    for (Parcel& parcel : parcels) {
        const double cx = (parcel.shape.minX + parcel.shape.maxX) / 2;
        const double cy = (parcel.shape.minY + parcel.shape.maxY) / 2;
        const size_t column = std::min<size_t>(2, size_t(3 * (cx - minX) / (maxX - minX)));
        const size_t row = std::min<size_t>(1, size_t(2 * (cy - minY) / (maxY - minY)));
        parcel.commune = row * 3 + column;
        parcel.sheet = parcel.shape.row / 5 + 1;
        parcel.number = ++nextNumber[{parcel.commune, parcel.sheet}];
    }
    return parcels;
}

void writeParcels(GDALDataset& dataset, std::vector<Parcel>& parcels) {
    OGRLayer* layer = createLayer(dataset, "cadastral_parcels", 5897, wkbPolygon,
                                  {{"MaXa", OFTString},
                                   {"TenXa", OFTString},
                                   {"SoHieuToBanDo", OFTInteger},
                                   {"SoThuTuThua", OFTInteger},
                                   {"DienTich", OFTReal},
                                   {"DienTichPhapLy", OFTReal},
                                   {"KyHieuMucDichSuDung", OFTString},
                                   {"DiaChi", OFTString},
                                   {"TenChu", OFTString}},
                                  {"GEOMETRY_NAME=geom", "FID=fid", "IDENTIFIER=Thửa đất (mẫu)"});
    for (Parcel& parcel : parcels) {
        OGRFeature feature(layer->GetLayerDefn());
        OGRPolygon polygon = polygonFromCorners(parcel.shape.ring.data(), 5);
        parcel.area = polygon.get_Area();
        const SampleCommune& commune = sampleCommunes[parcel.commune];
        feature.SetField("MaXa", commune.code);
        feature.SetField("TenXa", commune.oldName);
        feature.SetField("SoHieuToBanDo", parcel.sheet);
        feature.SetField("SoThuTuThua", parcel.number);
        feature.SetField("DienTich", std::round(parcel.area * 10) / 10);
        // The legal area was measured on paper maps: a few per cent off the digitised one.
        feature.SetField("DienTichPhapLy",
                         std::round(parcel.area * (0.97 + 0.0001 * (parcel.number % 600))));
        feature.SetField("KyHieuMucDichSuDung", parcel.code.c_str());
        const std::string address =
            "Ấp " + std::to_string(parcel.shape.row % 4 + 1) + ", " + commune.oldName;
        feature.SetField("DiaChi", address.c_str());
        feature.SetField("TenChu", parcel.owner.c_str());
        feature.SetGeometry(&polygon);
        writeFeature(*layer, feature);
    }
}

void writeLandUse(GDALDataset& dataset, const std::map<std::pair<int, int>, Block>& blocks) {
    OGRLayer* layer = createLayer(
        dataset, "land_use", 5897, wkbPolygon, {{"MDSD", OFTString}, {"DienTich", OFTReal}},
        {"GEOMETRY_NAME=geom", "FID=fid", "IDENTIFIER=Hiện trạng sử dụng đất (mẫu)"});
    for (const auto& [key, block] : blocks) {
        const double corners[] = {block.minX, block.minY, block.maxX, block.minY,
                                  block.maxX, block.maxY, block.minX, block.maxY};
        OGRPolygon polygon = polygonFromCorners(corners, 4);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("MDSD", block.code.c_str());
        feature.SetField("DienTich", std::round(polygon.get_Area()));
        feature.SetGeometry(&polygon);
        writeFeature(*layer, feature);
    }
}

void writeCommunes(GDALDataset& dataset, const std::vector<Parcel>& parcels) {
    // Drawn in the former Tiền Giang zone (EPSG:9210) on purpose: the map must reproject it.
    OGRLayer* layer =
        createLayer(dataset, "communes", 9210, wkbPolygon,
                    {{"ma_xa", OFTString},
                     {"ten_xa_cu", OFTString},
                     {"huyen_cu", OFTString},
                     {"tinh_cu", OFTString},
                     {"ten_xa_moi", OFTString},
                     {"tinh_moi", OFTString}},
                    {"GEOMETRY_NAME=geom", "FID=fid", "IDENTIFIER=Ranh giới xã (mẫu)"});
    OGRSpatialReference from, to;
    from.importFromEPSG(5897);
    to.importFromEPSG(9210);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(
        OGRCreateCoordinateTransformation(&from, &to));
    for (size_t c = 0; c < sampleCommunes.size(); ++c) {
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (const Parcel& parcel : parcels) {
            if (parcel.commune != c)
                continue;
            minX = std::min(minX, parcel.shape.minX), maxX = std::max(maxX, parcel.shape.maxX);
            minY = std::min(minY, parcel.shape.minY), maxY = std::max(maxY, parcel.shape.maxY);
        }
        const double corners[] = {minX - 3, minY - 3, maxX + 3, minY - 3,
                                  maxX + 3, maxY + 3, minX - 3, maxY + 3};
        OGRPolygon polygon = polygonFromCorners(corners, 4);
        polygon.segmentize(100); // straight in one zone is curved in another
        polygon.transform(transform.get());
        const SampleCommune& commune = sampleCommunes[c];
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("ma_xa", commune.code);
        feature.SetField("ten_xa_cu", commune.oldName);
        feature.SetField("huyen_cu", "TP Cao Lãnh");
        feature.SetField("tinh_cu", "Đồng Tháp");
        feature.SetField("ten_xa_moi", commune.newName);
        feature.SetField("tinh_moi", "Đồng Tháp");
        feature.SetGeometry(&polygon);
        writeFeature(*layer, feature);
    }
}

void writeProductionAreas(GDALDataset& dataset, const std::vector<Parcel>& parcels,
                          DeterministicRandom& random) {
    OGRLayer* layer = createLayer(dataset, "production_areas", 5897, wkbMultiPolygon,
                                  {{"code", OFTString},
                                   {"name", OFTString},
                                   {"crop", OFTString},
                                   {"variety", OFTString},
                                   {"commune", OFTString},
                                   {"hamlet", OFTString},
                                   {"area_ha", OFTReal},
                                   {"households", OFTInteger},
                                   {"certification", OFTString},
                                   {"export_market", OFTString},
                                   {"status", OFTString},
                                   {"valid_from", OFTString},
                                   {"valid_to", OFTString}},
                                  {"GEOMETRY_NAME=geom", "FID=fid", "IDENTIFIER=Vùng trồng (mẫu)"});
    std::map<std::pair<int, int>, const Parcel*> byPosition;
    int rows = 0;
    for (const Parcel& parcel : parcels) {
        byPosition[{parcel.shape.row, parcel.shape.column}] = &parcel;
        rows = std::max(rows, parcel.shape.row + 1);
    }
    std::set<std::pair<int, int>> used;
    GeosUnion geos;
    int serial = 0;
    for (int attempt = 0; attempt < 400 && serial < 36; ++attempt) {
        const int row = int(random.below(uint64_t(rows)));
        const int start = int(random.below(100));
        const int length = 5 + int(random.below(21));
        std::vector<const ParcelShape*> members;
        bool free = true;
        for (int column = start; column < start + length && free; ++column) {
            const auto found = byPosition.find({row, column});
            free = found != byPosition.end() && !used.count({row, column});
            if (free)
                members.push_back(&found->second->shape);
        }
        if (!free || members.size() < 5)
            continue;
        for (int column = start; column < start + length; ++column)
            used.insert({row, column});
        std::unique_ptr<OGRGeometry> area = geos.unionOf(members);
        if (!area)
            continue;
        ++serial;
        const SampleCrop& crop = sampleCrops[random.below(sampleCrops.size())];
        const Parcel& first = *byPosition[{row, start}];
        const SampleCommune& commune = sampleCommunes[first.commune];
        const double status = random.uniform(0, 1);
        const char* statusText = status < 0.7    ? "active"
                                 : status < 0.8  ? "suspended"
                                 : status < 0.88 ? "revoked"
                                                 : "expired";
        char code[32];
        std::snprintf(code, sizeof code, "VN-DTOR-%04d", serial);
        const std::string name = std::string("Vùng trồng ") + crop.name + " " + commune.oldName +
                                 " " + std::to_string(serial);
        const int year = 2021 + int(random.below(4));
        const std::string validFrom =
            std::to_string(year) + "-0" + std::to_string(1 + random.below(9)) + "-15";
        const std::string validTo = std::string(statusText) == "expired"
                                        ? std::to_string(year + 2) + "-06-30"
                                        : std::to_string(year + 5) + "-06-30";
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", code);
        feature.SetField("name", name.c_str());
        feature.SetField("crop", crop.name);
        feature.SetField("variety", crop.variety);
        feature.SetField("commune", commune.oldName);
        feature.SetField("hamlet", ("Ấp " + std::to_string(row % 4 + 1)).c_str());
        const double squareMetres = OGR_G_Area(OGRGeometry::ToHandle(area.get()));
        feature.SetField("area_ha", std::round(squareMetres / 100) / 100.0);
        feature.SetField("households", int(members.size() / 2 + 1 + random.below(4)));
        feature.SetField(
            "certification",
            pick(random, std::array{"none", "VietGAP", "VietGAP", "GlobalGAP", "organic"}).c_str());
        feature.SetField("export_market", crop.market);
        feature.SetField("status", statusText);
        feature.SetField("valid_from", validFrom.c_str());
        feature.SetField("valid_to", validTo.c_str());
        std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(area.release()));
        feature.SetGeometry(multi.get());
        writeFeature(*layer, feature);
    }
}

void writeFarmers(GDALDataset& dataset, DeterministicRandom& random) {
    OGRLayer* layer = createLayer(dataset, "farmers", 0, wkbNone,
                                  {{"household_id", OFTString},
                                   {"full_name", OFTString},
                                   {"gender", OFTString},
                                   {"birth_year", OFTInteger},
                                   {"cccd", OFTString},
                                   {"phone", OFTString},
                                   {"commune", OFTString},
                                   {"hamlet", OFTString},
                                   {"cooperative", OFTString},
                                   {"main_crops", OFTString}},
                                  {"FID=fid", "IDENTIFIER=Danh bạ nông hộ (mẫu, tên giả)"});
    for (int i = 1; i <= 300; ++i) {
        const bool female = random.chance(0.4);
        const SampleCommune& commune = sampleCommunes[random.below(sampleCommunes.size())];
        const SampleCrop& crop = sampleCrops[random.below(sampleCrops.size())];
        char id[16], cccd[16], phone[16];
        std::snprintf(id, sizeof id, "HH-%05d", i);
        std::snprintf(cccd, sizeof cccd, "087%d%02d%06d", female ? 1 : 0,
                      int(50 + random.below(50)), int(random.below(1000000)));
        std::snprintf(phone, sizeof phone, "09%08d", int(random.below(100000000)));
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("household_id", id);
        feature.SetField("full_name", personName(random, female).c_str());
        feature.SetField("gender", female ? "nữ" : "nam");
        feature.SetField("birth_year", int(1950 + random.below(50)));
        feature.SetField("cccd", cccd);
        feature.SetField("phone", phone);
        feature.SetField("commune", commune.oldName);
        feature.SetField("hamlet", ("Ấp " + std::to_string(1 + random.below(4))).c_str());
        feature.SetField("cooperative",
                         (std::string("HTX ") + crop.name + " " + commune.oldName).c_str());
        feature.SetField("main_crops", crop.name);
        writeFeature(*layer, feature);
    }
}

// Other formats are made by GDAL from the GeoPackage, as ogr2ogr would.
void translate(const std::string& source, const std::string& target,
               const std::vector<std::string>& arguments) {
    removeExisting(target);
    CPLStringList list;
    for (const std::string& argument : arguments)
        list.AddString(argument.c_str());
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(list.List(), nullptr);
    GDALDatasetH input = GDALOpenEx(source.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    int failed = 0;
    GDALDatasetH output = GDALVectorTranslate(target.c_str(), nullptr, 1, &input, options, &failed);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(input);
    if (!output || failed)
        throw WriteError(target + ": cannot write: " + CPLGetLastErrorMsg());
    GDALClose(output);
}

} // namespace

void writeSampleDistrict(const std::string& directory, uint64_t seed) {
    namespace fs = std::filesystem;
    fs::create_directories(fs::path(directory) / "shapefile");
    fs::create_directories(fs::path(directory) / "geojson");
    const std::string gpkg = (fs::path(directory) / "cao-lanh-sample.gpkg").string();
    DeterministicRandom random(seed);
    std::map<std::pair<int, int>, Block> blocks;
    std::vector<Parcel> parcels = layOutParcels(random, blocks);
    {
        GDALDatasetUniquePtr dataset = createDataset("GPKG", gpkg);
        dataset->StartTransaction();
        writeParcels(*dataset, parcels);
        writeLandUse(*dataset, blocks);
        writeCommunes(*dataset, parcels);
        writeProductionAreas(*dataset, parcels, random);
        writeFarmers(*dataset, random);
        if (dataset->CommitTransaction() != OGRERR_NONE)
            throw WriteError(gpkg + ": cannot commit: " + CPLGetLastErrorMsg());
    }
    translate(gpkg, (fs::path(directory) / "shapefile" / "cadastral_parcels.shp").string(),
              {"-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-nln", "cadastral_parcels",
               "-sql",
               "SELECT MaXa, TenXa, SoHieuToBanDo AS SoTo, SoThuTuThua AS SoThua, DienTich, "
               "KyHieuMucDichSuDung AS MDSD, DiaChi, TenChu, geom FROM cadastral_parcels"});
    for (const char* layer : {"production_areas", "land_use"})
        translate(gpkg,
                  (fs::path(directory) / "geojson" / (std::string(layer) + ".geojson")).string(),
                  {"-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "RFC7946=YES", "-lco",
                   "COORDINATE_PRECISION=7", layer});
}

} // namespace agrimap::samples
