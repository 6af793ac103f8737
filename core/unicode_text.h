#pragma once

#include <QString>

namespace agrimap {

/// Text enters AgriMap as Unicode NFC: decomposed Vietnamese (e.g. from CP1258 files or
/// macOS) would break labels, search and equality.
QString toNfc(const QString& text);

/// Decodes UTF-8 bytes from a data source and normalises them to NFC.
QString fromSourceUtf8(const char* utf8);

} // namespace agrimap
