#include "map_scale.h"

namespace agrimap::map_scale {

namespace {
constexpr double metresPerInch = 0.0254;
constexpr double presets[] = {500,   1000,   2000,   5000,   10000,  25000,
                              50000, 100000, 250000, 500000, 1000000};
} // namespace

double denominatorFor(double unitsPerPixel, const Crs& crs, double dpi) {
    const double metresPerPixel = unitsPerPixel * crs.metresPerUnit();
    return metresPerPixel * dpi / metresPerInch;
}

double unitsPerPixelFor(double denominator, const Crs& crs, double dpi) {
    const double metresPerPixel = denominator * metresPerInch / dpi;
    return metresPerPixel / crs.metresPerUnit();
}

const double* presetDenominators(int* count) {
    *count = int(sizeof(presets) / sizeof(presets[0]));
    return presets;
}

} // namespace agrimap::map_scale
