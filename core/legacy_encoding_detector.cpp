#include "legacy_encoding_detector.h"

#include "legacy_text_decoder.h"
#include "vietnamese_syllable.h"

#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <limits>

namespace agrimap {

namespace {

bool isAscii(const QByteArray& bytes) {
    return std::all_of(bytes.cbegin(), bytes.cend(),
                       [](char byte) { return static_cast<unsigned char>(byte) < 0x80; });
}

bool isValidUtf8(const QByteArray& bytes) {
    // Stateless: a sequence cut off at the end of the value is an error too ("Hoa\xCC").
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // decoding is what sets the error flag
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

bool isNoise(QChar c) {
    if (c == QChar::ReplacementCharacter)
        return true;
    return c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r';
}

// Words are split at spaces and ASCII punctuation and digits; any non-ASCII character stays
// inside its word, so a stray symbol ("Th¸p") spoils the word instead of splitting it.
bool separatesWords(QChar c) {
    return c.isSpace() || (c.unicode() < 0x80 && !c.isLetter());
}

// Names are written lowercase, capitalised or in capitals; a wrong decoding often puts a
// capital inside a lowercase word ("BƠn" for TCVN3's "Bến" read as Windows-1258). Lowercase
// toned letters are let into capitals, where TCVN3 writes them with lowercase codes.
bool isWellCased(const QString& word) {
    QString letters;
    for (const QChar c : word) {
        if (c.isLetter() && !(c.isLower() && hasVietnameseTone(c)))
            letters.append(c);
    }
    if (letters.isEmpty())
        return true;
    const QStringView rest = QStringView(letters).sliced(1);
    const bool restLower =
        std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isUpper(); });
    const bool restUpper =
        std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLower(); });
    return restLower || (letters.front().isUpper() && restUpper);
}

int wordScore(const QString& word) {
    const bool plainAscii =
        std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (plainAscii)
        return 0;
    return isVietnameseSyllable(word) && isWellCased(word) ? 1 : -1;
}

} // namespace

int vietnamesePlausibility(const QString& text) {
    int score = 0;
    QString word;
    for (const QChar c : text) {
        if (isNoise(c))
            --score;
        if (separatesWords(c)) {
            score += wordScore(word);
            word.clear();
        } else {
            word.append(c);
        }
    }
    return score + wordScore(word);
}

std::optional<LegacyEncoding> detectLegacyEncoding(const std::vector<QByteArray>& samples) {
    if (std::all_of(samples.cbegin(), samples.cend(), isValidUtf8))
        return std::nullopt;
    // In order of preference when the scores tie.
    constexpr std::array candidates = {LegacyEncoding::Windows1258, LegacyEncoding::Tcvn3,
                                       LegacyEncoding::Vni};
    LegacyEncoding best = candidates.front();
    int bestScore = std::numeric_limits<int>::min();
    for (const LegacyEncoding candidate : candidates) {
        int score = 0;
        for (const QByteArray& sample : samples) {
            if (!isAscii(sample)) // ASCII reads the same in every candidate
                score += vietnamesePlausibility(decodeLegacyText(sample, candidate));
        }
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

} // namespace agrimap
