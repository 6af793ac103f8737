#pragma once

#include "legacy_encoding.h"

#include <QByteArray>
#include <QString>

namespace agrimap {

/// Decodes bytes to Unicode NFC with AgriMap's own tables. GDAL's iconv path drops the last
/// letter of every Windows-1258 (and TCVN 5712) string, because glibc holds back a base letter
/// waiting for a tone mark that never comes, and iconv has no VNI at all (DOMAIN.md).
/// Bytes with no character in the encoding become U+FFFD. TCVN3 capitals with tone marks were
/// typed with the lowercase codes in a capital font, so they come back lowercase. A VNI
/// diacritic byte that follows no letter it fits keeps its Windows-1252 character.
QString decodeLegacyText(const QByteArray& bytes, LegacyEncoding encoding);

} // namespace agrimap
