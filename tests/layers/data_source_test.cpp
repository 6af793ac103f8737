#include "coordinate_transformer.h"
#include "data_source_info.h"
#include "feature_reader.h"
#include "format_fixtures.h"
#include "gdal_environment.h"
#include "layer_factory.h"
#include "raster_layer.h"
#include "vector_layer.h"

#include <QtTest>
#include <memory>

using namespace agrimap;
using namespace agrimap::testing;

namespace {
const QRectF sampleExtent5897(QPointF(566000, 1154000), QPointF(570000, 1158000));

// The centre of a layer's extent, brought into EPSG:5897: a file in any CRS must land on the
// sample district.
QPointF centreIn5897(const SourceLayerInfo& layer) {
    CoordinateTransformer transformer(layer.crs, Crs::fromEpsg(5897));
    return transformer.transform(layer.extent.center());
}
} // namespace

class DataSourceTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_gpkg;

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        QVERIFY(m_directory.isValid());
        m_gpkg = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
    }

    void readsEveryFormat_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<bool>("hasCrs");
        QTest::addColumn<int>("role");
        const QString dir = m_directory.path() + QLatin1Char('/');
        const QString parcels = QStringLiteral("cadastral_parcels");
        const int cadastral = int(LayerRole::Cadastral);
        QTest::newRow("GeoPackage") << m_gpkg << parcels << qint64(3000) << true << cadastral;
        QTest::newRow("Shapefile with .cpg")
            << copySample(QStringLiteral("shapefile"), m_directory) +
                   QStringLiteral("/cadastral_parcels.shp")
            << parcels << qint64(3000) << true << cadastral;
        QTest::newRow("GeoJSON (EPSG:4326)")
            << copySample(QStringLiteral("geojson/production_areas.geojson"), m_directory)
            << QStringLiteral("production_areas") << qint64(36) << true
            << int(LayerRole::ProductionArea);
        QTest::newRow("MapInfo TAB")
            << translateVector(m_gpkg, dir + QStringLiteral("parcels.tab"),
                               {"-f", "MapInfo File", "cadastral_parcels"})
            << QStringLiteral("parcels") << qint64(3000) << true << cadastral;
        QTest::newRow("DGN v7") << translateVector(m_gpkg, dir + QStringLiteral("parcels.dgn"),
                                                   {"-f", "DGN", "land_use"})
                                << QStringLiteral("elements") << qint64(-2) << false
                                << int(LayerRole::Other);
        QTest::newRow("KML") << translateVector(m_gpkg, dir + QStringLiteral("areas.kml"),
                                                {"-f", "KML", "production_areas"})
                             << QStringLiteral("production_areas") << qint64(36) << true
                             << int(LayerRole::ProductionArea);
        QTest::newRow("CSV with WKT")
            << translateVector(m_gpkg, dir + QStringLiteral("landuse_wkt.csv"),
                               {"-f", "CSV", "-lco", "GEOMETRY=AS_WKT", "land_use"})
            << QStringLiteral("landuse_wkt") << qint64(213) << false << int(LayerRole::LandUse);
        QTest::newRow("CSV with X/Y")
            << translateVector(m_gpkg, dir + QStringLiteral("centres.csv"),
                               {"-f", "CSV", "-lco", "GEOMETRY=AS_XY", "-dialect", "SQLite", "-sql",
                                "SELECT ST_Centroid(geom) AS geom, SoHieuToBanDo, SoThuTuThua, "
                                "KyHieuMucDichSuDung FROM cadastral_parcels"})
            << QStringLiteral("centres") << qint64(3000) << false << cadastral;
        QTest::newRow("SpatiaLite")
            << translateVector(m_gpkg, dir + QStringLiteral("parcels.sqlite"),
                               {"-f", "SQLite", "-dsco", "SPATIALITE=YES", "cadastral_parcels"})
            << parcels << qint64(3000) << true << cadastral;
        QTest::newRow("FlatGeobuf") << translateVector(m_gpkg, dir + QStringLiteral("parcels.fgb"),
                                                       {"-f", "FlatGeobuf", "cadastral_parcels"})
                                    << parcels << qint64(3000) << true << cadastral;
    }
    void readsEveryFormat() {
        QFETCH(QString, path);
        QFETCH(QString, layer);
        QFETCH(qint64, count);
        QFETCH(bool, hasCrs);
        QFETCH(int, role);
        QVERIFY2(!path.isEmpty(), "the fixture could not be written");
        auto source = probeDataSource(path);
        QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
        const auto found =
            std::find_if(source->layers.begin(), source->layers.end(),
                         [&](const SourceLayerInfo& info) { return info.name == layer; });
        QVERIFY2(found != source->layers.end(), qPrintable(source->layers.front().name));
        if (count >= 0)
            QCOMPARE(found->featureCount, count);
        QCOMPARE(found->crs.isValid(), hasCrs);
        QCOMPARE(int(found->role.role), role);
        if (hasCrs)
            QVERIFY2(sampleExtent5897.contains(centreIn5897(*found)),
                     qPrintable(QStringLiteral("%1 %2")
                                    .arg(centreIn5897(*found).x())
                                    .arg(centreIn5897(*found).y())));

        // And the layer loads into memory with every feature (DGN: every element).
        Result<std::vector<MapLayer*>> layers = openLayers(path, {layer});
        QVERIFY2(layers.ok(), qPrintable(layers.errorMessage()));
        std::unique_ptr<MapLayer> owned(layers->front());
        auto* vector = qobject_cast<VectorLayer*>(owned.get());
        QVERIFY(vector);
        if (!hasCrs)
            vector->assignCrs(Crs::fromEpsg(5897));
        QVERIFY(vector->loadNow(Crs::fromEpsg(5897)).ok());
        if (count >= 0)
            QCOMPARE(vector->loadedFeatureCount(), count);
        else
            QVERIFY(vector->loadedFeatureCount() > 0);
        QVERIFY(vector->mapExtent().intersects(sampleExtent5897));
    }

    void shapefileEncodingFromCpg() {
        // A Windows-1258 shapefile (its .cpg says so) reads back as NFC Vietnamese text.
        const QString path =
            translateVector(m_gpkg, m_directory.filePath(QStringLiteral("cp1258.shp")),
                            {"-f", "ESRI Shapefile", "-lco", "ENCODING=CP1258", "-sql",
                             "SELECT TenXa, geom FROM cadastral_parcels WHERE fid = 1"});
        QVERIFY(!path.isEmpty());
        QFile cpg(m_directory.filePath(QStringLiteral("cp1258.cpg")));
        QVERIFY(cpg.open(QIODevice::ReadOnly));
        QVERIFY(cpg.readAll().contains("1258"));
        auto source = probeDataSource(path);
        QVERIFY(source.ok());
        const FeatureReader reader(path, QString());
        auto record = reader.read(0);
        QVERIFY2(record.ok(), qPrintable(record.errorMessage()));
        const QString name = record->values.value(0).toString();
        QVERIFY2(name == name.normalized(QString::NormalizationForm_C), qPrintable(name));
        QVERIFY2(
            QStringList({"Mỹ Tân", "Tân Thuận Tây", "Hòa An", "Tịnh Thới", "Mỹ Trà", "Mỹ Ngãi"})
                .contains(name),
            qPrintable(name));
    }

    void geoTiffIsAnImageLayer() {
        const QString path = writeGeoTiff(m_directory.filePath(QStringLiteral("background.tif")));
        QVERIFY(!path.isEmpty());
        auto layers = openLayers(path);
        QVERIFY2(layers.ok(), qPrintable(layers.errorMessage()));
        std::unique_ptr<MapLayer> layer(layers->front());
        QVERIFY(layer->isRaster());
        layer->setMapCrs(Crs::fromEpsg(9210));
        // Reprojected into the other zone, the image still covers the same ground.
        CoordinateTransformer transformer(Crs::fromEpsg(5897), Crs::fromEpsg(9210));
        QVERIFY(layer->mapExtent().contains(transformer.transform(QPointF(568000, 1156500))));
        const MapSettings settings =
            MapSettings::fitting(Crs::fromEpsg(9210), layer->mapExtent(), QSize(100, 80));
        std::atomic_bool cancel(false);
        const QImage image = layer->renderFunction()(settings, cancel);
        QCOMPARE(image.size(), QSize(100, 80));
        QVERIFY(qAlpha(image.pixel(50, 40)) == 255);
    }

    void multiLayerFileListsItsLayers() {
        auto source = probeDataSource(m_gpkg);
        QVERIFY(source.ok());
        QStringList names;
        for (const auto& layer : source->layers)
            names << layer.name;
        for (const char* expected :
             {"cadastral_parcels", "land_use", "communes", "production_areas", "farmers"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        // The farmers table has no geometry: it is not offered as a map layer.
        auto layers = openLayers(m_gpkg);
        QVERIFY(layers.ok());
        QCOMPARE(int(layers->size()), 4);
        for (MapLayer* layer : layers.value())
            delete layer;
    }

    void badFilesGiveErrorsNamingTheFile_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage GeoPackage")
            << "broken.gpkg" << QByteArray("SQLite format 3\0garbage", 23) << "";
        QTest::newRow("empty file") << "empty.shp" << QByteArray() << "empty";
        QTest::newRow("unsupported")
            << "notes.xyz" << QByteArray("hello, this is not a map\n") << "not a format";
    }
    void badFilesGiveErrorsNamingTheFile() {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_directory.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto source = probeDataSource(path);
        QVERIFY(!source.ok());
        QVERIFY2(source.errorMessage().contains(path), qPrintable(source.errorMessage()));
        QVERIFY2(source.errorMessage().contains(reason), qPrintable(source.errorMessage()));
    }

    void missingFileAndTruncatedGeoPackage() {
        auto missing = probeDataSource(m_directory.filePath(QStringLiteral("nowhere.gpkg")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("does not exist")));

        // Half a GeoPackage: opening or loading may fail, but never crash, and says where.
        QFile whole(m_gpkg);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray half = whole.read(whole.size() / 2);
        const QString path = m_directory.filePath(QStringLiteral("truncated.gpkg"));
        QFile truncated(path);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(half);
        truncated.close();
        auto layers = openLayers(path, {QStringLiteral("cadastral_parcels")});
        if (!layers.ok()) {
            QVERIFY(layers.errorMessage().contains(path));
            return;
        }
        std::unique_ptr<MapLayer> layer(layers->front());
        const Status loaded = qobject_cast<VectorLayer*>(layer.get())->loadNow(Crs::fromEpsg(5897));
        if (!loaded.ok())
            QVERIFY2(loaded.errorMessage().contains(path), qPrintable(loaded.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(DataSourceTest)
#include "data_source_test.moc"
