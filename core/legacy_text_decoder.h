#pragma once

#include <QByteArray>
#include <QString>

namespace agrimap {

/// Vietnamese legacy encodings decoded by AgriMap's own tables. GDAL's iconv path drops the
/// last letter of every Windows-1258 (and TCVN 5712) string, because glibc holds back a
/// base letter waiting for a tone mark that never comes (DOMAIN.md).
enum class LegacyEncoding { Windows1258 };

/// Decodes bytes to Unicode NFC. Bytes with no character in the code page become U+FFFD.
QString decodeLegacyText(const QByteArray& bytes, LegacyEncoding encoding);

} // namespace agrimap
