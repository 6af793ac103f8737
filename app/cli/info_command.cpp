#include "cli_commands.h"
#include "data_source_info.h"

namespace agrimap::cli {

namespace {

QString roleName(LayerRole role) {
    return layerRoleKey(role);
}

QString extentText(const QRectF& extent) {
    if (extent.isNull())
        return QStringLiteral("unknown");
    return QStringLiteral("%1,%2,%3,%4")
        .arg(extent.left(), 0, 'f', 3)
        .arg(extent.top(), 0, 'f', 3)
        .arg(extent.right(), 0, 'f', 3)
        .arg(extent.bottom(), 0, 'f', 3);
}

} // namespace

int runInfo(const QStringList& arguments, Streams streams) {
    if (arguments.size() != 1) {
        streams.err << "agrimap-cli info: expected one PATH\n";
        return Failure;
    }
    const QString path = arguments.first();
    Result<DataSourceInfo> source = probeDataSource(path);
    if (!source) {
        streams.err << "agrimap-cli info: " << source.errorMessage().simplified() << '\n';
        return Failure;
    }
    streams.out << "source: " << path << "\n";
    streams.out << "driver: " << source->driverName << "\n";
    for (const SourceLayerInfo& layer : source->layers) {
        streams.out << "\nlayer: " << layer.name << "\n";
        streams.out << "  geometry: " << layer.geometryTypeName << "\n";
        if (layer.isRaster)
            streams.out << "  size: " << layer.rasterWidth << " x " << layer.rasterHeight
                        << " pixels, " << layer.rasterBands << " band(s)\n";
        else
            streams.out << "  features: " << layer.featureCount << "\n";
        if (layer.crs.isValid())
            streams.out << "  crs: "
                        << (layer.crs.authId().isEmpty() ? QStringLiteral("(no EPSG code)")
                                                         : layer.crs.authId())
                        << " " << layer.crs.name() << "\n";
        else
            streams.out << "  crs: none (assign one in the map window)\n";
        streams.out << "  extent: " << extentText(layer.extent) << "\n";
        streams.out << "  role: "
                    << (layer.isRaster ? QStringLiteral("image") : roleName(layer.role.role))
                    << "\n";
    }
    streams.out.flush();
    return Success;
}

} // namespace agrimap::cli
