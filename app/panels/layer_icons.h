#pragma once

#include <QColor>
#include <QIcon>

namespace agrimap {

class MapLayer;

/// Small icons for the layer tree, drawn in code so the tree needs no icon files: a layer's
/// kind (polygon, line, point, table, raster), its loading progress, a legend swatch.
/// GUI thread only (icons are cached).
namespace layer_icons {

/// The icon of a layer as it is now: kind when ready, progress while loading, a warning
/// when it failed.
QIcon forLayer(const MapLayer& layer, int progressPercent);
/// A legend swatch: `fill` inside a `stroke` outline (a line when the fill is transparent).
QIcon swatch(const QColor& fill, const QColor& stroke);
/// A pie that fills up with `percent` (0–100; negative for an unknown amount).
QIcon progress(int percent);

} // namespace layer_icons
} // namespace agrimap
