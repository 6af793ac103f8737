#include "print_map_painter.h"

#include "print/map_grid.h"
#include "print_fonts.h"

#include <QGuiApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace agrimap::print {

namespace {

constexpr double maximumRasterDpi = 300;

// A raster layer's image at the device's resolution (at most 300 dpi), drawn over the frame.
void paintRasterLayer(QPainter& painter, const PrintLayer& layer, const MapSettings& frame,
                      double framePixelsToDevice, const std::atomic_bool& cancel) {
    const double dpi = std::clamp(96.0 * framePixelsToDevice, 96.0, maximumRasterDpi);
    const double factor = dpi / 96.0;
    const QSize size(int(std::ceil(frame.outputSize().width() * factor)),
                     int(std::ceil(frame.outputSize().height() * factor)));
    const MapSettings fine = frame.withSize(size).withUnitsPerPixel(
        frame.unitsPerPixel() * frame.outputSize().width() / size.width());
    const QImage image = layer.render(fine, cancel);
    if (!image.isNull())
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(frame.outputSize())), image);
}

} // namespace

bool paintPrintMap(QPainter& painter, const PrintPage& page, const PaperUnits& units,
                   const std::atomic_bool& cancel) {
    const MapSettings settings = page.mapSettings();
    if (!settings.isValid())
        return true;
    const QRectF frame = units.rect(page.layout.mapFrame);
    // Frame pixels are 1/96 inch; the device's are finer (a PDF) or any size (a PNG).
    const double framePixelsToDevice = frame.width() / settings.outputSize().width();
    painter.save();
    painter.setClipRect(frame);
    painter.translate(frame.topLeft());
    painter.scale(framePixelsToDevice, framePixelsToDevice);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(settings.outputSize())), Qt::white);
    // Map labels in the canvas's font, so that they fit their parcels as on screen.
    painter.setFont(QGuiApplication::font());
    bool finished = true;
    for (const PrintLayer& layer : page.layers) {
        if (cancel.load(std::memory_order_relaxed)) {
            finished = false;
            break;
        }
        painter.setOpacity(layer.opacity);
        if (layer.paint) {
            if (!layer.paint(painter, settings, cancel)) {
                finished = false;
                break;
            }
        } else if (layer.render) {
            paintRasterLayer(painter, layer, settings, framePixelsToDevice, cancel);
        }
    }
    painter.restore();
    return finished && !cancel.load(std::memory_order_relaxed);
}

void paintPrintGrid(QPainter& painter, const PrintPage& page, const PaperUnits& units) {
    const QRectF frameMm = page.layout.mapFrame;
    const QRectF frame = units.rect(frameMm);
    const QRectF extent = page.frame.extent;
    painter.save();
    if (page.options.grid && !extent.isEmpty()) {
        const bool geographic = page.crs.isGeographic();
        // The same spacing both ways, chosen on the shorter side.
        const double interval =
            gridInterval(std::min(extent.width(), extent.height()), geographic, 4);
        const auto toX = [&](double x) {
            return frame.left() + (x - extent.left()) / extent.width() * frame.width();
        };
        const auto toY = [&](double y) {
            return frame.top() + (extent.bottom() - y) / extent.height() * frame.height();
        };
        const std::vector<double> xs = gridValues(extent.left(), extent.right(), interval);
        const std::vector<double> ys = gridValues(extent.top(), extent.bottom(), interval);
        QPen line(QColor(40, 40, 40, 150), units.length(0.15));
        painter.setPen(line);
        for (const double x : xs)
            painter.drawLine(QPointF(toX(x), frame.top()), QPointF(toX(x), frame.bottom()));
        for (const double y : ys)
            painter.drawLine(QPointF(frame.left(), toY(y)), QPointF(frame.right(), toY(y)));

        painter.setPen(Qt::black);
        painter.setFont(printFont(6.5));
        const double gap = units.length(1.0);
        const double labelHeight = units.length(4.0);
        const double labelWidth = units.length(40.0);
        for (const double x : xs) {
            const QString label = gridLabel(x, interval, geographic);
            const QRectF above(toX(x) - labelWidth / 2, frame.top() - gap - labelHeight, labelWidth,
                               labelHeight);
            painter.drawText(above, Qt::AlignHCenter | Qt::AlignBottom, label);
            const QRectF below(toX(x) - labelWidth / 2, frame.bottom() + gap, labelWidth,
                               labelHeight);
            painter.drawText(below, Qt::AlignHCenter | Qt::AlignTop, label);
        }
        // Northings read upwards along the left and right edges.
        for (const double y : ys) {
            const QString label = gridLabel(y, interval, geographic);
            for (const bool left : {true, false}) {
                painter.save();
                painter.translate(left ? frame.left() - gap : frame.right() + gap, toY(y));
                painter.rotate(-90);
                const QRectF box(-labelWidth / 2, left ? -labelHeight : 0, labelWidth, labelHeight);
                painter.drawText(box, Qt::AlignHCenter | (left ? Qt::AlignBottom : Qt::AlignTop),
                                 label);
                painter.restore();
            }
        }
    }
    painter.setPen(
        QPen(Qt::black, units.length(0.35), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.restore();
}

} // namespace agrimap::print
