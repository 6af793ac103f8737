#include "print_scale.h"

#include <algorithm>
#include <cmath>

namespace agrimap::print {

QRectF extentAtScale(const QPointF& centre, double denominator, const QSizeF& frameMm,
                     double metresPerUnit) {
    const double unitsPerMm = denominator / 1000.0 / metresPerUnit;
    const double width = frameMm.width() * unitsPerMm;
    const double height = frameMm.height() * unitsPerMm;
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
}

double fittingDenominator(const QRectF& extent, const QSizeF& frameMm, double metresPerUnit) {
    const QRectF normal = extent.normalized();
    const double metresPerMmX = normal.width() * metresPerUnit / frameMm.width();
    const double metresPerMmY = normal.height() * metresPerUnit / frameMm.height();
    return std::max(metresPerMmX, metresPerMmY) * 1000.0;
}

double readableDenominator(double denominator) {
    if (denominator <= 0 || !std::isfinite(denominator))
        return denominator;
    const double step = std::pow(10.0, std::floor(std::log10(denominator)) - 1);
    // A hair of tolerance: a scale that is already round stays as it is.
    return std::ceil(denominator / step - 1e-9) * step;
}

QString scaleText(double denominator) {
    const qint64 value = std::llround(denominator);
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x00A0));
    return QStringLiteral("1:") + digits;
}

std::optional<double> parseScaleText(QString text) {
    text = text.trimmed();
    if (text.startsWith(QLatin1String("1:")))
        text = text.mid(2);
    // Thousands may be grouped with spaces, no-break spaces or (as written in Vietnam) dots.
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    text.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    bool ok = false;
    const double denominator = text.toDouble(&ok);
    if (!ok || denominator < 100 || denominator > 100'000'000)
        return std::nullopt;
    return denominator;
}

PrintFrame resolveFrame(const QRectF& wanted, double denominator, const QSizeF& frameMm,
                        double metresPerUnit) {
    PrintFrame frame;
    frame.denominator =
        denominator > 0 ? denominator
                        : readableDenominator(fittingDenominator(wanted, frameMm, metresPerUnit));
    frame.extent =
        extentAtScale(wanted.normalized().center(), frame.denominator, frameMm, metresPerUnit);
    return frame;
}

ScaleBarLayout scaleBarLayout(double denominator, double maximumMm) {
    ScaleBarLayout bar;
    if (denominator <= 0 || maximumMm <= 0)
        return bar;
    const double maximumMetres = maximumMm * denominator / 1000.0;
    constexpr int segments = 4;
    const double longest = maximumMetres / segments;
    const double magnitude = std::pow(10.0, std::floor(std::log10(longest)));
    bar.segments = segments;
    bar.segmentMetres = magnitude;
    for (const double step : {5.0, 2.5, 2.0, 1.0}) {
        if (step * magnitude <= longest * (1 + 1e-9)) {
            bar.segmentMetres = step * magnitude;
            break;
        }
    }
    bar.lengthMm = bar.segmentMetres * bar.segments * 1000.0 / denominator;
    const bool kilometres = bar.segmentMetres * bar.segments >= 2000;
    bar.unit = kilometres ? QStringLiteral("km") : QStringLiteral("m");
    bar.unitFactor = kilometres ? 1000.0 : 1.0;
    return bar;
}

QString scaleBarLabel(double metres, const ScaleBarLayout& layout) {
    return QString::number(metres / layout.unitFactor, 'g', 6);
}

} // namespace agrimap::print
