#include "cli_commands.h"
#include "cli_map_loader.h"
#include "map_render_job.h"

#include <QImageWriter>

namespace agrimap::cli {

namespace {

struct RenderOptions {
    QStringList paths;
    QString output;
    QSize size{1600, 1000};
    QRectF extent;
    QString crs;
    QString role;
};

Result<RenderOptions> parse(const QStringList& arguments) {
    RenderOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument.startsWith(QLatin1String("--")) && !hasValue)
            return Error{QStringLiteral("%1 needs a value").arg(argument)};
        if (argument == QLatin1String("--out")) {
            options.output = arguments[++i];
        } else if (argument == QLatin1String("--size")) {
            const QStringList parts = arguments[++i].split(QLatin1Char('x'));
            const int width = parts.value(0).toInt();
            const int height = parts.value(1).toInt();
            if (parts.size() != 2 || width <= 0 || height <= 0 || width > 20000 || height > 20000)
                return Error{QStringLiteral("--size takes WIDTHxHEIGHT, e.g. 1600x1000")};
            options.size = QSize(width, height);
        } else if (argument == QLatin1String("--extent")) {
            const QStringList parts = arguments[++i].split(QLatin1Char(','));
            bool ok = parts.size() == 4;
            double values[4] = {};
            for (int k = 0; ok && k < 4; ++k)
                values[k] = parts[k].toDouble(&ok);
            if (!ok || values[2] <= values[0] || values[3] <= values[1])
                return Error{QStringLiteral("--extent takes xmin,ymin,xmax,ymax in the map CRS")};
            options.extent = QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
        } else if (argument == QLatin1String("--crs")) {
            options.crs = arguments[++i];
        } else if (argument == QLatin1String("--role")) {
            options.role = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--"))) {
            return Error{QStringLiteral("unknown option %1").arg(argument)};
        } else {
            options.paths << argument;
        }
    }
    if (options.paths.isEmpty())
        return Error{QStringLiteral("give at least one file or project to draw")};
    if (options.output.isEmpty())
        return Error{QStringLiteral("--out FILE.png is required")};
    return options;
}

} // namespace

int runRender(const QStringList& arguments, Streams streams) {
    Result<RenderOptions> parsed = parse(arguments);
    if (!parsed) {
        streams.err << "agrimap-cli render: " << parsed.errorMessage() << '\n';
        return Failure;
    }
    const RenderOptions& options = parsed.value();

    Result<CliMap> loaded =
        loadCliMap(options.paths, options.crs, options.role, QStringLiteral("render"), streams);
    if (!loaded) {
        streams.err << "agrimap-cli render: " << loaded.errorMessage() << '\n';
        return Failure;
    }
    const LayerCollection& layers = *loaded->layers;
    const Crs& mapCrs = loaded->mapCrs;
    const QRectF projectView = loaded->projectView;
    const qint64 loadMs = loaded->loadMs;

    QRectF extent = options.extent;
    if (extent.isNull())
        extent = projectView.isNull() ? layers.fullExtent() : projectView;
    if (extent.isNull()) {
        streams.err << "agrimap-cli render: nothing to draw (no layer has an extent)\n";
        return Failure;
    }
    const MapSettings settings = MapSettings::fitting(mapCrs, extent, options.size);
    qint64 renderMs = 0;
    const QImage image = renderMapNow(layers, settings, &renderMs);

    QImageWriter writer(options.output);
    if (!writer.write(image)) {
        streams.err << "agrimap-cli render: cannot write " << options.output << ": "
                    << writer.errorString() << '\n';
        return Failure;
    }
    streams.out << "map_crs=" << mapCrs.authId() << '\n';
    streams.out << "scale=1:" << qRound64(settings.scaleDenominator()) << '\n';
    streams.out << "load_ms=" << loadMs << '\n';
    streams.out << "render_ms=" << renderMs << '\n';
    streams.out.flush();
    return Success;
}

} // namespace agrimap::cli
