#pragma once

#include <QFont>
#include <QString>

namespace agrimap::print {

/// The family printed text is set in: an installed sans-serif with Vietnamese letters (Noto
/// Sans, DejaVu Sans), so that "Bản đồ sử dụng đất" prints with every tone mark and the PDF
/// embeds one font that has them all. Needs a QGuiApplication.
QString printFontFamily();

/// A font of the print family in points; the painter's device turns points into its pixels.
QFont printFont(double points, bool bold = false);

} // namespace agrimap::print
