#include "print_legend_painter.h"

#include "print_fonts.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace agrimap::print {

namespace {

constexpr double headingHeight = 6.0; // mm, "Legend"
constexpr double layerRowHeight = 4.6;
constexpr double entryRowHeight = 4.2;
constexpr double minimumColumnWidth = 42.0;
constexpr double swatchWidth = 6.0;
constexpr double swatchHeight = 3.2;
// A long legend is set smaller before anything is left out: full size, then 85 %, then 70 %.
constexpr double sizes[] = {1.0, 0.85, 0.7};

struct LegendRow {
    const PrintLayer* layer = nullptr;
    const LegendEntry* entry = nullptr; ///< null: the layer's heading
    double height(double size) const { return (entry ? entryRowHeight : layerRowHeight) * size; }
};

std::vector<LegendRow> legendRows(const PrintPage& page) {
    std::vector<LegendRow> rows;
    // Top layer first, as in the layer tree.
    for (auto it = page.layers.rbegin(); it != page.layers.rend(); ++it) {
        const PrintLayer& layer = *it;
        if (layer.legend.isEmpty())
            continue;
        // A single plain entry already names its layer.
        const bool named = layer.legend.size() == 1 && layer.legend.front().label == layer.title;
        if (!named)
            rows.push_back({&layer, nullptr});
        for (const LegendEntry& entry : layer.legend)
            rows.push_back({&layer, &entry});
    }
    return rows;
}

// Where each row goes: column and top (mm below the heading), flowing down the columns; a
// layer's heading never ends a column without its first entry. Rows that do not fit in
// `columns` columns get column -1; the last column keeps `reserve` mm free.
struct Placement {
    int column = -1;
    double top = 0;
};
std::vector<Placement> flowRows(const std::vector<LegendRow>& rows, double height, double size,
                                int columns, double reserve) {
    std::vector<Placement> placements(rows.size());
    int column = 0;
    double used = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const bool heading = rows[i].entry == nullptr;
        const double needed = rows[i].height(size) + (heading ? entryRowHeight * size : 0);
        const double available = height - (column == columns - 1 ? reserve : 0);
        if (used > 0 && used + needed > available + 1e-9) {
            if (column == columns - 1)
                break;
            ++column;
            used = 0;
        }
        placements[i] = {column, used};
        used += rows[i].height(size);
    }
    return placements;
}

bool allPlaced(const std::vector<Placement>& placements) {
    return placements.empty() || placements.back().column >= 0;
}

void paintSwatch(QPainter& painter, const QRectF& area, const PrintLayer& layer,
                 const LegendEntry& entry, const PaperUnits& units) {
    const QColor stroke = entry.stroke.isValid() ? entry.stroke : QColor(Qt::black);
    painter.save();
    if (layer.raster) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(entry.fill);
        painter.drawRect(area);
    } else if (layer.geometryKind == GeometryKind::Line) {
        painter.setPen(QPen(stroke, units.length(0.5)));
        painter.drawLine(QPointF(area.left(), area.center().y()),
                         QPointF(area.right(), area.center().y()));
    } else if (layer.geometryKind == GeometryKind::Point) {
        painter.setPen(QPen(stroke, units.length(0.2)));
        painter.setBrush(entry.fill);
        const double radius = units.length(1.2);
        painter.drawEllipse(area.center(), radius, radius);
    } else {
        painter.setPen(QPen(stroke, units.length(0.2)));
        painter.setBrush(entry.fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(entry.fill));
        painter.drawRect(area);
    }
    painter.restore();
}

} // namespace

void paintPrintLegend(QPainter& painter, const PrintPage& page, const PaperUnits& units) {
    if (!page.options.legend)
        return;
    const std::vector<LegendRow> rows = legendRows(page);
    if (rows.empty())
        return;
    const QRectF box = page.layout.legendBox;
    painter.save();
    painter.setPen(Qt::black);
    painter.setFont(printFont(9, true));
    painter.drawText(units.rect(QRectF(box.left(), box.top(), box.width(), headingHeight)),
                     Qt::AlignLeft | Qt::AlignTop,
                     QCoreApplication::translate("agrimap::print", "Legend"));

    const double height = box.height() - headingHeight;
    // The largest size at which everything fits; at the smallest, as much as fits.
    double size = sizes[0];
    int columns = 1;
    std::vector<Placement> placements;
    for (const double candidate : sizes) {
        size = candidate;
        columns = std::max(1, int(box.width() / (minimumColumnWidth * size)));
        placements = flowRows(rows, height, size, columns, 0);
        if (allPlaced(placements))
            break;
    }
    const bool truncated = !allPlaced(placements);
    if (truncated)
        placements = flowRows(rows, height, size, columns, entryRowHeight * size);
    const double columnWidth = box.width() / columns;

    const QFont layerFont = printFont(7.5 * size, true);
    const QFont entryFont = printFont(7 * size);
    size_t drawn = 0;
    double nextTop = 0;
    int lastColumn = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Placement& placement = placements[i];
        if (placement.column < 0)
            break;
        const LegendRow& row = rows[i];
        const double rowHeight = row.height(size);
        const double x = box.left() + placement.column * columnWidth;
        const double y = box.top() + headingHeight + placement.top;
        if (!row.entry) {
            painter.setFont(layerFont);
            const QRectF text = units.rect(QRectF(x, y, columnWidth - 2, rowHeight));
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(row.layer->title, Qt::ElideRight,
                                                              int(text.width())));
        } else {
            const QRectF swatch(x, y + (rowHeight - swatchHeight * size) / 2, swatchWidth * size,
                                swatchHeight * size);
            paintSwatch(painter, units.rect(swatch), *row.layer, *row.entry, units);
            painter.setFont(entryFont);
            const QRectF text =
                units.rect(QRectF(swatch.right() + 1.5 * size, y,
                                  columnWidth - swatch.width() - 3.5 * size, rowHeight));
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(row.entry->label, Qt::ElideRight,
                                                              int(text.width())));
        }
        ++drawn;
        lastColumn = placement.column;
        nextTop = y + rowHeight;
    }
    if (drawn < rows.size()) {
        painter.setFont(entryFont);
        const double x = box.left() + lastColumn * columnWidth;
        painter.drawText(units.rect(QRectF(x, nextTop, columnWidth, entryRowHeight * size)),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QCoreApplication::translate("agrimap::print", "… and %n more", nullptr,
                                                     int(rows.size() - drawn)));
    }
    painter.restore();
}

} // namespace agrimap::print
