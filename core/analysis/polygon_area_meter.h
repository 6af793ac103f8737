#pragma once

// Private to agrimap_core's statistics.

#include "coordinate_transformer.h"
#include "crs.h"
#include "wkb_polygons.h"

#include <cstddef>
#include <optional>

namespace agrimap::analysis {

/// Measures polygon areas in square metres from WKB, fast: a simple ring (one polygon, one
/// ring whose edges do not meet: what cadastral parcels are) is summed with the shoelace formula
/// straight from the WKB coordinates; holes, several parts, long rings and crossing rings go
/// to GEOS, which repairs invalid ones (make-valid) before measuring, so a bow-tie parcel
/// counts both of its lobes. Curves are linearised by GDAL first.
/// One meter per thread: it holds a PROJ transformation and uses this thread's GEOS context.
class PolygonAreaMeter {
public:
    /// Measures in `measuringCrs`, reprojecting from `layerCrs` when they differ (see
    /// measuringCrsFor()). With an invalid CRS coordinates are taken as metres.
    PolygonAreaMeter(const Crs& layerCrs, const Crs& measuringCrs);

    bool isValid() const { return m_transformer.isValid() || m_unitsOnly; }
    QString errorMessage() const { return m_transformer.errorMessage(); }

    /// The area in m², 0 for points and lines; nullopt for bytes that are not a geometry or
    /// that cannot be reprojected.
    std::optional<double> areaM2(const unsigned char* wkb, size_t size);

    /// Geometries measured after a GEOS repair (invalid rings), since construction.
    qint64 repairedCount() const { return m_repaired; }

private:
    std::optional<double> measure();
    double geosArea();

    CoordinateTransformer m_transformer;
    bool m_unitsOnly = false; ///< no CRS: no transformation, metres assumed
    bool m_transform = false;
    double m_squareMetresPerUnit = 1.0;
    WkbPolygons m_polygons;
    qint64 m_repaired = 0;
};

/// True when no two edges of the closed ring `xy` (`points` points, last == first) meet
/// other than neighbours at their shared corner: then the shoelace area is the area.
bool ringIsSimple(const double* xy, size_t points);

} // namespace agrimap::analysis
