#include "legacy_text_decoder.h"

#include <QtTest>
#include <iconv.h>

using namespace agrimap;

namespace {

// Every Vietnamese vowel with every tone, both cases, plus đ/Đ: the full letter table.
QStringList vietnameseLetters() {
    const QString bases = QStringLiteral("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY");
    const char16_t tones[] = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};
    QStringList letters{QStringLiteral("đ"), QStringLiteral("Đ")};
    for (const QChar base : bases) {
        for (const char16_t tone : tones) {
            QString letter(base);
            if (tone)
                letter.append(QChar(tone));
            letters << letter.normalized(QString::NormalizationForm_C);
        }
    }
    return letters;
}

// Encodes with glibc's iconv, the converter GDAL uses: an independent encoder.
QByteArray toWindows1258(const QString& text) {
    iconv_t converter = iconv_open("CP1258", "UTF-8");
    QByteArray input = text.toUtf8();
    QByteArray output(input.size() * 4 + 16, '\0');
    char* in = input.data();
    char* out = output.data();
    size_t inLeft = size_t(input.size()), outLeft = size_t(output.size());
    iconv(converter, &in, &inLeft, &out, &outLeft);
    iconv(converter, nullptr, nullptr, &out, &outLeft); // flush a held-back letter
    iconv_close(converter);
    output.truncate(output.size() - qsizetype(outLeft));
    return output;
}

} // namespace

class LegacyTextDecoderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLetterWithEveryTone() {
        const QStringList letters = vietnameseLetters();
        QCOMPARE(letters.size(), 2 + 24 * 6);
        for (const QString& letter : letters) {
            const QByteArray encoded = toWindows1258(letter);
            QVERIFY2(!encoded.isEmpty(), qPrintable(letter));
            QCOMPARE(decodeLegacyText(encoded, LegacyEncoding::Windows1258), letter);
        }
    }

    void realisticNames_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("person") << QStringLiteral("Nguyễn Thị Hường");
        QTest::newRow("commune") << QStringLiteral("Tân Thuận Tây");
        QTest::newRow("province") << QStringLiteral("Đồng Tháp");
        QTest::newRow("ends with a toned letter") << QStringLiteral("Mỹ Tân, Hòa An, Tịnh Thới");
        QTest::newRow("currency") << QStringLiteral("100 ₫");
    }
    void realisticNames() {
        QFETCH(QString, text);
        const QString decoded = decodeLegacyText(toWindows1258(text), LegacyEncoding::Windows1258);
        QCOMPARE(decoded, text);
        QCOMPARE(decoded, decoded.normalized(QString::NormalizationForm_C));
    }

    void undefinedBytesAreMarked() {
        QCOMPARE(decodeLegacyText(QByteArray("a\x81z"), LegacyEncoding::Windows1258),
                 QStringLiteral("a\uFFFDz"));
    }
};

QTEST_GUILESS_MAIN(LegacyTextDecoderTest)
#include "legacy_text_decoder_test.moc"
