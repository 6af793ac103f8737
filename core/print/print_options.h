#pragma once

#include "paper_layout.h"

#include <QDate>
#include <QRectF>
#include <QString>

namespace agrimap::print {

/// Everything a user chooses for one printed map. Plain values: copied to the worker thread
/// that draws the page.
struct PrintOptions {
    Paper paper = Paper::A4;
    Orientation orientation = Orientation::Portrait;
    QString title;
    QString subtitle;
    QRectF extent;               ///< the wanted area in map CRS units
    double scaleDenominator = 0; ///< fixed scale 1:N; 0 fits `extent` (readable scale)
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool grid = true;
    QString source;
    QString author;
    QDate date;       ///< printed date; null prints none
    QString logoPath; ///< an image file (PNG, JPEG, SVG); empty leaves the slot out
};

} // namespace agrimap::print
