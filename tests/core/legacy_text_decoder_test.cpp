#include "legacy_encoding_detector.h"
#include "legacy_text_decoder.h"
#include "legacy_text_encoder.h"
#include "vietnamese_syllable.h"

#include <QtTest>
#include <iconv.h>

using namespace agrimap;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(agrimap::LegacyEncoding)

namespace {

constexpr LegacyEncoding allEncodings[] = {LegacyEncoding::Windows1258, LegacyEncoding::Tcvn3,
                                           LegacyEncoding::Vni};

QString nameOf(std::optional<LegacyEncoding> encoding) {
    if (!encoding)
        return QStringLiteral("UTF-8");
    switch (*encoding) {
    case LegacyEncoding::Windows1258:
        return QStringLiteral("Windows-1258");
    case LegacyEncoding::Tcvn3:
        return QStringLiteral("TCVN3");
    case LegacyEncoding::Vni:
        return QStringLiteral("VNI");
    }
    return {};
}

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

QStringList namesAndPlaces() {
    return {QStringLiteral("Nguyễn Thị Hường"),
            QStringLiteral("Tân Thuận Tây"),
            QStringLiteral("Đồng Tháp"),
            QStringLiteral("Lê Văn Tám"),
            QStringLiteral("Huỳnh Thị Ngọc Ánh"),
            QStringLiteral("xã Mỹ Tân"),
            QStringLiteral("ấp Bình Thạnh"),
            QStringLiteral("Mỹ Tân, Hòa An, Tịnh Thới"),
            QStringLiteral("Bến Tre"),
            QStringLiteral("ĐỒNG THÁP")};
}

// What survives a round trip: all of it, except TCVN3's capitals with tone marks, which the
// capital fonts wrote with the lowercase codes.
QString afterRoundTrip(const QString& text, LegacyEncoding encoding) {
    if (encoding != LegacyEncoding::Tcvn3)
        return text;
    QString result;
    for (const QChar c : text)
        result.append(c.isUpper() && hasVietnameseTone(c) ? c.toLower() : c);
    return result;
}

// glibc's iconv, the converter GDAL uses: an independent encoder and decoder.
QByteArray iconvConvert(const char* to, const char* from, const QByteArray& input) {
    iconv_t converter = iconv_open(to, from);
    QByteArray in = input;
    QByteArray output(input.size() * 4 + 16, '\0');
    char* inPointer = in.data();
    char* outPointer = output.data();
    size_t inLeft = size_t(in.size()), outLeft = size_t(output.size());
    iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft);
    iconv(converter, nullptr, nullptr, &outPointer, &outLeft); // flush a held-back letter
    iconv_close(converter);
    output.truncate(output.size() - qsizetype(outLeft));
    return output;
}

QByteArray toWindows1258(const QString& text) {
    return iconvConvert("CP1258", "UTF-8", text.toUtf8());
}

// Fixtures: Windows-1258 from glibc, TCVN3 and VNI from AgriMap's encoder.
QByteArray fixture(const QString& text, LegacyEncoding encoding) {
    return encoding == LegacyEncoding::Windows1258 ? toWindows1258(text)
                                                   : encodeLegacyText(text, encoding);
}

} // namespace

class LegacyTextDecoderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Windows-1258 against glibc

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
        for (const QString& name : namesAndPlaces())
            QTest::newRow(qPrintable(name)) << name;
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

    // Every encoding: encode and decode back

    void everyLetterRoundTrips_data() {
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::addColumn<QString>("letter");
        for (const LegacyEncoding encoding : allEncodings) {
            for (const QString& letter : vietnameseLetters())
                QTest::addRow("%s %s", qPrintable(nameOf(encoding)), qPrintable(letter))
                    << encoding << letter;
        }
    }
    void everyLetterRoundTrips() {
        QFETCH(LegacyEncoding, encoding);
        QFETCH(QString, letter);
        const QByteArray encoded = encodeLegacyText(letter, encoding);
        QVERIFY(!encoded.contains('?'));
        QCOMPARE(decodeLegacyText(encoded, encoding), afterRoundTrip(letter, encoding));
    }

    void namesRoundTrip_data() {
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::addColumn<QString>("text");
        for (const LegacyEncoding encoding : allEncodings) {
            for (const QString& name : namesAndPlaces())
                QTest::addRow("%s %s", qPrintable(nameOf(encoding)), qPrintable(name))
                    << encoding << name;
        }
    }
    void namesRoundTrip() {
        QFETCH(LegacyEncoding, encoding);
        QFETCH(QString, text);
        const QString decoded = decodeLegacyText(encodeLegacyText(text, encoding), encoding);
        QCOMPARE(decoded, afterRoundTrip(text, encoding));
        QCOMPARE(decoded, decoded.normalized(QString::NormalizationForm_C));
    }

    void decomposedInputIsEncodedLikeComposed() {
        const QString composed = QStringLiteral("Nguyễn Thị Hường");
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        for (const LegacyEncoding encoding : allEncodings)
            QCOMPARE(encodeLegacyText(decomposed, encoding), encodeLegacyText(composed, encoding));
    }

    void unwritableCharactersBecomeQuestionMarks() {
        for (const LegacyEncoding encoding : allEncodings)
            QCOMPARE(encodeLegacyText(QStringLiteral("ao 中"), encoding), QByteArray("ao ?"));
    }

    // TCVN3

    void tcvn3AgreesWithGlibc() {
        // glibc's TCVN5712-1 is VN1, a superset of VN3: every VN3 code must mean the same there.
        int defined = 0;
        for (int value = 0xA0; value <= 0xFF; ++value) {
            const QByteArray byte(1, char(value));
            const QString ours = decodeLegacyText(byte, LegacyEncoding::Tcvn3);
            if (ours == QStringLiteral("\uFFFD"))
                continue;
            ++defined;
            QCOMPARE(ours, QString::fromUtf8(iconvConvert("UTF-8", "TCVN5712-1", byte)));
        }
        QCOMPARE(defined, 75); // no-break space, Ă Â Ê Ô Ơ Ư Đ, 67 lowercase letters
        for (const QString& letter : vietnameseLetters()) {
            if (letter.front().isLower())
                QCOMPARE(encodeLegacyText(letter, LegacyEncoding::Tcvn3),
                         iconvConvert("TCVN5712-1", "UTF-8", letter.toUtf8()));
        }
    }

    void tcvn3KnownBytes() {
        QCOMPARE(encodeLegacyText(QStringLiteral("Đồng Tháp"), LegacyEncoding::Tcvn3),
                 QByteArray("\xA7\xE5ng Th\xB8p"));
        QCOMPARE(decodeLegacyText(QByteArray("\xAE\xB5"), LegacyEncoding::Tcvn3),
                 QStringLiteral("đà"));
    }

    void tcvn3CapitalsWithTonesUseTheLowercaseCodes() {
        QCOMPARE(encodeLegacyText(QStringLiteral("Á"), LegacyEncoding::Tcvn3), QByteArray("\xB8"));
        QCOMPARE(
            decodeLegacyText(encodeLegacyText(QStringLiteral("ĐỒNG THÁP"), LegacyEncoding::Tcvn3),
                             LegacyEncoding::Tcvn3),
            QStringLiteral("ĐồNG THáP"));
    }

    void tcvn3CodesOutsideVn3AreMarked() {
        // 0x80 is a capital in VN1, 0xB0 a combining grave in VN2; ABC fonts have neither.
        for (const char byte : {'\x80', '\x9F', '\xB0', '\xC0', '\xFF'})
            QCOMPARE(decodeLegacyText(QByteArray(1, byte), LegacyEncoding::Tcvn3),
                     QStringLiteral("\uFFFD"));
    }

    // VNI

    void vniSpelling_data() {
        // Each letter and the way its VNI bytes look when read as Windows-1252.
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("asWindows1252");
        QTest::newRow("a") << u"a á à ả ã ạ"_s << u"a aù aø aû aõ aï"_s;
        QTest::newRow("ă") << u"ă ắ ằ ẳ ẵ ặ"_s << u"aê aé aè aú aü aë"_s;
        QTest::newRow("â") << u"â ấ ầ ẩ ẫ ậ"_s << u"aâ aá aà aå aã aä"_s;
        QTest::newRow("e") << u"e é è ẻ ẽ ẹ"_s << u"e eù eø eû eõ eï"_s;
        QTest::newRow("ê") << u"ê ế ề ể ễ ệ"_s << u"eâ eá eà eå eã eä"_s;
        QTest::newRow("i") << u"i í ì ỉ ĩ ị"_s << u"i í ì æ ó ò"_s;
        QTest::newRow("o") << u"o ó ò ỏ õ ọ"_s << u"o où oø oû oõ oï"_s;
        QTest::newRow("ô") << u"ô ố ồ ổ ỗ ộ"_s << u"oâ oá oà oå oã oä"_s;
        QTest::newRow("ơ") << u"ơ ớ ờ ở ỡ ợ"_s << u"ô ôù ôø ôû ôõ ôï"_s;
        QTest::newRow("u") << u"u ú ù ủ ũ ụ"_s << u"u uù uø uû uõ uï"_s;
        QTest::newRow("ư") << u"ư ứ ừ ử ữ ự"_s << u"ö öù öø öû öõ öï"_s;
        QTest::newRow("y") << u"y ý ỳ ỷ ỹ ỵ"_s << u"y yù yø yû yõ î"_s;
        QTest::newRow("đ") << u"đ"_s << u"ñ"_s;
        QTest::newRow("A") << u"A Á À Ả Ã Ạ"_s << u"A AÙ AØ AÛ AÕ AÏ"_s;
        QTest::newRow("Ă") << u"Ă Ắ Ằ Ẳ Ẵ Ặ"_s << u"AÊ AÉ AÈ AÚ AÜ AË"_s;
        QTest::newRow("Â") << u"Â Ấ Ầ Ẩ Ẫ Ậ"_s << u"AÂ AÁ AÀ AÅ AÃ AÄ"_s;
        QTest::newRow("E") << u"E É È Ẻ Ẽ Ẹ"_s << u"E EÙ EØ EÛ EÕ EÏ"_s;
        QTest::newRow("Ê") << u"Ê Ế Ề Ể Ễ Ệ"_s << u"EÂ EÁ EÀ EÅ EÃ EÄ"_s;
        QTest::newRow("I") << u"I Í Ì Ỉ Ĩ Ị"_s << u"I Í Ì Æ Ó Ò"_s;
        QTest::newRow("O") << u"O Ó Ò Ỏ Õ Ọ"_s << u"O OÙ OØ OÛ OÕ OÏ"_s;
        QTest::newRow("Ô") << u"Ô Ố Ồ Ổ Ỗ Ộ"_s << u"OÂ OÁ OÀ OÅ OÃ OÄ"_s;
        QTest::newRow("Ơ") << u"Ơ Ớ Ờ Ở Ỡ Ợ"_s << u"Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ"_s;
        QTest::newRow("U") << u"U Ú Ù Ủ Ũ Ụ"_s << u"U UÙ UØ UÛ UÕ UÏ"_s;
        QTest::newRow("Ư") << u"Ư Ứ Ừ Ử Ữ Ự"_s << u"Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ"_s;
        QTest::newRow("Y") << u"Y Ý Ỳ Ỷ Ỹ Ỵ"_s << u"Y YÙ YØ YÛ YÕ Î"_s;
        QTest::newRow("Đ") << u"Đ"_s << u"Ñ"_s;
        QTest::newRow("place") << u"Đồng Tháp"_s << u"Ñoàng Thaùp"_s;
        QTest::newRow("country") << u"Việt Nam"_s << u"Vieät Nam"_s;
        QTest::newRow("person") << u"Nguyễn Thị Hường"_s << u"Nguyeãn Thò Höôøng"_s;
    }
    void vniSpelling() {
        QFETCH(QString, text);
        QFETCH(QString, asWindows1252);
        const QByteArray bytes = asWindows1252.toLatin1(); // all of 0xC0–0xFF: Latin-1 = 1252
        QCOMPARE(encodeLegacyText(text, LegacyEncoding::Vni), bytes);
        QCOMPARE(decodeLegacyText(bytes, LegacyEncoding::Vni), text);
    }

    void vniDiacriticsOfEitherCaseFollowTheLetter() {
        // Title case from sloppy converters: a capital with a lowercase diacritic, and back.
        QCOMPARE(decodeLegacyText(u"Aùnh"_s.toLatin1(), LegacyEncoding::Vni), u"Ánh"_s);
        QCOMPARE(decodeLegacyText(u"aÙ"_s.toLatin1(), LegacyEncoding::Vni), u"á"_s);
        // Circumflex and tone as two separate bytes.
        QCOMPARE(decodeLegacyText(u"oâø"_s.toLatin1(), LegacyEncoding::Vni), u"ồ"_s);
    }

    void vniBytesOutsideVietnameseKeepWindows1252() {
        // A diacritic after a digit, a space or a toned letter has nothing to go on.
        QCOMPARE(decodeLegacyText(u"5ø ù ìù"_s.toLatin1(), LegacyEncoding::Vni), u"5ø ù ìù"_s);
        QCOMPARE(decodeLegacyText(QByteArray("\x80 \x93x\x94 \xD7"), LegacyEncoding::Vni),
                 u"€ “x” ×"_s);
        QCOMPARE(decodeLegacyText(QByteArray("a\x81z"), LegacyEncoding::Vni), u"a\uFFFDz"_s);
    }

    // Detection

    void syllables_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("vietnamese");
        for (const QString& word :
             {u"Nguyễn"_s, u"HƯỜNG"_s, u"quốc"_s, u"gì"_s, u"giữa"_s, u"khuya"_s, u"thuở"_s,
              u"nghiêng"_s, u"Ánh"_s, u"ấp"_s, u"Huỳnh"_s, u"yêu"_s, u"oẳn"_s})
            QTest::newRow(qPrintable(word)) << word << true;
        for (const QString& word :
             {u"Thaùp"_s, u"Nguyờịn"_s, u"Höôøng"_s, u"Ñoàng"_s, u"Th¸p"_s, u"aup"_s, u"ă"_s,
              u"áà"_s, u"Müller"_s, u"đ"_s, u"ng"_s, u"xyz"_s})
            QTest::newRow(qPrintable(word)) << word << false;
    }
    void syllables() {
        QFETCH(QString, word);
        QFETCH(bool, vietnamese);
        QCOMPARE(isVietnameseSyllable(word), vietnamese);
    }

    void plausibility() {
        QCOMPARE(vietnamesePlausibility(u"Đồng Tháp"_s), 2);
        QCOMPARE(vietnamesePlausibility(u"Ñoàng Thaùp"_s), -2);
        QCOMPARE(vietnamesePlausibility(u"LUC+ONT 12,5"_s), 0);
        // A capital inside a word: TCVN3's "Bến" read as Windows-1258.
        QCOMPARE(vietnamesePlausibility(u"BƠn"_s), -1);
        // TCVN3 capitals decode with lowercase toned letters; that is no reason to doubt them.
        QCOMPARE(vietnamesePlausibility(u"ĐồNG THáP"_s), 2);
        // The word with U+FFFD is no syllable (−1), and U+FFFD and U+0001 are noise (−1 each).
        QCOMPARE(vietnamesePlausibility(u"a\uFFFDb \u0001"_s), -3);
    }

    void detectsEncodingOfEachName_data() {
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::addColumn<QString>("text");
        for (const LegacyEncoding encoding : allEncodings) {
            for (const QString& name : namesAndPlaces())
                QTest::addRow("%s %s", qPrintable(nameOf(encoding)), qPrintable(name))
                    << encoding << name;
        }
    }
    void detectsEncodingOfEachName() {
        QFETCH(LegacyEncoding, encoding);
        QFETCH(QString, text);
        QCOMPARE(nameOf(detectLegacyEncoding({fixture(text, encoding)})), nameOf(encoding));
    }

    void detectsEncodingOfAColumn_data() {
        QTest::addColumn<LegacyEncoding>("encoding");
        for (const LegacyEncoding encoding : allEncodings)
            QTest::newRow(qPrintable(nameOf(encoding))) << encoding;
    }
    void detectsEncodingOfAColumn() {
        QFETCH(LegacyEncoding, encoding);
        std::vector<QByteArray> cells = {"", "LUC", "12,5"}; // plain cells read alike in all
        for (const QString& name : namesAndPlaces())
            cells.push_back(fixture(name, encoding));
        QCOMPARE(nameOf(detectLegacyEncoding(cells)), nameOf(encoding));
    }

    void plainAsciiIsUtf8() {
        QCOMPARE(detectLegacyEncoding({"Nguyen Van A", "LUC", "12,5", ""}), std::nullopt);
        QCOMPARE(detectLegacyEncoding({}), std::nullopt);
    }

    void utf8VietnameseIsUtf8() {
        std::vector<QByteArray> cells;
        for (const QString& name : namesAndPlaces())
            cells.push_back(name.toUtf8());
        QCOMPARE(detectLegacyEncoding(cells), std::nullopt);
    }

    void utf8CutOffAtTheEndIsLegacy() {
        // "Hoà" in Windows-1258 ends in 0xCC, the lead byte of a two-byte UTF-8 sequence.
        QCOMPARE(nameOf(detectLegacyEncoding({QByteArray("Ho\x61\xCC")})),
                 nameOf(LegacyEncoding::Windows1258));
    }
};

QTEST_GUILESS_MAIN(LegacyTextDecoderTest)
#include "legacy_text_decoder_test.moc"
