#pragma once

#include "analysis/land_use_statistics.h"
#include "category_palette.h"

#include <optional>

class QChart;

namespace agrimap {

/// Hectares by land-use code as bars: one bar set per code, coloured with the code's official
/// colour from the style file (land_use_colours.csv), one group of bars per commune shown
/// (`commune`, or every commune). The caller owns the chart.
QChart* makeLandUseBarChart(const LandUseStatistics& statistics,
                            const std::optional<QString>& commune, const CategoryPalette& palette);

/// One commune's land use as a pie, a slice per code in its official colour.
QChart* makeLandUsePie(const LandUseStatistics& statistics, const QString& commune,
                       const CategoryPalette& palette);

/// "Hòa An" for a named commune, "(no commune)" for the empty one.
QString communeTitle(const QString& commune);

} // namespace agrimap
