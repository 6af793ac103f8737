#pragma once

#include "paper_units.h"
#include "print_page.h"

class QPainter;

namespace agrimap::print {

/// The printed page's furniture around the map; each draws into its box of the layout.

/// Title and subtitle, centred above the map.
void paintPrintTitle(QPainter& painter, const PrintPage& page, const PaperUnits& units);
/// North arrow (grid north in a projected CRS), numeric scale and graphic scale bar.
void paintPrintScale(QPainter& painter, const PrintPage& page, const PaperUnits& units);
/// Logo, source, author, date and the map's CRS.
void paintPrintNotes(QPainter& painter, const PrintPage& page, const PaperUnits& units);

} // namespace agrimap::print
