#pragma once

#include <QImage>
#include <QString>
#include <cstdlib>

namespace agrimap::testing {

/// How far an image is from a reference: the mean absolute difference of the colour channels
/// (0–255) and the share of pixels where some channel differs by more than a threshold.
/// Images of different sizes differ completely.
struct ImageDifference {
    double meanAbsolute = 255;
    double differingShare = 1;

    bool within(double maximumMean, double maximumShare) const {
        return meanAbsolute <= maximumMean && differingShare <= maximumShare;
    }
    QString describe() const {
        return QStringLiteral("mean absolute difference %1, %2% of pixels differ")
            .arg(meanAbsolute, 0, 'f', 2)
            .arg(differingShare * 100, 0, 'f', 2);
    }
};

inline ImageDifference compareImages(const QImage& actual, const QImage& expected,
                                     int pixelThreshold = 48) {
    if (actual.size() != expected.size() || actual.isNull())
        return {};
    const QImage a = actual.convertToFormat(QImage::Format_RGB32);
    const QImage b = expected.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* lineA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lineB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int red = std::abs(qRed(lineA[x]) - qRed(lineB[x]));
            const int green = std::abs(qGreen(lineA[x]) - qGreen(lineB[x]));
            const int blue = std::abs(qBlue(lineA[x]) - qBlue(lineB[x]));
            sum += red + green + blue;
            if (red > pixelThreshold || green > pixelThreshold || blue > pixelThreshold)
                ++differing;
        }
    }
    const double pixels = double(a.width()) * a.height();
    return {sum / (pixels * 3), double(differing) / pixels};
}

} // namespace agrimap::testing
