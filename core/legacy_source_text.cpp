#include "legacy_source_text.h"

#include "legacy_code_pages.h"
#include "legacy_encoding_detector.h"
#include "legacy_text_decoder.h"
#include "unicode_text.h"

#include <QHash>
#include <array>
#include <limits>

namespace agrimap {

namespace {

const QHash<char16_t, char>& windows1252Specials() {
    static const QHash<char16_t, char> specials = [] {
        QHash<char16_t, char> map;
        for (size_t i = 0; i < legacy_code_pages::windows1252Controls.size(); ++i) {
            const char16_t c = legacy_code_pages::windows1252Controls[i];
            if (c != legacy_code_pages::undefined)
                map.insert(c, char(0x80 + i));
        }
        return map;
    }();
    return specials;
}

} // namespace

// A strict check: legacy bytes are almost never valid UTF-8 by chance, so a failing check
// is how raw legacy bytes are told apart.
bool isValidUtf8(QByteArrayView bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (end - p < length || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i < length; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += length;
    }
    return true;
}

bool isPlainAscii(QByteArrayView value) {
    for (const char byte : value) {
        if (static_cast<unsigned char>(byte) >= 0x80)
            return false;
    }
    return true;
}

std::optional<QByteArray> windows1252Bytes(const QString& text) {
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x100) {
            bytes.append(char(c.unicode())); // Latin-1, as GDAL recodes unknown DBF text
            continue;
        }
        const auto special = windows1252Specials().constFind(c.unicode());
        if (special == windows1252Specials().cend())
            return std::nullopt;
        bytes.append(special.value());
    }
    return bytes;
}

QString decodeSourceText(QByteArrayView value, std::optional<LegacyEncoding> legacy) {
    if (isPlainAscii(value))
        return QString::fromLatin1(value.data(), value.size());
    if (!legacy)
        return toNfc(QString::fromUtf8(value.data(), value.size()));
    if (!isValidUtf8(value))
        return decodeLegacyText(value.toByteArray(), *legacy);
    const QString text = QString::fromUtf8(value.data(), value.size());
    if (const std::optional<QByteArray> bytes = windows1252Bytes(text))
        return decodeLegacyText(*bytes, *legacy);
    return toNfc(text);
}

std::optional<LegacyEncoding> detectSourceEncoding(const std::vector<QByteArray>& samples) {
    constexpr std::array candidates = {LegacyEncoding::Windows1258, LegacyEncoding::Tcvn3,
                                       LegacyEncoding::Vni};
    int asGiven = 0;
    std::array<int, candidates.size()> scores{};
    for (const QByteArray& sample : samples) {
        if (isPlainAscii(sample)) // reads the same every way
            continue;
        asGiven += vietnamesePlausibility(decodeSourceText(sample, std::nullopt));
        for (size_t i = 0; i < candidates.size(); ++i)
            scores[i] += vietnamesePlausibility(decodeSourceText(sample, candidates[i]));
    }
    std::optional<LegacyEncoding> best;
    int bestScore = asGiven;
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (scores[i] > bestScore) {
            best = candidates[i];
            bestScore = scores[i];
        }
    }
    return best;
}

} // namespace agrimap
