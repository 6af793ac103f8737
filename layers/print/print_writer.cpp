#include "print_writer.h"

#include "print_legend_painter.h"
#include "print_map_painter.h"
#include "print_panel_painter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

namespace agrimap::print {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("agrimap::print", text);
}

constexpr int pdfResolution = 1200;

Status cancelled(const QString& path) {
    return Error{tr("Printing %1 was cancelled; no file was written.").arg(path)};
}

Status writePdf(const PrintPage& page, const QString& path, const std::atomic_bool& cancel) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setResolution(pdfResolution);
        writer.setTitle(page.options.title);
        writer.setCreator(QStringLiteral("AgriMap"));
        // A standard sheet turned as chosen, so that printers pick the right paper.
        const QPageLayout pageLayout(
            QPageSize(page.options.paper == Paper::A3 ? QPageSize::A3 : QPageSize::A4),
            page.options.orientation == Orientation::Landscape ? QPageLayout::Landscape
                                                               : QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setPageLayout(pageLayout);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("Cannot start a PDF in %1.").arg(path)};
        const bool finished = paintPrintPage(painter, page, pdfResolution, cancel);
        painter.end();
        if (!finished) {
            file.cancelWriting();
            return cancelled(path);
        }
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Status writePng(const PrintPage& page, const QString& path, double dpi,
                const std::atomic_bool& cancel) {
    if (dpi < minimumPngDpi || dpi > maximumPngDpi)
        return Error{tr("%1 dpi cannot be printed: choose between %2 and %3.")
                         .arg(dpi)
                         .arg(minimumPngDpi)
                         .arg(maximumPngDpi)};
    const QImage image = renderPrintPage(page, dpi, cancel);
    if (image.isNull())
        return cancelled(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return Error{tr("Cannot write %1: %2").arg(path, writer.errorString())};
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace

std::optional<PrintFormat> printFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return PrintFormat::Pdf;
    if (suffix == QLatin1String("png"))
        return PrintFormat::Png;
    return std::nullopt;
}

bool paintPrintPage(QPainter& painter, const PrintPage& page, double dotsPerInch,
                    const std::atomic_bool& cancel) {
    const PaperUnits units = PaperUnits::atDpi(dotsPerInch);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(units.rect(QRectF(QPointF(0, 0), page.layout.page)), Qt::white);
    const bool finished = paintPrintMap(painter, page, units, cancel);
    if (finished) {
        paintPrintGrid(painter, page, units);
        paintPrintTitle(painter, page, units);
        paintPrintScale(painter, page, units);
        paintPrintLegend(painter, page, units);
        paintPrintNotes(painter, page, units);
    }
    painter.restore();
    return finished;
}

QImage renderPrintPage(const PrintPage& page, double dotsPerInch, const std::atomic_bool& cancel) {
    const PaperUnits units = PaperUnits::atDpi(dotsPerInch);
    const QSize size(int(std::lround(units.length(page.layout.page.width()))),
                     int(std::lround(units.length(page.layout.page.height()))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Point sizes become pixels through the image's resolution.
    const int dotsPerMetre = int(std::lround(dotsPerInch / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    if (!paintPrintPage(painter, page, dotsPerInch, cancel))
        return {};
    painter.end();
    return image;
}

Status writePrintFile(const PrintPage& page, const QString& path, double pngDpi,
                      const std::atomic_bool& cancel) {
    const std::optional<PrintFormat> format = printFormatFor(path);
    if (!format)
        return Error{tr("%1: a printed map is written as .pdf or .png.").arg(path)};
    return *format == PrintFormat::Pdf ? writePdf(page, path, cancel)
                                       : writePng(page, path, pngDpi, cancel);
}

} // namespace agrimap::print
