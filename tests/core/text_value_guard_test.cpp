// The last guard on published text values (TextValueGuard, personal_data::patternIn): citizen
// ids and phone numbers anywhere in a value, names of the Farmer Directory however they are
// typed, and what passes, written back in NFC.
#include "publishing/personal_data.h"
#include "publishing/text_value_guard.h"

#include <QtTest>

using namespace agrimap;

class TextValueGuardTest : public QObject {
    Q_OBJECT
private:
    static TextValueGuard guard() {
        return TextValueGuard({personal_data::nameKey(QStringLiteral("Ngô Thị Mẫu Sáu"))});
    }

private Q_SLOTS:
    void refusesPersonalData_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("found"); // a word of the reason, or empty when it passes
        QTest::newRow("citizen id") << QStringLiteral("087123456789") << QStringLiteral("citizen");
        QTest::newRow("citizen id in a note")
            << QStringLiteral("Liên hệ ông Tư, CCCD 087123456789.") << QStringLiteral("citizen");
        QTest::newRow("mobile") << QStringLiteral("0912345678") << QStringLiteral("phone");
        QTest::newRow("mobile with spaces")
            << QStringLiteral("ĐT: 091 234 5678") << QStringLiteral("phone");
        QTest::newRow("mobile with dots")
            << QStringLiteral("0912.345.678") << QStringLiteral("phone");
        QTest::newRow("international")
            << QStringLiteral("+84 912 345 678") << QStringLiteral("phone");
        QTest::newRow("farmer's name")
            << QStringLiteral("Ngô Thị Mẫu Sáu") << QStringLiteral("Farmer Directory");
        QTest::newRow("name in capitals, spaces around")
            << QStringLiteral("  NGÔ THỊ MẪU SÁU ") << QStringLiteral("Farmer Directory");
        QTest::newRow("name decomposed (NFD)")
            << QStringLiteral("ngô thị mẫu sáu").normalized(QString::NormalizationForm_D)
            << QStringLiteral("Farmer Directory");
        // Passes: too few digits for a phone (the cheap count before any regular expression),
        // longer numbers, codes, and a name that only contains the farmer's.
        QTest::newRow("land-use code") << QStringLiteral("LUC") << QString();
        QTest::newRow("nine digits") << QStringLiteral("Thửa 123456789") << QString();
        QTest::newRow("thirteen digits") << QStringLiteral("0123456789012") << QString();
        QTest::newRow("area code") << QStringLiteral("VN-DTOR-0008") << QString();
        QTest::newRow("digits spread out")
            << QStringLiteral("Tờ 12, thửa 345, 2024-06-01") << QString();
        QTest::newRow("name within a longer text")
            << QStringLiteral("Vùng Ngô Thị Mẫu Sáu mở rộng") << QString();
    }

    void refusesPersonalData() {
        QFETCH(QString, value);
        QFETCH(QString, found);
        TextValueGuard checker = guard();
        std::string written;
        const QByteArray utf8 = value.toUtf8();
        // Twice: the second answer comes from what the guard remembers.
        for (int pass = 0; pass < 2; ++pass) {
            const QString reason =
                checker.check(std::string_view(utf8.constData(), size_t(utf8.size())), &written);
            if (found.isEmpty()) {
                QVERIFY2(reason.isEmpty(), qPrintable(reason));
                QCOMPARE(QString::fromStdString(written),
                         value.normalized(QString::NormalizationForm_C));
            } else {
                QVERIFY2(reason.contains(found), qPrintable(reason));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TextValueGuardTest)
#include "text_value_guard_test.moc"
