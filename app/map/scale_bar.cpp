#include "scale_bar.h"

#include <QPainter>
#include <cmath>

namespace agrimap {

ScaleBarLength scaleBarLength(const MapSettings& settings, double maximumPixels) {
    double metresPerPixel = settings.unitsPerPixel() * settings.crs().metresPerUnit();
    if (settings.crs().isGeographic())
        metresPerPixel *= std::cos(settings.centre().y() * M_PI / 180.0);
    if (metresPerPixel <= 0)
        return {};
    const double maximumMetres = maximumPixels * metresPerPixel;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maximumMetres)));
    double metres = magnitude;
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maximumMetres) {
            metres = step * magnitude;
            break;
        }
    }
    return {metres, metres / metresPerPixel};
}

void paintScaleBar(QPainter& painter, const MapSettings& settings) {
    const ScaleBarLength length = scaleBarLength(settings, 160);
    if (length.pixels <= 0)
        return;
    const QString text = length.metres >= 1000 ? QStringLiteral("%1 km").arg(length.metres / 1000.0)
                                               : QStringLiteral("%1 m").arg(length.metres);
    const int x = 14;
    const int y = settings.outputSize().height() - 18;
    const int width = int(std::lround(length.pixels));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(x - 6, y - 22, width + 12 + painter.fontMetrics().horizontalAdvance(text), 32);
    painter.setBrush(Qt::black);
    painter.drawRect(x, y, width / 2, 5);
    painter.setBrush(Qt::white);
    painter.setPen(Qt::black);
    painter.drawRect(x + width / 2, y, width - width / 2, 5);
    painter.drawText(QPoint(x, y - 5), QStringLiteral("0"));
    painter.drawText(QPoint(x + width - painter.fontMetrics().horizontalAdvance(text) / 2, y - 5),
                     text);
    painter.restore();
}

} // namespace agrimap
