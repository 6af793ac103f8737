#include "paper_layout.h"

#include <cmath>

namespace agrimap::print {

namespace {

constexpr double margin = 10.0;      // around the sheet
constexpr double titleHeight = 18.0; // title (18 pt) and subtitle (11 pt)
constexpr double gridGutter = 6.0;   // grid labels outside the map frame
constexpr double gap = 4.0;

double snapDown(double millimetres) {
    return std::floor(millimetres / millimetresPerScreenPixel + 1e-9) * millimetresPerScreenPixel;
}
double snapUp(double millimetres) {
    return std::ceil(millimetres / millimetresPerScreenPixel - 1e-9) * millimetresPerScreenPixel;
}

// The largest rectangle with corners on the 1/96-inch grid inside `area`.
QRectF snappedInside(const QRectF& area) {
    const double left = snapUp(area.left());
    const double top = snapUp(area.top());
    return QRectF(left, top, snapDown(area.right() - left), snapDown(area.bottom() - top));
}

} // namespace

std::optional<Paper> paperFromName(const QString& name) {
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0)
        return Paper::A3;
    return std::nullopt;
}

QString paperName(Paper paper) {
    return paper == Paper::A3 ? QStringLiteral("A3") : QStringLiteral("A4");
}

QSizeF paperSizeMm(Paper paper, Orientation orientation) {
    const QSizeF portrait = paper == Paper::A3 ? QSizeF(297, 420) : QSizeF(210, 297);
    return orientation == Orientation::Portrait ? portrait : portrait.transposed();
}

PageLayout pageLayout(Paper paper, Orientation orientation) {
    PageLayout layout;
    layout.orientation = orientation;
    layout.page = paperSizeMm(paper, orientation);
    const QRectF sheet(margin, margin, layout.page.width() - 2 * margin,
                       layout.page.height() - 2 * margin);
    layout.title = QRectF(sheet.left(), sheet.top(), sheet.width(), titleHeight);
    const double below = layout.title.bottom() + gap;
    // The panel beside the map on landscape sheets, under it on portrait ones; A3 gives
    // the legend a little more room.
    const double panelSize = paper == Paper::A3 ? 80.0 : 62.0;
    QRectF mapArea;
    if (orientation == Orientation::Landscape) {
        layout.panel = QRectF(sheet.right() - panelSize, below, panelSize, sheet.bottom() - below);
        mapArea = QRectF(QPointF(sheet.left(), below),
                         QPointF(layout.panel.left() - gap, sheet.bottom()));
    } else {
        layout.panel = QRectF(sheet.left(), sheet.bottom() - panelSize, sheet.width(), panelSize);
        mapArea =
            QRectF(QPointF(sheet.left(), below), QPointF(sheet.right(), layout.panel.top() - gap));
    }
    layout.mapFrame =
        snappedInside(mapArea.adjusted(gridGutter, gridGutter, -gridGutter, -gridGutter));
    const QRectF& panel = layout.panel;
    if (orientation == Orientation::Landscape) {
        // Stacked: scale on top, legend in the middle, notes at the foot.
        layout.scaleBox = QRectF(panel.left(), panel.top(), panel.width(), 34);
        layout.notesBox = QRectF(panel.left(), panel.bottom() - 40, panel.width(), 40);
        layout.legendBox = QRectF(QPointF(panel.left(), layout.scaleBox.bottom() + gap),
                                  QPointF(panel.right(), layout.notesBox.top() - gap));
    } else {
        // Side by side: legend (half the width), scale, notes.
        const double legendWidth = panel.width() * 0.5;
        const double scaleWidth = (panel.width() - legendWidth - 2 * gap) / 2;
        layout.legendBox = QRectF(panel.left(), panel.top(), legendWidth, panel.height());
        layout.scaleBox =
            QRectF(layout.legendBox.right() + gap, panel.top(), scaleWidth, panel.height());
        layout.notesBox =
            QRectF(QPointF(layout.scaleBox.right() + gap, panel.top()), panel.bottomRight());
    }
    return layout;
}

QSize frameScreenPixels(const PageLayout& layout) {
    return QSize(int(std::lround(layout.mapFrame.width() / millimetresPerScreenPixel)),
                 int(std::lround(layout.mapFrame.height() / millimetresPerScreenPixel)));
}

} // namespace agrimap::print
