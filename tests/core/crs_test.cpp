#include "crs.h"
#include "vn2000_crs_catalog.h"

#include <QtTest>

using agrimap::Crs;

class CrsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownCodes_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("authId");
        QTest::addColumn<QString>("nameContains");
        QTest::addColumn<bool>("geographic");
        QTest::newRow("TM-3 zone 482") << "EPSG:5897"
                                       << "EPSG:5897"
                                       << "TM-3 zone 482" << false;
        QTest::newRow("TM-3 105-45") << "epsg:9210"
                                     << "EPSG:9210"
                                     << "105-45" << false;
        QTest::newRow("bare number") << "5897"
                                     << "EPSG:5897"
                                     << "VN-2000" << false;
        QTest::newRow("VN-2000 geographic") << "EPSG:4756"
                                            << "EPSG:4756"
                                            << "VN-2000" << true;
        QTest::newRow("WGS 84") << "EPSG:4326"
                                << "EPSG:4326"
                                << "WGS 84" << true;
    }
    void knownCodes() {
        QFETCH(QString, input);
        QFETCH(QString, authId);
        QFETCH(QString, nameContains);
        QFETCH(bool, geographic);
        const Crs crs = Crs::fromUserInput(input);
        QVERIFY(crs.isValid());
        QCOMPARE(crs.authId(), authId);
        QVERIFY2(crs.name().contains(nameContains), qPrintable(crs.name()));
        QCOMPARE(crs.isGeographic(), geographic);
        if (geographic)
            QVERIFY(qAbs(crs.metresPerUnit() - 111319.49) < 1.0);
        else
            QCOMPARE(crs.metresPerUnit(), 1.0);
    }

    void rejectsNonsense_data() {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "not a crs";
        QTest::newRow("unknown code") << "EPSG:999999";
        QTest::newRow("an ellipsoid, not a CRS") << "EPSG:7030";
    }
    void rejectsNonsense() {
        QFETCH(QString, input);
        QVERIFY(!Crs::fromUserInput(input).isValid());
    }

    void wktWithoutCodeIsIdentified() {
        // Shapefile .prj files carry ESRI-style WKT without an EPSG code.
        const Crs fromCode = Crs::fromEpsg(5897);
        const QString wkt = QStringLiteral(
            "PROJCS[\"VN_2000_TM_3_zone_482\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\","
            "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
            "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
            "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            "PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Scale_Factor\",0.9999],"
            "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
        const Crs fromWkt = Crs::fromUserInput(wkt);
        QVERIFY(fromWkt.isValid());
        QVERIFY(!fromWkt.isGeographic());
        QVERIFY2(fromWkt.authId().isEmpty() || fromWkt.authId() == fromCode.authId(),
                 qPrintable(fromWkt.authId()));
    }

    void preferredListPutsMekongZonesFirst() {
        const QList<int> codes = agrimap::preferredEpsgCodes();
        QCOMPARE(codes.value(0), 5897);
        QCOMPARE(codes.value(1), 9210);
        QVERIFY(codes.contains(4326));
        for (int code : codes)
            QVERIFY2(Crs::fromEpsg(code).isValid(), qPrintable(QString::number(code)));
    }
};

QTEST_GUILESS_MAIN(CrsTest)
#include "crs_test.moc"
