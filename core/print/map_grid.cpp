#include "map_grid.h"

#include <QChar>
#include <cmath>

namespace agrimap::print {

namespace {

// Spacings that read well on a graticule, in degrees, coarse to fine.
constexpr double degreeSteps[] = {30,          20,          10,         5,           2,
                                  1,           30.0 / 60,   20.0 / 60,  15.0 / 60,   10.0 / 60,
                                  5.0 / 60,    2.0 / 60,    1.0 / 60,   30.0 / 3600, 20.0 / 3600,
                                  15.0 / 3600, 10.0 / 3600, 5.0 / 3600, 2.0 / 3600,  1.0 / 3600};

QString groupedInteger(qint64 value) {
    QString digits = QString::number(std::llabs(value));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x00A0));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString sexagesimal(double value, double interval) {
    const bool negative = value < 0;
    const qint64 totalSeconds = std::llround(std::abs(value) * 3600.0);
    const qint64 degrees = totalSeconds / 3600;
    const qint64 minutes = totalSeconds / 60 % 60;
    const qint64 seconds = totalSeconds % 60;
    QString text = QString::number(degrees) + QChar(0x00B0);
    const bool showSeconds = std::llround(interval * 3600.0) % 60 != 0 || seconds != 0;
    const bool showMinutes = showSeconds || std::llround(interval * 60.0) % 60 != 0 || minutes;
    if (showMinutes)
        text += QStringLiteral("%1").arg(minutes, 2, 10, QLatin1Char('0')) + QChar(0x2032);
    if (showSeconds)
        text += QStringLiteral("%1").arg(seconds, 2, 10, QLatin1Char('0')) + QChar(0x2033);
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace

double gridInterval(double span, bool geographic, int targetLines) {
    span = std::abs(span);
    if (span <= 0 || !std::isfinite(span) || targetLines < 1)
        return 0;
    const double wanted = span / targetLines;
    if (geographic) {
        // The coarsest step that still gives at least about `targetLines` / 2 lines.
        for (const double step : degreeSteps) {
            if (step <= wanted * 1.5)
                return step;
        }
        return degreeSteps[std::size(degreeSteps) - 1];
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= wanted / 1.5)
            return step * magnitude;
    }
    return 10 * magnitude;
}

std::vector<double> gridValues(double minimum, double maximum, double interval) {
    std::vector<double> values;
    if (interval <= 0 || !(maximum >= minimum))
        return values;
    const double first = std::ceil(minimum / interval - 1e-9);
    const double last = std::floor(maximum / interval + 1e-9);
    for (double k = first; k <= last && values.size() < 1000; ++k)
        values.push_back(k * interval);
    return values;
}

QString gridLabel(double value, double interval, bool geographic) {
    if (geographic)
        return sexagesimal(value, interval);
    if (interval >= 1)
        return groupedInteger(std::llround(value));
    const int decimals = int(std::ceil(-std::log10(interval) - 1e-9));
    return QString::number(value, 'f', decimals);
}

} // namespace agrimap::print
