#include "unicode_text.h"

namespace agrimap {

QString toNfc(const QString& text) {
    // Pure ASCII is already NFC; skipping it keeps bulk attribute loading cheap.
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return text.normalized(QString::NormalizationForm_C);
    }
    return text;
}

QString fromSourceUtf8(const char* utf8) {
    return toNfc(QString::fromUtf8(utf8));
}

} // namespace agrimap
