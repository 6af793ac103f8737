#include "directory/vietnamese_search_key.h"

#include <QtTest>

using namespace agrimap;

class VietnameseSearchKeyTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyIgnoresMarksCaseAndSpacing_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("name") << QStringLiteral("Nguyễn Văn A") << QStringLiteral("nguyen van a");
        QTest::newRow("đ capital") << QStringLiteral("Đồng Tháp") << QStringLiteral("dong thap");
        QTest::newRow("đ small") << QStringLiteral("Lê Thị Đào đẹp")
                                 << QStringLiteral("le thi dao dep");
        QTest::newRow("horn vowels")
            << QStringLiteral("Trương Thị Ưng Hương") << QStringLiteral("truong thi ung huong");
        QTest::newRow("all five tones")
            << QStringLiteral("à á ả ã ạ") << QStringLiteral("a a a a a");
        QTest::newRow("capitals with marks")
            << QStringLiteral("HUỲNH NGỌC ẨN") << QStringLiteral("huynh ngoc an");
        QTest::newRow("spaces collapsed")
            << QStringLiteral("  Phạm \t Minh   Tâm ") << QStringLiteral("pham minh tam");
        // Decomposed input (macOS, CP1258 files) gives the same key as composed.
        QTest::newRow("decomposed")
            << QStringLiteral("Võ Thị Sáu").normalized(QString::NormalizationForm_D)
            << QStringLiteral("vo thi sau");
        // Legacy converters write Ð (Icelandic eth) for Đ.
        QTest::newRow("eth look-alike")
            << QStringLiteral("\u00D0\u1ED7 V\u0103n") << QStringLiteral("do van");
        QTest::newRow("ascii") << QStringLiteral("Cao LANH") << QStringLiteral("cao lanh");
        QTest::newRow("empty") << QString() << QString();
    }
    void keyIgnoresMarksCaseAndSpacing() {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(vietnameseSearchKey(text), key);
    }
};

QTEST_GUILESS_MAIN(VietnameseSearchKeyTest)
#include "vietnamese_search_key_test.moc"
