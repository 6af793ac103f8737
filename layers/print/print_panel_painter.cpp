#include "print_panel_painter.h"

#include "print_fonts.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace agrimap::print {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("agrimap::print", text);
}

// The classic two-tone arrow in `box` (mm): left half black, right half white, "N" on top.
void paintNorthArrow(QPainter& painter, const QRectF& box, const PaperUnits& units,
                     bool gridNorth) {
    const QRectF area = units.rect(box);
    const double captionHeight = units.length(3.5);
    const double letterHeight = units.length(5.0);
    const double arrowHeight = area.height() - captionHeight - letterHeight;
    const double halfWidth = std::min(arrowHeight * 0.3, area.width() / 2);
    const double centreX = area.center().x();
    const QPointF tip(centreX, area.top() + letterHeight);
    const QPointF base(centreX, tip.y() + arrowHeight * 0.78);
    const QPointF left(centreX - halfWidth, tip.y() + arrowHeight);
    const QPointF right(centreX + halfWidth, tip.y() + arrowHeight);
    painter.save();
    painter.setPen(QPen(Qt::black, units.length(0.25), Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter.setBrush(Qt::black);
    painter.drawPolygon(QPolygonF{tip, left, base});
    painter.setBrush(Qt::white);
    painter.drawPolygon(QPolygonF{tip, base, right});
    painter.setFont(printFont(11, true));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), letterHeight),
                     Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("N"));
    painter.setFont(printFont(6));
    painter.drawText(QRectF(area.left() - units.length(10), area.bottom() - captionHeight,
                            area.width() + units.length(20), captionHeight),
                     Qt::AlignHCenter | Qt::AlignBottom,
                     gridNorth ? tr("Grid north") : tr("North"));
    painter.restore();
}

// "Scale 1:10 000" over a bar of four alternating segments labelled 0 … 800 m.
void paintScaleText(QPainter& painter, const PrintPage& page, const QRectF& box,
                    const PaperUnits& units) {
    const QRectF area = units.rect(box);
    painter.save();
    painter.setPen(Qt::black);
    painter.setFont(printFont(10, true));
    const double textHeight = units.length(6);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), textHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Scale %1").arg(scaleText(page.frame.denominator)));
    if (page.options.scaleBar) {
        const ScaleBarLayout bar = scaleBarLayout(page.frame.denominator, box.width() - 10);
        if (bar.segments > 0) {
            const double segment = units.length(bar.lengthMm / bar.segments);
            const double height = units.length(1.6);
            const double top = area.top() + textHeight + units.length(5);
            painter.setPen(QPen(Qt::black, units.length(0.2)));
            for (int i = 0; i < bar.segments; ++i) {
                painter.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
                painter.drawRect(QRectF(area.left() + i * segment, top, segment, height));
            }
            painter.setFont(printFont(6.5));
            const double labelWidth = units.length(14);
            for (int i = 0; i <= bar.segments; ++i) {
                QString label = scaleBarLabel(bar.segmentMetres * i, bar);
                if (i == bar.segments)
                    label += QLatin1Char(' ') + bar.unit;
                const double x = area.left() + i * segment;
                const QRectF labelBox(x - labelWidth / 2, top - units.length(4), labelWidth,
                                      units.length(3.6));
                painter.drawText(i == bar.segments ? labelBox.translated(units.length(2), 0)
                                                   : labelBox,
                                 Qt::AlignHCenter | Qt::AlignBottom, label);
            }
        }
    }
    painter.restore();
}

} // namespace

void paintPrintTitle(QPainter& painter, const PrintPage& page, const PaperUnits& units) {
    const QRectF area = units.rect(page.layout.title);
    painter.save();
    painter.setPen(Qt::black);
    const bool hasSubtitle = !page.options.subtitle.isEmpty();
    const double titleHeight = area.height() * (hasSubtitle ? 0.6 : 1.0);
    painter.setFont(printFont(18, true));
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), titleHeight),
        Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
        painter.fontMetrics().elidedText(page.options.title, Qt::ElideRight, int(area.width())));
    if (hasSubtitle) {
        painter.setFont(printFont(11));
        painter.drawText(QRectF(area.left(), area.top() + titleHeight, area.width(),
                                area.height() - titleHeight),
                         Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(page.options.subtitle, Qt::ElideRight,
                                                          int(area.width())));
    }
    painter.restore();
}

void paintPrintScale(QPainter& painter, const PrintPage& page, const PaperUnits& units) {
    const QRectF box = page.layout.scaleBox;
    const bool gridNorth = !page.crs.isGeographic();
    // Wide boxes put the arrow beside the scale, narrow ones above it.
    if (box.width() > box.height() * 1.5) {
        const double arrowWidth = page.options.northArrow ? 16.0 : 0.0;
        if (page.options.northArrow)
            paintNorthArrow(painter, QRectF(box.left(), box.top(), arrowWidth, box.height()), units,
                            gridNorth);
        paintScaleText(painter, page,
                       QRectF(box.left() + arrowWidth + 4, box.top() + 4,
                              box.width() - arrowWidth - 4, box.height() - 4),
                       units);
        return;
    }
    const double arrowHeight = page.options.northArrow ? std::min(box.height() * 0.55, 30.0) : 0;
    if (page.options.northArrow)
        paintNorthArrow(painter, QRectF(box.left(), box.top(), box.width(), arrowHeight), units,
                        gridNorth);
    paintScaleText(painter, page,
                   QRectF(box.left(), box.top() + arrowHeight + 3, box.width(),
                          box.height() - arrowHeight - 3),
                   units);
}

void paintPrintNotes(QPainter& painter, const PrintPage& page, const PaperUnits& units) {
    const PrintOptions& options = page.options;
    QRectF box = page.layout.notesBox;
    painter.save();
    if (!page.logo.isNull()) {
        // At most 18 mm high and the box's width, keeping the image's proportions.
        const QSizeF logo =
            QSizeF(page.logo.size()).scaled(QSizeF(box.width(), 18), Qt::KeepAspectRatio);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(units.rect(QRectF(box.topLeft(), logo)), page.logo);
        box.setTop(box.top() + logo.height() + 2);
    }
    QStringList lines;
    if (!options.source.isEmpty())
        lines << tr("Source: %1").arg(options.source);
    if (!options.author.isEmpty())
        lines << tr("Author: %1").arg(options.author);
    if (options.date.isValid())
        lines << tr("Date: %1").arg(options.date.toString(QStringLiteral("dd/MM/yyyy")));
    lines << tr("Coordinate system: %1").arg(page.crs.displayName());
    painter.setPen(Qt::black);
    painter.setFont(printFont(7.5));
    painter.drawText(units.rect(box), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     lines.join(QLatin1Char('\n')));
    painter.restore();
}

} // namespace agrimap::print
