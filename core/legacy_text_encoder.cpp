#include "legacy_text_encoder.h"

#include "legacy_code_pages.h"

#include <QHash>
#include <array>

namespace agrimap {

namespace {

using namespace legacy_code_pages;

// Each character an encoding can write, with its bytes. The maps are built from the decoding
// tables, so the encoder cannot disagree with the decoder.
using Codes = QHash<char16_t, QByteArray>;

QByteArray byteOf(unsigned value) {
    return QByteArray(1, static_cast<char>(value));
}

// A letter plus diacritic bytes that NFC turns into one letter ("o" + "à" is ồ), unless the
// letter already has a code of its own.
void addMarkedLetter(Codes& codes, QChar letter, const QByteArray& letterBytes,
                     const QString& marks, const QByteArray& markBytes) {
    const QString unmarked = QString(letter) + marks;
    const QString marked = unmarked.normalized(QString::NormalizationForm_C);
    if (marked.size() == 1 && !codes.contains(marked.front().unicode()))
        codes.insert(marked.front().unicode(), letterBytes + markBytes);
}

Codes tableCodes(const std::array<char16_t, 128>& upperHalf) {
    Codes codes;
    for (unsigned value = 0; value < 0x80; ++value) {
        codes.insert(char16_t(value), byteOf(value));
        if (upperHalf[value] != undefined)
            codes.insert(upperHalf[value], byteOf(0x80 + value));
    }
    return codes;
}

Codes windows1258Codes() {
    Codes codes = tableCodes(windows1258);
    const Codes singleCodes = codes;
    for (auto tone = singleCodes.cbegin(); tone != singleCodes.cend(); ++tone) {
        if (!QChar(tone.key()).isMark())
            continue;
        for (auto base = singleCodes.cbegin(); base != singleCodes.cend(); ++base) {
            if (QChar(base.key()).isLetter())
                addMarkedLetter(codes, QChar(base.key()), base.value(), QString(QChar(tone.key())),
                                tone.value());
        }
    }
    return codes;
}

Codes tcvn3Codes() {
    Codes codes = tableCodes(tcvn3);
    // The capital fonts show the lowercase codes as capitals: Á is written as á.
    const Codes singleCodes = codes;
    for (auto letter = singleCodes.cbegin(); letter != singleCodes.cend(); ++letter) {
        const char16_t capital = QChar(letter.key()).toUpper().unicode();
        if (!codes.contains(capital))
            codes.insert(capital, letter.value());
    }
    return codes;
}

Codes vniCodes() {
    Codes codes;
    for (unsigned value = 0; value < 0x80; ++value)
        codes.insert(char16_t(value), byteOf(value));
    // Letters with a code of their own come first: ị is "ò", not "i" + "ï".
    for (unsigned index = 0; index < vni.size(); ++index) {
        if (vni[index].letter)
            codes.insert(vni[index].letter, byteOf(vniFirstCode + index));
    }
    const Codes bases = codes;
    for (unsigned index = 0; index < vni.size(); ++index) {
        const VniCode& code = vni[index];
        if (!code.mark)
            continue;
        QString marks(QChar(code.mark));
        if (code.secondMark)
            marks.append(QChar(code.secondMark));
        const bool lowercaseMark = vniFirstCode + index >= vniFirstLowercaseCode;
        for (auto base = bases.cbegin(); base != bases.cend(); ++base) {
            const QChar letter(base.key());
            // A capital takes the capital diacritics: "AÙ" is Á.
            if (letter.isLetter() && letter.isLower() == lowercaseMark)
                addMarkedLetter(codes, letter, base.value(), marks, byteOf(vniFirstCode + index));
        }
    }
    return codes;
}

const Codes& codesOf(LegacyEncoding encoding) {
    static const Codes windows1258Map = windows1258Codes();
    static const Codes tcvn3Map = tcvn3Codes();
    static const Codes vniMap = vniCodes();
    switch (encoding) {
    case LegacyEncoding::Windows1258:
        return windows1258Map;
    case LegacyEncoding::Tcvn3:
        return tcvn3Map;
    case LegacyEncoding::Vni:
        break;
    }
    return vniMap;
}

} // namespace

QByteArray encodeLegacyText(const QString& text, LegacyEncoding encoding) {
    const Codes& codes = codesOf(encoding);
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar character : text.normalized(QString::NormalizationForm_C))
        bytes.append(codes.value(character.unicode(), QByteArrayLiteral("?")));
    return bytes;
}

} // namespace agrimap
