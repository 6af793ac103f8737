#include "map_scale.h"

#include <QtTest>

using namespace agrimap;

class MapScaleTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metresPerPixelToScale() {
        const Crs metres = Crs::fromEpsg(5897);
        // At 96 dpi one pixel is 0.2646 mm: 1.3229 m per pixel is 1:5 000.
        QVERIFY(qAbs(map_scale::denominatorFor(1.3229166, metres) - 5000) < 0.1);
        QVERIFY(qAbs(map_scale::unitsPerPixelFor(2000, metres) - 0.5291666) < 1e-6);
    }
    void degreesUseTheEquatorialDegree() {
        const Crs degrees = Crs::fromEpsg(4326);
        const double units = map_scale::unitsPerPixelFor(100000, degrees);
        QVERIFY(qAbs(map_scale::denominatorFor(units, degrees) - 100000) < 1e-6);
        QVERIFY(qAbs(units * 111319.49 - 26.458) < 0.01);
    }
    void presetsCoverTheRangeOfficialsUse() {
        int count = 0;
        const double* presets = map_scale::presetDenominators(&count);
        QVERIFY(std::find(presets, presets + count, 2000.0) != presets + count);
        QVERIFY(std::find(presets, presets + count, 500000.0) != presets + count);
    }
};

QTEST_GUILESS_MAIN(MapScaleTest)
#include "map_scale_test.moc"
