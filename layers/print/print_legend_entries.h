#pragma once

#include "layer_style.h"

#include <QList>
#include <QRectF>

namespace agrimap {
class VectorLayer;
}

namespace agrimap::print {

/// The legend of a vector layer for a printed extent: for land-use and status styles only the
/// codes that occur in `extent`, in the palette's order, with the colour they are drawn in
/// (the pale tint under cadastral outlines included), then the unknown codes when any
/// unknown feature is in view; for a plain style one entry with the layer's title. Empty when
/// nothing of the layer lies in `extent`. GUI thread (reads the layer's current snapshot).
QList<LegendEntry> legendInExtent(const VectorLayer& layer, const QRectF& extent);

} // namespace agrimap::print
