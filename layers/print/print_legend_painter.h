#pragma once

#include "paper_units.h"
#include "print_page.h"

class QPainter;

namespace agrimap::print {

/// The legend of the printed layers in the layout's legend box: a heading per layer, a swatch
/// drawn as the layer draws (area, line or point) and its text. Entries flow into as many
/// columns as the box needs; what still does not fit is counted in a last line.
void paintPrintLegend(QPainter& painter, const PrintPage& page, const PaperUnits& units);

} // namespace agrimap::print
