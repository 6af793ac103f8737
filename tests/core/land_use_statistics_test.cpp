// Statistics of land use: every figure is checked against areas computed another way on the
// same data (GDAL's own area of each feature, SQL SUM(ST_Area) through GDAL's SQLite
// dialect), on the sample district and on small layers made here.
#include "analysis/area_statistics.h"
#include "analysis/land_use_statistics.h"
#include "format_fixtures.h"
#include "gdal_environment.h"
#include "legacy_text_encoder.h"
#include "test_data.h"

#include <QMap>
#include <QRegularExpression>
#include <QtTest>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

Q_DECLARE_METATYPE(LegacyEncoding)

namespace {

constexpr double hectareTolerance = 0.01;

struct Expected {
    qint64 parcels = 0;
    double areaM2 = 0;
};
using ExpectedCells = QMap<std::pair<QString, QString>, Expected>;

GDALDatasetUniquePtr openRead(const QString& path) {
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

// GDAL's area of each feature (OGR_G_Area), added up by commune and code.
ExpectedCells areasFeatureByFeature(const QString& path, const QString& layerName,
                                    const QString& communeField, const QString& codeField) {
    ExpectedCells cells;
    GDALDatasetUniquePtr dataset = openRead(path);
    OGRLayer* layer = dataset->GetLayerByName(layerName.toUtf8().constData());
    const int commune =
        communeField.isEmpty()
            ? -1
            : layer->GetLayerDefn()->GetFieldIndex(communeField.toUtf8().constData());
    const int code = layer->GetLayerDefn()->GetFieldIndex(codeField.toUtf8().constData());
    for (const auto& feature : *layer) {
        Expected& cell =
            cells[{commune < 0 ? QString()
                               : QString::fromUtf8(feature->GetFieldAsString(commune)).trimmed(),
                   QString::fromUtf8(feature->GetFieldAsString(code)).trimmed().toUpper()}];
        ++cell.parcels;
        cell.areaM2 += OGR_G_Area(OGRGeometry::ToHandle(feature->GetGeometryRef()));
    }
    return cells;
}

// The same sums written as SQL, run by GDAL's SQLite dialect (SpatiaLite's ST_Area).
ExpectedCells areasBySql(const QString& path, const QString& layerName, const QString& communeField,
                         const QString& codeField) {
    ExpectedCells cells;
    GDALDatasetUniquePtr dataset = openRead(path);
    OGRLayer* layer = dataset->GetLayerByName(layerName.toUtf8().constData());
    const QString geometry = QString::fromUtf8(layer->GetGeometryColumn()).isEmpty()
                                 ? QStringLiteral("GEOMETRY")
                                 : QString::fromUtf8(layer->GetGeometryColumn());
    const QString sql = QStringLiteral("SELECT trim(\"%1\"), upper(trim(\"%2\")), COUNT(*), "
                                       "SUM(ST_Area(\"%3\")) FROM \"%4\" GROUP BY 1, 2")
                            .arg(communeField, codeField, geometry, layerName);
    OGRLayer* result = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, "SQLite");
    if (!result)
        qFatal("SQL failed: %s", CPLGetLastErrorMsg());
    for (const auto& row : *result)
        cells[{QString::fromUtf8(row->GetFieldAsString(0)),
               QString::fromUtf8(row->GetFieldAsString(1))}] = {row->GetFieldAsInteger64(2),
                                                                row->GetFieldAsDouble(3)};
    dataset->ReleaseResultSet(result);
    return cells;
}

LandUseStatistics compute(const QString& path, const QString& layerName,
                          std::optional<QString> communeField = std::nullopt,
                          const QString& codeField = {}) {
    LandUseStatisticsRequest request;
    request.path = path;
    request.layerName = layerName;
    request.codeField = codeField;
    request.communeField = communeField;
    const std::atomic_bool cancel{false};
    Result<LandUseStatistics> statistics = computeLandUseStatistics(request, cancel);
    if (!statistics)
        qFatal("statistics failed: %s", qPrintable(statistics.errorMessage()));
    return std::move(statistics).value();
}

void compareCells(const LandUseStatistics& statistics, const ExpectedCells& expected) {
    QCOMPARE(qsizetype(statistics.cells().size()), expected.size());
    for (const LandUseCell& cell : statistics.cells()) {
        const auto found = expected.constFind({cell.commune, cell.code});
        QVERIFY2(
            found != expected.constEnd(),
            qPrintable(QStringLiteral("unexpected cell %1 / %2").arg(cell.commune, cell.code)));
        QCOMPARE(cell.parcels, found->parcels);
        QVERIFY2(std::abs(cell.hectares() - found->areaM2 / 10000.0) < hectareTolerance,
                 qPrintable(QStringLiteral("%1 / %2: %3 ha, expected %4 ha")
                                .arg(cell.commune, cell.code)
                                .arg(cell.hectares(), 0, 'f', 4)
                                .arg(found->areaM2 / 10000.0, 0, 'f', 4)));
    }
}

// A small layer of EPSG:5897 polygons given as WKT, with a code and a commune.
QString writeLayer(const QString& path,
                   const std::vector<std::tuple<QString, QString, QString>>& rows,
                   int epsg = 5897) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference reference;
    reference.importFromEPSG(epsg);
    reference.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = dataset->CreateLayer("parcels", &reference, wkbUnknown, nullptr);
    OGRFieldDefn code("KyHieuMucDichSuDung", OFTString);
    OGRFieldDefn commune("TenXa", OFTString);
    layer->CreateField(&code);
    layer->CreateField(&commune);
    for (const auto& [wkt, codeValue, communeValue] : rows) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("KyHieuMucDichSuDung", codeValue.toUtf8().constData());
        feature.SetField("TenXa", communeValue.toUtf8().constData());
        OGRGeometry* geometry = nullptr;
        const QByteArray text = wkt.toUtf8();
        if (!wkt.isEmpty())
            OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &geometry);
        feature.SetGeometryDirectly(geometry);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            qFatal("cannot write a test feature: %s", CPLGetLastErrorMsg());
    }
    return path;
}

// Parcels of an old Shapefile whose commune names are in a legacy encoding, as bytes (no
// .cpg, no recoding): one 100 m square per commune, all LUC.
QString writeLegacyShapefile(const QString& path, const QStringList& communes,
                             LegacyEncoding encoding) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference reference;
    reference.importFromEPSG(5897);
    const char* const raw[] = {"ENCODING=", nullptr};
    OGRLayer* layer =
        dataset->CreateLayer("thua_dat", &reference, wkbPolygon, const_cast<char**>(raw));
    OGRFieldDefn code("MDSD", OFTString);
    OGRFieldDefn commune("TenXa", OFTString);
    layer->CreateField(&code);
    layer->CreateField(&commune);
    double x = 566000;
    for (const QString& name : communes) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("MDSD", "LUC");
        feature.SetField("TenXa", encodeLegacyText(name, encoding).constData());
        OGRGeometry* square = nullptr;
        const QByteArray wkt = QStringLiteral("POLYGON((%1 1154000,%2 1154000,%2 1154100,%1 "
                                              "1154100,%1 1154000))")
                                   .arg(x, 0, 'f', 0)
                                   .arg(x + 100, 0, 'f', 0)
                                   .toUtf8();
        OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &square);
        feature.SetGeometryDirectly(square);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            qFatal("cannot write a test feature: %s", CPLGetLastErrorMsg());
        x += 200;
    }
    return path;
}

// The WKT moved to the sample district (x + 566 000 m, y + 1 154 000 m).
QString awayFromOrigin(const QString& wkt) {
    static const QRegularExpression pair(QStringLiteral("(-?[0-9.]+) (-?[0-9.]+)"));
    QString moved;
    qsizetype last = 0;
    for (auto it = pair.globalMatch(wkt); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        moved += wkt.mid(last, match.capturedStart() - last);
        moved += QStringLiteral("%1 %2")
                     .arg(match.captured(1).toDouble() + 566000.0, 0, 'f', 3)
                     .arg(match.captured(2).toDouble() + 1154000.0, 0, 'f', 3);
        last = match.capturedEnd();
    }
    return moved + wkt.mid(last);
}

} // namespace

class LandUseStatisticsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_sample;
    int m_serial = 0;

    QString newPath(const char* suffix = ".gpkg") {
        return m_directory.filePath(
            QStringLiteral("t%1%2").arg(++m_serial).arg(QLatin1String(suffix)));
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        QVERIFY(m_directory.isValid());
        m_sample = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
    }

    void cellsMatchGdalAreaOfEachFeature_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("communeField");
        QTest::addColumn<QString>("codeField");
        QTest::newRow("cadastral parcels (GeoPackage)") << "cao-lanh-sample.gpkg"
                                                        << "cadastral_parcels"
                                                        << "TenXa"
                                                        << "KyHieuMucDichSuDung";
        QTest::newRow("land-use map, no commune field") << "cao-lanh-sample.gpkg"
                                                        << "land_use"
                                                        << ""
                                                        << "MDSD";
        QTest::newRow("cadastral parcels (Shapefile)") << "shapefile"
                                                       << "cadastral_parcels"
                                                       << "TenXa"
                                                       << "MDSD";
    }
    void cellsMatchGdalAreaOfEachFeature() {
        QFETCH(QString, file);
        QFETCH(QString, layer);
        QFETCH(QString, communeField);
        QFETCH(QString, codeField);
        QString path = copySample(file, m_directory);
        if (QFileInfo(path).isDir())
            path = QDir(path).filePath(layer + QStringLiteral(".shp"));
        const LandUseStatistics statistics = compute(path, layer);
        QCOMPARE(statistics.codeField(), codeField);
        QCOMPARE(statistics.communeField(), communeField);
        compareCells(statistics, areasFeatureByFeature(path, layer, communeField, codeField));
    }

    void cellsMatchSqlSumOfStArea() {
        const LandUseStatistics statistics = compute(m_sample, QStringLiteral("cadastral_parcels"));
        compareCells(statistics,
                     areasBySql(m_sample, QStringLiteral("cadastral_parcels"),
                                QStringLiteral("TenXa"), QStringLiteral("KyHieuMucDichSuDung")));
        QCOMPARE(statistics.totalParcels(), 3000);
        QCOMPARE(statistics.source().measuringCrs.authId(), QStringLiteral("EPSG:5897"));
        QCOMPARE(statistics.source().unmeasured, 0);
    }

    void sharesAddUpToHundred() {
        const LandUseStatistics statistics = compute(m_sample, QStringLiteral("cadastral_parcels"));
        const auto sumOfShares = [](const StatisticsTable& table, const QString& commune = {}) {
            const int share = table.columnOf(QStringLiteral("share_pct"));
            const int communeColumn = table.columnOf(QStringLiteral("commune"));
            double sum = 0;
            for (const QVariantList& row : table.rows) {
                if (commune.isEmpty() || row.value(communeColumn).toString() == commune)
                    sum += row.value(share).toDouble();
            }
            return sum;
        };
        QVERIFY(std::abs(sumOfShares(statistics.codeTable()) - 100.0) < 1e-9);
        QVERIFY(std::abs(sumOfShares(statistics.communeTotalsTable()) - 100.0) < 1e-9);
        QVERIFY(statistics.communes().size() >= 5);
        for (const QString& commune : statistics.communes()) {
            QVERIFY2(std::abs(sumOfShares(statistics.codeTable(commune)) - 100.0) < 1e-9,
                     qPrintable(commune));
            QVERIFY2(std::abs(sumOfShares(statistics.communeTable(), commune) - 100.0) < 1e-9,
                     qPrintable(commune));
        }
    }

    void communeFilterKeepsThatCommuneOnly() {
        const LandUseStatistics statistics = compute(m_sample, QStringLiteral("cadastral_parcels"));
        const QString commune = QStringLiteral("Mỹ Ngãi");
        QVERIFY(statistics.communes().contains(commune));
        const ExpectedCells all =
            areasFeatureByFeature(m_sample, QStringLiteral("cadastral_parcels"),
                                  QStringLiteral("TenXa"), QStringLiteral("KyHieuMucDichSuDung"));
        double expectedM2 = 0;
        qint64 expectedParcels = 0;
        QStringList expectedCodes;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.key().first == commune) {
                expectedM2 += it->areaM2;
                expectedParcels += it->parcels;
                expectedCodes << it.key().second;
            }
        }
        const StatisticsTable byCode = statistics.codeTable(commune);
        QCOMPARE(qsizetype(byCode.rows.size()), expectedCodes.size());
        QStringList codes;
        for (const QVariantList& row : byCode.rows)
            codes << row.value(byCode.columnOf(QStringLiteral("code"))).toString();
        expectedCodes.sort();
        QCOMPARE(codes, expectedCodes);
        QCOMPARE(byCode.totals.value(byCode.columnOf(QStringLiteral("parcels"))).toLongLong(),
                 expectedParcels);
        QVERIFY(
            std::abs(byCode.totals.value(byCode.columnOf(QStringLiteral("area_ha"))).toDouble() -
                     expectedM2 / 10000.0) < hectareTolerance);
        const StatisticsTable byCommune = statistics.communeTable(commune);
        for (const QVariantList& row : byCommune.rows)
            QCOMPARE(row.value(byCommune.columnOf(QStringLiteral("commune"))).toString(), commune);
        QCOMPARE(byCommune.rows.size(), byCode.rows.size());
        QVERIFY(statistics.totalAreaM2(commune) < statistics.totalAreaM2());
    }

    // Degrees have no area: a geographic copy is measured in its VN-2000 zone and must agree
    // with the projected original.
    void geographicLayerMeasuresLikeItsProjectedCopy_data() {
        QTest::addColumn<QString>("targetCrs");
        QTest::addColumn<QString>("format");
        QTest::newRow("VN-2000 geographic, GeoPackage") << "EPSG:4756"
                                                        << "GPKG";
        QTest::newRow("WGS 84, GeoJSON") << "EPSG:4326"
                                         << "GeoJSON";
    }
    void geographicLayerMeasuresLikeItsProjectedCopy() {
        QFETCH(QString, targetCrs);
        QFETCH(QString, format);
        const QString copy = translateVector(
            m_sample, newPath(format == QLatin1String("GPKG") ? ".gpkg" : ".geojson"),
            {QStringLiteral("-f"), format, QStringLiteral("-t_srs"), targetCrs,
             QStringLiteral("-nln"), QStringLiteral("cadastral_parcels"),
             QStringLiteral("cadastral_parcels")});
        QVERIFY(!copy.isEmpty());
        const LandUseStatistics projected = compute(m_sample, QStringLiteral("cadastral_parcels"));
        const LandUseStatistics geographic = compute(copy, QStringLiteral("cadastral_parcels"));
        QVERIFY(geographic.source().layerCrs.isGeographic());
        QVERIFY(!geographic.source().measuringCrs.isGeographic());
        QVERIFY2(geographic.source().measuringCrs.name().startsWith(QLatin1String("VN-2000")),
                 qPrintable(geographic.source().measuringCrs.name()));
        QCOMPARE(geographic.cells().size(), projected.cells().size());
        for (size_t i = 0; i < projected.cells().size(); ++i) {
            const LandUseCell& a = projected.cells()[i];
            const LandUseCell& b = geographic.cells()[i];
            QCOMPARE(b.commune, a.commune);
            QCOMPARE(b.code, a.code);
            QCOMPARE(b.parcels, a.parcels);
            QVERIFY2(std::abs(b.areaM2 - a.areaM2) <= 0.001 * a.areaM2,
                     qPrintable(QStringLiteral("%1 %2: %3 m² against %4 m²")
                                    .arg(a.commune, a.code)
                                    .arg(b.areaM2)
                                    .arg(a.areaM2)));
        }
        QVERIFY(std::abs(geographic.totalAreaM2() - projected.totalAreaM2()) <=
                0.001 * projected.totalAreaM2());
    }

    // Repaired, holed, multi-part and curved shapes, whose areas are known by hand.
    void shapesAreMeasuredAsTheyLook_data() {
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<double>("expectedM2");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("square") << "POLYGON((0 0,20 0,20 30,0 30,0 0))" << 600.0 << 1e-6;
        QTest::newRow("clockwise, not closed") << "POLYGON((0 0,0 30,20 30,20 0))" << 600.0 << 1e-6;
        QTest::newRow("bow tie: both lobes count")
            << "POLYGON((0 0,20 20,20 0,0 20,0 0))" << 200.0 << 1e-6;
        QTest::newRow("figure eight through one corner")
            << "POLYGON((0 0,10 10,20 0,20 20,10 10,0 20,0 0))" << 200.0 << 1e-6;
        QTest::newRow("with a hole")
            << "POLYGON((0 0,100 0,100 100,0 100,0 0),(40 40,60 40,60 60,40 60,40 40))" << 9600.0
            << 1e-6;
        QTest::newRow("two parts")
            << "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((20 0,50 0,50 30,20 30,20 0)))" << 1000.0
            << 1e-6;
        QTest::newRow("circle of radius 10 m (curve)")
            << "CURVEPOLYGON(CIRCULARSTRING(0 0,20 0,0 0))" << M_PI * 100.0 << 0.5;
        QTest::newRow("a point has no area") << "POINT(5 5)" << 0.0 << 0.0;
    }
    void shapesAreMeasuredAsTheyLook() {
        QFETCH(QString, wkt);
        QFETCH(double, expectedM2);
        QFETCH(double, tolerance);
        // Far from the origin, as VN-2000 coordinates are: precision matters there.
        const QString placed = awayFromOrigin(wkt);
        const QString path =
            writeLayer(newPath(), {{placed, QStringLiteral("LUC"), QStringLiteral("X")}});
        const LandUseStatistics statistics = compute(path, QStringLiteral("parcels"));
        QCOMPARE(statistics.cells().size(), size_t(1));
        QVERIFY2(std::abs(statistics.cells()[0].areaM2 - expectedM2) <= tolerance,
                 qPrintable(QStringLiteral("%1 m²").arg(statistics.cells()[0].areaM2, 0, 'f', 6)));
        QCOMPARE(statistics.cells()[0].parcels, 1);
    }

    // Officials type codes in any case and with stray spaces; the same code is one row.
    void codesAndCommunesAreComparedAsOfficialsMeanThem() {
        const QString square = QStringLiteral("POLYGON((0 0,100 0,100 100,0 100,0 0))");
        const QString path =
            writeLayer(newPath(), {{square, QStringLiteral("LUC"), QStringLiteral("Hòa An")},
                                   {square, QStringLiteral(" luc "), QStringLiteral("Hòa An ")},
                                   {square, QStringLiteral("CLN"), QStringLiteral("Hòa An")},
                                   {square, QString(), QString()},
                                   {QString(), QStringLiteral("CLN"), QStringLiteral("Hòa An")}});
        const LandUseStatistics statistics = compute(path, QStringLiteral("parcels"));
        QCOMPARE(statistics.communes(), (QStringList{QString(), QStringLiteral("Hòa An")}));
        const std::vector<LandUseCell> codes = statistics.byCode(QStringLiteral("Hòa An"));
        QCOMPARE(codes.size(), size_t(2));
        QCOMPARE(codes[0].code, QStringLiteral("CLN"));
        QCOMPARE(codes[0].parcels, 2); // one without a geometry: counted, no area
        QCOMPARE(codes[0].areaM2, 10000.0);
        QCOMPARE(codes[1].code, QStringLiteral("LUC"));
        QCOMPARE(codes[1].parcels, 2);
        QCOMPARE(codes[1].areaM2, 20000.0);
        QCOMPARE(statistics.source().unmeasured, 1);
        const StatisticsTable table = statistics.communeTable();
        QCOMPARE(table.rows.front().value(0).toString(), noCommuneText());
        QCOMPARE(table.rows.front().value(1).toString(), noCodeText());
    }

    // Commune names typed in TCVN3 or VNI fonts are read as the map reads them: in Unicode.
    void legacyCommuneNamesAreDecoded_data() {
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::newRow("TCVN3") << LegacyEncoding::Tcvn3;
        QTest::newRow("VNI") << LegacyEncoding::Vni;
    }
    void legacyCommuneNamesAreDecoded() {
        QFETCH(LegacyEncoding, encoding);
        const QStringList communes = {QStringLiteral("Tân Thuận Tây"), QStringLiteral("Mỹ Ngãi"),
                                      QStringLiteral("Đồng Tháp"),
                                      QStringLiteral("Bình Hàng Trung")};
        const QString path = writeLegacyShapefile(newPath(".shp"), communes, encoding);
        const LandUseStatistics statistics = compute(path, QString()); // its only layer
        QCOMPARE(statistics.communeField(), QStringLiteral("TenXa"));
        QStringList read = statistics.communes();
        QStringList expected = communes;
        read.sort();
        expected.sort();
        QCOMPARE(read, expected);
        QCOMPARE(statistics.byCode(QStringLiteral("Đồng Tháp")).size(), size_t(1));
        QCOMPARE(statistics.totalParcels(), 4);
    }

    // The user's choice for the file (layer tree ▸ Text encoding) wins over the detection.
    void chosenTextEncodingOverridesDetection() {
        const QStringList communes = {QStringLiteral("Tân Thuận Tây"), QStringLiteral("Đồng Tháp")};
        const QString path = writeLegacyShapefile(newPath(".shp"), communes, LegacyEncoding::Vni);
        const auto communesRead = [&path](TextEncodingChoice choice) {
            LandUseStatisticsRequest request;
            request.path = path;
            request.textEncoding = choice;
            const std::atomic_bool cancel{false};
            Result<LandUseStatistics> statistics = computeLandUseStatistics(request, cancel);
            if (!statistics)
                qFatal("statistics failed: %s", qPrintable(statistics.errorMessage()));
            QStringList read = statistics->communes();
            read.sort();
            return read;
        };
        QStringList expected = communes;
        expected.sort();
        QCOMPARE(communesRead(TextEncodingChoice::Vni), expected);
        QCOMPARE(communesRead(TextEncodingChoice::Auto), expected);
        // Read as Unicode, the VNI bytes are not Vietnamese letters.
        const QStringList asUnicode = communesRead(TextEncodingChoice::Unicode);
        QCOMPARE(asUnicode.size(), 2);
        QVERIFY(!asUnicode.contains(QStringLiteral("Đồng Tháp")));
    }

    void chosenFieldsOverrideDetection() {
        // Grouped by the commune code (MaXa) instead of the name, and no commune at all.
        const LandUseStatistics byCode =
            compute(m_sample, QStringLiteral("cadastral_parcels"), QStringLiteral("MaXa"));
        QCOMPARE(byCode.communeField(), QStringLiteral("MaXa"));
        const LandUseStatistics byName = compute(m_sample, QStringLiteral("cadastral_parcels"));
        QCOMPARE(byCode.communes().size(), byName.communes().size());
        const LandUseStatistics none =
            compute(m_sample, QStringLiteral("cadastral_parcels"), QString());
        QCOMPARE(none.communes(), QStringList{QString()});
        QVERIFY(std::abs(none.totalAreaM2() - byName.totalAreaM2()) < 1e-6);
    }

    // Fields the columnar stream does not carry (a date here) go feature by feature, with the
    // same sums.
    void featureByFeatureReadingAgreesWithColumns() {
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
        const std::atomic_bool cancel{false};
        AreaStatisticsRequest columns;
        columns.path = project;
        columns.layerName = QStringLiteral("production_areas");
        columns.groupFields = {QStringLiteral("status")};
        columns.sumField = QStringLiteral("households");
        AreaStatisticsRequest features = columns;
        features.groupFields = {QStringLiteral("status"), QStringLiteral("valid_to")};
        const Result<AreaStatistics> a = computeAreaStatistics(columns, cancel);
        const Result<AreaStatistics> b = computeAreaStatistics(features, cancel);
        QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
        QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
        QCOMPARE(b->features, a->features);
        QVERIFY(std::abs(b->totalAreaM2 - a->totalAreaM2) < 1e-6);
        double householdsA = 0, householdsB = 0;
        for (const AreaGroup& group : a->groups)
            householdsA += group.sum;
        for (const AreaGroup& group : b->groups)
            householdsB += group.sum;
        QCOMPARE(householdsB, householdsA);
        QVERIFY(b->groups.size() > a->groups.size());
    }

    void layerWithoutCodeFieldIsRefused() {
        LandUseStatisticsRequest request;
        request.path = m_sample;
        request.layerName = QStringLiteral("communes");
        const std::atomic_bool cancel{false};
        const Result<LandUseStatistics> statistics = computeLandUseStatistics(request, cancel);
        QVERIFY(!statistics.ok());
        QVERIFY2(statistics.errorMessage().contains(QLatin1String("land-use code field")),
                 qPrintable(statistics.errorMessage()));
        request.layerName = QStringLiteral("cadastral_parcels");
        request.codeField = QStringLiteral("NoSuchField");
        const Result<LandUseStatistics> missing = computeLandUseStatistics(request, cancel);
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QLatin1String("NoSuchField")));
        request.path = m_directory.filePath(QStringLiteral("missing.gpkg"));
        const Result<LandUseStatistics> absent = computeLandUseStatistics(request, cancel);
        QVERIFY(!absent.ok());
        QVERIFY(absent.errorMessage().contains(QLatin1String("missing.gpkg")));
    }

    void cancelStopsAndProgressReachesTheEnd() {
        LandUseStatisticsRequest request;
        request.path = m_sample;
        request.layerName = QStringLiteral("cadastral_parcels");
        std::atomic_bool cancel{true};
        const Result<LandUseStatistics> cancelled = computeLandUseStatistics(request, cancel);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.errorMessage().contains(QLatin1String("cancelled")));
        cancel = false;
        QList<int> percents;
        const Result<LandUseStatistics> done =
            computeLandUseStatistics(request, cancel, [&](int percent) { percents << percent; });
        QVERIFY(done.ok());
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.constLast(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    }
};

QTEST_GUILESS_MAIN(LandUseStatisticsTest)
#include "land_use_statistics_test.moc"
