#include "spatial_index.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>

using agrimap::Bounds;
using agrimap::SpatialIndex;

class SpatialIndexTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesBruteForce_data() {
        QTest::addColumn<int>("items");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("one node") << 16;
        QTest::newRow("two levels") << 17;
        QTest::newRow("many") << 20000;
    }
    void matchesBruteForce() {
        QFETCH(int, items);
        QRandomGenerator random(42);
        std::vector<Bounds> boxes;
        for (int i = 0; i < items; ++i) {
            Bounds box;
            const double x = random.bounded(10000.0), y = random.bounded(10000.0);
            box.include(x, y);
            box.include(x + random.bounded(50.0), y + random.bounded(200.0));
            boxes.push_back(box);
        }
        const SpatialIndex index(boxes);
        QCOMPARE(index.size(), size_t(items));
        for (int q = 0; q < 50; ++q) {
            Bounds area;
            const double x = random.bounded(10000.0), y = random.bounded(10000.0);
            area.include(x, y);
            area.include(x + random.bounded(800.0), y + random.bounded(800.0));
            std::vector<uint32_t> expected;
            for (size_t i = 0; i < boxes.size(); ++i) {
                if (boxes[i].intersects(area))
                    expected.push_back(uint32_t(i));
            }
            std::vector<uint32_t> found = index.query(area);
            std::sort(found.begin(), found.end());
            QCOMPARE(found, expected);
        }
    }

    void stopsEarlyWhenAsked() {
        std::vector<Bounds> boxes(100);
        for (size_t i = 0; i < boxes.size(); ++i)
            boxes[i].include(double(i), 0), boxes[i].include(double(i) + 1, 1);
        const SpatialIndex index(boxes);
        int visited = 0;
        index.query(Bounds::fromRect(QRectF(0, 0, 200, 1)),
                    [&visited](uint32_t) { return ++visited < 3; });
        QCOMPARE(visited, 3);
    }

    void emptyGeometriesNeverMatch() {
        std::vector<Bounds> boxes(3);
        boxes[0].include(0, 0);
        boxes[0].include(1, 1);
        const SpatialIndex index(boxes); // boxes 1 and 2 are empty
        QCOMPARE(index.query(Bounds::fromRect(QRectF(-10, -10, 20, 20))), std::vector<uint32_t>{0});
    }
};

QTEST_GUILESS_MAIN(SpatialIndexTest)
#include "spatial_index_test.moc"
