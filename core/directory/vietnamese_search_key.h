#pragma once

#include <QString>

namespace agrimap {

/// The form in which Vietnamese text is searched and compared (DOMAIN.md: search ignores
/// diacritics and case, đ ↔ d): tone and vowel marks removed, đ/Đ as d, lower case, runs of
/// white space as one space, trimmed. "Nguyễn Văn A" → "nguyen van a", "Đồng Tháp" →
/// "dong thap".
QString vietnameseSearchKey(const QString& text);

} // namespace agrimap
