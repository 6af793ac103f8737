#pragma once

#include <QPointF>
#include <QRectF>

namespace agrimap::print {

/// Millimetres on the sheet to pixels of the device a page is drawn on (a PDF's points at its
/// resolution, a PNG's pixels at its dpi).
struct PaperUnits {
    double pixelsPerMm = 1;

    static PaperUnits atDpi(double dotsPerInch) { return {dotsPerInch / 25.4}; }
    double length(double millimetres) const { return millimetres * pixelsPerMm; }
    QPointF point(const QPointF& millimetres) const { return millimetres * pixelsPerMm; }
    QPointF point(double x, double y) const { return QPointF(x, y) * pixelsPerMm; }
    QRectF rect(const QRectF& millimetres) const {
        return QRectF(point(millimetres.topLeft()), point(millimetres.bottomRight()));
    }
};

} // namespace agrimap::print
