// The packed spatial index of published GeoPackages (addSpatialIndexes): SQLite's own check of
// the R-tree, GDAL's spatial filter against a brute-force count, the triggers that keep the
// index current when the package is edited later, and the Hilbert order it is packed in.
// (The exporter's own packages are checked the same way in open_data_export_test.)
#include "gdal_environment.h"
#include "publishing/gpkg_spatial_index.h"
#include "publishing/hilbert_sorter.h"

#include <QRandomGenerator>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <set>

using namespace agrimap;

namespace {

struct Square {
    double x, y, side;
};

// Squares (axis-aligned, so a square meets a window exactly when its box does), or points when
// `side` is 0; every tenth feature has no geometry and one has an empty one.
std::vector<std::optional<Square>> makeFeatures(int count, bool points, quint32 seed) {
    QRandomGenerator random(seed);
    std::vector<std::optional<Square>> features;
    for (int i = 0; i < count; ++i) {
        if (i % 10 == 9)
            features.push_back(std::nullopt);
        else
            features.push_back(Square{105.5 + random.generateDouble() * 0.2,
                                      10.3 + random.generateDouble() * 0.2,
                                      points ? 0 : 0.0002 + random.generateDouble() * 0.002});
    }
    return features;
}

OGRGeometry* geometryOf(const Square& square) {
    if (square.side == 0)
        return new OGRPoint(square.x, square.y);
    auto* ring = new OGRLinearRing;
    ring->addPoint(square.x, square.y);
    ring->addPoint(square.x + square.side, square.y);
    ring->addPoint(square.x + square.side, square.y + square.side);
    ring->addPoint(square.x, square.y + square.side);
    ring->addPoint(square.x, square.y);
    auto* polygon = new OGRPolygon;
    polygon->addRingDirectly(ring);
    return polygon;
}

// A package as the exporter leaves it before its indexes: GDAL wrote the rows, no index.
void writePackage(const QString& path, const std::vector<std::optional<Square>>& features) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr package(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(package);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    const char* const options[] = {"FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO", nullptr};
    OGRLayer* layer =
        package->CreateLayer("parcels", &wgs84, wkbUnknown, const_cast<char**>(options));
    QVERIFY(layer);
    package->StartTransaction();
    for (size_t i = 0; i < features.size(); ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        if (features[i])
            feature.SetGeometryDirectly(geometryOf(*features[i]));
        else if (i == 19)
            feature.SetGeometryDirectly(new OGRPolygon); // empty: not indexed
        QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
    }
    QCOMPARE(package->CommitTransaction(), OGRERR_NONE);
}

QString single(GDALDataset& package, const char* sql) {
    OGRLayer* result = package.ExecuteSQL(sql, nullptr, nullptr);
    if (!result)
        return {};
    OGRFeatureUniquePtr row(result->GetNextFeature());
    const QString value = row ? QString::fromUtf8(row->GetFieldAsString(0)) : QString();
    package.ReleaseResultSet(result);
    return value;
}

// The index of a package from writePackage(), from the boxes of its features (the exporter
// gathers them the same way while it writes the rows).
Status indexPackage(const QString& path, const std::vector<std::optional<Square>>& features) {
    HilbertSorter boxes(105.5, 10.3, 105.71, 10.51);
    for (size_t i = 0; i < features.size(); ++i) {
        if (const std::optional<Square>& square = features[i]) {
            const Status added =
                boxes.add(BoxEntry::around(int64_t(i + 1), square->x, square->x + square->side,
                                           square->y, square->y + square->side));
            if (!added)
                return added;
        }
    }
    return addSpatialIndexes(
        path, {{QStringLiteral("parcels"), QStringLiteral("fid"), QStringLiteral("geom"), &boxes}});
}

qint64 filtered(OGRLayer& layer, double minX, double minY, double maxX, double maxY) {
    layer.SetSpatialFilterRect(minX, minY, maxX, maxY);
    qint64 count = 0;
    for (const auto& feature : layer)
        count += feature ? 1 : 0;
    layer.SetSpatialFilter(nullptr);
    return count;
}

qint64 bruteForce(const std::vector<std::optional<Square>>& features, double minX, double minY,
                  double maxX, double maxY) {
    qint64 count = 0;
    for (const std::optional<Square>& square : features) {
        if (square && square->x <= maxX && square->x + square->side >= minX && square->y <= maxY &&
            square->y + square->side >= minY)
            ++count;
    }
    return count;
}

} // namespace

class GpkgSpatialIndexTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    // The first 4^k cells of the curve fill the 2^k × 2^k square at the origin, one step to a
    // neighbour at a time: what makes boxes near in the order near on the map.
    void hilbertCurveFillsSquaresStepByStep() {
        std::vector<std::pair<uint32_t, uint32_t>> cells(256);
        std::set<uint32_t> seen;
        for (uint32_t x = 0; x < 16; ++x) {
            for (uint32_t y = 0; y < 16; ++y) {
                const uint32_t index = HilbertSorter::hilbertIndex(x, y);
                QVERIFY(index < 256);
                QVERIFY(seen.insert(index).second);
                cells[index] = {x, y};
            }
        }
        for (size_t i = 1; i < cells.size(); ++i) {
            const int dx = int(cells[i].first) - int(cells[i - 1].first);
            const int dy = int(cells[i].second) - int(cells[i - 1].second);
            QCOMPARE(std::abs(dx) + std::abs(dy), 1);
        }
        QCOMPARE(HilbertSorter::hilbertIndex(65535, 0), uint32_t(0xffffffff));
    }

    // More boxes than one sorted run holds: the runs go to a temporary file and merge back.
    void sorterMergesRunsInOrder() {
        HilbertSorter sorter(0, 0, 1000, 1000);
        QRandomGenerator random(7);
        constexpr int count = 300000;
        for (int id = 0; id < count; ++id) {
            const float x = float(random.bounded(1000.0));
            const float y = float(random.bounded(1000.0));
            QVERIFY(sorter.add(BoxEntry{id, x, x + 1, y, y + 1}));
        }
        std::vector<bool> met(count, false);
        uint32_t previous = 0;
        int drained = 0;
        const Status done = sorter.drain([&](const BoxEntry& box) -> Status {
            const uint32_t key = sorter.keyOf(box);
            if (key < previous || met[size_t(box.id)])
                return Error{QStringLiteral("out of order at %1").arg(box.id)};
            previous = key;
            met[size_t(box.id)] = true;
            ++drained;
            return {};
        });
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(drained, count);
    }

    void packedTreeIsSound_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("points");
        // Around one node (51 cells in a 4 kB page), two levels, three levels, several runs.
        for (const int count : {0, 1, 50, 51, 52, 57, 2601, 2602, 5000, 140000})
            QTest::addRow("%d polygons", count) << count << false;
        QTest::addRow("3000 points") << 3000 << true;
    }

    void packedTreeIsSound() {
        QFETCH(int, count);
        QFETCH(bool, points);
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("indexed.gpkg"));
        const std::vector<std::optional<Square>> features =
            makeFeatures(count, points, quint32(count));
        writePackage(path, features);
        const Status indexed = indexPackage(path, features);
        QVERIFY2(indexed, qPrintable(indexed.errorMessage()));

        GDALDatasetUniquePtr package(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(package);
        QCOMPARE(single(*package, "SELECT rtreecheck('rtree_parcels_geom')"), QStringLiteral("ok"));
        const qint64 located = std::count_if(features.begin(), features.end(),
                                             [](const auto& square) { return bool(square); });
        QCOMPARE(single(*package, "SELECT count(*) FROM rtree_parcels_geom_rowid").toLongLong(),
                 located);
        QCOMPARE(single(*package, "SELECT count(*) FROM gpkg_extensions WHERE extension_name = "
                                  "'gpkg_rtree_index' AND table_name = 'parcels'"),
                 QStringLiteral("1"));
        OGRLayer* layer = package->GetLayerByName("parcels");
        QVERIFY(layer->TestCapability(OLCFastSpatialFilter));
        QRandomGenerator random(11);
        for (int window = 0; window < 20; ++window) {
            const double minX = 105.5 + random.generateDouble() * 0.2;
            const double minY = 10.3 + random.generateDouble() * 0.2;
            const double size = 0.001 + random.generateDouble() * 0.05;
            QCOMPARE(filtered(*layer, minX, minY, minX + size, minY + size),
                     bruteForce(features, minX, minY, minX + size, minY + size));
        }
    }

    // Edits made later (in QGIS, with GDAL) go through the GeoPackage triggers.
    void triggersKeepTheIndexCurrent() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("edited.gpkg"));
        std::vector<std::optional<Square>> features = makeFeatures(500, false, 3);
        writePackage(path, features);
        QVERIFY(indexPackage(path, features));
        GDALDatasetUniquePtr package(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        QVERIFY(package);
        OGRLayer* layer = package->GetLayerByName("parcels");
        const Square away{106.5, 11.5, 0.01};
        OGRFeature added(layer->GetLayerDefn());
        added.SetGeometryDirectly(geometryOf(away));
        QCOMPARE(layer->CreateFeature(&added), OGRERR_NONE);
        QCOMPARE(filtered(*layer, 106.49, 11.49, 106.52, 11.52), qint64(1));

        OGRFeatureUniquePtr moved(layer->GetFeature(1));
        QVERIFY(features[0]);
        moved->SetGeometryDirectly(geometryOf(Square{107.5, 12.5, 0.01}));
        QCOMPARE(layer->SetFeature(moved.get()), OGRERR_NONE);
        QCOMPARE(filtered(*layer, 107.49, 12.49, 107.52, 12.52), qint64(1));
        features[0].reset();
        QCOMPARE(filtered(*layer, 105.5, 10.3, 105.71, 10.51),
                 bruteForce(features, 105.5, 10.3, 105.71, 10.51));

        QCOMPARE(layer->DeleteFeature(added.GetFID()), OGRERR_NONE);
        QCOMPARE(filtered(*layer, 106.49, 11.49, 106.52, 11.52), qint64(0));
        QCOMPARE(single(*package, "SELECT rtreecheck('rtree_parcels_geom')"), QStringLiteral("ok"));
        QCOMPARE(single(*package, "SELECT count(*) FROM rtree_parcels_geom").toLongLong(),
                 qint64(std::count_if(features.begin(), features.end(),
                                      [](const auto& square) { return bool(square); })) +
                     1);
    }
};

QTEST_GUILESS_MAIN(GpkgSpatialIndexTest)
#include "gpkg_spatial_index_test.moc"
