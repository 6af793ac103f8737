#pragma once

#include "crs.h"
#include "flat_geometries.h"

#include <QPointF>
#include <QRectF>
#include <QSize>

namespace agrimap {

/// What one frame of the map shows: the map CRS, the centre, the resolution and the
/// output size. World y grows upwards, screen y downwards.
class MapSettings {
public:
    MapSettings() = default;
    MapSettings(const Crs& crs, const QPointF& centre, double unitsPerPixel, const QSize& size);
    /// The settings that show all of `extent` in `size`, centred.
    static MapSettings fitting(const Crs& crs, const QRectF& extent, const QSize& size);

    const Crs& crs() const { return m_crs; }
    QPointF centre() const { return m_centre; }
    double unitsPerPixel() const { return m_unitsPerPixel; }
    QSize outputSize() const { return m_size; }
    double dpi() const { return m_dpi; }
    void setDpi(double dpi) { m_dpi = dpi; }
    bool isValid() const { return m_crs.isValid() && m_unitsPerPixel > 0 && !m_size.isEmpty(); }

    QRectF visibleExtent() const;
    Bounds visibleBounds() const { return Bounds::fromRect(visibleExtent()); }
    double scaleDenominator() const;

    QPointF toScreen(double x, double y) const {
        return {(x - m_originX) / m_unitsPerPixel, (m_originY - y) / m_unitsPerPixel};
    }
    QPointF toScreen(const QPointF& world) const { return toScreen(world.x(), world.y()); }
    QPointF toWorld(const QPointF& screen) const {
        return {m_originX + screen.x() * m_unitsPerPixel, m_originY - screen.y() * m_unitsPerPixel};
    }

    MapSettings withCentre(const QPointF& centre) const;
    MapSettings withUnitsPerPixel(double unitsPerPixel) const;
    MapSettings withSize(const QSize& size) const;
    /// Zooms by `factor` (> 1 zooms in) keeping the world point under `screenAnchor` fixed.
    MapSettings zoomedAt(double factor, const QPointF& screenAnchor) const;

private:
    void updateOrigin();

    Crs m_crs;
    QPointF m_centre;
    double m_unitsPerPixel = 0;
    QSize m_size;
    double m_dpi = 96.0;
    double m_originX = 0; // world x of the top-left pixel corner
    double m_originY = 0; // world y of the top-left pixel corner
};

} // namespace agrimap
