#include "editing/area_geometry_edits.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <geos_c.h>
#include <memory>

using namespace agrimap;
using namespace agrimap::area_geometry;

Q_DECLARE_METATYPE(agrimap::area_geometry::VertexRef)

namespace {

// Shapes are written in local metres and moved to VN-2000 coordinates near Cao Lãnh, so that
// the edits meet the large coordinates of real projects.
constexpr double originX = 560000;
constexpr double originY = 1150000;

QPointF at(double x, double y) {
    return {originX + x, originY + y};
}

std::vector<QPointF> points(const QPolygonF& local) {
    std::vector<QPointF> moved;
    for (const QPointF& point : local)
        moved.push_back(at(point.x(), point.y()));
    return moved;
}

// The test's own GEOS context: it measures results independently of the code under test.
GEOSContextHandle_t geos() {
    static const std::unique_ptr<GEOSContextHandle_HS, decltype(&GEOS_finish_r)> context(
        GEOS_init_r(), &GEOS_finish_r);
    return context.get();
}

struct GeometryDeleter {
    void operator()(GEOSGeometry* geometry) const { GEOSGeom_destroy_r(geos(), geometry); }
};
using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

Geometry fromWkb(const QByteArray& wkb) {
    GEOSWKBReader* reader = GEOSWKBReader_create_r(geos());
    Geometry geometry(GEOSWKBReader_read_r(geos(), reader,
                                           reinterpret_cast<const unsigned char*>(wkb.constData()),
                                           size_t(wkb.size())));
    GEOSWKBReader_destroy_r(geos(), reader);
    return geometry;
}

/// WKB of a WKT shape in local metres.
QByteArray shape(const char* wkt) {
    GEOSWKTReader* reader = GEOSWKTReader_create_r(geos());
    const Geometry local(GEOSWKTReader_read_r(geos(), reader, wkt));
    GEOSWKTReader_destroy_r(geos(), reader);
    const Geometry moved(GEOSGeom_transformXY_r(
        geos(), local.get(),
        [](double* x, double* y, void*) {
            *x += originX;
            *y += originY;
            return 1;
        },
        nullptr));
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(geos());
    size_t size = 0;
    unsigned char* data = GEOSWKBWriter_write_r(geos(), writer, moved.get(), &size);
    GEOSWKBWriter_destroy_r(geos(), writer);
    QByteArray wkb(reinterpret_cast<const char*>(data), qsizetype(size));
    GEOSFree_r(geos(), data);
    return wkb;
}

double areaOf(const QByteArray& wkb) {
    const Geometry geometry = fromWkb(wkb);
    double area = -1;
    if (!geometry || GEOSArea_r(geos(), geometry.get(), &area) != 1)
        return -1;
    return area;
}

bool isValid(const QByteArray& wkb) {
    const Geometry geometry = fromWkb(wkb);
    return geometry && GEOSisValid_r(geos(), geometry.get()) == 1;
}

bool isMultiPolygon(const QByteArray& wkb) {
    const Geometry geometry = fromWkb(wkb);
    return geometry && GEOSGeomTypeId_r(geos(), geometry.get()) == GEOS_MULTIPOLYGON;
}

int partCount(const QByteArray& wkb) {
    const Geometry geometry = fromWkb(wkb);
    return geometry ? GEOSGetNumGeometries_r(geos(), geometry.get()) : -1;
}

int holeCount(const QByteArray& wkb) {
    const Geometry geometry = fromWkb(wkb);
    if (!geometry)
        return -1;
    int holes = 0;
    for (int i = 0; i < GEOSGetNumGeometries_r(geos(), geometry.get()); ++i)
        holes += GEOSGetNumInteriorRings_r(geos(), GEOSGetGeometryN_r(geos(), geometry.get(), i));
    return holes;
}

/// The points of a ring as stored, closing point included.
QList<QPointF> ringPoints(const QByteArray& wkb, int part, int ring) {
    const Geometry geometry = fromWkb(wkb);
    const GEOSGeometry* polygon = GEOSGetGeometryN_r(geos(), geometry.get(), part);
    const GEOSGeometry* linear = ring == 0 ? GEOSGetExteriorRing_r(geos(), polygon)
                                           : GEOSGetInteriorRingN_r(geos(), polygon, ring - 1);
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(geos(), linear);
    unsigned size = 0;
    GEOSCoordSeq_getSize_r(geos(), sequence, &size);
    QList<QPointF> list;
    for (unsigned i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(geos(), sequence, i, &x, &y);
        list.append(QPointF(x, y));
    }
    return list;
}

// QPointF's == is fuzzy; a closed ring repeats its first point exactly.
bool exactlySame(const QPointF& a, const QPointF& b) {
    return a.x() == b.x() && a.y() == b.y();
}

bool closeTo(double actual, double expected) {
    return std::abs(actual - expected) <= 1e-6 * std::max(1.0, std::abs(expected));
}

const char* const square = "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))";
const char* const squareWithHole =
    "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 40 60, 60 60, 60 40, 40 40))";
const char* const twoSquares = "MULTIPOLYGON(((0 0, 100 0, 100 100, 0 100, 0 0)),"
                               "((200 0, 300 0, 300 100, 200 100, 200 0)))";
const char* const lShape = "POLYGON((0 0, 100 0, 100 40, 40 40, 40 100, 0 100, 0 0))";

} // namespace

class AreaGeometryEditsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitByLine_data() {
        QTest::addColumn<QByteArray>("area");
        QTest::addColumn<QPolygonF>("line");
        QTest::addColumn<QList<double>>("pieceAreas"); // largest first

        QTest::newRow("square, vertical line at x=30")
            << shape(square) << QPolygonF({{30, -10}, {30, 110}}) << QList<double>{7000, 3000};
        QTest::newRow("L shape, line crossing it twice")
            << shape(lShape) << QPolygonF({{20, 110}, {110, 20}}) << QList<double>{6300, 50, 50};
        QTest::newRow("square, line crossing four times")
            << shape(square) << QPolygonF({{20, -10}, {20, 110}, {60, 110}, {60, -10}})
            << QList<double>{4000, 4000, 2000};
        QTest::newRow("square with a hole, line through the hole")
            << shape(squareWithHole) << QPolygonF({{50, -10}, {50, 110}})
            << QList<double>{4800, 4800};
        QTest::newRow("two squares, one cut: the other stays with the largest piece")
            << shape(twoSquares) << QPolygonF({{30, -10}, {30, 110}}) << QList<double>{17000, 3000};
        QTest::newRow("two squares, both cut")
            << shape(twoSquares) << QPolygonF({{-10, 25}, {310, 25}})
            << QList<double>{7500, 7500, 2500, 2500};
        QTest::newRow("line ending on the edges")
            << shape(square) << QPolygonF({{30, 0}, {30, 100}}) << QList<double>{7000, 3000};
    }

    void splitByLine() {
        QFETCH(QByteArray, area);
        QFETCH(QPolygonF, line);
        QFETCH(QList<double>, pieceAreas);
        const Result<std::vector<QByteArray>> pieces =
            area_geometry::splitByLine(area, points(line));
        QVERIFY2(pieces, qPrintable(pieces.errorMessage()));
        QCOMPARE(qsizetype(pieces->size()), pieceAreas.size());
        double total = 0;
        for (size_t i = 0; i < pieces->size(); ++i) {
            const QByteArray& piece = pieces.value()[i];
            QVERIFY(isMultiPolygon(piece));
            QVERIFY(isValid(piece));
            QVERIFY2(closeTo(areaOf(piece), pieceAreas[qsizetype(i)]),
                     qPrintable(QString::number(areaOf(piece), 'f', 6)));
            total += areaOf(piece);
        }
        QVERIFY(closeTo(total, areaOf(area)));
    }

    void splitByLineRefuses_data() {
        QTest::addColumn<QByteArray>("area");
        QTest::addColumn<QPolygonF>("line");
        QTest::addColumn<QString>("message");

        const QString noCrossing = QStringLiteral("does not cross");
        QTest::newRow("line beside the area")
            << shape(square) << QPolygonF({{120, -10}, {120, 110}}) << noCrossing;
        QTest::newRow("line ending inside")
            << shape(square) << QPolygonF({{30, -10}, {30, 50}}) << noCrossing;
        QTest::newRow("line only inside the hole")
            << shape(squareWithHole) << QPolygonF({{50, 45}, {50, 55}}) << noCrossing;
        QTest::newRow("line along an edge")
            << shape(square) << QPolygonF({{0, -10}, {0, 110}}) << noCrossing;
        QTest::newRow("one point")
            << shape(square) << QPolygonF({{30, -10}, {30, -10}}) << QStringLiteral("two points");
        QTest::newRow("not a polygon")
            << shape("LINESTRING(0 0, 10 10)") << QPolygonF({{30, -10}, {30, 110}})
            << QStringLiteral("not a polygon");
        QTest::newRow("unreadable") << QByteArray("not wkb") << QPolygonF({{30, -10}, {30, 110}})
                                    << QStringLiteral("cannot be read");
        QTest::newRow("self-intersecting area")
            << shape("POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))")
            << QPolygonF({{30, -10}, {30, 110}}) << QStringLiteral("not valid");
    }

    void splitByLineRefuses() {
        QFETCH(QByteArray, area);
        QFETCH(QPolygonF, line);
        QFETCH(QString, message);
        const Result<std::vector<QByteArray>> pieces =
            area_geometry::splitByLine(area, points(line));
        QVERIFY(!pieces);
        QVERIFY2(pieces.errorMessage().contains(message), qPrintable(pieces.errorMessage()));
    }

    void splitByLineSnappedOntoSlantedEdges() {
        // The map tool snaps the line's ends onto the boundary; on a slanted edge the snapped
        // point is only a rounding error away from it, on either side.
        const QByteArray area = shape("POLYGON((0 0, 100 30, 70 130, -30 100, 0 0))");
        const auto start = nearestSegmentPoint(area, at(50, 10), 20);
        const auto end = nearestSegmentPoint(area, at(20, 120), 20);
        QVERIFY(start && end);
        const Result<std::vector<QByteArray>> pieces =
            area_geometry::splitByLine(area, {start->second, end->second});
        QVERIFY2(pieces, qPrintable(pieces.errorMessage()));
        QCOMPARE(pieces->size(), size_t(2));
        QVERIFY(closeTo(areaOf(pieces.value()[0]) + areaOf(pieces.value()[1]), areaOf(area)));
        QVERIFY(closeTo(areaOf(pieces.value()[1]), areaOf(area) / 2));
    }

    void reshapeSnappedOntoASlantedEdge() {
        const QByteArray area = shape("POLYGON((0 0, 100 30, 70 130, -30 100, 0 0))");
        const auto start = nearestSegmentPoint(area, at(30, 10), 20);
        const auto end = nearestSegmentPoint(area, at(70, 20), 20);
        QVERIFY(start && end);
        const QPointF outward = at(0, -50) - at(0, 0);
        const Result<QByteArray> reshaped = area_geometry::reshape(
            area, {start->second, start->second + outward, end->second + outward, end->second});
        QVERIFY2(reshaped, qPrintable(reshaped.errorMessage()));
        QVERIFY(isValid(reshaped.value()));
        // A parallelogram on the edge, as wide across x as the snapped points, 50 m high.
        const double added = (end->second.x() - start->second.x()) * 50;
        QVERIFY2(closeTo(areaOf(reshaped.value()), areaOf(area) + added),
                 qPrintable(QString::number(areaOf(reshaped.value()), 'f', 6)));
    }

    void snappedEndsAtManyAngles() {
        // A square turned step by step: the snapped ends land a rounding error inside or outside.
        for (int degrees = 0; degrees < 360; degrees += 3) {
            const double c = 100 * std::cos(qDegreesToRadians(double(degrees)));
            const double s = 100 * std::sin(qDegreesToRadians(double(degrees)));
            const QByteArray area =
                shape(qPrintable(QStringLiteral("POLYGON((0 0, %1 %2, %3 %4, %5 %6, 0 0))")
                                     .arg(c, 0, 'f', 9)
                                     .arg(s, 0, 'f', 9)
                                     .arg(c - s, 0, 'f', 9)
                                     .arg(s + c, 0, 'f', 9)
                                     .arg(-s, 0, 'f', 9)
                                     .arg(c, 0, 'f', 9)));
            const auto start = nearestSegmentPoint(area, at(0.37 * c, 0.37 * s), 1);
            const auto end = nearestSegmentPoint(area, at(0.41 * c - s, 0.41 * s + c), 1);
            QVERIFY(start && end);

            const Result<std::vector<QByteArray>> pieces =
                area_geometry::splitByLine(area, {start->second, end->second});
            QVERIFY2(pieces, qPrintable(pieces.errorMessage()));
            QCOMPARE(pieces->size(), size_t(2));
            QVERIFY(isValid(pieces.value()[0]) && isValid(pieces.value()[1]));
            QVERIFY(closeTo(areaOf(pieces.value()[0]) + areaOf(pieces.value()[1]), areaOf(area)));

            const QPointF middle = (start->second + end->second) / 2;
            const Result<QByteArray> cut =
                area_geometry::reshape(area, {start->second, middle, end->second});
            QVERIFY2(cut, qPrintable(cut.errorMessage()));
            QVERIFY(isValid(cut.value()));
            QVERIFY(closeTo(areaOf(cut.value()), areaOf(pieces.value()[0])));
        }
    }

    void addRingThenDeleteRingGivesTheOriginalBack_data() {
        QTest::addColumn<QByteArray>("area");
        QTest::addColumn<QPolygonF>("ring");
        QTest::addColumn<double>("holeArea");

        QTest::newRow("square") << shape(square)
                                << QPolygonF({{10, 10}, {30, 10}, {30, 30}, {10, 30}}) << 400.0;
        QTest::newRow("closed ring drawn clockwise")
            << shape(square) << QPolygonF({{10, 10}, {10, 30}, {30, 30}, {30, 10}, {10, 10}})
            << 400.0;
        QTest::newRow("second hole")
            << shape(squareWithHole) << QPolygonF({{70, 70}, {90, 70}, {80, 90}}) << 200.0;
        QTest::newRow("second part of a multipolygon")
            << shape(twoSquares) << QPolygonF({{210, 10}, {290, 10}, {290, 20}, {210, 20}})
            << 800.0;
    }

    void addRingThenDeleteRingGivesTheOriginalBack() {
        QFETCH(QByteArray, area);
        QFETCH(QPolygonF, ring);
        QFETCH(double, holeArea);
        const Result<QByteArray> holed = addRing(area, points(ring));
        QVERIFY2(holed, qPrintable(holed.errorMessage()));
        QVERIFY(isMultiPolygon(holed.value()));
        QVERIFY2(isValid(holed.value()), qPrintable(invalidReason(holed.value())));
        QCOMPARE(holeCount(holed.value()), holeCount(area) + 1);
        QVERIFY(closeTo(areaOf(holed.value()), areaOf(area) - holeArea));

        const QPointF inside = at(ring.boundingRect().center().x(), ring.first().y() + 1);
        const Result<QByteArray> restored = deleteRing(holed.value(), inside);
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
        QVERIFY(isValid(restored.value()));
        QCOMPARE(holeCount(restored.value()), holeCount(area));
        QVERIFY(closeTo(areaOf(restored.value()), areaOf(area)));
    }

    void addRingRefuses_data() {
        QTest::addColumn<QByteArray>("area");
        QTest::addColumn<QPolygonF>("ring");
        QTest::addColumn<QString>("message");

        const QString notInside = QStringLiteral("inside one part");
        QTest::newRow("crossing the edge")
            << shape(square) << QPolygonF({{90, 10}, {110, 10}, {110, 30}, {90, 30}}) << notInside;
        QTest::newRow("touching the edge")
            << shape(square) << QPolygonF({{0, 10}, {20, 10}, {20, 30}, {0, 30}}) << notInside;
        QTest::newRow("touching a hole")
            << shape(squareWithHole) << QPolygonF({{20, 40}, {40, 40}, {40, 60}, {20, 60}})
            << notInside;
        QTest::newRow("around a hole")
            << shape(squareWithHole) << QPolygonF({{30, 30}, {70, 30}, {70, 70}, {30, 70}})
            << notInside;
        QTest::newRow("inside a hole")
            << shape(squareWithHole) << QPolygonF({{45, 45}, {55, 45}, {55, 55}, {45, 55}})
            << QStringLiteral("outside");
        QTest::newRow("spanning two parts")
            << shape(twoSquares) << QPolygonF({{50, 40}, {250, 40}, {250, 60}, {50, 60}})
            << notInside;
        QTest::newRow("outside") << shape(square)
                                 << QPolygonF({{110, 10}, {130, 10}, {130, 30}, {110, 30}})
                                 << QStringLiteral("outside");
        QTest::newRow("crossing itself")
            << shape(square) << QPolygonF({{10, 10}, {30, 30}, {30, 10}, {10, 30}})
            << QStringLiteral("crosses itself");
        QTest::newRow("two corners") << shape(square) << QPolygonF({{10, 10}, {30, 30}, {10, 10}})
                                     << QStringLiteral("three corners");
    }

    void addRingRefuses() {
        QFETCH(QByteArray, area);
        QFETCH(QPolygonF, ring);
        QFETCH(QString, message);
        const Result<QByteArray> holed = addRing(area, points(ring));
        QVERIFY(!holed);
        QVERIFY2(holed.errorMessage().contains(message), qPrintable(holed.errorMessage()));
    }

    void deleteRingNeedsAHoleThere() {
        QVERIFY(!deleteRing(shape(squareWithHole), at(20, 20))); // in the area itself
        QVERIFY(!deleteRing(shape(squareWithHole), at(200, 200)));
        QVERIFY(!deleteRing(shape(square), at(50, 50)));
        const Result<QByteArray> onEdge = deleteRing(shape(squareWithHole), at(40, 50));
        QVERIFY(onEdge); // a click on the hole's edge picks the hole
        QCOMPARE(holeCount(onEdge.value()), 0);
    }

    void deleteRingAbsorbsAnIslandInTheHole() {
        const QByteArray pondWithIsland = shape(
            "MULTIPOLYGON(((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 80 20, 80 80, 20 80, 20 20)),"
            "((40 40, 60 40, 60 60, 40 60, 40 40)))");
        const Result<QByteArray> filled = deleteRing(pondWithIsland, at(30, 30));
        QVERIFY2(filled, qPrintable(filled.errorMessage()));
        QVERIFY(isValid(filled.value()));
        QCOMPARE(partCount(filled.value()), 1);
        QVERIFY(closeTo(areaOf(filled.value()), 10000));
    }

    void fillRingReturnsTheHoleAsAPolygon() {
        const QByteArray area = shape(squareWithHole);
        const Result<std::pair<QByteArray, QByteArray>> filled = fillRing(area, at(50, 50));
        QVERIFY2(filled, qPrintable(filled.errorMessage()));
        const auto& [withoutHole, hole] = filled.value();
        QCOMPARE(holeCount(withoutHole), 0);
        QVERIFY(closeTo(areaOf(withoutHole), 10000));
        QVERIFY(isMultiPolygon(hole));
        QVERIFY(isValid(hole));
        QCOMPARE(holeCount(hole), 0);
        QVERIFY(closeTo(areaOf(hole), 400));
        QVERIFY(!fillRing(area, at(10, 10)));
    }

    void reshape_data() {
        QTest::addColumn<QByteArray>("area");
        QTest::addColumn<QPolygonF>("line");
        QTest::addColumn<double>("expectedArea");
        QTest::addColumn<int>("holes");

        QTest::newRow("outward adds the rectangle")
            << shape(square) << QPolygonF({{20, 90}, {20, 120}, {60, 120}, {60, 90}}) << 10800.0
            << 0;
        QTest::newRow("inward removes the rectangle")
            << shape(square) << QPolygonF({{20, 110}, {20, 80}, {60, 80}, {60, 110}}) << 9200.0
            << 0;
        QTest::newRow("ends snapped onto the edge")
            << shape(square) << QPolygonF({{20, 100}, {20, 120}, {60, 120}, {60, 100}}) << 10800.0
            << 0;
        QTest::newRow("drawn the other way round")
            << shape(square) << QPolygonF({{60, 90}, {60, 120}, {20, 120}, {20, 90}}) << 10800.0
            << 0;
        QTest::newRow("outward around a corner")
            << shape(square) << QPolygonF({{90, 50}, {120, 50}, {120, 120}, {50, 120}, {50, 90}})
            << 10000.0 + 70 * 70 - 50 * 50 << 0;
        QTest::newRow("cut across keeps the larger part")
            << shape(square) << QPolygonF({{-10, 20}, {110, 20}}) << 8000.0 << 0;
        QTest::newRow("cut across the other way keeps the larger part")
            << shape(square) << QPolygonF({{110, 80}, {-10, 80}}) << 8000.0 << 0;
        QTest::newRow("wiggling across the edge four times") << shape(square)
                                                             << QPolygonF({{10, 90},
                                                                           {10, 110},
                                                                           {30, 110},
                                                                           {30, 90},
                                                                           {50, 90},
                                                                           {50, 110},
                                                                           {70, 110},
                                                                           {70, 90}})
                                                             << 10200.0 << 0;
        QTest::newRow("hole grown")
            << shape(squareWithHole) << QPolygonF({{45, 50}, {45, 30}, {55, 30}, {55, 50}})
            << 9500.0 << 1;
        QTest::newRow("hole shrunk")
            << shape(squareWithHole) << QPolygonF({{35, 45}, {50, 45}, {50, 55}, {35, 55}})
            << 9700.0 << 1;
        QTest::newRow("second part of a multipolygon")
            << shape(twoSquares) << QPolygonF({{220, 90}, {220, 120}, {260, 120}, {260, 90}})
            << 20800.0 << 0;
    }

    void reshape() {
        QFETCH(QByteArray, area);
        QFETCH(QPolygonF, line);
        QFETCH(double, expectedArea);
        QFETCH(int, holes);
        const Result<QByteArray> reshaped = area_geometry::reshape(area, points(line));
        QVERIFY2(reshaped, qPrintable(reshaped.errorMessage()));
        QVERIFY(isMultiPolygon(reshaped.value()));
        QVERIFY2(isValid(reshaped.value()), qPrintable(invalidReason(reshaped.value())));
        QVERIFY2(closeTo(areaOf(reshaped.value()), expectedArea),
                 qPrintable(QString::number(areaOf(reshaped.value()), 'f', 6)));
        QCOMPARE(holeCount(reshaped.value()), holes);
        QCOMPARE(partCount(reshaped.value()), partCount(area));
    }

    void reshapeRefuses_data() {
        QTest::addColumn<QPolygonF>("line");
        QTest::addColumn<QString>("message");

        const QString twice = QStringLiteral("at least twice");
        QTest::newRow("crossing once") << QPolygonF({{50, 120}, {50, 50}}) << twice;
        QTest::newRow("outside") << QPolygonF({{120, 0}, {120, 100}}) << twice;
        QTest::newRow("inside") << QPolygonF({{20, 20}, {80, 80}}) << twice;
        QTest::newRow("one point") << QPolygonF({{50, 120}}) << twice;
        QTest::newRow("a loop from one point of the edge")
            << QPolygonF({{50, 100}, {40, 120}, {60, 120}, {50, 100}}) << twice;
        QTest::newRow("line crossing itself") << QPolygonF({{20, 110},
                                                            {20, 60},
                                                            {50, 60},
                                                            {50, 80},
                                                            {40, 80},
                                                            {40, 50},
                                                            {60, 50},
                                                            {60, 110}})
                                              << QStringLiteral("cross itself");
    }

    void reshapeRefuses() {
        QFETCH(QPolygonF, line);
        QFETCH(QString, message);
        const Result<QByteArray> reshaped = area_geometry::reshape(shape(square), points(line));
        QVERIFY(!reshaped);
        QVERIFY2(reshaped.errorMessage().contains(message), qPrintable(reshaped.errorMessage()));
    }

    void nearestVertexAndSegment() {
        const QByteArray area = shape(squareWithHole);
        // Shell as stored: (0 0, 100 0, 100 100, 0 100); hole: (40 40, 40 60, 60 60, 60 40).
        QVERIFY(nearestVertex(area, at(100.3, 0.2), 1) == (VertexRef{0, 0, 1}));
        QVERIFY(nearestVertex(area, at(59.5, 60.5), 1) == (VertexRef{0, 1, 2}));
        QVERIFY(!nearestVertex(area, at(50, 50), 1));
        QVERIFY(!nearestVertex(QByteArray("junk"), at(0, 0), 1));

        const auto bottom = nearestSegmentPoint(area, at(50, 0.5), 1);
        QVERIFY(bottom);
        QVERIFY(bottom->first == (VertexRef{0, 0, 0}));
        QCOMPARE(bottom->second, at(50, 0));
        const auto closing = nearestSegmentPoint(area, at(-0.4, 30), 1);
        QVERIFY(closing);
        QVERIFY(closing->first == (VertexRef{0, 0, 3})); // from the last vertex back to the first
        QCOMPARE(closing->second, at(0, 30));
        const auto holeEdge = nearestSegmentPoint(area, at(59, 45), 2);
        QVERIFY(holeEdge);
        QVERIFY(holeEdge->first == (VertexRef{0, 1, 2}));
        QCOMPARE(holeEdge->second, at(60, 45));
        QVERIFY(!nearestSegmentPoint(area, at(20, 20), 1));
    }

    void vertexEdits_data() {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QByteArray>("area");
        QTest::addColumn<VertexRef>("vertex");
        QTest::addColumn<QPointF>("point"); // local metres
        QTest::addColumn<double>("expectedArea");
        QTest::addColumn<int>("shellPoints"); // closing point included
        QTest::addColumn<int>("holePoints");

        const QString move = QStringLiteral("move");
        const QString insert = QStringLiteral("insert");
        const QString remove = QStringLiteral("delete");
        QTest::newRow("move a shell vertex") << move << shape(square) << VertexRef{0, 0, 2}
                                             << QPointF(100, 150) << 12500.0 << 5 << 0;
        QTest::newRow("move the first vertex, closing point with it")
            << move << shape(square) << VertexRef{0, 0, 0} << QPointF(0, -50) << 12500.0 << 5 << 0;
        QTest::newRow("move a hole vertex") << move << shape(squareWithHole) << VertexRef{0, 1, 0}
                                            << QPointF(30, 30) << 9400.0 << 5 << 5;
        QTest::newRow("move in the second part") << move << shape(twoSquares) << VertexRef{1, 0, 1}
                                                 << QPointF(300, -100) << 25000.0 << 5 << 0;
        QTest::newRow("insert on a shell edge") << insert << shape(square) << VertexRef{0, 0, 0}
                                                << QPointF(50, -20) << 11000.0 << 6 << 0;
        QTest::newRow("insert on the closing edge") << insert << shape(square) << VertexRef{0, 0, 3}
                                                    << QPointF(-20, 50) << 11000.0 << 6 << 0;
        QTest::newRow("insert on a hole edge")
            << insert << shape(squareWithHole) << VertexRef{0, 1, 0} << QPointF(30, 50) << 9500.0
            << 5 << 6;
        QTest::newRow("delete a shell vertex")
            << remove << shape(square) << VertexRef{0, 0, 1} << QPointF() << 5000.0 << 4 << 0;
        QTest::newRow("delete the first vertex")
            << remove << shape(square) << VertexRef{0, 0, 0} << QPointF() << 5000.0 << 4 << 0;
        QTest::newRow("delete a hole vertex")
            << remove << shape(squareWithHole) << VertexRef{0, 1, 2} << QPointF() << 9800.0 << 5
            << 4;
        QTest::newRow("delete a repeated vertex")
            << remove << shape("POLYGON((0 0, 100 0, 100 0, 0 100, 0 0))") << VertexRef{0, 0, 2}
            << QPointF() << 5000.0 << 4 << 0;
    }

    void vertexEdits() {
        QFETCH(QString, edit);
        QFETCH(QByteArray, area);
        QFETCH(VertexRef, vertex);
        QFETCH(QPointF, point);
        QFETCH(double, expectedArea);
        QFETCH(int, shellPoints);
        QFETCH(int, holePoints);
        const QPointF moved = at(point.x(), point.y());
        const Result<QByteArray> edited =
            edit == QLatin1String("move")     ? moveVertex(area, vertex, moved)
            : edit == QLatin1String("insert") ? insertVertex(area, vertex, moved)
                                              : deleteVertex(area, vertex);
        QVERIFY2(edited, qPrintable(edited.errorMessage()));
        QVERIFY(isMultiPolygon(edited.value()));
        QVERIFY2(isValid(edited.value()), qPrintable(invalidReason(edited.value())));
        QVERIFY2(closeTo(areaOf(edited.value()), expectedArea),
                 qPrintable(QString::number(areaOf(edited.value()), 'f', 6)));
        const QList<QPointF> shell = ringPoints(edited.value(), vertex.part, 0);
        QCOMPARE(shell.size(), shellPoints);
        QVERIFY(exactlySame(shell.first(), shell.last()));
        if (holePoints > 0) {
            const QList<QPointF> hole = ringPoints(edited.value(), vertex.part, 1);
            QCOMPARE(hole.size(), holePoints);
            QVERIFY(exactlySame(hole.first(), hole.last()));
        }
        if (edit == QLatin1String("move")) {
            const QList<QPointF> ring = ringPoints(edited.value(), vertex.part, vertex.ring);
            QCOMPARE(ring[vertex.index], moved);
            if (vertex.index == 0)
                QCOMPARE(ring.last(), moved);
        }
        if (edit == QLatin1String("insert"))
            QCOMPARE(ringPoints(edited.value(), vertex.part, vertex.ring)[vertex.index + 1], moved);
    }

    void vertexEditsDoNotValidate() {
        // Dragging a corner across the opposite edge makes a bow tie: the editor refuses it, not
        // the vertex tool.
        const Result<QByteArray> bowTie = moveVertex(shape(square), VertexRef{0, 0, 1}, at(0, 150));
        QVERIFY(bowTie);
        QVERIFY(!isValid(bowTie.value()));
        const QList<QPointF> shell = ringPoints(bowTie.value(), 0, 0);
        QVERIFY(exactlySame(shell.first(), shell.last()));
    }

    void vertexEditsRefuse() {
        const QByteArray triangle = shape("POLYGON((0 0, 100 0, 0 100, 0 0))");
        const Result<QByteArray> tooFew = deleteVertex(triangle, VertexRef{0, 0, 1});
        QVERIFY(!tooFew);
        QVERIFY2(tooFew.errorMessage().contains(QStringLiteral("three distinct corners")),
                 qPrintable(tooFew.errorMessage()));
        const QByteArray repeated = shape("POLYGON((0 0, 100 0, 100 0, 0 100, 0 0))");
        QVERIFY(!deleteVertex(repeated, VertexRef{0, 0, 0}));
        QVERIFY(!deleteVertex(shape("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0),"
                                    "(40 40, 60 40, 50 60, 40 40))"),
                              VertexRef{0, 1, 0}));
        for (const VertexRef& missing :
             {VertexRef{1, 0, 0}, VertexRef{0, 1, 0}, VertexRef{0, 0, 4}, VertexRef{0, 0, -1}}) {
            QVERIFY(!moveVertex(shape(square), missing, at(0, 0)));
            QVERIFY(!insertVertex(shape(square), missing, at(0, 0)));
            QVERIFY(!deleteVertex(shape(square), missing));
        }
        QVERIFY(!moveVertex(QByteArray("junk"), VertexRef{0, 0, 0}, at(0, 0)));
    }

private:
    static QString invalidReason(const QByteArray& wkb) {
        const Geometry geometry = fromWkb(wkb);
        if (!geometry)
            return QStringLiteral("unreadable");
        char* reason = GEOSisValidReason_r(geos(), geometry.get());
        const QString text = QString::fromUtf8(reason);
        GEOSFree_r(geos(), reason);
        return text;
    }
};

QTEST_GUILESS_MAIN(AreaGeometryEditsTest)
#include "area_geometry_edits_test.moc"
