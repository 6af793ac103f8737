#include "raster_layer.h"

#include "coordinate_transformer.h"
#include "gdal_source.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <gdalwarper.h>
#include <vector>

namespace agrimap {

namespace {

QByteArray wktOf(const Crs& crs) {
    OGRSpatialReference reference;
    reference.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (reference.SetFromUserInput(crs.definition().toUtf8().constData()) != OGRERR_NONE)
        return {};
    char* wkt = nullptr;
    reference.exportToWkt(&wkt);
    QByteArray result(wkt);
    CPLFree(wkt);
    return result;
}

// Reads one band into 8 bits, stretching non-byte data over its approximate range.
bool readBand(GDALRasterBand& band, const int window[4], QSize size, std::vector<uint8_t>& out) {
    out.resize(size_t(size.width()) * size_t(size.height()));
    if (band.GetRasterDataType() == GDT_Byte)
        return band.RasterIO(GF_Read, window[0], window[1], window[2], window[3], out.data(),
                             size.width(), size.height(), GDT_Byte, 0, 0) == CE_None;
    std::vector<float> values(out.size());
    if (band.RasterIO(GF_Read, window[0], window[1], window[2], window[3], values.data(),
                      size.width(), size.height(), GDT_Float32, 0, 0) != CE_None)
        return false;
    double range[2] = {0, 255};
    band.ComputeRasterMinMax(TRUE, range);
    const double span = std::max(range[1] - range[0], 1e-12);
    for (size_t i = 0; i < values.size(); ++i)
        out[i] = uint8_t(std::clamp((values[i] - range[0]) / span * 255.0, 0.0, 255.0));
    return true;
}

} // namespace

QImage renderRaster(const QString& path, const Crs& rasterCrs, const MapSettings& settings,
                    const std::atomic_bool& cancel) {
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    Result<GDALDatasetUniquePtr> opened = detail::openDataset(path);
    if (!opened || cancel)
        return image;
    GDALDatasetUniquePtr source = std::move(opened).value();
    GDALDatasetUniquePtr warped;
    GDALDataset* dataset = source.get();
    if (rasterCrs.isValid() && rasterCrs != settings.crs()) {
        const QByteArray from = wktOf(rasterCrs);
        const QByteArray to = wktOf(settings.crs());
        warped.reset(GDALDataset::FromHandle(
            GDALAutoCreateWarpedVRT(GDALDataset::ToHandle(source.get()), from.constData(),
                                    to.constData(), GRA_Bilinear, 0.125, nullptr)));
        if (!warped)
            return image;
        dataset = warped.get();
    }
    double geo[6];
    if (dataset->GetGeoTransform(geo) != CE_None || geo[2] != 0 || geo[4] != 0)
        return image;

    // The view's extent in the raster's pixel space, clipped to the raster.
    const QRectF view = settings.visibleExtent();
    const double px0 = (view.left() - geo[0]) / geo[1];
    const double px1 = (view.right() - geo[0]) / geo[1];
    const double py0 = (view.bottom() - geo[3]) / geo[5];
    const double py1 = (view.top() - geo[3]) / geo[5];
    const double left = std::max(0.0, std::min(px0, px1));
    const double right = std::min(double(dataset->GetRasterXSize()), std::max(px0, px1));
    const double top = std::max(0.0, std::min(py0, py1));
    const double bottom = std::min(double(dataset->GetRasterYSize()), std::max(py0, py1));
    if (right <= left || bottom <= top)
        return image;
    const int window[4] = {int(left), int(top), std::max(1, int(std::ceil(right - left))),
                           std::max(1, int(std::ceil(bottom - top)))};
    // Where that window lands on screen, at screen resolution.
    const QPointF topLeft =
        settings.toScreen(geo[0] + window[0] * geo[1], geo[3] + window[1] * geo[5]);
    const QPointF bottomRight = settings.toScreen(geo[0] + (window[0] + window[2]) * geo[1],
                                                  geo[3] + (window[1] + window[3]) * geo[5]);
    const QRect target = QRectF(topLeft, bottomRight).toAlignedRect();
    const QSize size(std::clamp(target.width(), 1, 8192), std::clamp(target.height(), 1, 8192));

    const int bands = dataset->GetRasterCount();
    std::vector<std::vector<uint8_t>> channels(size_t(std::min(bands, 4)));
    for (int b = 0; b < int(channels.size()); ++b) {
        if (cancel || !readBand(*dataset->GetRasterBand(b + 1), window, size, channels[size_t(b)]))
            return image;
    }
    GDALRasterBand* first = dataset->GetRasterBand(1);
    const GDALColorTable* table = bands == 1 ? first->GetColorTable() : nullptr;
    int hasNoData = 0;
    const double noData = first->GetNoDataValue(&hasNoData);
    QImage tile(size, QImage::Format_ARGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(tile.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const size_t i = size_t(y) * size_t(size.width()) + size_t(x);
            const uint8_t v0 = channels[0][i];
            if (table) {
                const GDALColorEntry* entry = table->GetColorEntry(v0);
                line[x] = entry ? qRgba(entry->c1, entry->c2, entry->c3, entry->c4) : 0;
            } else if (channels.size() >= 3) {
                const int alpha = channels.size() == 4 ? channels[3][i] : 255;
                line[x] = qRgba(v0, channels[1][i], channels[2][i], alpha);
            } else {
                line[x] = qRgba(v0, v0, v0, channels.size() == 2 ? channels[1][i] : 255);
            }
            if (hasNoData && channels.size() < 4 && !table && double(v0) == noData)
                line[x] = 0;
        }
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, tile);
    return image;
}

RasterLayer::RasterLayer(const QString& path, const SourceLayerInfo& info, QObject* parent)
    : MapLayer(path, QString(), info.name, info.crs, parent)
    , m_info(info) {
    setState(info.crs.isValid() || !info.extent.isNull() ? State::Ready : State::Failed,
             info.extent.isNull() ? tr("%1: the image has no georeferencing.").arg(path)
                                  : QString());
}

void RasterLayer::setMapCrs(const Crs& mapCrs) {
    m_mapCrs = mapCrs;
    updateExtent();
    Q_EMIT repaintNeeded();
}

void RasterLayer::assignCrs(const Crs& crs) {
    MapLayer::assignCrs(crs);
    updateExtent();
    Q_EMIT repaintNeeded();
}

void RasterLayer::updateExtent() {
    if (!crs().isValid() || !m_mapCrs.isValid() || crs() == m_mapCrs) {
        m_mapExtent = m_info.extent;
        return;
    }
    CoordinateTransformer transformer(crs(), m_mapCrs);
    m_mapExtent = transformer.transformBounds(m_info.extent);
}

LayerRenderFunction RasterLayer::renderFunction() const {
    if (state() != State::Ready)
        return {};
    const QString path = sourcePath();
    const Crs rasterCrs = crs();
    return [path, rasterCrs](const MapSettings& settings, const std::atomic_bool& cancel) {
        return renderRaster(path, rasterCrs, settings, cancel);
    };
}

QList<LegendEntry> RasterLayer::legend() const {
    return {{QColor(160, 160, 160), Qt::transparent,
             tr("Image %1 × %2 px, %3 band(s)")
                 .arg(m_info.rasterWidth)
                 .arg(m_info.rasterHeight)
                 .arg(m_info.rasterBands),
             -1}};
}

} // namespace agrimap
