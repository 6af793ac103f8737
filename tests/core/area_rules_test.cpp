#include "area_fixtures.h"
#include "validation/area_rules.h"

#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

const QDate today(2026, 11, 23);

QStringList rulesBroken(const std::vector<AreaViolation>& violations) {
    QStringList rules;
    for (const AreaViolation& violation : violations)
        rules << violation.rule;
    rules.removeDuplicates();
    rules.sort();
    return rules;
}

GrowingArea withAttribute(GrowingArea area, const char* field, const QVariant& value) {
    area.attributes.insert(QLatin1String(field), value);
    return area;
}

} // namespace

class AreaRulesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Each rule with a case that passes and one that fails, on one area among neighbours.
    void oneArea_data() {
        QTest::addColumn<GrowingArea>("area");
        QTest::addColumn<QStringList>("expected");
        const GrowingArea good = squareArea(baseX, baseY, 400, QStringLiteral("VN-DTOR-0100"));
        QTest::newRow("clean") << good << QStringList();
        GrowingArea empty = good;
        empty.geometryWkb.clear();
        QTest::newRow("no boundary") << empty << QStringList{QStringLiteral("geometry-empty")};
        GrowingArea bowtie = good;
        bowtie.geometryWkb = area_geometry::polygonFromRing({{baseX, baseY},
                                                             {baseX + 100, baseY + 100},
                                                             {baseX + 100, baseY},
                                                             {baseX, baseY + 100}});
        QTest::newRow("self-intersection")
            << bowtie << QStringList{QStringLiteral("geometry-invalid")};
        QTest::newRow("active without code") << withAttribute(good, area_field::code, QString())
                                             << QStringList{QStringLiteral("code-missing")};
        QTest::newRow("suspended without code")
            << withAttribute(withAttribute(good, area_field::code, QString()), area_field::status,
                             QStringLiteral("suspended"))
            << QStringList();
        QTest::newRow("code off pattern")
            << withAttribute(good, area_field::code, QStringLiteral("DT-0001"))
            << QStringList{QStringLiteral("code-pattern")};
        QTest::newRow("code lower case")
            << withAttribute(good, area_field::code, QStringLiteral("vn-dtor-0100"))
            << QStringList{QStringLiteral("code-pattern")};
        QTest::newRow("code taken")
            << withAttribute(good, area_field::code, QStringLiteral("VN-DTOR-0200"))
            << QStringList{QStringLiteral("code-duplicate")};
        QTest::newRow("too small for mango")
            << squareArea(baseX, baseY, 300, QStringLiteral("VN-DTOR-0100"))
            << QStringList{QStringLiteral("area-minimum")};
        QTest::newRow("small rice is fine")
            << withAttribute(squareArea(baseX, baseY, 300, QStringLiteral("VN-DTOR-0100")),
                             area_field::crop, QStringLiteral("lúa"))
            << QStringList();
        QTest::newRow("dates reversed")
            << withAttribute(good, area_field::validFrom, QDate(2031, 1, 1))
            << QStringList{QStringLiteral("dates-order")};
        QTest::newRow("past valid_to, still active")
            << withAttribute(good, area_field::validTo, QDate(2026, 6, 30))
            << QStringList{QStringLiteral("status-expired")};
        QTest::newRow("past valid_to, expired")
            << withAttribute(withAttribute(good, area_field::validTo, QStringLiteral("2026-06-30")),
                             area_field::status, QStringLiteral("expired"))
            << QStringList();
        QTest::newRow("overlaps an active area")
            << squareArea(baseX + 1200, baseY + 1000, 400, QStringLiteral("VN-DTOR-0100"))
            << QStringList{QStringLiteral("overlap")};
        QTest::newRow("overlap within tolerance")
            << squareArea(baseX + 1000, baseY + 1000, 400, QStringLiteral("VN-DTOR-0100"))
            << QStringList();
        QTest::newRow("overlaps a revoked area")
            << squareArea(baseX + 3000, baseY, 400, QStringLiteral("VN-DTOR-0100"))
            << QStringList();
        QTest::newRow("outside its commune")
            << squareArea(baseX + 4950, baseY, 400, QStringLiteral("VN-DTOR-0100"))
            << QStringList{QStringLiteral("outside-commune")};
        QTest::newRow("within the commune tolerance")
            << squareArea(baseX + 4600 + 3, baseY, 400, QStringLiteral("VN-DTOR-0100"))
            << QStringList();
        QTest::newRow("unknown commune")
            << withAttribute(good, area_field::commune, QStringLiteral("Hòa An"))
            << QStringList{QStringLiteral("outside-commune")};
    }

    void oneArea() {
        QFETCH(GrowingArea, area);
        QFETCH(QStringList, expected);
        EditSettings settings;
        settings.minimumAreaHaByCrop.insert(QStringLiteral("xoài"), 10); // 300 m square = 9 ha
        const CommuneBoundary commune{
            QStringLiteral("Mỹ Ngãi"),
            squareArea(baseX - 100, baseY - 100, 5100, QString()).geometryWkb};
        const AreaRules rules(settings, {commune}, today);
        std::vector<GrowingArea> others{
            squareArea(baseX + 1300, baseY + 1000, 500, QStringLiteral("VN-DTOR-0200")),
            squareArea(baseX + 3000, baseY, 500, QStringLiteral("VN-DTOR-0300"),
                       QStringLiteral("revoked"))};
        others[0].fid = 1;
        others[1].fid = 2;
        // The tolerance case overlaps the first neighbour by 0.002 m × 400 m = 0.8 m² < 1 m².
        others[0].geometryWkb =
            area_geometry::polygonFromRing({{baseX + 1000 + 399.998, baseY + 1000},
                                            {baseX + 2000, baseY + 1000},
                                            {baseX + 2000, baseY + 1500},
                                            {baseX + 1000 + 399.998, baseY + 1500}});
        area.fid = 10;
        QCOMPARE(rulesBroken(rules.check(area, others)), expected);
    }

    void wholeLayerFindsEachOverlapOnceAndDuplicateCodes() {
        std::vector<GrowingArea> areas;
        for (int i = 0; i < 50; ++i) {
            GrowingArea area =
                squareArea(baseX + i * 90.0, baseY, 100,
                           QStringLiteral("VN-DTOR-%1").arg(i, 4, 10, QLatin1Char('0')));
            area.fid = i + 1;
            areas.push_back(area);
        }
        areas[49].attributes.insert(QStringLiteral("code"), QStringLiteral("VN-DTOR-0007"));
        const AreaRules rules(EditSettings{}, {}, today);
        const std::vector<AreaViolation> found = rules.checkAll(areas);
        int overlaps = 0, duplicates = 0;
        for (const AreaViolation& violation : found) {
            overlaps += violation.rule == QLatin1String("overlap");
            if (violation.rule == QLatin1String("code-duplicate")) {
                ++duplicates;
                QCOMPARE(violation.fid, qint64(50));
                QVERIFY(violation.message.contains(QStringLiteral("VN-DTOR-0007")));
            }
        }
        QCOMPARE(overlaps, 49); // each neighbouring pair overlaps by 10 m × 100 m
        QCOMPARE(duplicates, 1);
    }
};

QTEST_GUILESS_MAIN(AreaRulesTest)
#include "area_rules_test.moc"
