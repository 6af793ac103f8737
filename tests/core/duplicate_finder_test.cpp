#include "directory/duplicate_finder.h"
#include "farmer_fixtures.h"

#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

class DuplicateFinderTest : public QObject {
    Q_OBJECT
private:
    static FarmerRecord withId(FarmerRecord farmer, qint64 fid) {
        farmer.fid = fid;
        return farmer;
    }

private Q_SLOTS:
    void sameCitizenIdOrSameNameYearAndCommune() {
        const std::vector<FarmerRecord> farmers = {
            withId(
                farmerNamed(QStringLiteral("Nguyễn Văn A"), QStringLiteral("087085001234"), 1985),
                1),
            // The same person typed without marks, another commune spelling, no CCCD.
            withId(farmerNamed(QStringLiteral("nguyen van a"), {}, 1985, QStringLiteral("My Ngai")),
                   2),
            // Another person with the same name but born another year.
            withId(farmerNamed(QStringLiteral("Nguyễn Văn A"), {}, 1990), 3),
            // The same CCCD under a misspelt name.
            withId(farmerNamed(QStringLiteral("Nguyen Van Ah"), QStringLiteral("087085001234")), 4),
            // Same name and commune but no birth year: not enough to call it a duplicate.
            withId(farmerNamed(QStringLiteral("Nguyễn Văn A")), 5),
            withId(farmerNamed(QStringLiteral("Nguyễn Văn A"), {}, 1985, QStringLiteral("Mỹ Trà")),
                   6),
        };
        const std::vector<DuplicateGroup> groups = findDuplicates(farmers);
        QCOMPARE(groups.size(), size_t(2));
        QCOMPARE(groups[0].reason, DuplicateGroup::Reason::SameCccd);
        QCOMPARE(groups[0].fids, (std::vector<qint64>{1, 4}));
        QCOMPARE(groups[1].reason, DuplicateGroup::Reason::SameNameBirthYearCommune);
        QCOMPARE(groups[1].fids, (std::vector<qint64>{1, 2}));
    }

    void candidateBeforeItIsSaved() {
        const std::vector<FarmerRecord> farmers = {
            withId(
                farmerNamed(QStringLiteral("Trần Thị Bích"), QStringLiteral("087170000111"), 1970),
                10),
            withId(farmerNamed(QStringLiteral("Đặng Văn Đức"), {}, 1962), 11),
        };
        QCOMPARE(duplicatesOf(farmerNamed(QStringLiteral("Dang Van Duc"), {}, 1962), farmers),
                 std::vector<qint64>{11});
        QCOMPARE(
            duplicatesOf(farmerNamed(QStringLiteral("Trần Bích"), QStringLiteral("087170000111")),
                         farmers),
            std::vector<qint64>{10});
        QVERIFY(
            duplicatesOf(farmerNamed(QStringLiteral("Đặng Văn Đức"), {}, 1963), farmers).empty());
        QVERIFY(duplicatesOf(farmers[1], farmers).empty()); // not a duplicate of itself
    }
};

QTEST_GUILESS_MAIN(DuplicateFinderTest)
#include "duplicate_finder_test.moc"
