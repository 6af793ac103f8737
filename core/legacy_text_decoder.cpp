#include "legacy_text_decoder.h"

#include "legacy_code_pages.h"

#include <array>

namespace agrimap {

namespace {

using namespace legacy_code_pages;

QString decodeWithTable(const QByteArray& bytes, const std::array<char16_t, 128>& upperHalf) {
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        text.append(value < 0x80 ? QChar(value) : QChar(upperHalf[value - 0x80]));
    }
    // Windows-1258 writes tones as combining marks; NFC puts them on their letters.
    return text.normalized(QString::NormalizationForm_C);
}

QChar windows1252Character(unsigned char value) {
    if (value >= 0x80 && value < 0xA0)
        return QChar(windows1252Controls[value - 0x80]);
    return QChar(value); // ASCII and Latin-1
}

// Puts a VNI diacritic on the letter just decoded. Only a result that is one precomposed
// letter counts, so a mark after a space, a digit or an already toned letter is refused.
bool markLastLetter(QString& text, const VniCode& code) {
    if (text.isEmpty())
        return false;
    QString letter(text.back());
    letter.append(QChar(code.mark));
    if (code.secondMark)
        letter.append(QChar(code.secondMark));
    letter = letter.normalized(QString::NormalizationForm_C);
    if (letter.size() != 1)
        return false;
    text.back() = letter.front();
    return true;
}

QString decodeVni(const QByteArray& bytes) {
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= vniFirstCode) {
            const VniCode& code = vni[value - vniFirstCode];
            if (code.letter) {
                text.append(QChar(code.letter));
                continue;
            }
            if (code.mark && markLastLetter(text, code))
                continue;
        }
        text.append(windows1252Character(value));
    }
    return text; // already NFC: every character appended is precomposed
}

} // namespace

QString decodeLegacyText(const QByteArray& bytes, LegacyEncoding encoding) {
    switch (encoding) {
    case LegacyEncoding::Windows1258:
        return decodeWithTable(bytes, windows1258);
    case LegacyEncoding::Tcvn3:
        return decodeWithTable(bytes, tcvn3);
    case LegacyEncoding::Vni:
        return decodeVni(bytes);
    }
    return {};
}

} // namespace agrimap
