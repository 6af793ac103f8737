#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>

namespace agrimap::print {

enum class Paper { A4, A3 };
enum class Orientation { Portrait, Landscape };

/// "A4" / "A3" (case-insensitive) to a paper; nothing for other names.
std::optional<Paper> paperFromName(const QString& name);
QString paperName(Paper paper);

/// The sheet in millimetres, ISO 216.
QSizeF paperSizeMm(Paper paper, Orientation orientation);

/// Where each part of a printed map sits on the sheet, in millimetres from the top-left
/// corner. The map frame's corners lie on whole 1/96-inch steps, so the frame of a page drawn
/// at 96 dpi covers whole pixels and matches a canvas image of the same size pixel for pixel.
struct PageLayout {
    QSizeF page;
    QRectF title;    ///< title and subtitle
    QRectF mapFrame; ///< the map itself; grid labels sit just outside it
    QRectF panel;    ///< the three boxes below
    QRectF scaleBox; ///< north arrow, numeric and graphic scale
    QRectF legendBox;
    QRectF notesBox; ///< logo, source, author, date and the CRS
    Orientation orientation = Orientation::Portrait;
};

PageLayout pageLayout(Paper paper, Orientation orientation);

/// One 1/96 inch in millimetres: a pixel of the screen the styles were made for.
constexpr double millimetresPerScreenPixel = 25.4 / 96.0;

/// The map frame's size in 96-dpi pixels (whole numbers by construction).
QSize frameScreenPixels(const PageLayout& layout);

} // namespace agrimap::print
