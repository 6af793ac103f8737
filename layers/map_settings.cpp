#include "map_settings.h"

#include "map_scale.h"

#include <algorithm>

namespace agrimap {

MapSettings::MapSettings(const Crs& crs, const QPointF& centre, double unitsPerPixel,
                         const QSize& size)
    : m_crs(crs)
    , m_centre(centre)
    , m_unitsPerPixel(unitsPerPixel)
    , m_size(size) {
    updateOrigin();
}

MapSettings MapSettings::fitting(const Crs& crs, const QRectF& extent, const QSize& size) {
    const QRectF normal = extent.normalized();
    const double width = std::max(normal.width(), 1e-9);
    const double height = std::max(normal.height(), 1e-9);
    const double unitsPerPixel =
        std::max(width / std::max(size.width(), 1), height / std::max(size.height(), 1));
    return MapSettings(crs, normal.center(), unitsPerPixel, size);
}

void MapSettings::updateOrigin() {
    m_originX = m_centre.x() - m_size.width() * m_unitsPerPixel / 2.0;
    m_originY = m_centre.y() + m_size.height() * m_unitsPerPixel / 2.0;
}

QRectF MapSettings::visibleExtent() const {
    return QRectF(QPointF(m_originX, m_originY - m_size.height() * m_unitsPerPixel),
                  QPointF(m_originX + m_size.width() * m_unitsPerPixel, m_originY));
}

double MapSettings::scaleDenominator() const {
    return map_scale::denominatorFor(m_unitsPerPixel, m_crs, m_dpi);
}

MapSettings MapSettings::withCentre(const QPointF& centre) const {
    MapSettings copy = *this;
    copy.m_centre = centre;
    copy.updateOrigin();
    return copy;
}

MapSettings MapSettings::withUnitsPerPixel(double unitsPerPixel) const {
    MapSettings copy = *this;
    copy.m_unitsPerPixel = unitsPerPixel;
    copy.updateOrigin();
    return copy;
}

MapSettings MapSettings::withSize(const QSize& size) const {
    MapSettings copy = *this;
    copy.m_size = size;
    copy.updateOrigin();
    return copy;
}

MapSettings MapSettings::zoomedAt(double factor, const QPointF& screenAnchor) const {
    const QPointF anchor = toWorld(screenAnchor);
    const double newUnits = m_unitsPerPixel / factor;
    // Keep `anchor` under the same pixel: centre moves towards it by (1 - 1/factor).
    const QPointF centre = anchor + (m_centre - anchor) / factor;
    MapSettings copy = *this;
    copy.m_unitsPerPixel = newUnits;
    copy.m_centre = centre;
    copy.updateOrigin();
    return copy;
}

} // namespace agrimap
