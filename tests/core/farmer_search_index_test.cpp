#include "directory/farmer_search_index.h"

#include <QtTest>

using namespace agrimap;

Q_DECLARE_METATYPE(std::vector<qint64>)

class FarmerSearchIndexTest : public QObject {
    Q_OBJECT
private:
    static FarmerSearchIndex directory() {
        FarmerSearchIndex index;
        index.reset({{1, QStringLiteral("Nguyễn Văn A")},
                     {2, QStringLiteral("Trần Thị Bích")},
                     {3, QStringLiteral("Đặng Văn Đức")},
                     {4, QStringLiteral("Nguyễn Thị Ánh")},
                     {5, QStringLiteral("Dương Minh Tâm")},
                     {6, QStringLiteral("Lê Văn Nguyên")},
                     {7, QStringLiteral("Nguyễn Văn An")}});
        return index;
    }

private Q_SLOTS:
    // Names that start as typed come first, then names where every word begins a word, then
    // the rest; each in name order.
    void findsByEveryTypedWord_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<std::vector<qint64>>("found");
        QTest::newRow("without marks")
            << QStringLiteral("nguyen van a") << std::vector<qint64>{1, 7, 6};
        QTest::newRow("with marks")
            << QStringLiteral("Nguyễn Văn A") << std::vector<qint64>{1, 7, 6};
        QTest::newRow("upper case") << QStringLiteral("NGUYEN THI") << std::vector<qint64>{4};
        QTest::newRow("partial words") << QStringLiteral("ngu van") << std::vector<qint64>{1, 7, 6};
        QTest::newRow("words in any order")
            << QStringLiteral("van nguyen") << std::vector<qint64>{6, 1, 7};
        QTest::newRow("d finds đ") << QStringLiteral("dang duc") << std::vector<qint64>{3};
        QTest::newRow("đ finds đ") << QStringLiteral("Đặng") << std::vector<qint64>{3};
        QTest::newRow("đ typed finds d") << QStringLiteral("đương") << std::vector<qint64>{5};
        QTest::newRow("inside a word") << QStringLiteral("ich") << std::vector<qint64>{2};
        QTest::newRow("three words") << QStringLiteral("t m duong") << std::vector<qint64>{5};
        QTest::newRow("no match") << QStringLiteral("hoang") << std::vector<qint64>{};
        QTest::newRow("one word of two missing")
            << QStringLiteral("nguyen hoang") << std::vector<qint64>{};
        QTest::newRow("nothing typed: everyone")
            << QStringLiteral("  ") << std::vector<qint64>{3, 5, 6, 4, 1, 7, 2};
    }
    void findsByEveryTypedWord() {
        QFETCH(QString, typed);
        QFETCH(std::vector<qint64>, found);
        const FarmerSearchIndex index = directory();
        QCOMPARE(index.search(typed), found);
    }

    void limitKeepsTheFirstInNameOrder() {
        const FarmerSearchIndex index = directory();
        QCOMPARE(index.search(QStringLiteral("van"), 2), (std::vector<qint64>{3, 6}));
    }

    void followsAddsChangesAndRemovals() {
        FarmerSearchIndex index = directory();
        index.insertOrReplace(8, QStringLiteral("Nguyễn Văn Ân"));
        index.insertOrReplace(1, QStringLiteral("Phan Văn A")); // renamed
        index.remove(7);
        QCOMPARE(index.size(), 7);
        QVERIFY(!index.contains(7));
        // The edited entries sit in the unsorted tail yet come out in name order.
        QCOMPARE(index.search(QStringLiteral("van a")), (std::vector<qint64>{8, 1, 3, 6}));
        QCOMPARE(index.search(QStringLiteral("nguyen")), (std::vector<qint64>{4, 8, 6}));
    }

    // Many edits sort the tail into the rest: the answers stay the same.
    void manyEditsKeepTheAnswers() {
        FarmerSearchIndex index;
        index.reset({});
        std::vector<qint64> expected;
        for (int i = 0; i < 2000; ++i) {
            index.insertOrReplace(i, QStringLiteral("Võ Thị %1").arg(i, 4, 10, QLatin1Char('0')));
            if (i % 3 == 0)
                index.remove(i);
            else if (QString::number(i).contains(QLatin1String("77")))
                expected.push_back(i);
        }
        QCOMPARE(index.size(), 2000 - 667);
        std::vector<qint64> found = index.search(QStringLiteral("77 thi"));
        QCOMPARE(found, expected); // zero-padded numbers sort as numbers
    }
};

QTEST_GUILESS_MAIN(FarmerSearchIndexTest)
#include "farmer_search_index_test.moc"
