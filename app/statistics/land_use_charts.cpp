#include "land_use_charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <algorithm>

namespace agrimap {

namespace {

QColor outlineOf(const QColor& fill) {
    return fill.darker(160);
}

} // namespace

QString communeTitle(const QString& commune) {
    return commune.isEmpty() ? noCommuneText() : commune;
}

QChart* makeLandUseBarChart(const LandUseStatistics& statistics,
                            const std::optional<QString>& commune, const CategoryPalette& palette) {
    const QStringList communes = commune ? QStringList{*commune} : statistics.communes();
    auto* series = new QBarSeries;
    double largest = 0;
    for (const LandUseCell& code : statistics.byCode(commune)) {
        auto* set = new QBarSet(code.code.isEmpty() ? noCodeText() : code.code);
        const QColor colour = palette.colourOf(code.code);
        set->setColor(colour);
        set->setBorderColor(outlineOf(colour));
        for (const QString& name : communes) {
            double hectares = 0;
            for (const LandUseCell& cell : statistics.cells()) {
                if (cell.commune == name && cell.code == code.code)
                    hectares += cell.hectares();
            }
            largest = std::max(largest, hectares);
            *set << hectares;
        }
        series->append(set);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(
        commune
            ? QCoreApplication::translate("agrimap::LandUseCharts", "Land use of %1 (ha)")
                  .arg(communeTitle(*commune))
            : QCoreApplication::translate("agrimap::LandUseCharts", "Land use by commune (ha)"));
    auto* communeAxis = new QBarCategoryAxis;
    for (const QString& name : communes)
        communeAxis->append(communeTitle(name));
    if (communes.size() > 3)
        communeAxis->setLabelsAngle(-40); // commune names are long; slanted they fit
    chart->addAxis(communeAxis, Qt::AlignBottom);
    series->attachAxis(communeAxis);
    auto* hectareAxis = new QValueAxis;
    hectareAxis->setRange(0, largest > 0 ? largest * 1.05 : 1);
    hectareAxis->setLabelFormat(QStringLiteral("%.0f"));
    hectareAxis->setTitleText(QCoreApplication::translate("agrimap::LandUseCharts", "ha"));
    chart->addAxis(hectareAxis, Qt::AlignLeft);
    series->attachAxis(hectareAxis);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* makeLandUsePie(const LandUseStatistics& statistics, const QString& commune,
                       const CategoryPalette& palette) {
    auto* series = new QPieSeries;
    const double total = statistics.totalAreaM2(commune);
    for (const LandUseCell& code : statistics.byCode(commune)) {
        const QString label = code.code.isEmpty() ? noCodeText() : code.code;
        QPieSlice* slice = series->append(label, code.hectares());
        const QColor colour = palette.colourOf(code.code);
        slice->setColor(colour);
        slice->setBorderColor(outlineOf(colour));
        // Labels on the slices worth reading; the legend names the rest.
        slice->setLabelVisible(total > 0 && code.areaM2 / total >= 0.05);
        slice->setLabel(QStringLiteral("%1 %2%").arg(label).arg(
            QLocale().toString(total > 0 ? 100.0 * code.areaM2 / total : 0.0, 'f', 1)));
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(communeTitle(commune));
    chart->legend()->hide();
    return chart;
}

} // namespace agrimap
