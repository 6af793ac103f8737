#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>

namespace agrimap::print {

/// Scale and ground extent of a printed map frame. `metresPerUnit` is the map CRS's
/// (Crs::metresPerUnit(), as the canvas's scale uses), so 1:N means the same on paper and on
/// screen.

/// The ground rectangle a frame of `frameMm` shows at 1:`denominator` around `centre`.
QRectF extentAtScale(const QPointF& centre, double denominator, const QSizeF& frameMm,
                     double metresPerUnit);

/// The exact scale at which `extent` just fits in the frame.
double fittingDenominator(const QRectF& extent, const QSizeF& frameMm, double metresPerUnit);

/// `denominator` rounded up to two significant figures (7 342 → 7 400), so that the printed
/// number reads well and the whole extent still fits.
double readableDenominator(double denominator);

/// "1:10 000": the numeric scale with a no-break space between thousands.
QString scaleText(double denominator);

/// The denominator in "10000", "1:10000", "1:10 000" or "1:10.000"; nothing for other text
/// or a scale outside 1:100 … 1:100 000 000.
std::optional<double> parseScaleText(QString text);

/// What a printed map frame shows: `extent` fills the frame exactly.
struct PrintFrame {
    QRectF extent;
    double denominator = 0;
};

/// The frame for a wanted area: at a fixed scale (`denominator` > 0) the frame is centred on
/// `wanted`; with 0 the scale is the readable one that fits all of `wanted`.
PrintFrame resolveFrame(const QRectF& wanted, double denominator, const QSizeF& frameMm,
                        double metresPerUnit);

/// A graphic scale bar: `segments` equal parts of `segmentMetres` on the ground, together
/// `lengthMm` on paper, labelled in `unit` ("m" or "km") with `unitFactor` metres per unit.
struct ScaleBarLayout {
    double segmentMetres = 0;
    int segments = 0;
    double lengthMm = 0;
    QString unit;
    double unitFactor = 1;
};

/// The longest readable bar of four segments (each 1, 2, 2.5 or 5 × 10ⁿ m) no longer than
/// `maximumMm`.
ScaleBarLayout scaleBarLayout(double denominator, double maximumMm);

/// A ground distance in the bar's unit without trailing zeros: "250", "1.5".
QString scaleBarLabel(double metres, const ScaleBarLayout& layout);

} // namespace agrimap::print
