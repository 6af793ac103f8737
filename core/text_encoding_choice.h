#pragma once

#include "legacy_encoding.h"

#include <QString>
#include <optional>

namespace agrimap {

/// How the text of one file is read, as the user chooses it per file: detected (the
/// default), Unicode as the file says, or one of the legacy Vietnamese encodings.
enum class TextEncodingChoice { Auto, Unicode, Windows1258, Tcvn3, Vni };

/// The key of a choice in project files, mapping files and on the command line:
/// auto, utf8, cp1258, tcvn3, vni.
QString textEncodingKey(TextEncodingChoice choice);
/// A key as textEncodingKey writes it, or a common spelling of one (unicode, utf-8,
/// windows-1258, abc, vni-windows), in any case; nullopt for anything else.
std::optional<TextEncodingChoice> textEncodingFromKey(const QString& key);

/// The legacy encoding a choice names; nullopt for Auto and Unicode.
std::optional<LegacyEncoding> legacyEncodingOf(TextEncodingChoice choice);
TextEncodingChoice choiceOf(std::optional<LegacyEncoding> encoding);

/// A name for people: "TCVN3 (ABC)", "VNI-Windows", "Windows-1258", or "Unicode" for none.
QString textEncodingName(std::optional<LegacyEncoding> encoding);

} // namespace agrimap
