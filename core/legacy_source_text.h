#pragma once

#include "legacy_encoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>
#include <vector>

namespace agrimap {

// Text values as data sources hand them over. Legacy Vietnamese text comes in two disguises:
// its raw bytes (a CSV file, a DBF read without recoding: not valid UTF-8), or Unicode text
// made of the Windows-1252 characters those bytes show as (a spreadsheet cell typed in a
// .VnTime font reads "NguyÔn", a DBF that GDAL recoded from Latin-1 the same).

/// One value as NFC text. With no `legacy` encoding, UTF-8 as it is. With one, the legacy
/// bytes behind the value are decoded: the value itself when it is not valid UTF-8, else the
/// Windows-1252 bytes of its characters; a value with a character outside Windows-1252 is
/// real Unicode already and is kept as it is.
QString decodeSourceText(QByteArrayView value, std::optional<LegacyEncoding> legacy);

/// The Windows-1252 (or Latin-1) bytes that show as `text`, or nullopt when a character of
/// `text` has none.
std::optional<QByteArray> windows1252Bytes(const QString& text);

/// The legacy encoding of a sample of values, or nullopt when they read best as they are. A
/// legacy encoding wins only when its decoding reads more like Vietnamese
/// (vietnamesePlausibility, summed over the values) than the values as given; ties stay
/// Unicode, then go to Windows-1258 before TCVN3 before VNI.
std::optional<LegacyEncoding> detectSourceEncoding(const std::vector<QByteArray>& samples);

/// True when every byte is below 0x80: such values read the same in every encoding.
bool isPlainAscii(QByteArrayView value);
/// True for well-formed UTF-8 (no overlong forms, no surrogates).
bool isValidUtf8(QByteArrayView value);

} // namespace agrimap
