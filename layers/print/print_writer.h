#pragma once

#include "error.h"
#include "print_page.h"

#include <QImage>
#include <atomic>
#include <optional>

class QPainter;

namespace agrimap::print {

enum class PrintFormat { Pdf, Png };

/// The format a file name asks for (.pdf or .png, any case); nothing for other names.
std::optional<PrintFormat> printFormatFor(const QString& path);

constexpr double minimumPngDpi = 50;
constexpr double maximumPngDpi = 600;

/// Draws the whole sheet onto `painter`, whose device has `dotsPerInch` and whose origin is
/// the sheet's top-left corner. False when cancelled. Any thread.
bool paintPrintPage(QPainter& painter, const PrintPage& page, double dotsPerInch,
                    const std::atomic_bool& cancel);

/// The sheet as an image at `dotsPerInch` (the PNG output and the dialog's preview); null
/// when cancelled.
QImage renderPrintPage(const PrintPage& page, double dotsPerInch, const std::atomic_bool& cancel);

/// Writes the sheet as a PDF (vector map, embedded fonts) or a PNG at `pngDpi`. The file
/// appears only when complete; an error names the file and the reason. Any thread.
Status writePrintFile(const PrintPage& page, const QString& path, double pngDpi,
                      const std::atomic_bool& cancel);

} // namespace agrimap::print
