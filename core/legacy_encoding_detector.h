#pragma once

#include "legacy_encoding.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace agrimap {

/// Guesses the encoding of a set of text values (the cells of a CSV column, a DBF's
/// attributes). Returns nullopt when every value is valid UTF-8 (plain ASCII included), since
/// legacy Vietnamese bytes are almost never valid UTF-8 by chance. Otherwise returns the
/// legacy encoding whose decoding reads most like Vietnamese (vietnamesePlausibility, summed
/// over the values). Ties go to Windows-1258, then TCVN3. The user can override.
std::optional<LegacyEncoding> detectLegacyEncoding(const std::vector<QByteArray>& samples);

/// How much text reads like Vietnamese, as the detection counts it: +1 for each word with
/// non-ASCII letters spelled as a Vietnamese syllable and cased as a word (lowercase,
/// capitalised or capitals), −1 for each such word that is not, −1 for each U+FFFD or control
/// character. Words of plain ASCII count nothing.
int vietnamesePlausibility(const QString& text);

} // namespace agrimap
