#include "cli_commands.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "map_render_job.h"
#include "project_file.h"
#include "vector_layer.h"

#include <QElapsedTimer>
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

    QElapsedTimer loading;
    loading.start();
    LayerCollection layers;
    Crs mapCrs = Crs::fromUserInput(options.crs);
    if (!options.crs.isEmpty() && !mapCrs.isValid()) {
        streams.err << "agrimap-cli render: unknown CRS " << options.crs << '\n';
        return Failure;
    }
    QRectF projectView;
    for (const QString& path : options.paths) {
        std::vector<MapLayer*> opened;
        if (project_file::isProjectFile(path)) {
            Result<ProjectDocument> project = project_file::read(path);
            if (!project) {
                streams.err << "agrimap-cli render: " << project.errorMessage() << '\n';
                return Failure;
            }
            QStringList problems;
            opened = openProjectLayers(project.value(), &problems);
            for (const QString& problem : problems)
                streams.err << "agrimap-cli render: warning: " << problem << '\n';
            if (!mapCrs.isValid())
                mapCrs = Crs::fromUserInput(project->mapCrs);
            projectView = project->viewExtent;
        } else {
            Result<std::vector<MapLayer*>> result = openLayers(path);
            if (!result) {
                streams.err << "agrimap-cli render: " << result.errorMessage() << '\n';
                return Failure;
            }
            opened = result.value();
        }
        for (MapLayer* layer : opened) {
            if (!mapCrs.isValid() && layer->crs().isValid())
                mapCrs = layer->crs();
            if (auto* vector = qobject_cast<VectorLayer*>(layer); vector && !options.role.isEmpty())
                vector->setRole(layerRoleFromKey(options.role));
            layers.add(layer);
        }
    }
    layers.setMapCrs(mapCrs);
    for (MapLayer* layer : layers.layers()) {
        auto* vector = qobject_cast<VectorLayer*>(layer);
        if (!vector)
            continue;
        Status loaded = vector->loadNow(mapCrs);
        if (!loaded) {
            streams.err << "agrimap-cli render: " << loaded.errorMessage() << '\n';
            return Failure;
        }
        for (auto it = vector->unknownCodes().cbegin(); it != vector->unknownCodes().cend(); ++it)
            streams.out << "unknown_code layer=" << vector->title() << " code=" << it.key()
                        << " features=" << it.value() << '\n';
    }
    const qint64 loadMs = loading.elapsed();

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
