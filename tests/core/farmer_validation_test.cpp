#include "directory/farmer_validation.h"
#include "farmer_fixtures.h"

#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

const QDate today(2026, 3, 1);

QStringList fieldsOf(const std::vector<FarmerProblem>& problems) {
    QStringList fields;
    for (const FarmerProblem& problem : problems)
        fields << problem.field;
    return fields;
}

} // namespace

class FarmerValidationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wellFormedFarmerPasses() {
        FarmerRecord farmer =
            farmerNamed(QStringLiteral("Nguyễn Văn A"), QStringLiteral("087085001234"), 1985);
        farmer.memberSince = QDate(2019, 5, 1);
        QVERIFY(farmerProblems(farmer, today).empty());
    }

    void citizenId_data() {
        QTest::addColumn<QString>("cccd");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("12 digits") << QStringLiteral("087085001234") << true;
        QTest::newRow("none recorded") << QString() << true;
        QTest::newRow("11 digits") << QStringLiteral("08708500123") << false;
        QTest::newRow("13 digits") << QStringLiteral("0870850012345") << false;
        QTest::newRow("9-digit old CMND") << QStringLiteral("341234567") << false;
        QTest::newRow("a letter") << QStringLiteral("08708500123O") << false;
    }
    void citizenId() {
        QFETCH(QString, cccd);
        QFETCH(bool, accepted);
        FarmerRecord farmer = farmerNamed(QStringLiteral("Trần Thị Bích"), cccd, 1970);
        const std::vector<FarmerProblem> problems = farmerProblems(farmer, today);
        QCOMPARE(problems.empty(), accepted);
        if (!accepted) {
            QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("cccd")});
            // The message names the field and the value.
            QVERIFY2(problems.front().message.contains(QStringLiteral("CCCD")) &&
                         problems.front().message.contains(cccd),
                     qPrintable(problems.front().message));
        }
    }

    void phone_data() {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("Viettel mobile") << QStringLiteral("0961234567") << true;
        QTest::newRow("03 mobile") << QStringLiteral("0388123456") << true;
        QTest::newRow("05 mobile") << QStringLiteral("0562123456") << true;
        QTest::newRow("07 mobile") << QStringLiteral("0779123456") << true;
        QTest::newRow("08 mobile") << QStringLiteral("0848123456") << true;
        QTest::newRow("Đồng Tháp landline (0277)") << QStringLiteral("02773851234") << true;
        QTest::newRow("Hà Nội landline (024)") << QStringLiteral("02438251234") << true;
        QTest::newRow("+84 mobile") << QStringLiteral("+84961234567") << true;
        QTest::newRow("+84 landline") << QStringLiteral("+842773851234") << true;
        QTest::newRow("none recorded") << QString() << true;
        QTest::newRow("9 digits") << QStringLiteral("096123456") << false;
        QTest::newRow("11-digit mobile") << QStringLiteral("09612345678") << false;
        QTest::newRow("old 01 mobile") << QStringLiteral("01681234567") << false;
        QTest::newRow("no such range (04)") << QStringLiteral("0412345678") << false;
        QTest::newRow("10-digit landline") << QStringLiteral("0277385123") << false;
        QTest::newRow("+84 with the 0") << QStringLiteral("+840961234567") << false;
        QTest::newRow("no leading 0") << QStringLiteral("9612345678") << false;
    }
    void phone() {
        QFETCH(QString, phone);
        QFETCH(bool, accepted);
        FarmerRecord farmer = farmerNamed(QStringLiteral("Lê Văn Tám"), {}, 1960);
        farmer.phone = phone;
        const std::vector<FarmerProblem> problems = farmerProblems(farmer, today);
        QCOMPARE(problems.empty(), accepted);
        if (!accepted) {
            QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("phone")});
            QVERIFY2(problems.front().message.contains(QStringLiteral("Phone")) &&
                         problems.front().message.contains(phone),
                     qPrintable(problems.front().message));
        }
    }

    void oldMobileNumberSaysWhatChanged() {
        FarmerRecord farmer = farmerNamed(QStringLiteral("Lê Văn Tám"));
        farmer.phone = QStringLiteral("01681234567");
        const std::vector<FarmerProblem> problems = farmerProblems(farmer, today);
        QCOMPARE(problems.size(), size_t(1));
        QVERIFY2(problems.front().message.contains(QStringLiteral("2018")),
                 qPrintable(problems.front().message));
    }

    void birthYear_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1985") << 1985 << true;
        QTest::newRow("oldest plausible (110)") << 1916 << true;
        QTest::newRow("youngest plausible (15)") << 2011 << true;
        QTest::newRow("too old") << 1915 << false;
        QTest::newRow("a child") << 2015 << false;
        QTest::newRow("in the future") << 2030 << false;
        QTest::newRow("two digits") << 85 << false;
    }
    void birthYear() {
        QFETCH(int, year);
        QFETCH(bool, accepted);
        const FarmerRecord farmer = farmerNamed(QStringLiteral("Phạm Minh Tâm"), {}, year);
        const std::vector<FarmerProblem> problems = farmerProblems(farmer, today);
        QCOMPARE(problems.empty(), accepted);
        if (!accepted) {
            QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("birth_year")});
            QVERIFY2(problems.front().message.contains(QStringLiteral("Birth year %1").arg(year)),
                     qPrintable(problems.front().message));
        }
    }

    void nameAndMembershipDate() {
        FarmerRecord farmer = farmerNamed(QStringLiteral("   "), {}, 1980);
        farmer.memberSince = QDate(2027, 1, 1);
        QCOMPARE(fieldsOf(farmerProblems(farmer, today)),
                 (QStringList{QStringLiteral("full_name"), QStringLiteral("member_since")}));
        farmer.fullName = QStringLiteral("Võ Thị Sáu");
        farmer.memberSince = QDate(1975, 4, 30);
        const std::vector<FarmerProblem> problems = farmerProblems(farmer, today);
        QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("member_since")});
        QVERIFY(problems.front().message.contains(QStringLiteral("1975-04-30")));
    }

    // What officials type is tidied before the checks: grouped digits, stray spaces, NFD.
    void normalisationTidiesTypedValues() {
        FarmerRecord typed = farmerNamed(
            QStringLiteral("  Huỳnh   Ngọc  Ẩn ").normalized(QString::NormalizationForm_D),
            QStringLiteral("087 085 001 234"), 1990);
        typed.phone = QStringLiteral("096.123.4567");
        typed.hamlet = QStringLiteral(" Ấp Mỹ Thạnh ");
        const FarmerRecord tidy = normalizedFarmer(typed);
        QCOMPARE(tidy.fullName, QStringLiteral("Huỳnh Ngọc Ẩn"));
        QCOMPARE(tidy.cccd, QStringLiteral("087085001234"));
        QCOMPARE(tidy.phone, QStringLiteral("0961234567"));
        QCOMPARE(tidy.hamlet, QStringLiteral("Ấp Mỹ Thạnh"));
        QVERIFY(farmerProblems(tidy, today).empty());
        typed.phone = QStringLiteral("+84 96 123 4567");
        QCOMPARE(normalizedFarmer(typed).phone, QStringLiteral("+84961234567"));
    }
};

QTEST_GUILESS_MAIN(FarmerValidationTest)
#include "farmer_validation_test.moc"
