#pragma once

#include "map_settings.h"

class QPainter;

namespace agrimap {

/// A length on the ground that reads well (1, 2 or 5 × 10ⁿ metres) and fits in
/// `maximumPixels` at the map's resolution; for a geographic map CRS the metres of a degree
/// are taken at the view's centre latitude.
struct ScaleBarLength {
    double metres = 0;
    double pixels = 0;
};
ScaleBarLength scaleBarLength(const MapSettings& settings, double maximumPixels);

/// Draws the scale bar in the bottom-left corner of the map.
void paintScaleBar(QPainter& painter, const MapSettings& settings);

} // namespace agrimap
