#pragma once

#include "crs.h"

namespace agrimap {

/// Conversions between a map's resolution (map units per screen pixel) and the scale
/// denominator officials speak in (1:2 000 … 1:500 000).
namespace map_scale {

constexpr double defaultDpi = 96.0;
constexpr double minimumDenominator = 500.0;
constexpr double maximumDenominator = 5'000'000.0;

double denominatorFor(double unitsPerPixel, const Crs& crs, double dpi = defaultDpi);
double unitsPerPixelFor(double denominator, const Crs& crs, double dpi = defaultDpi);

/// The preset scales offered in the scale box.
const double* presetDenominators(int* count);

} // namespace map_scale
} // namespace agrimap
