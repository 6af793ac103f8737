#pragma once

#include <QByteArray>
#include <QPointF>
#include <vector>

namespace agrimap::area_geometry {

/// Every ring (shells and holes of every part) of a polygonal boundary, each closed, in the
/// boundary's own coordinates: what the vertex tool draws and lets the user grab.
std::vector<std::vector<QPointF>> rings(const QByteArray& area);

} // namespace agrimap::area_geometry
