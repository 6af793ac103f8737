#pragma once

#include "legacy_encoding.h"

#include <QByteArray>
#include <QString>

namespace agrimap {

/// Encodes text as the legacy software wrote it, for tests and test fixtures. Characters the
/// encoding cannot hold become '?'. TCVN3 writes capitals with tone marks with the lowercase
/// codes, as the capital fonts did, so decoding returns them lowercase. Windows-1258 writes a
/// toned letter as its base letter and a combining tone mark when it has no single code.
QByteArray encodeLegacyText(const QString& text, LegacyEncoding encoding);

} // namespace agrimap
