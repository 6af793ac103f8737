#include "layer_icons.h"

#include "map_layer.h"
#include "raster_layer.h"
#include "vector_layer.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <algorithm>

namespace agrimap::layer_icons {

namespace {

constexpr int iconSize = 32; // drawn large, scaled down by QIcon

QPixmap blankPixmap() {
    QPixmap pixmap(iconSize, iconSize);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QIcon drawKind(GeometryKind kind, bool raster) {
    QPixmap pixmap = blankPixmap();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(60, 60, 60);
    if (raster) {
        // A checkerboard reads as "image" at any size.
        for (int y = 0; y < 4; ++y) {
            for (int x = 0; x < 4; ++x)
                painter.fillRect(4 + 6 * x, 4 + 6 * y, 6, 6,
                                 (x + y) % 2 ? QColor(120, 170, 120) : QColor(200, 220, 160));
        }
        painter.setPen(QPen(ink, 1.5));
        painter.drawRect(4, 4, 24, 24);
        return QIcon(pixmap);
    }
    switch (kind) {
    case GeometryKind::Polygon: {
        QPainterPath path;
        path.moveTo(5, 24);
        path.lineTo(9, 6);
        path.lineTo(25, 5);
        path.lineTo(28, 20);
        path.lineTo(16, 28);
        path.closeSubpath();
        painter.setPen(QPen(ink, 2));
        painter.setBrush(QColor(170, 200, 150));
        painter.drawPath(path);
        break;
    }
    case GeometryKind::Line: {
        painter.setPen(QPen(QColor(30, 90, 200), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF points[] = {{4, 26}, {12, 10}, {20, 20}, {28, 5}};
        painter.drawPolyline(points, 4);
        break;
    }
    case GeometryKind::Point:
        painter.setPen(QPen(QColor(120, 20, 20), 1.5));
        painter.setBrush(QColor(220, 60, 60));
        painter.drawEllipse(QPointF(9, 10), 4, 4);
        painter.drawEllipse(QPointF(22, 14), 4, 4);
        painter.drawEllipse(QPointF(13, 24), 4, 4);
        break;
    case GeometryKind::None:
        // A table without geometry.
        painter.setPen(QPen(ink, 1.5));
        painter.setBrush(Qt::white);
        painter.drawRect(4, 6, 24, 20);
        painter.drawLine(4, 12, 28, 12);
        painter.drawLine(4, 19, 28, 19);
        painter.drawLine(14, 6, 14, 26);
        break;
    }
    return QIcon(pixmap);
}

} // namespace

QIcon forLayer(const MapLayer& layer, int progressPercent) {
    switch (layer.state()) {
    case MapLayer::State::Loading:
        return progress(progressPercent);
    case MapLayer::State::Failed:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case MapLayer::State::Ready:
        break;
    }
    static QHash<int, QIcon> cache;
    GeometryKind kind = GeometryKind::None;
    if (const auto* vector = qobject_cast<const VectorLayer*>(&layer))
        kind = vector->sourceInfo().geometryKind;
    const int key = layer.isRaster() ? -1 : int(kind);
    auto found = cache.constFind(key);
    if (found == cache.constEnd())
        found = cache.insert(key, drawKind(kind, layer.isRaster()));
    return found.value();
}

QIcon swatch(const QColor& fill, const QColor& stroke) {
    static QHash<QString, QIcon> cache;
    const QString key = fill.name(QColor::HexArgb) + stroke.name(QColor::HexArgb);
    const auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return found.value();
    QPixmap pixmap = blankPixmap();
    QPainter painter(&pixmap);
    if (fill.alpha() == 0) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(stroke, 4));
        painter.drawLine(4, 16, 28, 16);
    } else {
        painter.setPen(QPen(stroke.isValid() ? stroke : QColor(Qt::black), 2));
        painter.setBrush(fill);
        painter.drawRect(4, 4, 24, 24);
    }
    painter.end();
    return cache.insert(key, QIcon(pixmap)).value();
}

QIcon progress(int percent) {
    QPixmap pixmap = blankPixmap();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(4, 4, 24, 24);
    painter.setPen(QPen(QColor(90, 90, 90), 2));
    painter.setBrush(QColor(235, 235, 235));
    painter.drawEllipse(circle);
    if (percent > 0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(60, 130, 200));
        // Angles in 1/16 degree, counter-clockwise from three o'clock: start at twelve.
        painter.drawPie(circle, 90 * 16, -std::min(percent, 100) * 360 * 16 / 100);
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace agrimap::layer_icons
