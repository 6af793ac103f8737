#pragma once

#include "legacy_encoding.h"
#include "text_encoding_choice.h"

#include <QString>
#include <optional>

namespace agrimap {

// How the text of each data source file is read, for every layer of the file and on every
// thread alike (the map, labels, identify, the attribute table): the user's choice per file,
// Auto by default, and for Auto the encoding found once in a sample of the file's text.
// TCVN3 and VNI text in Shapefile/DBF attributes (read as raw bytes) and in the cells of any
// other format (Unicode text made of the characters the legacy bytes show as) is decoded to
// NFC by AgriMap's own tables (DOMAIN.md: GDAL's TCVN5712-1 path drops letters).

/// Chooses how `path` is read from now on; Auto goes back to the detection.
void setSourceTextEncoding(const QString& path, TextEncodingChoice choice);
TextEncodingChoice sourceTextEncodingChoice(const QString& path);
/// The legacy encoding text of `path` is decoded with (chosen, or detected for Auto);
/// nullopt: Unicode. Detects on first use (a sample of a few thousand values).
std::optional<LegacyEncoding> sourceLegacyEncoding(const QString& path);

} // namespace agrimap
