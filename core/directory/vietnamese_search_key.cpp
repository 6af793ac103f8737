#include "vietnamese_search_key.h"

namespace agrimap {

namespace {

bool isDLetter(char16_t c) {
    // Đ đ, and the look-alike Ð (Icelandic eth) that legacy fonts and converters produce.
    return c == u'\u0110' || c == u'\u0111' || c == u'\u00D0';
}

} // namespace

QString vietnameseSearchKey(const QString& text) {
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return text.toLower().simplified(); // most typed queries: no decomposition needed

    // NFD puts every tone and vowel mark (ă â ê ô ơ ư and the five tones) after its letter
    // as a combining character; đ has no decomposition and is mapped on its own.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        key.append(isDLetter(c.unicode()) ? QChar(u'd') : c);
    }
    return key.toLower().simplified();
}

} // namespace agrimap
