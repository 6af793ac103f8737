#include "coordinate_transformer.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "snap_indexer.h"
#include "test_data.h"
#include "vector_layer.h"

#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

constexpr qint64 knownFid = 777;
constexpr int waitMs = 20000;

bool near(const QPointF& a, const QPointF& b, double tolerance) {
    return qAbs(a.x() - b.x()) <= tolerance && qAbs(a.y() - b.y()) <= tolerance;
}

bool waitUntilReady(const SnapIndexer& indexer) {
    return QTest::qWaitFor(
        [&indexer] { return indexer.state().phase == SnapIndexerState::Phase::Ready; }, waitMs);
}

} // namespace

class SnapIndexerTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_gpkg;
    // Ground truth read straight from the file through OGR, independent of the loader.
    QPointF m_corner;    // vertex 2 of parcel 777's outer ring
    QPointF m_edgeStart; // its first edge, vertex 0 → 1
    QPointF m_edgeEnd;
    qint64 m_parcelVertices = 0; // distinct vertices of every parcel ring

    VectorLayer* addLayer(LayerCollection& collection, const QString& name) {
        auto layers = openLayers(m_gpkg, {name});
        if (!layers.ok())
            qFatal("%s", qPrintable(layers.errorMessage()));
        auto* layer = qobject_cast<VectorLayer*>(layers->front());
        collection.add(layer);
        layer->startLoading();
        return layer;
    }

    void readGroundTruth() {
        GDALDatasetUniquePtr dataset(
            GDALDataset::Open(m_gpkg.toUtf8().constData(), GDAL_OF_VECTOR));
        OGRLayer* parcels = dataset->GetLayerByName("cadastral_parcels");
        OGRFeatureUniquePtr known(parcels->GetFeature(knownFid));
        const OGRLinearRing* ring = known->GetGeometryRef()->toPolygon()->getExteriorRing();
        m_corner = QPointF(ring->getX(2), ring->getY(2));
        m_edgeStart = QPointF(ring->getX(0), ring->getY(0));
        m_edgeEnd = QPointF(ring->getX(1), ring->getY(1));
        for (const auto& feature : *parcels) {
            for (const OGRLinearRing* part : *feature->GetGeometryRef()->toPolygon())
                m_parcelVertices += part->getNumPoints() - 1; // closed: last repeats first
        }
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_gpkg = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        readGroundTruth();
    }

    void snapsToAKnownParcelCornerOnceReady() {
        LayerCollection collection;
        SnapIndexer indexer(&collection);
        QSignalSpy stateSpy(&indexer, &SnapIndexer::stateChanged);
        QCOMPARE(indexer.state().phase, SnapIndexerState::Phase::Idle);
        VectorLayer* parcels = addLayer(collection, QStringLiteral("cadastral_parcels"));
        // Still loading: shown as building, and nothing snaps yet.
        QCOMPARE(indexer.state().phase, SnapIndexerState::Phase::Building);
        QCOMPARE(indexer.state().layersBuilding, 1);
        QVERIFY(!indexer.snap(m_corner, 1.0).has_value());

        QVERIFY(waitUntilReady(indexer));
        const SnapIndexerState ready = indexer.state();
        QCOMPARE(ready.layersReady, 1);
        QCOMPARE(ready.layersBuilding, 0);
        QCOMPARE(ready.vertices, m_parcelVertices);
        QCOMPARE(ready.segments, m_parcelVertices);
        QVERIFY(ready.memoryBytes > 0);
        QVERIFY(stateSpy.count() >= 2);

        const auto corner = indexer.snap(m_corner + QPointF(0.3, -0.2), 1.0);
        QVERIFY(corner.has_value());
        QCOMPARE(corner->layer, parcels);
        QCOMPARE(corner->match.kind, SnapKind::Vertex);
        QCOMPARE(parcels->fidOf(corner->match.feature), knownFid);
        QCOMPARE(corner->match.part, 0u);
        QCOMPARE(corner->match.vertex, 2u);
        QVERIFY(near(corner->match.point, m_corner, 1e-9));

        // Half a metre off the middle of the first edge, away from its corners.
        const QPointF middle = (m_edgeStart + m_edgeEnd) / 2;
        const QPointF along = (m_edgeEnd - m_edgeStart) / QLineF(m_edgeStart, m_edgeEnd).length();
        const QPointF outward(along.y(), -along.x());
        const auto edge = indexer.snap(middle + 0.5 * outward, 1.0);
        QVERIFY(edge.has_value());
        QCOMPARE(edge->match.kind, SnapKind::Segment);
        QCOMPARE(parcels->fidOf(edge->match.feature), knownFid);
        QCOMPARE(edge->match.vertex, 0u);
        QVERIFY(near(edge->match.point, middle, 1e-6));
        QVERIFY(qAbs(edge->match.distance - 0.5) < 1e-6);

        const QRectF extent = parcels->mapExtent();
        QVERIFY(!indexer.snap(extent.topLeft() - QPointF(1000, 1000), 10).has_value());
    }

    void mapCrsChangeRebuildsTheIndex() {
        LayerCollection collection;
        SnapIndexer indexer(&collection);
        VectorLayer* parcels = addLayer(collection, QStringLiteral("cadastral_parcels"));
        QVERIFY(waitUntilReady(indexer));
        const auto before = indexer.readyIndex(parcels->id());
        QVERIFY(before);

        collection.setMapCrs(Crs::fromEpsg(4326));
        // The metre index is dropped at once: no snap in the wrong CRS while reprojecting.
        QCOMPARE(indexer.state().phase, SnapIndexerState::Phase::Building);
        QVERIFY(!indexer.readyIndex(parcels->id()));
        QVERIFY(!indexer.snap(m_corner, 1.0).has_value());

        QVERIFY(waitUntilReady(indexer));
        const auto after = indexer.readyIndex(parcels->id());
        QVERIFY(after && after != before);
        QCOMPARE(after->geometries(), parcels->snapshot()->geometries);
        const CoordinateTransformer toLonLat(Crs::fromEpsg(5897), Crs::fromEpsg(4326));
        const QPointF cornerLonLat = toLonLat.transform(m_corner);
        const auto match = indexer.snap(cornerLonLat + QPointF(3e-6, -2e-6), 1e-5);
        QVERIFY(match.has_value());
        QCOMPARE(match->match.kind, SnapKind::Vertex);
        QCOMPARE(parcels->fidOf(match->match.feature), knownFid);
        QVERIFY(near(match->match.point, cornerLonLat, 1e-9));
    }

    void obsoleteBuildsNeverWin() {
        LayerCollection collection;
        SnapIndexer indexer(&collection);
        VectorLayer* parcels = addLayer(collection, QStringLiteral("cadastral_parcels"));
        // Whenever an index is ready it is for what the layer shows, in the map's CRS.
        int staleIndexes = 0;
        connect(&indexer, &SnapIndexer::stateChanged, this, [&] {
            const auto index = indexer.readyIndex(parcels->id());
            const auto snapshot = parcels->snapshot();
            if (index && (index->geometries() != snapshot->geometries ||
                          !(snapshot->mapCrs == collection.mapCrs())))
                ++staleIndexes;
        });
        QVERIFY(waitUntilReady(indexer));

        collection.setMapCrs(Crs::fromEpsg(4326));
        QVERIFY(QTest::qWaitFor([&] { return parcels->mapExtent().left() < 180; }, waitMs));
        // Let the lon/lat build finish before the map goes back: its result is then already
        // on its way when it becomes obsolete.
        QThreadPool::globalInstance()->waitForDone();
        collection.setMapCrs(Crs::fromEpsg(5897));
        parcels->setRole(LayerRole::LandUse); // read again: new geometries once more
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto index = indexer.readyIndex(parcels->id());
                return parcels->state() == MapLayer::State::Ready && index &&
                       index->geometries() == parcels->snapshot()->geometries;
            },
            waitMs));
        QCOMPARE(staleIndexes, 0);
        QCOMPARE(indexer.state().phase, SnapIndexerState::Phase::Ready);
        const auto match = indexer.snap(m_corner, 0.5);
        QVERIFY(match.has_value());
        QVERIFY(near(match->match.point, m_corner, 1e-9));
    }

    void onlyTheEditorsLayersAreIndexedUnlessAsked() {
        LayerCollection collection;
        SnapIndexer indexer(&collection);
        VectorLayer* parcels = addLayer(collection, QStringLiteral("cadastral_parcels"));
        VectorLayer* communes = addLayer(collection, QStringLiteral("communes"));
        QCOMPARE(communes->role(), LayerRole::Other);
        QVERIFY(!indexer.isLayerIncluded(*communes));
        QVERIFY(waitUntilReady(indexer));
        QCOMPARE(indexer.state().layersReady, 1);
        QVERIFY(!indexer.readyIndex(communes->id()));

        indexer.setLayerIncluded(communes->id(), true);
        QVERIFY(waitUntilReady(indexer));
        QCOMPARE(indexer.state().layersReady, 2);
        QVERIFY(indexer.readyIndex(communes->id()));

        indexer.setLayerIncluded(parcels->id(), false);
        QCOMPARE(indexer.state().layersReady, 1);
        QVERIFY(!indexer.readyIndex(parcels->id()));
        const auto withoutParcels = indexer.snap(m_corner, 0.5);
        QVERIFY(!withoutParcels || withoutParcels->layer == communes);

        indexer.resetLayerInclusion(parcels->id());
        indexer.resetLayerInclusion(communes->id());
        QVERIFY(waitUntilReady(indexer));
        QCOMPARE(indexer.state().layersReady, 1);
        QVERIFY(indexer.readyIndex(parcels->id()));
        indexer.setAllVectorLayersIncluded(true);
        QVERIFY(waitUntilReady(indexer));
        QCOMPARE(indexer.state().layersReady, 2);
    }

    void hiddenLayersAndDisabledSnappingCatchNothing() {
        LayerCollection collection;
        SnapIndexer indexer(&collection);
        VectorLayer* parcels = addLayer(collection, QStringLiteral("cadastral_parcels"));
        QVERIFY(waitUntilReady(indexer));
        parcels->setVisible(false);
        QVERIFY(!indexer.snap(m_corner, 1.0).has_value());
        parcels->setVisible(true);
        QVERIFY(indexer.snap(m_corner, 1.0).has_value());

        indexer.setEnabled(false);
        QCOMPARE(indexer.state().phase, SnapIndexerState::Phase::Idle);
        QCOMPARE(indexer.state().memoryBytes, qint64(0));
        QVERIFY(!indexer.readyIndex(parcels->id()));
        QVERIFY(!indexer.snap(m_corner, 1.0).has_value());
        indexer.setEnabled(true);
        QCOMPARE(indexer.state().phase, SnapIndexerState::Phase::Building);
        QVERIFY(waitUntilReady(indexer));
        QVERIFY(indexer.snap(m_corner, 1.0).has_value());

        collection.remove(parcels);
        QCOMPARE(indexer.state().phase, SnapIndexerState::Phase::Idle);
        QCOMPARE(indexer.state().layersReady, 0);
        QVERIFY(!indexer.snap(m_corner, 1.0).has_value());
    }

    void equalSnapsGoToTheLayerOnTop() {
        LayerCollection collection;
        SnapIndexer indexer(&collection);
        VectorLayer* lower = addLayer(collection, QStringLiteral("cadastral_parcels"));
        VectorLayer* upper = addLayer(collection, QStringLiteral("cadastral_parcels"));
        QVERIFY(waitUntilReady(indexer));
        QCOMPARE(indexer.state().layersReady, 2);
        const auto onTop = indexer.snap(m_corner, 1.0);
        QVERIFY(onTop.has_value());
        QCOMPARE(onTop->layer, upper);
        collection.move(1, 0);
        const auto afterMove = indexer.snap(m_corner, 1.0);
        QVERIFY(afterMove.has_value());
        QCOMPARE(afterMove->layer, lower);
    }
};

QTEST_GUILESS_MAIN(SnapIndexerTest)
#include "snap_indexer_test.moc"
