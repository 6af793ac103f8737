#include "coordinate_transformer.h"

#include <QtTest>
#include <cmath>

using agrimap::CoordinateTransformer;
using agrimap::Crs;

namespace {

constexpr double a = 6378137.0; // VN-2000 uses the WGS 84 ellipsoid
constexpr double f = 1.0 / 298.257223563;
constexpr double e2 = f * (2 - f);
constexpr double arcSecond = M_PI / (180.0 * 3600.0);

struct Ecef {
    double x, y, z;
};

Ecef toEcef(double lonDeg, double latDeg) {
    const double lon = lonDeg * M_PI / 180, lat = latDeg * M_PI / 180;
    const double n = a / std::sqrt(1 - e2 * std::sin(lat) * std::sin(lat));
    return {n * std::cos(lat) * std::cos(lon), n * std::cos(lat) * std::sin(lon),
            n * (1 - e2) * std::sin(lat)};
}

QPointF toGeodetic(const Ecef& p) {
    const double lon = std::atan2(p.y, p.x);
    const double r = std::hypot(p.x, p.y);
    double lat = std::atan2(p.z, r * (1 - e2));
    for (int i = 0; i < 10; ++i) {
        const double n = a / std::sqrt(1 - e2 * std::sin(lat) * std::sin(lat));
        const double h = r / std::cos(lat) - n;
        lat = std::atan2(p.z, r * (1 - e2 * n / (n + h)));
    }
    return {lon * 180 / M_PI, lat * 180 / M_PI};
}

// EPSG:6960 "VN-2000 to WGS 84 (2)", Coordinate Frame rotation, as DOMAIN.md lists it.
QPointF vn2000ToWgs84ByHand(double lon, double lat) {
    const double tx = -191.90441429, ty = -39.30318279, tz = -111.45032835;
    const double rx = -0.00928836 * arcSecond, ry = 0.01975479 * arcSecond,
                 rz = -0.00427372 * arcSecond;
    const double s = 1 + 0.252906278e-6;
    const Ecef p = toEcef(lon, lat);
    const Ecef q{tx + s * (p.x + rz * p.y - ry * p.z), ty + s * (-rz * p.x + p.y + rx * p.z),
                 tz + s * (ry * p.x - rx * p.y + p.z)};
    return toGeodetic(q);
}

} // namespace

class CoordinateTransformerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void centralMeridianOfZone482() {
        // On the central meridian x is the false easting; y is 0.9999 × the meridian arc
        // (1 105 854.833 m from the equator to 10° N on the WGS 84 ellipsoid).
        CoordinateTransformer toZone(Crs::fromEpsg(4756), Crs::fromEpsg(5897));
        QVERIFY2(toZone.isValid(), qPrintable(toZone.errorMessage()));
        const QPointF projected = toZone.transform(QPointF(105.0, 10.0));
        QVERIFY(qAbs(projected.x() - 500000.0) < 0.01);
        QVERIFY2(qAbs(projected.y() - 1105854.833 * 0.9999) < 0.01,
                 qPrintable(QString::number(projected.y(), 'f', 4)));
    }

    void axisOrderIsLongitudeFirst() {
        CoordinateTransformer toWgs84(Crs::fromEpsg(5897), Crs::fromEpsg(4326));
        const QPointF lonLat = toWgs84.transform(QPointF(568000, 1156000));
        QVERIFY2(lonLat.x() > 105 && lonLat.x() < 106, qPrintable(QString::number(lonLat.x())));
        QVERIFY2(lonLat.y() > 10 && lonLat.y() < 11, qPrintable(QString::number(lonLat.y())));
    }

    void datumShiftIsTheEpsgOperation_data() {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("Cao Lãnh") << 105.6321 << 10.4602;
        QTest::newRow("Mỹ Tho") << 106.3546 << 10.3600;
        QTest::newRow("Hà Nội") << 105.8342 << 21.0278;
    }
    void datumShiftIsTheEpsgOperation() {
        QFETCH(double, lon);
        QFETCH(double, lat);
        CoordinateTransformer transformer(Crs::fromEpsg(4756), Crs::fromEpsg(4326));
        const QPointF byProj = transformer.transform(QPointF(lon, lat));
        const QPointF byHand = vn2000ToWgs84ByHand(lon, lat);
        const double metresPerDegree = 111320.0;
        const double dx = (byProj.x() - byHand.x()) * metresPerDegree * std::cos(lat * M_PI / 180);
        const double dy = (byProj.y() - byHand.y()) * metresPerDegree;
        QVERIFY2(std::hypot(dx, dy) < 0.01, qPrintable(QStringLiteral("%1 m apart; PROJ used %2")
                                                           .arg(std::hypot(dx, dy))
                                                           .arg(transformer.operationName())));
        // And the shift is real (hundreds of metres), not an identity.
        QVERIFY(std::hypot(byProj.x() - lon, byProj.y() - lat) * metresPerDegree > 50);
    }

    void zonesAgreeThroughGeographic_data() {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("Cao Lãnh") << 568000.0 << 1156000.0;
        QTest::newRow("east edge") << 640000.0 << 1140000.0;
    }
    void zonesAgreeThroughGeographic() {
        QFETCH(double, x);
        QFETCH(double, y);
        CoordinateTransformer direct(Crs::fromEpsg(5897), Crs::fromEpsg(9210));
        CoordinateTransformer toGeographic(Crs::fromEpsg(5897), Crs::fromEpsg(4756));
        CoordinateTransformer fromGeographic(Crs::fromEpsg(4756), Crs::fromEpsg(9210));
        const QPointF once = direct.transform(QPointF(x, y));
        const QPointF twice = fromGeographic.transform(toGeographic.transform(QPointF(x, y)));
        QVERIFY(std::hypot(once.x() - twice.x(), once.y() - twice.y()) < 0.01);
        // 45′ of longitude apart: the same point lies tens of kilometres west in zone 105-45.
        QVERIFY(x - once.x() > 70000 && x - once.x() < 90000);
    }

    void roundTripKeepsCentimetres() {
        CoordinateTransformer transformer(Crs::fromEpsg(5897), Crs::fromEpsg(4326));
        double xy[4] = {568000, 1156000, 575123.45, 1160987.65};
        const double original[4] = {xy[0], xy[1], xy[2], xy[3]};
        QCOMPARE(transformer.transformInPlace(xy, 2), size_t(0));
        transformer.transformInPlace(xy, 2, true);
        for (int i = 0; i < 4; ++i)
            QVERIFY(qAbs(xy[i] - original[i]) < 0.01);
    }

    void boundsAndIdentity() {
        CoordinateTransformer same(Crs::fromEpsg(5897), Crs::fromEpsg(5897));
        QVERIFY(same.isIdentity());
        CoordinateTransformer transformer(Crs::fromEpsg(5897), Crs::fromEpsg(4326));
        const QRectF bounds = transformer.transformBounds(QRectF(560000, 1150000, 15000, 10000));
        QVERIFY(bounds.left() > 105.5 && bounds.right() < 105.8);
        QVERIFY(bounds.top() > 10.3 && bounds.bottom() < 10.6);
    }

    void invalidCrsIsReported() {
        CoordinateTransformer transformer(Crs(), Crs::fromEpsg(4326));
        QVERIFY(!transformer.isValid());
        QVERIFY(!transformer.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(CoordinateTransformerTest)
#include "coordinate_transformer_test.moc"
