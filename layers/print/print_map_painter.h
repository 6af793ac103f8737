#pragma once

#include "paper_units.h"
#include "print_page.h"

#include <atomic>

class QPainter;

namespace agrimap::print {

/// Draws the layers of `page` into its map frame: vector layers through their own drawing
/// code, scaled from the frame's 96-dpi pixels onto paper (so they stay vector in a PDF and
/// look as on screen); raster layers as an image at up to 300 dpi. False when cancelled.
bool paintPrintMap(QPainter& painter, const PrintPage& page, const PaperUnits& units,
                   const std::atomic_bool& cancel);

/// The coordinate grid over the frame, labelled outside it in the map CRS, and the frame's
/// border.
void paintPrintGrid(QPainter& painter, const PrintPage& page, const PaperUnits& units);

} // namespace agrimap::print
