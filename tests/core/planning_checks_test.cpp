// The planning checks on planted cases: growing areas on non-agricultural land, parcel codes
// against the land-use map, and two land-use layers in different VN-2000 zones compared.

#include "editing/project_store.h"
#include "format_fixtures.h"
#include "planning/land_use_codes.h"
#include "planning/land_use_comparison.h"
#include "planning/non_agricultural_check.h"
#include "planning/parcel_code_check.h"
#include "planning/planning_settings.h"
#include "planning_fixtures.h"

#include <QtTest>
#include <geos_c.h>
#include <random>

using namespace agrimap;
using namespace agrimap::planning;
using agrimap::testing::boxWkt;
using agrimap::testing::PlantedPolygon;
using agrimap::testing::writePlantedLayer;

namespace {

constexpr double originX = 566000; // inside the sample district (EPSG:5897)
constexpr double originY = 1154000;

PolygonSource source(const QString& path, const char* layer, const char* codeField,
                     QStringList labels = {}) {
    PolygonSource source;
    source.path = path;
    source.layerName = QLatin1String(layer);
    source.codeField = QLatin1String(codeField);
    source.labelFields = std::move(labels);
    return source;
}

// The area of a WKB geometry, measured by GEOS itself.
double areaOfWkb(const QByteArray& wkb) {
    GEOSContextHandle_t context = GEOS_init_r();
    GEOSWKBReader* reader = GEOSWKBReader_create_r(context);
    GEOSGeometry* geometry = GEOSWKBReader_read_r(
        context, reader, reinterpret_cast<const unsigned char*>(wkb.constData()), wkb.size());
    double area = -1;
    if (geometry)
        GEOSArea_r(context, geometry, &area);
    GEOSGeom_destroy_r(context, geometry);
    GEOSWKBReader_destroy_r(context, reader);
    GEOS_finish_r(context);
    return area;
}

qint64 featureCount(const QString& path, const char* layer) {
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
    OGRLayer* table = dataset ? dataset->GetLayerByName(layer) : nullptr;
    return table ? table->GetFeatureCount() : -1;
}

} // namespace

class PlanningChecksTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codes_data();
    void codes();
    void areaHalfOnResidentialLand();
    void agriculturalListDecides();
    void parcelCodeMismatch_data();
    void parcelCodeMismatch();
    void comparisonAcrossZones();
    void matrixSumsToComparedArea();
    void cancelStopsTheOverlay();
    void findingLayerAndMatrixFiles();
    void agriculturalListKeptInProject();

private:
    QTemporaryDir m_dir;
};

void PlanningChecksTest::codes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("agricultural");
    QTest::newRow("rice") << "LUC" << true;
    QTest::newRow("lower case, spaces") << " luk " << true;
    QTest::newRow("old annual crops code") << "BHK" << true;
    QTest::newRow("urban residential") << "ODT" << false;
    QTest::newRow("mixed with residential") << "LUC+ONT" << false;
    QTest::newRow("mixed agricultural") << "LUC+NTS" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("unknown legacy code") << "XYZ" << false;
}

void PlanningChecksTest::codes() {
    QFETCH(QString, code);
    QFETCH(bool, agricultural);
    QCOMPARE(AgriculturalCodes().isAgricultural(code), agricultural);
    QVERIFY(landUseCodesAgree(QStringLiteral("LUA"), QStringLiteral("LUC")));
    QVERIFY(landUseCodesAgree(QStringLiteral("LUC+ONT"), QStringLiteral("ONT")));
    QVERIFY(!landUseCodesAgree(QStringLiteral("LUA"), QStringLiteral("CLN")));
}

// A 1 ha growing area, the western half on rice land, the eastern half on urban residential
// land: one piece of 0.5 ha. A second area wholly on perennial crops: nothing.
void PlanningChecksTest::areaHalfOnResidentialLand() {
    const QString path = m_dir.filePath(QStringLiteral("half.gpkg"));
    QVERIFY(writePlantedLayer(
        path, "land_use", 5897, "MDSD",
        {{boxWkt(originX - 200, originY - 100, originX + 50, originY + 200), "LUA"},
         {boxWkt(originX + 50, originY - 100, originX + 300, originY + 200), "ODT"},
         {boxWkt(originX + 400, originY, originX + 600, originY + 200), "CLN"}}));
    QVERIFY(writePlantedLayer(
        path, "areas", 5897, "code",
        {{boxWkt(originX, originY, originX + 100, originY + 100), "VN-DTOR-0001"},
         {boxWkt(originX + 450, originY + 50, originX + 550, originY + 150), "VN-DTOR-0002"}}));
    NonAgriculturalParameters parameters;
    parameters.growingAreas = source(path, "areas", "code");
    parameters.growingAreas.labelFields = {QStringLiteral("code")};
    parameters.landUse = source(path, "land_use", "MDSD");
    Result<NonAgriculturalResult> result = NonAgriculturalCheck::run(parameters);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->areasChecked, 2);
    QCOMPARE(result->pieces.size(), size_t(1));
    const NonAgriculturalPiece& piece = result->pieces.front();
    QCOMPARE(piece.areaLabel, QStringLiteral("VN-DTOR-0001"));
    QCOMPARE(piece.landUseCode, QStringLiteral("ODT"));
    QVERIFY(qAbs(piece.overlapHa() - 0.5) < 1e-9);
    QVERIFY(qAbs(areaOfWkb(piece.wkb) - 5000.0) < 1e-6);
    QVERIFY(qAbs(piece.extent.left() - (originX + 50)) < 1e-6);
    QVERIFY(qAbs(piece.extent.right() - (originX + 100)) < 1e-6);
    const FindingTable table = result->table();
    QCOMPARE(table.size(), size_t(1));
    QCOMPARE(table.rows.front().at(2).toString(), QStringLiteral("ODT"));
}

// The list is the project's to edit: with ODT counted as agricultural, nothing is found;
// a mixed code with residential land is found.
void PlanningChecksTest::agriculturalListDecides() {
    const QString path = m_dir.filePath(QStringLiteral("list.gpkg"));
    QVERIFY(writePlantedLayer(
        path, "land_use", 5897, "MDSD",
        {{boxWkt(originX, originY, originX + 100, originY + 100), "ODT"},
         {boxWkt(originX + 100, originY, originX + 200, originY + 100), "LUC+ONT"}}));
    QVERIFY(writePlantedLayer(
        path, "areas", 5897, "code",
        {{boxWkt(originX + 80, originY + 10, originX + 120, originY + 60), "A"}}));
    NonAgriculturalParameters parameters;
    parameters.growingAreas = source(path, "areas", "code");
    parameters.landUse = source(path, "land_use", "MDSD");
    parameters.agriculturalCodes = defaultAgriculturalCodes() << QStringLiteral("ODT");
    Result<NonAgriculturalResult> result = NonAgriculturalCheck::run(parameters);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->pieces.size(), size_t(1));
    QCOMPARE(result->pieces.front().landUseCode, QStringLiteral("LUC+ONT"));
    QVERIFY(qAbs(result->pieces.front().overlapM2 - 20.0 * 50.0) < 1e-6);
}

void PlanningChecksTest::parcelCodeMismatch_data() {
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<double>("intoClnMetres"); // how far the 100 m parcel reaches into CLN
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<bool>("reported");
    QTest::newRow("LUA, 20 m on CLN, 100 m² threshold") << "LUA" << 20.0 << 100.0 << false << true;
    QTest::newRow("LUA, 0.5 m on CLN, 100 m² threshold") << "LUA" << 0.5 << 100.0 << false << false;
    QTest::newRow("LUA, 20 m on CLN, 10 % threshold") << "LUA" << 20.0 << 10.0 << true << true;
    QTest::newRow("LUA, 5 m on CLN, 10 % threshold") << "LUA" << 5.0 << 10.0 << true << false;
    QTest::newRow("LUA wholly on CLN") << "LUA" << 100.0 << 100.0 << false << true;
    QTest::newRow("CLN wholly on CLN") << "CLN" << 100.0 << 100.0 << false << false;
    QTest::newRow("LUC on LUA land, 0 m on CLN") << "LUC" << 0.0 << 1.0 << false << false;
}

// A parcel of 100 × 100 m: west of originX + 100 - into is rice land (LUA), east of it perennial
// crops (CLN). The part on CLN differs when the parcel is recorded as rice.
void PlanningChecksTest::parcelCodeMismatch() {
    QFETCH(QString, recorded);
    QFETCH(double, intoClnMetres);
    QFETCH(double, threshold);
    QFETCH(bool, percent);
    QFETCH(bool, reported);
    const QString path =
        m_dir.filePath(QStringLiteral("parcels-%1.gpkg").arg(QTest::currentDataTag()));
    QFile::remove(path);
    const double split = originX + 100 - intoClnMetres;
    std::vector<PlantedPolygon> landUse{
        {boxWkt(split, originY - 50, originX + 300, originY + 150), "CLN"}};
    if (intoClnMetres < 100)
        landUse.push_back({boxWkt(originX - 200, originY - 50, split, originY + 150), "LUA"});
    QVERIFY(writePlantedLayer(path, "land_use", 5897, "MDSD", landUse));
    QVERIFY(writePlantedLayer(
        path, "parcels", 5897, "KyHieuMucDichSuDung",
        {{boxWkt(originX, originY, originX + 100, originY + 100), recorded, "12/345"}}));
    ParcelCodeParameters parameters;
    parameters.parcels = source(path, "parcels", "KyHieuMucDichSuDung", {QStringLiteral("label")});
    parameters.landUse = source(path, "land_use", "MDSD");
    parameters.threshold = threshold;
    parameters.unit =
        percent ? ParcelCodeParameters::Unit::Percent : ParcelCodeParameters::Unit::SquareMetres;
    Result<ParcelCodeResult> result = ParcelCodeCheck::run(parameters);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->parcelsChecked, 1);
    QCOMPARE(result->mismatches.size(), size_t(reported ? 1 : 0));
    if (!reported)
        return;
    const ParcelMismatch& mismatch = result->mismatches.front();
    QCOMPARE(mismatch.parcelLabel, QStringLiteral("12/345"));
    QCOMPARE(mismatch.recordedCode, recorded);
    QCOMPARE(mismatch.plannedCode,
             intoClnMetres > 50 ? QStringLiteral("CLN") : QStringLiteral("LUA"));
    QVERIFY(qAbs(mismatch.differingM2 - intoClnMetres * 100) < 1e-6);
    QVERIFY(qAbs(areaOfWkb(mismatch.wkb) - intoClnMetres * 100) < 1e-6);
    QVERIFY(qAbs(mismatch.parcelM2 - 10000) < 1e-6);
}

// Two plan periods of one 200 × 100 m block: the first in EPSG:5897 (former Đồng Tháp), the
// second drawn in the same place but delivered in EPSG:9210 (former Tiền Giang's zone).
// Hand-computed: LUC→LUC 1 ha, CLN→LUC 0.5 ha, CLN→ODT 0.5 ha; the second also covers
// 200 × 20 m the first does not.
void PlanningChecksTest::comparisonAcrossZones() {
    const QString path = m_dir.filePath(QStringLiteral("periods.gpkg"));
    QVERIFY(
        writePlantedLayer(path, "plan_2020", 5897, "MDSD",
                          {{boxWkt(originX, originY, originX + 100, originY + 100), "LUC"},
                           {boxWkt(originX + 100, originY, originX + 200, originY + 100), "CLN"}}));
    const QString drawn = m_dir.filePath(QStringLiteral("plan_2030_5897.gpkg"));
    QVERIFY(
        writePlantedLayer(drawn, "plan_2030", 5897, "MDSD",
                          {{boxWkt(originX, originY, originX + 150, originY + 120), "LUC"},
                           {boxWkt(originX + 150, originY, originX + 200, originY + 120), "ODT"}}));
    const QString delivered = m_dir.filePath(QStringLiteral("plan_2030_9210.gpkg"));
    QVERIFY(!agrimap::testing::translateVector(
                 drawn, delivered, {QStringLiteral("-t_srs"), QStringLiteral("EPSG:9210")})
                 .isEmpty());

    ComparisonParameters parameters;
    parameters.first = source(path, "plan_2020", "MDSD");
    parameters.second = source(delivered, "plan_2030", "MDSD");
    Result<ComparisonResult> result = LandUseComparison::run(parameters);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->crs.authId(), QStringLiteral("EPSG:5897"));
    const TransitionMatrix& matrix = result->matrix;
    QCOMPARE(matrix.fromCodes(), QStringList({"CLN", "LUC"}));
    QCOMPARE(matrix.toCodes(), QStringList({"LUC", "ODT"}));
    const double tolerance = 1e-6; // ha: a few cm², the reprojection's round trip
    QVERIFY(qAbs(matrix.hectares("LUC", "LUC") - 1.0) < tolerance);
    QVERIFY(qAbs(matrix.hectares("CLN", "LUC") - 0.5) < tolerance);
    QVERIFY(qAbs(matrix.hectares("CLN", "ODT") - 0.5) < tolerance);
    QVERIFY(qAbs(matrix.hectares("LUC", "ODT")) < tolerance);
    QVERIFY(qAbs(matrix.totalHectares() - 2.0) < tolerance);
    QVERIFY(qAbs(matrix.changedHectares() - 1.0) < tolerance);
    QVERIFY(qAbs(result->firstM2 - 20000) < 1e-3);
    QVERIFY(qAbs(result->secondM2 - 24000) < 1e-2);

    QCOMPARE(result->changes.size(), size_t(2));
    const ChangedPiece& toRice = result->changes[0];
    const ChangedPiece& toResidential = result->changes[1];
    QCOMPARE(toRice.beforeCode + "→" + toRice.afterCode, QStringLiteral("CLN→LUC"));
    QCOMPARE(toResidential.beforeCode + "→" + toResidential.afterCode, QStringLiteral("CLN→ODT"));
    for (const ChangedPiece* piece : {&toRice, &toResidential}) {
        QVERIFY(qAbs(piece->areaM2 - 5000) < 1e-2);
        QVERIFY(qAbs(areaOfWkb(piece->wkb) - 5000) < 1e-2);
        QVERIFY(qAbs(piece->extent.height() - 100) < 1e-3);
        QVERIFY(qAbs(piece->extent.width() - 50) < 1e-3);
    }
    QVERIFY(qAbs(toRice.extent.left() - (originX + 100)) < 1e-3);
    QVERIFY(qAbs(toResidential.extent.left() - (originX + 150)) < 1e-3);
}

// Two different partitions with random codes (a 10 × 10 grid against 7 × 13 strips over a
// shifted block, the second in the other zone): the matrix adds up to the area both cover.
void PlanningChecksTest::matrixSumsToComparedArea() {
    const QString path = m_dir.filePath(QStringLiteral("grids.gpkg"));
    const char* codes[] = {"LUC", "LUK", "CLN", "NTS", "ONT", "ODT", "DGT"};
    std::mt19937 random(7);
    std::vector<PlantedPolygon> first;
    for (int row = 0; row < 10; ++row)
        for (int column = 0; column < 10; ++column)
            first.push_back({boxWkt(originX + column * 37.0, originY + row * 41.0,
                                    originX + (column + 1) * 37.0, originY + (row + 1) * 41.0),
                             codes[random() % 7]});
    std::vector<PlantedPolygon> second;
    const double sx = originX + 55.5, sy = originY - 33.25; // the second block: 7 × 53 by 13 × 29 m
    for (int row = 0; row < 13; ++row)
        for (int column = 0; column < 7; ++column)
            second.push_back({boxWkt(sx + column * 53.0, sy + row * 29.0, sx + (column + 1) * 53.0,
                                     sy + (row + 1) * 29.0),
                              codes[random() % 7]});
    QVERIFY(writePlantedLayer(path, "first", 5897, "MDSD", first));
    const QString drawn = m_dir.filePath(QStringLiteral("second_5897.gpkg"));
    QVERIFY(writePlantedLayer(drawn, "second", 5897, "MDSD", second));
    const QString delivered = m_dir.filePath(QStringLiteral("second_9210.gpkg"));
    QVERIFY(!agrimap::testing::translateVector(
                 drawn, delivered, {QStringLiteral("-t_srs"), QStringLiteral("EPSG:9210")})
                 .isEmpty());
    ComparisonParameters parameters;
    parameters.first = source(path, "first", "MDSD");
    parameters.second = source(delivered, "second", "MDSD");
    parameters.minimumPieceM2 = 0;
    Result<ComparisonResult> result = LandUseComparison::run(parameters);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    // By hand: x from sx to originX + 370, y from originY to sy + 377.
    const double compared = (originX + 370 - sx) * (sy + 13 * 29.0 - originY);
    QVERIFY2(qAbs(result->comparedM2 - compared) / compared < 1e-4,
             qPrintable(QStringLiteral("%1 vs %2").arg(result->comparedM2).arg(compared)));
    QVERIFY(qAbs(result->matrix.totalHectares() * 10000 - compared) / compared < 1e-4);
    double rows = 0, columns = 0, changed = 0;
    for (const QString& from : result->matrix.fromCodes())
        rows += result->matrix.rowHectares(from);
    for (const QString& to : result->matrix.toCodes())
        columns += result->matrix.columnHectares(to);
    for (const ChangedPiece& piece : result->changes)
        changed += piece.areaM2;
    QVERIFY(qAbs(rows - result->matrix.totalHectares()) < 1e-9);
    QVERIFY(qAbs(columns - result->matrix.totalHectares()) < 1e-9);
    QVERIFY(qAbs(changed / 10000 - result->matrix.changedHectares()) < 1e-9);
    QCOMPARE(result->failedPairs, 0);
}

// Cancel pressed once the layers are read: the overlay stops and the check says so.
void PlanningChecksTest::cancelStopsTheOverlay() {
    const QString path = m_dir.filePath(QStringLiteral("cancel.gpkg"));
    std::vector<PlantedPolygon> grid;
    for (int i = 0; i < 4000; ++i)
        grid.push_back({boxWkt(originX + (i % 80) * 10.0, originY + (i / 80) * 10.0,
                               originX + (i % 80) * 10.0 + 10, originY + (i / 80) * 10.0 + 10),
                        "LUC"});
    QVERIFY(writePlantedLayer(path, "a", 5897, "MDSD", grid));
    QVERIFY(writePlantedLayer(path, "b", 5897, "MDSD", grid));
    std::atomic_bool cancel{false};
    JobControl control;
    control.cancel = &cancel;
    int lastPercent = -1;
    control.progress = [&](int percent) {
        lastPercent = percent;
        if (percent >= 20) // the overlay has started
            cancel = true;
    };
    ComparisonParameters parameters;
    parameters.first = source(path, "a", "MDSD");
    parameters.second = source(path, "b", "MDSD");
    Result<ComparisonResult> result = LandUseComparison::run(parameters, control);
    QVERIFY(!result);
    QVERIFY(lastPercent < 100);
    QCOMPARE(result.errorMessage(), QStringLiteral("Cancelled."));
    // Without cancel, the same run finishes: every cell maps onto itself.
    cancel = false;
    control.progress = {};
    result = LandUseComparison::run(parameters, control);
    QVERIFY(result);
    QVERIFY(qAbs(result->matrix.hectares("LUC", "LUC") - 40.0) < 1e-6);
    QVERIFY(result->changes.empty());
}

// The pieces as a GeoPackage layer the map opens, and the matrix as CSV, both through GDAL.
void PlanningChecksTest::findingLayerAndMatrixFiles() {
    const QString path = m_dir.filePath(QStringLiteral("files.gpkg"));
    QVERIFY(writePlantedLayer(path, "before", 5897, "MDSD",
                              {{boxWkt(originX, originY, originX + 100, originY + 100), "LUC"}}));
    QVERIFY(
        writePlantedLayer(path, "after", 5897, "MDSD",
                          {{boxWkt(originX, originY, originX + 40, originY + 100), "ONT"},
                           {boxWkt(originX + 40, originY, originX + 100, originY + 100), "LUC"}}));
    ComparisonParameters parameters;
    parameters.first = source(path, "before", "MDSD");
    parameters.second = source(path, "after", "MDSD");
    Result<ComparisonResult> result = LandUseComparison::run(parameters);
    QVERIFY(result);
    const QString results = m_dir.filePath(QStringLiteral("results.gpkg"));
    QVERIFY(writeFindingLayer(results, result->table()));
    QVERIFY(writeFindingLayer(results, result->table())); // a second run replaces the layer
    QCOMPARE(featureCount(results, "land_use_changes"), 1);
    GDALDatasetUniquePtr written(
        GDALDataset::Open(results.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
    OGRLayer* layer = written->GetLayerByName("land_use_changes");
    OGRFeatureUniquePtr feature(layer->GetNextFeature());
    QCOMPARE(QString::fromUtf8(feature->GetFieldAsString("from_code")), QStringLiteral("LUC"));
    QCOMPARE(QString::fromUtf8(feature->GetFieldAsString("to_code")), QStringLiteral("ONT"));
    QVERIFY(qAbs(feature->GetFieldAsDouble("area_ha") - 0.4) < 1e-9);
    QVERIFY(qAbs(feature->GetGeometryRef()->toMultiPolygon()->get_Area() - 4000) < 1e-6);
    QCOMPARE(QString::fromLatin1(layer->GetSpatialRef()->GetAuthorityCode(nullptr)),
             QStringLiteral("5897"));

    const QString csv = m_dir.filePath(QStringLiteral("matrix.csv"));
    QVERIFY(result->matrix.writeCsv(csv));
    QVERIFY(result->matrix.writeCsv(csv)); // and over an earlier export
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, LUC, total
    QVERIFY2(lines[0].contains(QLatin1String("LUC,ONT,total")), qPrintable(lines[0]));
    QVERIFY2(lines[1].trimmed() == QLatin1String("LUC,0.6000,0.4000,1.0000"), qPrintable(lines[1]));
    QVERIFY2(lines[2].trimmed() == QLatin1String("total,0.6000,0.4000,1.0000"),
             qPrintable(lines[2]));
}

void PlanningChecksTest::agriculturalListKeptInProject() {
    const QString path = m_dir.filePath(QStringLiteral("project.agrimap.gpkg"));
    {
        auto store = ProjectStore::open(path, ProjectStore::Access::Edit);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(agriculturalCodes(*store.value()), defaultAgriculturalCodes());
        QVERIFY(saveAgriculturalCodes(*store.value(), {"LUC", " nts", "LUC", "", "COC"}));
    }
    auto reopened = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    QVERIFY(reopened);
    QCOMPARE(agriculturalCodes(*reopened.value()), QStringList({"LUC", "NTS", "COC"}));
}

QTEST_GUILESS_MAIN(PlanningChecksTest)
#include "planning_checks_test.moc"
