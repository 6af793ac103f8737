#include "cli_commands.h"
#include "cli_map_loader.h"
#include "print/print_writer.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace agrimap::cli {

namespace {

struct PrintArguments {
    QStringList paths;
    QString output;
    QString crs;
    double dpi = 200;
    print::PrintOptions options;
};

Result<QRectF> parseExtent(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok = parts.size() == 4;
    double values[4] = {};
    for (int k = 0; ok && k < 4; ++k)
        values[k] = parts[k].trimmed().toDouble(&ok);
    if (!ok || values[2] <= values[0] || values[3] <= values[1])
        return Error{QStringLiteral("--extent takes xmin,ymin,xmax,ymax in the map CRS")};
    return QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
}

Result<PrintArguments> parse(const QStringList& arguments) {
    PrintArguments parsed;
    print::PrintOptions& options = parsed.options;
    options.date = QDate::currentDate();
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--landscape")) {
            options.orientation = print::Orientation::Landscape;
        } else if (argument == QLatin1String("--portrait")) {
            options.orientation = print::Orientation::Portrait;
        } else if (argument == QLatin1String("--no-legend")) {
            options.legend = false;
        } else if (argument == QLatin1String("--no-grid")) {
            options.grid = false;
        } else if (argument == QLatin1String("--no-north-arrow")) {
            options.northArrow = false;
        } else if (argument == QLatin1String("--no-scale-bar")) {
            options.scaleBar = false;
        } else if (argument.startsWith(QLatin1String("--"))) {
            if (i + 1 >= arguments.size())
                return Error{QStringLiteral("%1 needs a value").arg(argument)};
            const QString value = arguments[++i];
            if (argument == QLatin1String("--out")) {
                parsed.output = value;
            } else if (argument == QLatin1String("--extent")) {
                Result<QRectF> extent = parseExtent(value);
                if (!extent)
                    return extent.error();
                options.extent = extent.value();
            } else if (argument == QLatin1String("--scale")) {
                const std::optional<double> scale = print::parseScaleText(value);
                if (!scale)
                    return Error{QStringLiteral(
                        "--scale takes the scale's denominator, e.g. 5000 or 1:5000")};
                options.scaleDenominator = *scale;
            } else if (argument == QLatin1String("--paper")) {
                const std::optional<print::Paper> paper = print::paperFromName(value);
                if (!paper)
                    return Error{QStringLiteral("--paper takes A4 or A3, not %1").arg(value)};
                options.paper = *paper;
            } else if (argument == QLatin1String("--dpi")) {
                bool ok = false;
                parsed.dpi = value.toDouble(&ok);
                if (!ok || parsed.dpi < print::minimumPngDpi || parsed.dpi > print::maximumPngDpi)
                    return Error{QStringLiteral("--dpi takes a number from %1 to %2")
                                     .arg(print::minimumPngDpi)
                                     .arg(print::maximumPngDpi)};
            } else if (argument == QLatin1String("--date")) {
                options.date = QDate::fromString(value, Qt::ISODate);
                if (!options.date.isValid())
                    return Error{QStringLiteral("--date takes YYYY-MM-DD, not %1").arg(value)};
            } else if (argument == QLatin1String("--title")) {
                options.title = value;
            } else if (argument == QLatin1String("--subtitle")) {
                options.subtitle = value;
            } else if (argument == QLatin1String("--source")) {
                options.source = value;
            } else if (argument == QLatin1String("--author")) {
                options.author = value;
            } else if (argument == QLatin1String("--logo")) {
                options.logoPath = value;
            } else if (argument == QLatin1String("--crs")) {
                parsed.crs = value;
            } else {
                return Error{QStringLiteral("unknown option %1").arg(argument)};
            }
        } else {
            parsed.paths << argument;
        }
    }
    if (parsed.paths.isEmpty())
        return Error{QStringLiteral("give the project (or files) to print")};
    if (parsed.output.isEmpty())
        return Error{QStringLiteral("--out FILE.pdf or FILE.png is required")};
    if (!print::printFormatFor(parsed.output))
        return Error{QStringLiteral("--out must end in .pdf or .png: %1").arg(parsed.output)};
    return parsed;
}

QString rectText(const QRectF& rect) {
    return QStringLiteral("%1,%2,%3,%4")
        .arg(rect.left(), 0, 'f', 3)
        .arg(rect.top(), 0, 'f', 3)
        .arg(rect.right(), 0, 'f', 3)
        .arg(rect.bottom(), 0, 'f', 3);
}

} // namespace

int runPrint(const QStringList& arguments, Streams streams) {
    Result<PrintArguments> parsed = parse(arguments);
    if (!parsed) {
        streams.err << "agrimap-cli print: " << parsed.errorMessage() << '\n';
        return Failure;
    }
    PrintArguments& request = parsed.value();
    Result<CliMap> loaded =
        loadCliMap(request.paths, request.crs, QString(), QStringLiteral("print"), streams);
    if (!loaded) {
        streams.err << "agrimap-cli print: " << loaded.errorMessage() << '\n';
        return Failure;
    }
    print::PrintOptions& options = request.options;
    if (options.extent.isNull())
        options.extent = loaded->projectView;
    if (options.title.isEmpty())
        options.title = loaded->projectTitle;

    QElapsedTimer printing;
    printing.start();
    Result<print::PrintPage> page = print::preparePrintPage(*loaded->layers, options);
    if (!page) {
        streams.err << "agrimap-cli print: " << page.errorMessage() << '\n';
        return Failure;
    }
    const std::atomic_bool cancel(false);
    const Status written = print::writePrintFile(page.value(), request.output, request.dpi, cancel);
    if (!written) {
        streams.err << "agrimap-cli print: " << written.errorMessage() << '\n';
        return Failure;
    }
    const qint64 printMs = printing.elapsed();
    const print::PageLayout& layout = page->layout;
    const QSize framePixels = print::frameScreenPixels(layout);
    streams.out << "paper=" << print::paperName(options.paper) << ' '
                << (options.orientation == print::Orientation::Landscape ? "landscape" : "portrait")
                << '\n';
    streams.out << "map_crs=" << loaded->mapCrs.authId() << '\n';
    streams.out << "scale=1:" << qRound64(page->frame.denominator) << '\n';
    streams.out << "extent=" << rectText(page->frame.extent) << '\n';
    streams.out << "map_frame_mm=" << rectText(layout.mapFrame) << '\n';
    streams.out << "map_frame_px96=" << framePixels.width() << 'x' << framePixels.height() << '\n';
    streams.out << "layers=" << page->layers.size() << '\n';
    streams.out << "load_ms=" << loaded->loadMs << '\n';
    streams.out << "print_ms=" << printMs << '\n';
    streams.out << "written=" << QFileInfo(request.output).absoluteFilePath() << '\n';
    streams.out.flush();
    return Success;
}

} // namespace agrimap::cli
