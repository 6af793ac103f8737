#include "print/map_grid.h"
#include "print/paper_layout.h"
#include "print/print_scale.h"

#include <QtTest>
#include <cmath>

using namespace agrimap::print;

namespace {

const QChar nbsp(0x00A0);

bool onScreenPixelGrid(double millimetres) {
    const double pixels = millimetres / millimetresPerScreenPixel;
    return std::abs(pixels - std::round(pixels)) < 1e-6;
}

} // namespace

class PrintLayoutTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void paperSizes_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<QSizeF>("expected");
        QTest::newRow("A4 portrait") << "A4" << false << QSizeF(210, 297);
        QTest::newRow("A4 landscape") << "a4" << true << QSizeF(297, 210);
        QTest::newRow("A3 portrait") << "A3" << false << QSizeF(297, 420);
        QTest::newRow("A3 landscape") << "a3" << true << QSizeF(420, 297);
    }
    void paperSizes() {
        QFETCH(QString, name);
        QFETCH(bool, landscape);
        QFETCH(QSizeF, expected);
        const std::optional<Paper> paper = paperFromName(name);
        QVERIFY(paper);
        QCOMPARE(paperSizeMm(*paper, landscape ? Orientation::Landscape : Orientation::Portrait),
                 expected);
        QCOMPARE(paperName(*paper), name.toUpper());
    }
    void unknownPaperIsRefused() { QVERIFY(!paperFromName(QStringLiteral("Letter"))); }

    void partsFitTheSheetWithoutOverlapping_data() {
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("orientation");
        for (const Paper paper : {Paper::A4, Paper::A3})
            for (const Orientation orientation : {Orientation::Portrait, Orientation::Landscape})
                QTest::addRow("%s %s", qPrintable(paperName(paper)),
                              orientation == Orientation::Portrait ? "portrait" : "landscape")
                    << int(paper) << int(orientation);
    }
    void partsFitTheSheetWithoutOverlapping() {
        QFETCH(int, paper);
        QFETCH(int, orientation);
        const PageLayout layout = pageLayout(Paper(paper), Orientation(orientation));
        const QRectF sheet(QPointF(0, 0), layout.page);
        const QRectF printable = sheet.adjusted(10, 10, -10, -10);
        for (const QRectF& part : {layout.title, layout.mapFrame, layout.panel}) {
            QVERIFY(!part.isEmpty());
            QVERIFY2(printable.contains(part), "a part leaves the margins");
        }
        QVERIFY(!layout.title.intersects(layout.mapFrame));
        // Room for the grid labels between the frame and the panel.
        QVERIFY(!layout.panel.intersects(layout.mapFrame.adjusted(-5, -5, 5, 5)));
        QVERIFY(!layout.title.intersects(layout.panel));
        const QRectF boxes[] = {layout.scaleBox, layout.legendBox, layout.notesBox};
        for (const QRectF& box : boxes) {
            QVERIFY(box.width() >= 40 && box.height() >= 30);
            QVERIFY(layout.panel.contains(box));
        }
        QVERIFY(!boxes[0].intersects(boxes[1]) && !boxes[1].intersects(boxes[2]) &&
                !boxes[0].intersects(boxes[2]));
        // Most of the sheet is map.
        const double share = layout.mapFrame.width() * layout.mapFrame.height() /
                             (layout.page.width() * layout.page.height());
        QVERIFY2(share > 0.45, qPrintable(QString::number(share)));
    }
    void mapFrameLiesOnWholeScreenPixels() {
        const PageLayout layout = pageLayout(Paper::A3, Orientation::Landscape);
        QVERIFY(onScreenPixelGrid(layout.mapFrame.left()));
        QVERIFY(onScreenPixelGrid(layout.mapFrame.top()));
        QVERIFY(onScreenPixelGrid(layout.mapFrame.width()));
        QVERIFY(onScreenPixelGrid(layout.mapFrame.height()));
        const QSize pixels = frameScreenPixels(layout);
        QVERIFY(std::abs(pixels.width() * millimetresPerScreenPixel - layout.mapFrame.width()) <
                1e-9);
    }

    void fixedScaleGivesTheExtent() {
        // 1:5 000: one millimetre on paper is five metres on the ground.
        const PageLayout layout = pageLayout(Paper::A4, Orientation::Portrait);
        const QPointF centre(575000, 1150000);
        const QRectF extent = extentAtScale(centre, 5000, layout.mapFrame.size(), 1.0);
        QVERIFY(qFuzzyCompare(extent.width(), layout.mapFrame.width() * 5));
        QVERIFY(qFuzzyCompare(extent.height(), layout.mapFrame.height() * 5));
        QCOMPARE(extent.center(), centre);
        // A frame of 180 × 250 mm at 1:10 000 covers 1.8 × 2.5 km.
        const QRectF km = extentAtScale(centre, 10000, QSizeF(180, 250), 1.0);
        QVERIFY(qFuzzyCompare(km.width(), 1800.0));
        QVERIFY(qFuzzyCompare(km.height(), 2500.0));
        // Degrees: the equatorial degree, as the canvas's scale uses.
        const QRectF degrees =
            extentAtScale(QPointF(105.6, 10.4), 100000, QSizeF(100, 100), 111319.49079327357);
        QVERIFY(std::abs(degrees.width() - 10000 / 111319.49079327357) < 1e-9);
    }
    void fitScaleShowsTheWholeExtent() {
        const QSizeF frame(180, 250);
        // 1 800 m across 180 mm: exactly 1:10 000; the height does not limit.
        QVERIFY(qFuzzyCompare(fittingDenominator(QRectF(0, 0, 1800, 1000), frame, 1.0), 10000));
        // The height limits: 5 000 m over 250 mm is 1:20 000.
        QVERIFY(qFuzzyCompare(fittingDenominator(QRectF(0, 0, 1800, 5000), frame, 1.0), 20000));
        const QRectF wanted(574321, 1149876, 1234, 2345);
        const PrintFrame fitted = resolveFrame(wanted, 0, frame, 1.0);
        QCOMPARE(fitted.denominator, readableDenominator(fittingDenominator(wanted, frame, 1.0)));
        QVERIFY(fitted.extent.contains(wanted));
        QVERIFY(std::abs(fitted.extent.center().x() - wanted.center().x()) < 1e-6);
        QVERIFY(qFuzzyCompare(fitted.extent.width() / fitted.extent.height(),
                              frame.width() / frame.height()));
        const PrintFrame fixed = resolveFrame(wanted, 5000, frame, 1.0);
        QCOMPARE(fixed.denominator, 5000.0);
        QVERIFY(qFuzzyCompare(fixed.extent.width(), 900.0));
    }
    void readableScales_data() {
        QTest::addColumn<double>("exact");
        QTest::addColumn<double>("readable");
        QTest::newRow("already round") << 10000.0 << 10000.0;
        QTest::newRow("up to two figures") << 7342.0 << 7400.0;
        QTest::newRow("ten thousands") << 12345.0 << 13000.0;
        QTest::newRow("hundreds") << 987.0 << 990.0;
        QTest::newRow("just over") << 5000.4 << 5100.0;
    }
    void readableScales() {
        QFETCH(double, exact);
        QFETCH(double, readable);
        QCOMPARE(readableDenominator(exact), readable);
    }
    void numericScaleText() {
        QCOMPARE(scaleText(10000), QStringLiteral("1:10") + nbsp + QStringLiteral("000"));
        QCOMPARE(scaleText(500), QStringLiteral("1:500"));
        QCOMPARE(scaleText(2500000), QStringLiteral("1:2") + nbsp + QStringLiteral("500") + nbsp +
                                         QStringLiteral("000"));
    }

    void typedScales_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("denominator");
        QTest::newRow("plain") << "5000" << 5000.0;
        QTest::newRow("ratio") << "1:10000" << 10000.0;
        QTest::newRow("grouped with a space") << "1:10 000" << 10000.0;
        QTest::newRow("grouped with a dot") << "1:2.000" << 2000.0;
        QTest::newRow("as printed") << scaleText(25000) << 25000.0;
        QTest::newRow("too large a scale") << "1:10" << 0.0;
        QTest::newRow("words") << "fit" << 0.0;
    }
    void typedScales() {
        QFETCH(QString, text);
        QFETCH(double, denominator);
        const std::optional<double> parsed = parseScaleText(text);
        QCOMPARE(parsed.value_or(0.0), denominator);
    }

    void scaleBars_data() {
        QTest::addColumn<double>("denominator");
        QTest::addColumn<double>("maximumMm");
        QTest::addColumn<double>("segmentMetres");
        QTest::addColumn<QString>("unit");
        QTest::newRow("1:10 000 in 80 mm") << 10000.0 << 80.0 << 200.0 << "m";
        QTest::newRow("1:5 000 in 60 mm") << 5000.0 << 60.0 << 50.0 << "m";
        QTest::newRow("1:50 000 in 80 mm") << 50000.0 << 80.0 << 1000.0 << "km";
        QTest::newRow("1:2 000 in 50 mm") << 2000.0 << 50.0 << 25.0 << "m";
        QTest::newRow("1:5 000 in 33 mm") << 5000.0 << 33.5 << 25.0 << "m";
    }
    void scaleBars() {
        QFETCH(double, denominator);
        QFETCH(double, maximumMm);
        QFETCH(double, segmentMetres);
        QFETCH(QString, unit);
        const ScaleBarLayout bar = scaleBarLayout(denominator, maximumMm);
        QCOMPARE(bar.segments, 4);
        QCOMPARE(bar.segmentMetres, segmentMetres);
        QCOMPARE(bar.unit, unit);
        QVERIFY(bar.lengthMm <= maximumMm + 1e-9);
        QVERIFY(bar.lengthMm >= maximumMm * 0.5);
        // The bar is as long on paper as its ground length at that scale.
        QVERIFY(qFuzzyCompare(bar.lengthMm, bar.segmentMetres * 4 * 1000 / denominator));
    }
    void scaleBarLabels() {
        const ScaleBarLayout km = scaleBarLayout(50000, 80);
        QCOMPARE(scaleBarLabel(4000, km), QStringLiteral("4"));
        QCOMPARE(scaleBarLabel(1500, km), QStringLiteral("1.5"));
        const ScaleBarLayout metres = scaleBarLayout(10000, 80);
        QCOMPARE(scaleBarLabel(600, metres), QStringLiteral("600"));
    }

    void gridIntervals_data() {
        QTest::addColumn<double>("span");
        QTest::addColumn<bool>("geographic");
        QTest::addColumn<double>("interval");
        QTest::newRow("A3 at 1:10 000") << 3900.0 << false << 1000.0;
        QTest::newRow("1 km") << 1000.0 << false << 200.0;
        QTest::newRow("250 m") << 250.0 << false << 50.0;
        QTest::newRow("half a degree") << 0.5 << true << 5.0 / 60;
        QTest::newRow("four degrees") << 4.0 << true << 1.0;
        QTest::newRow("two minutes") << 2.0 / 60 << true << 30.0 / 3600;
    }
    void gridIntervals() {
        QFETCH(double, span);
        QFETCH(bool, geographic);
        QFETCH(double, interval);
        const double chosen = gridInterval(span, geographic);
        QVERIFY2(std::abs(chosen - interval) < 1e-12,
                 qPrintable(QStringLiteral("%1 instead of %2").arg(chosen).arg(interval)));
        const double lines = span / chosen;
        QVERIFY2(lines >= 2.5 && lines <= 10, qPrintable(QString::number(lines)));
    }
    void gridTicksAreTheMultiplesInside() {
        const std::vector<double> ticks = gridValues(586123, 589900, 1000);
        QCOMPARE(ticks, (std::vector<double>{587000, 588000, 589000}));
        // Ends count when they fall on the grid.
        QCOMPARE(gridValues(1000, 3000, 1000), (std::vector<double>{1000, 2000, 3000}));
        QCOMPARE(gridValues(-250, 250, 200), (std::vector<double>{-200, 0, 200}));
        QVERIFY(gridValues(10, 20, 0).empty());
        // 105°25′, 105°30′ and 105°35′.
        QCOMPARE(gridValues(105.41, 105.59, 5.0 / 60).size(), size_t(3));
    }
    void gridLabels_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("interval");
        QTest::addColumn<bool>("geographic");
        QTest::addColumn<QString>("label");
        QTest::newRow("metres") << 587000.0 << 1000.0 << false
                                << QStringLiteral("587") + nbsp + QStringLiteral("000");
        QTest::newRow("northing") << 1151000.0 << 500.0 << false
                                  << QStringLiteral("1") + nbsp + QStringLiteral("151") + nbsp +
                                         QStringLiteral("000");
        QTest::newRow("fractions") << 12.5 << 0.5 << false << "12.5";
        QTest::newRow("whole degree") << 105.0 << 1.0 << true << QStringLiteral("105°");
        QTest::newRow("minutes") << 105.5 << 0.5 << true << QStringLiteral("105°30′");
        QTest::newRow("minutes at a whole degree")
            << 10.0 << 5.0 / 60 << true << QStringLiteral("10°00′");
        QTest::newRow("seconds") << 10.0 + 25.0 / 3600 << 5.0 / 3600 << true
                                 << QStringLiteral("10°00′25″");
    }
    void gridLabels() {
        QFETCH(double, value);
        QFETCH(double, interval);
        QFETCH(bool, geographic);
        QFETCH(QString, label);
        QCOMPARE(gridLabel(value, interval, geographic), label);
    }
};

QTEST_GUILESS_MAIN(PrintLayoutTest)
#include "print_layout_test.moc"
