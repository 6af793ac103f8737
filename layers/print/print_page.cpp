#include "print_page.h"

#include "layer_collection.h"
#include "print_legend_entries.h"
#include "vector_layer.h"

#include <QCoreApplication>
#include <QImageReader>

namespace agrimap::print {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("agrimap::print", text);
}

} // namespace

MapSettings PrintPage::mapSettings() const {
    const QSize size = frameScreenPixels(layout);
    if (size.isEmpty() || frame.extent.isEmpty())
        return {};
    return MapSettings(crs, frame.extent.center(), frame.extent.width() / size.width(), size);
}

Result<PrintPage> preparePrintPage(const LayerCollection& layers, const PrintOptions& options) {
    PrintPage page;
    page.options = options;
    page.crs = layers.mapCrs();
    if (!page.crs.isValid())
        return Error{tr("The map has no coordinate reference system, so it has no scale to "
                        "print at. Add a layer that has one, or choose the map's CRS.")};
    QRectF wanted = options.extent.normalized();
    if (wanted.isEmpty())
        wanted = layers.fullExtent();
    if (wanted.isEmpty())
        return Error{tr("There is nothing to print: no visible layer has an extent yet.")};
    if (options.scaleDenominator < 0)
        return Error{tr("The scale 1:%1 cannot be printed; give a positive number.")
                         .arg(options.scaleDenominator)};
    page.layout = pageLayout(options.paper, options.orientation);
    page.frame = resolveFrame(wanted, options.scaleDenominator, page.layout.mapFrame.size(),
                              page.crs.metresPerUnit());

    for (const MapLayer* layer : layers.layers()) {
        if (!layer->isVisible() || layer->opacity() <= 0)
            continue;
        PrintLayer printed;
        printed.title = layer->title();
        printed.opacity = layer->opacity();
        printed.raster = layer->isRaster();
        printed.paint = layer->paintFunction();
        if (!printed.paint)
            printed.render = layer->renderFunction();
        if (!printed.paint && !printed.render)
            continue; // still loading, or failed: the canvas shows nothing of it either
        if (const auto* vector = qobject_cast<const VectorLayer*>(layer)) {
            printed.geometryKind = vector->sourceInfo().geometryKind;
            printed.legend = legendInExtent(*vector, page.frame.extent);
        } else if (layer->mapExtent().intersects(page.frame.extent)) {
            printed.legend = layer->legend();
        }
        page.layers.push_back(std::move(printed));
    }

    if (!options.logoPath.isEmpty()) {
        QImageReader reader(options.logoPath);
        reader.setAutoTransform(true);
        page.logo = reader.read();
        if (page.logo.isNull())
            return Error{tr("Cannot read the logo %1: %2. Choose a PNG, JPEG or SVG image.")
                             .arg(options.logoPath, reader.errorString())};
    }
    return page;
}

} // namespace agrimap::print
