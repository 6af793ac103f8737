#include "snap_index.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace agrimap;

namespace {

const SnapModes vertexOnly(SnapMode::Vertex);
const SnapModes segmentOnly(SnapMode::Segment);

// A closed square ring, counter-clockwise, as GDAL hands polygons over.
std::vector<double> squareRing(double x, double y, double size) {
    return {x, y, x + size, y, x + size, y + size, x, y + size, x, y};
}

void addPart(FlatGeometries& geometries, const std::vector<double>& xy) {
    geometries.addPart(xy.data(), xy.size() / 2);
}

std::shared_ptr<const FlatGeometries> oneSquare() {
    auto geometries = std::make_shared<FlatGeometries>(GeometryKind::Polygon);
    geometries->beginFeature();
    addPart(*geometries, squareRing(0, 0, 10));
    geometries->finish();
    return geometries;
}

std::shared_ptr<const SnapIndex> indexOf(std::shared_ptr<const FlatGeometries> geometries) {
    auto index = SnapIndex::build(std::move(geometries));
    if (!index)
        qFatal("an uncancelled build returned nothing");
    return index;
}

} // namespace

class SnapIndexTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vertexWinsOverANearerSegment() {
        const auto index = indexOf(oneSquare());
        // 0.5 from the bottom edge, 5.02 from both bottom corners: the corner wins.
        const auto match = index->snap(QPointF(5, 0.5), 6);
        QVERIFY(match.has_value());
        QCOMPARE(match->kind, SnapKind::Vertex);
        QCOMPARE(match->point, QPointF(0, 0)); // equal distances: the earlier vertex
        QCOMPARE(match->vertex, 0u);
        QCOMPARE(match->distance, std::hypot(5.0, 0.5));
        // With the corners out of reach the edge is taken, at the foot of the perpendicular.
        const auto edge = index->snap(QPointF(5, 0.5), 5);
        QVERIFY(edge.has_value());
        QCOMPARE(edge->kind, SnapKind::Segment);
        QCOMPARE(edge->point, QPointF(5, 0));
        QCOMPARE(edge->vertex, 0u);
        QCOMPARE(edge->distance, 0.5);
    }

    void toleranceIsACircleAndItsEdgeCounts() {
        const auto index = indexOf(oneSquare());
        // (13, 14) is 5 from the corner (10, 10) and from both edges (clamped to the corner).
        const auto atEdge = index->snap(QPointF(13, 14), 5);
        QVERIFY(atEdge.has_value());
        QCOMPARE(atEdge->kind, SnapKind::Vertex);
        QCOMPARE(atEdge->point, QPointF(10, 10));
        QCOMPARE(atEdge->vertex, 2u);
        QCOMPARE(atEdge->distance, 5.0);
        QVERIFY(!index->snap(QPointF(13, 14), 4.999).has_value());
        // Inside the tolerance box but outside the circle: no snap.
        QVERIFY(!index->snap(QPointF(13, 13), 4.2).has_value());

        const auto segment = index->snap(QPointF(5, -3), 3);
        QVERIFY(segment.has_value());
        QCOMPARE(segment->kind, SnapKind::Segment);
        QCOMPARE(segment->point, QPointF(5, 0));
        QVERIFY(!index->snap(QPointF(5, -3), 2.999).has_value());
        QVERIFY(!index->snap(QPointF(5, -3), -1).has_value());
    }

    void modesLimitWhatSnaps() {
        const auto index = indexOf(oneSquare());
        QVERIFY(!index->snap(QPointF(5, 0.5), 1, vertexOnly).has_value());
        const auto nearCorner = index->snap(QPointF(10.2, 9.9), 1, segmentOnly);
        QVERIFY(nearCorner.has_value());
        QCOMPARE(nearCorner->kind, SnapKind::Segment);
        QCOMPARE(nearCorner->point, QPointF(10, 9.9));
        QCOMPARE(nearCorner->vertex, 1u); // the right edge runs from vertex 1 to vertex 2
        QVERIFY(!index->snap(QPointF(5, 0.5), 10, SnapModes()).has_value());
    }

    void closedRingsCountTheirFirstVertexOnce() {
        const auto index = indexOf(oneSquare());
        QCOMPARE(index->vertexCount(), size_t(4));
        QCOMPARE(index->segmentCount(), size_t(4));
        const auto match = index->snap(QPointF(0.1, 0.1), 1);
        QVERIFY(match.has_value());
        QCOMPARE(match->vertex, 0u); // never 4, the repeated closing point
    }

    void holesSnapAsTheirOwnPart() {
        auto geometries = std::make_shared<FlatGeometries>(GeometryKind::Polygon);
        geometries->beginFeature();
        addPart(*geometries, squareRing(0, 0, 100));
        addPart(*geometries, squareRing(40, 40, 20));
        geometries->finish();
        const auto index = indexOf(geometries);

        const auto edge = index->snap(QPointF(41, 50), 2);
        QVERIFY(edge.has_value());
        QCOMPARE(edge->kind, SnapKind::Segment);
        QCOMPARE(edge->part, 1u);
        QCOMPARE(edge->vertex, 3u); // the hole's left edge closes the ring: vertex 3 → 0
        QCOMPARE(edge->point, QPointF(40, 50));

        const auto corner = index->snap(QPointF(60.5, 59), 2);
        QVERIFY(corner.has_value());
        QCOMPARE(corner->kind, SnapKind::Vertex);
        QCOMPARE(corner->part, 1u);
        QCOMPARE(corner->vertex, 2u);
        QCOMPARE(corner->point, QPointF(60, 60));
        // Between the hole and the outer ring nothing is in reach.
        QVERIFY(!index->snap(QPointF(20, 20), 5).has_value());
    }

    void multipolygonPartsAndFeatureIndexes() {
        auto geometries = std::make_shared<FlatGeometries>(GeometryKind::Polygon);
        geometries->beginFeature();
        addPart(*geometries, squareRing(0, 0, 10));
        geometries->beginFeature(); // a multipolygon: two separate squares
        addPart(*geometries, squareRing(100, 0, 10));
        addPart(*geometries, squareRing(200, 0, 10));
        geometries->beginFeature(); // a feature without geometry
        geometries->beginFeature();
        addPart(*geometries, squareRing(300, 0, 10));
        geometries->finish();
        const auto index = indexOf(geometries);

        const auto second = index->snap(QPointF(209, 11), 2);
        QVERIFY(second.has_value());
        QCOMPARE(second->feature, 1u);
        QCOMPARE(second->part, 1u);
        QCOMPARE(second->vertex, 2u);
        QCOMPARE(second->point, QPointF(210, 10));

        const auto afterEmpty = index->snap(QPointF(299, 1), 2);
        QVERIFY(afterEmpty.has_value());
        QCOMPARE(afterEmpty->feature, 3u);
        QCOMPARE(afterEmpty->part, 0u);
        QCOMPARE(afterEmpty->vertex, 0u);
    }

    void sharedCornersGoToTheEarlierFeature() {
        auto geometries = std::make_shared<FlatGeometries>(GeometryKind::Polygon);
        geometries->beginFeature();
        addPart(*geometries, squareRing(0, 0, 10));
        geometries->beginFeature();
        addPart(*geometries, squareRing(10, 0, 10));
        geometries->finish();
        const auto index = indexOf(geometries);
        for (int i = 0; i < 3; ++i) {
            const auto match = index->snap(QPointF(10.5, 10.5), 1);
            QVERIFY(match.has_value());
            QCOMPARE(match->feature, 0u);
            QCOMPARE(match->vertex, 2u);
        }
    }

    void linesAreNotClosedButUnclosedRingsAre() {
        const std::vector<double> corner = {0, 0, 10, 0, 10, 10};
        auto line = std::make_shared<FlatGeometries>(GeometryKind::Line);
        line->beginFeature();
        addPart(*line, corner);
        line->finish();
        const auto lineIndex = indexOf(line);
        QCOMPARE(lineIndex->vertexCount(), size_t(3));
        QCOMPARE(lineIndex->segmentCount(), size_t(2));
        QVERIFY(!lineIndex->snap(QPointF(4, 5), 1).has_value());
        const auto end = lineIndex->snap(QPointF(10.3, 10.4), 1);
        QVERIFY(end.has_value());
        QCOMPARE(end->vertex, 2u);

        // The same points as a polygon ring without its closing point: drawn closed, and
        // its closing edge (vertex 2 back to vertex 0) snaps.
        auto ring = std::make_shared<FlatGeometries>(GeometryKind::Polygon);
        ring->beginFeature();
        addPart(*ring, corner);
        ring->finish();
        const auto ringIndex = indexOf(ring);
        QCOMPARE(ringIndex->segmentCount(), size_t(3));
        const auto closing = ringIndex->snap(QPointF(4, 5), 1);
        QVERIFY(closing.has_value());
        QCOMPARE(closing->kind, SnapKind::Segment);
        QCOMPARE(closing->vertex, 2u);
        QCOMPARE(closing->point, QPointF(4.5, 4.5));
    }

    void longLinesAreSplitWithoutLosingVertices() {
        // 40 vertices: more than one run of segments.
        std::vector<double> zigzag;
        for (int i = 0; i < 40; ++i)
            zigzag.insert(zigzag.end(), {double(i) * 10, i % 2 == 0 ? 0.0 : 5.0});
        auto line = std::make_shared<FlatGeometries>(GeometryKind::Line);
        line->beginFeature();
        addPart(*line, zigzag);
        line->finish();
        const auto index = indexOf(line);
        QCOMPARE(index->vertexCount(), size_t(40));
        QCOMPARE(index->segmentCount(), size_t(39));
        // Vertices on both sides of the run boundaries (every 16 segments) are all found.
        for (uint32_t vertex : {0u, 15u, 16u, 17u, 31u, 32u, 39u}) {
            const QPointF at(vertex * 10.0, vertex % 2 == 0 ? 0.0 : 5.0);
            const auto match = index->snap(at + QPointF(0.2, 0.1), 1, vertexOnly);
            QVERIFY(match.has_value());
            QCOMPARE(match->vertex, vertex);
            QCOMPARE(match->point, at);
        }
        const auto sixteen = index->snap(QPointF(160.2, 0.3), 1);
        QVERIFY(sixteen.has_value());
        QCOMPARE(sixteen->vertex, 16u);
        const auto segment = index->snap(QPointF(325, 2.5), 0.5);
        QVERIFY(segment.has_value());
        QCOMPARE(segment->kind, SnapKind::Segment);
        QCOMPARE(segment->vertex, 32u);
    }

    void pointsSnapAsVerticesOnly() {
        auto points = std::make_shared<FlatGeometries>(GeometryKind::Point);
        for (int i = 0; i < 5; ++i) {
            const double xy[2] = {double(i) * 10, 0};
            points->beginFeature();
            points->addPart(xy, 1);
        }
        points->finish();
        const auto index = indexOf(points);
        QCOMPARE(index->vertexCount(), size_t(5));
        QCOMPARE(index->segmentCount(), size_t(0));
        const auto match = index->snap(QPointF(31, 1), 2);
        QVERIFY(match.has_value());
        QCOMPARE(match->feature, 3u);
        QCOMPARE(match->point, QPointF(30, 0));
        QVERIFY(!index->snap(QPointF(31, 1), 2, segmentOnly).has_value());
        QVERIFY(!index->snap(QPointF(35, 0), 4.9).has_value());
    }

    void agreesWithBruteForceOnRandomPolygons() {
        QRandomGenerator random(11);
        auto geometries = std::make_shared<FlatGeometries>(GeometryKind::Polygon);
        for (int feature = 0; feature < 2000; ++feature) {
            const double cx = random.bounded(5000.0), cy = random.bounded(5000.0);
            const int corners = 3 + int(random.bounded(30));
            std::vector<double> ring;
            for (int c = 0; c < corners; ++c) {
                const double angle = 2 * M_PI * c / corners;
                const double radius = 5 + random.bounded(40.0);
                ring.insert(ring.end(),
                            {cx + radius * std::cos(angle), cy + radius * std::sin(angle)});
            }
            ring.insert(ring.end(), {ring[0], ring[1]});
            geometries->beginFeature();
            addPart(*geometries, ring);
        }
        geometries->finish();
        const auto index = indexOf(geometries);

        for (int q = 0; q < 500; ++q) {
            const QPointF cursor(random.bounded(5000.0), random.bounded(5000.0));
            const double tolerance = random.bounded(30.0);
            double nearestVertex = std::numeric_limits<double>::infinity();
            double nearestSegment = std::numeric_limits<double>::infinity();
            for (uint32_t point = 0; point < geometries->pointCount(); ++point) {
                const double* xy = geometries->pointData(point);
                nearestVertex =
                    std::min(nearestVertex, std::hypot(xy[0] - cursor.x(), xy[1] - cursor.y()));
            }
            for (size_t feature = 0; feature < geometries->featureCount(); ++feature) {
                const uint32_t part = geometries->firstPart(feature);
                for (uint32_t point = geometries->firstPoint(part);
                     point + 1 < geometries->endPoint(part); ++point) {
                    const QLineF segment(
                        QPointF(geometries->pointData(point)[0], geometries->pointData(point)[1]),
                        QPointF(geometries->pointData(point + 1)[0],
                                geometries->pointData(point + 1)[1]));
                    const QPointF d = segment.p2() - segment.p1();
                    const double length2 = QPointF::dotProduct(d, d);
                    const double t = std::clamp(
                        QPointF::dotProduct(cursor - segment.p1(), d) / length2, 0.0, 1.0);
                    const QPointF foot = segment.p1() + t * d;
                    nearestSegment = std::min(
                        nearestSegment, std::hypot(foot.x() - cursor.x(), foot.y() - cursor.y()));
                }
            }
            const auto match = index->snap(cursor, tolerance);
            if (nearestVertex <= tolerance) {
                QVERIFY(match.has_value());
                QCOMPARE(match->kind, SnapKind::Vertex);
                QVERIFY(qAbs(match->distance - nearestVertex) < 1e-9);
            } else if (nearestSegment <= tolerance) {
                QVERIFY(match.has_value());
                QCOMPARE(match->kind, SnapKind::Segment);
                QVERIFY(qAbs(match->distance - nearestSegment) < 1e-9);
            } else {
                QVERIFY(!match.has_value());
            }
        }
    }

    void cancelledBuildsReturnNothing() {
        std::atomic_bool cancelled(true);
        QVERIFY(SnapIndex::build(oneSquare(), &cancelled) == nullptr);
        cancelled = false;
        QVERIFY(SnapIndex::build(oneSquare(), &cancelled) != nullptr);
    }

    void emptyAndUnreadableGeometriesSnapNowhere() {
        const auto none = indexOf(nullptr);
        QVERIFY(!none->snap(QPointF(0, 0), 100).has_value());
        auto broken = std::make_shared<FlatGeometries>(GeometryKind::Polygon);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<double> unreadable = {nan, nan, nan, nan, nan, nan};
        broken->beginFeature();
        addPart(*broken, unreadable);
        broken->beginFeature();
        addPart(*broken, squareRing(0, 0, 10));
        broken->finish();
        const auto index = indexOf(broken);
        const auto match = index->snap(QPointF(0.5, 0.5), 1);
        QVERIFY(match.has_value());
        QCOMPARE(match->feature, 1u);
        QVERIFY(index->memoryBytes() > 0);
    }
};

QTEST_APPLESS_MAIN(SnapIndexTest)
#include "snap_index_test.moc"
