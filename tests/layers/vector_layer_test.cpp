#include "feature_reader.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "test_data.h"
#include "vector_layer.h"

#include <QtTest>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

class VectorLayerTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_gpkg;

    std::unique_ptr<VectorLayer> open(const QString& name,
                                      const Crs& mapCrs = Crs::fromEpsg(5897)) {
        auto layers = openLayers(m_gpkg, {name});
        if (!layers.ok())
            qFatal("%s", qPrintable(layers.errorMessage()));
        std::unique_ptr<VectorLayer> layer(qobject_cast<VectorLayer*>(layers->front()));
        const Status loaded = layer->loadNow(mapCrs);
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.errorMessage()));
        return layer;
    }

    // Ground truth straight from SQLite through GDAL's SQL, independent of the loader.
    qint64 countWhere(const QString& where) {
        GDALDatasetUniquePtr dataset(
            GDALDataset::Open(m_gpkg.toUtf8().constData(), GDAL_OF_VECTOR));
        const QString sql =
            QStringLiteral("SELECT COUNT(*) FROM cadastral_parcels WHERE %1").arg(where);
        OGRLayer* result = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
        OGRFeatureUniquePtr row(result->GetNextFeature());
        const qint64 count = row->GetFieldAsInteger64(0);
        dataset->ReleaseResultSet(result);
        return count;
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_gpkg = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
    }

    void unknownCodesAreListedNotDropped() {
        auto parcels = open(QStringLiteral("cadastral_parcels"));
        QCOMPARE(parcels->loadedFeatureCount(), qint64(3000));
        const auto unknown = parcels->unknownCodes();
        for (const char* code : {"LNK", "TSN", "COC"}) {
            QVERIFY2(unknown.contains(QLatin1String(code)), code);
            QCOMPARE(
                unknown.value(QLatin1String(code)),
                countWhere(QStringLiteral("KyHieuMucDichSuDung = '%1'").arg(QLatin1String(code))));
        }
        QVERIFY(!unknown.contains(QStringLiteral("LUC+ONT"))); // mixed codes take LUC's colour
        // The legend shows the codes present, with counts that add up to every feature.
        qint64 total = 0;
        for (const LegendEntry& entry : parcels->legend())
            total += entry.count;
        QCOMPARE(total, qint64(3000));
    }

    void identifyFindsTheParcelUnderThePoint() {
        auto parcels = open(QStringLiteral("cadastral_parcels"));
        const FeatureReader reader(m_gpkg, QStringLiteral("cadastral_parcels"));
        for (const qint64 fid : {1, 777, 3000}) {
            const auto feature = parcels->featureOfFid(fid);
            QVERIFY(feature.has_value());
            const QPointF inside = parcels->featureMapExtent(*feature).center();
            const std::vector<uint32_t> hits = parcels->featuresAt(inside, 0.5);
            QCOMPARE(hits.size(), size_t(1));
            QCOMPARE(parcels->fidOf(hits.front()), fid);
            auto record = reader.read(fid);
            QVERIFY(record.ok());
            QVERIFY(record->fieldNames.contains(QStringLiteral("SoThuTuThua")));
        }
        // The 4 m canal-side gap between two parcels hits nothing.
        const QRectF first = parcels->featureMapExtent(*parcels->featureOfFid(1));
        QVERIFY(
            parcels->featuresAt(QPointF(first.left() - 30, first.center().y() - 200), 0.1).empty());
    }

    void boxSelection() {
        auto parcels = open(QStringLiteral("cadastral_parcels"));
        const QRectF box =
            parcels->featureMapExtent(*parcels->featureOfFid(10)).adjusted(5, 5, -5, -5);
        const auto inside = parcels->featuresIn(box);
        QCOMPARE(inside.size(), size_t(1));
        parcels->setSelection(inside);
        QCOMPARE(parcels->selection(), inside);
        QSignalSpy spy(parcels.get(), &VectorLayer::selectionChanged);
        parcels->clearSelection();
        QCOMPARE(spy.count(), 1);
        QVERIFY(parcels->selection().empty());
    }

    void communesFromTheOtherZoneLandOnTheParcels() {
        // Communes are stored in EPSG:9210, parcels in EPSG:5897: on a 5897 map they match.
        auto parcels = open(QStringLiteral("cadastral_parcels"));
        auto communes = open(QStringLiteral("communes"));
        QCOMPARE(communes->crs().authId(), QStringLiteral("EPSG:9210"));
        const QRectF parcelExtent = parcels->mapExtent();
        const QRectF communeExtent = communes->mapExtent();
        QVERIFY(qAbs(parcelExtent.left() - communeExtent.left()) < 10);
        QVERIFY(qAbs(parcelExtent.top() - communeExtent.top()) < 10);
        QVERIFY(qAbs(parcelExtent.right() - communeExtent.right()) < 10);
        QVERIFY(qAbs(parcelExtent.bottom() - communeExtent.bottom()) < 10);
    }

    void backgroundLoadingAndMapCrsChange() {
        auto layers = openLayers(m_gpkg, {QStringLiteral("cadastral_parcels")});
        QVERIFY(layers.ok());
        LayerCollection collection;
        auto* parcels = qobject_cast<VectorLayer*>(layers->front());
        collection.add(parcels);
        QCOMPARE(collection.mapCrs().authId(), QStringLiteral("EPSG:5897"));
        parcels->startLoading();
        QTRY_COMPARE_WITH_TIMEOUT(int(parcels->state()), int(MapLayer::State::Ready), 20000);
        const QRectF before = parcels->mapExtent();
        collection.setMapCrs(Crs::fromEpsg(4326));
        QTRY_VERIFY_WITH_TIMEOUT(parcels->mapExtent().left() < 180, 20000);
        const QRectF lonLat = parcels->mapExtent();
        QVERIFY(lonLat.left() > 105.5 && lonLat.right() < 105.8);
        QVERIFY(lonLat.top() > 10.3 && lonLat.bottom() < 10.6);
        QVERIFY(before.left() > 500000);
    }

    void roleChangeRestyles() {
        auto parcels = open(QStringLiteral("cadastral_parcels"));
        QCOMPARE(parcels->role(), LayerRole::Cadastral);
        QCOMPARE(parcels->style().kind, LayerStyle::Kind::CadastralOutline);
        parcels->setRole(LayerRole::LandUse);
        QCOMPARE(parcels->style().kind, LayerStyle::Kind::LandUse);
    }

    void attributeQueriesFilterAndSort() {
        const FeatureReader reader(m_gpkg, QStringLiteral("cadastral_parcels"));
        std::atomic_bool cancel(false);
        auto luc = reader.queryFids(QStringLiteral("KyHieuMucDichSuDung = 'LUC'"), QString(), true,
                                    cancel);
        QVERIFY(luc.ok());
        QCOMPARE(qint64(luc->size()), countWhere(QStringLiteral("KyHieuMucDichSuDung = 'LUC'")));
        auto sorted = reader.queryFids(QString(), QStringLiteral("DienTich"), false, cancel);
        QVERIFY(sorted.ok());
        QCOMPARE(sorted->size(), size_t(3000));
        const double largest =
            reader.read(sorted->front())
                ->values[reader.fieldNames()->indexOf(QStringLiteral("DienTich"))]
                .toDouble();
        const double smallest =
            reader.read(sorted->back())
                ->values[reader.fieldNames()->indexOf(QStringLiteral("DienTich"))]
                .toDouble();
        QVERIFY(largest > smallest);
        auto invalid =
            reader.queryFids(QStringLiteral("no_such_field = 1"), QString(), true, cancel);
        QVERIFY(!invalid.ok());
        QVERIFY(invalid.errorMessage().contains(QStringLiteral("no_such_field")));
    }
};

QTEST_GUILESS_MAIN(VectorLayerTest)
#include "vector_layer_test.moc"
