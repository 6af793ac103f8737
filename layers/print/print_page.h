#pragma once

#include "crs.h"
#include "error.h"
#include "flat_geometries.h"
#include "layer_style.h"
#include "map_layer.h"
#include "map_settings.h"
#include "print/paper_layout.h"
#include "print/print_options.h"
#include "print/print_scale.h"

#include <QImage>
#include <vector>

namespace agrimap {
class LayerCollection;
}

namespace agrimap::print {

/// One visible layer as the print draws it: a vector drawing function when the layer has
/// one, else an image function (rasters), and the legend of what lies in the printed extent.
struct PrintLayer {
    QString title;
    double opacity = 1.0;
    GeometryKind geometryKind = GeometryKind::Polygon;
    bool raster = false;
    LayerPaintFunction paint;
    LayerRenderFunction render;
    QList<LegendEntry> legend;
};

/// Everything needed to draw one printed map, taken from the layers on the GUI thread: a
/// plain value that a worker thread may draw from while the user goes on working.
struct PrintPage {
    PrintOptions options;
    Crs crs;
    PageLayout layout;
    PrintFrame frame;               ///< the extent the map frame shows, and its scale
    std::vector<PrintLayer> layers; ///< bottom first
    QImage logo;

    /// The frame as a canvas of the frame's size at 96 dpi would show it: the print draws the
    /// layers with these settings, scaled onto paper, so styles and labels match the screen.
    MapSettings mapSettings() const;
};

/// Takes the visible layers of `layers` for a print with `options`. Fails, saying why, when
/// there is no map CRS or extent, or when the logo cannot be read. GUI thread.
Result<PrintPage> preparePrintPage(const LayerCollection& layers, const PrintOptions& options);

} // namespace agrimap::print
