#include "area_geometry_edits.h"

#include "area_parts.h"
#include "wkb_geos.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

// Splitting and holes. Reshaping is in area_reshape.cpp, vertex edits in area_vertex_edits.cpp.

namespace agrimap::area_geometry {

namespace {

double areaOf(const GEOSGeometry* geometry) {
    double area = 0;
    return GEOSArea_r(geosContext(), geometry, &area) == 1 ? area : 0;
}

// The faces of `polygon` cut by `line`: its edges and the line noded together and
// polygonized; faces outside the polygon (its holes, loops of the line) are left out.
Result<std::vector<GeosGeometryPtr>> facesCutBy(const GEOSGeometry* polygon,
                                                const GEOSGeometry* line) {
    const GeosGeometryPtr edges(GEOSBoundary_r(geosContext(), polygon));
    const GeosGeometryPtr noded(edges ? GEOSUnion_r(geosContext(), edges.get(), line) : nullptr);
    if (!noded)
        return geosFailedError();
    const GEOSGeometry* linework[] = {noded.get()};
    const GeosGeometryPtr faces(GEOSPolygonize_r(geosContext(), linework, 1));
    if (!faces)
        return geosFailedError();
    std::vector<GeosGeometryPtr> inside;
    for (int i = 0; i < GEOSGetNumGeometries_r(geosContext(), faces.get()); ++i) {
        const GEOSGeometry* face = GEOSGetGeometryN_r(geosContext(), faces.get(), i);
        const GeosGeometryPtr probe(GEOSPointOnSurface_r(geosContext(), face));
        if (probe && GEOSContains_r(geosContext(), polygon, probe.get()) == 1)
            inside.emplace_back(GEOSGeom_clone_r(geosContext(), face));
    }
    return inside;
}

// The line with its ends carried a little across the boundary when they lie on it: an end
// snapped onto an edge is often a rounding error short of it, and would not cut. What sticks
// out is a dangle, which polygonizing leaves out.
std::vector<QPointF> endsCarriedAcross(std::vector<QPointF> line, const GEOSGeometry* area) {
    const GeosGeometryPtr boundary(GEOSBoundary_r(geosContext(), area));
    const auto carry = [&](QPointF& end, const QPointF& from) {
        const GeosGeometryPtr point = pointGeometry(end);
        double away = 0;
        const double length = distance(end, from);
        if (boundary && length > 0 &&
            GEOSDistance_r(geosContext(), point.get(), boundary.get(), &away) == 1 &&
            away <= onBoundaryM)
            end += (end - from) * (2 * onBoundaryM / length);
    };
    const auto differentFrom = [](const QPointF& point) {
        return [point](const QPointF& other) { return !samePoint(point, other); };
    };
    // The line has two distinct points at least.
    const QPointF afterStart =
        *std::find_if(line.begin() + 1, line.end(), differentFrom(line.front()));
    const QPointF beforeEnd =
        *std::find_if(line.rbegin() + 1, line.rend(), differentFrom(line.back()));
    carry(line.front(), afterStart);
    carry(line.back(), beforeEnd);
    return line;
}

struct HolePlace {
    size_t part = 0;
    size_t ring = 0;
};

// The innermost hole at `point`: holes of different parts may nest (an island in a pond).
std::optional<HolePlace> holeAt(const AreaParts& parts, const QPointF& point) {
    const GeosGeometryPtr probe = pointGeometry(point);
    std::optional<HolePlace> found;
    double foundArea = 0;
    for (size_t part = 0; part < parts.size(); ++part) {
        for (size_t ring = 1; ring < parts[part].size(); ++ring) {
            const GeosGeometryPtr hole = polygonGeometry({parts[part][ring]});
            const double area = std::abs(signedArea(parts[part][ring]));
            if (hole && GEOSIntersects_r(geosContext(), hole.get(), probe.get()) == 1 &&
                (!found || area < foundArea)) {
                found = HolePlace{part, ring};
                foundArea = area;
            }
        }
    }
    return found;
}

Error noHoleThere() {
    return Error{QCoreApplication::translate("agrimap::area_geometry", "there is no hole here")};
}

// The parts without the hole; parts that lay inside it are now covered and go.
AreaParts withoutHole(AreaParts parts, const HolePlace& place) {
    const GeosGeometryPtr hole = polygonGeometry({parts[place.part][place.ring]});
    parts[place.part].erase(parts[place.part].begin() + std::ptrdiff_t(place.ring));
    AreaParts kept;
    for (size_t part = 0; part < parts.size(); ++part) {
        const GeosGeometryPtr polygon = polygonGeometry(parts[part]);
        const bool inHole = part != place.part && hole && polygon &&
                            GEOSCoveredBy_r(geosContext(), polygon.get(), hole.get()) == 1;
        if (!inHole)
            kept.push_back(std::move(parts[part]));
    }
    return kept;
}

} // namespace

Result<std::vector<QByteArray>> splitByLine(const QByteArray& area,
                                            const std::vector<QPointF>& line) {
    Result<GeosGeometryPtr> whole = readArea(area);
    if (!whole)
        return whole.error();
    if (GEOSisValid_r(geosContext(), whole->get()) != 1)
        return Error{QCoreApplication::translate(
            "agrimap::area_geometry", "the boundary is not valid; fix it before splitting it")};
    if (distinctPointCount(line) < 2)
        return Error{QCoreApplication::translate("agrimap::area_geometry",
                                                 "the line needs at least two points")};
    const GeosGeometryPtr cut = lineGeometry(endsCarriedAcross(line, whole->get()));
    std::vector<GeosGeometryPtr> pieces;
    std::vector<GeosGeometryPtr> uncut;
    for (int i = 0; i < GEOSGetNumGeometries_r(geosContext(), whole->get()); ++i) {
        const GEOSGeometry* polygon = GEOSGetGeometryN_r(geosContext(), whole->get(), i);
        Result<std::vector<GeosGeometryPtr>> faces = facesCutBy(polygon, cut.get());
        if (!faces)
            return faces.error();
        if (faces->size() < 2) {
            uncut.emplace_back(GEOSGeom_clone_r(geosContext(), polygon));
            continue;
        }
        for (GeosGeometryPtr& face : faces.value())
            pieces.push_back(std::move(face));
    }
    if (pieces.empty())
        return Error{QCoreApplication::translate("agrimap::area_geometry",
                                                 "the line does not cross the area")};

    std::sort(pieces.begin(), pieces.end(), [](const GeosGeometryPtr& a, const GeosGeometryPtr& b) {
        return areaOf(a.get()) > areaOf(b.get());
    });
    std::vector<QByteArray> result;
    for (size_t i = 0; i < pieces.size(); ++i) {
        std::vector<GeosGeometryPtr> polygons;
        polygons.push_back(std::move(pieces[i]));
        if (i == 0) // the largest piece stands for the original area
            for (GeosGeometryPtr& polygon : uncut)
                polygons.push_back(std::move(polygon));
        const GeosGeometryPtr piece = multiPolygonOf(std::move(polygons));
        if (!piece)
            return geosFailedError();
        result.push_back(writeWkb(piece.get()));
    }
    return result;
}

Result<QByteArray> addRing(const QByteArray& area, const std::vector<QPointF>& ring) {
    Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return parts.error();
    Ring hole = openRing(ring);
    if (distinctPointCount(hole) < 3)
        return Error{QCoreApplication::translate("agrimap::area_geometry",
                                                 "a hole needs at least three corners")};
    const GeosGeometryPtr holePolygon = polygonGeometry({hole});
    if (!holePolygon || GEOSisValid_r(geosContext(), holePolygon.get()) != 1)
        return Error{QCoreApplication::translate("agrimap::area_geometry",
                                                 "the outline of the hole crosses itself")};
    bool touches = false;
    for (PolygonRings& part : parts.value()) {
        const GeosGeometryPtr polygon = polygonGeometry(part);
        if (!polygon)
            return geosFailedError();
        // "Contains properly": inside, touching neither the edge nor the other holes.
        if (GEOSRelatePattern_r(geosContext(), polygon.get(), holePolygon.get(), "T**FF*FF*") ==
            1) {
            // Holes turn the other way round from their shell.
            if ((signedArea(hole) > 0) == (signedArea(part.front()) > 0))
                std::reverse(hole.begin(), hole.end());
            part.push_back(std::move(hole));
            return multiPolygonWkb(parts.value());
        }
        touches = touches || GEOSIntersects_r(geosContext(), polygon.get(), holePolygon.get()) == 1;
    }
    if (!touches)
        return Error{QCoreApplication::translate("agrimap::area_geometry",
                                                 "the hole lies outside the area")};
    return Error{QCoreApplication::translate(
        "agrimap::area_geometry",
        "the hole must lie inside one part of the area without touching its edge or its "
        "other holes")};
}

Result<QByteArray> deleteRing(const QByteArray& area, const QPointF& inside) {
    Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return parts.error();
    const std::optional<HolePlace> place = holeAt(parts.value(), inside);
    if (!place)
        return noHoleThere();
    return multiPolygonWkb(withoutHole(std::move(parts).value(), *place));
}

Result<std::pair<QByteArray, QByteArray>> fillRing(const QByteArray& area, const QPointF& inside) {
    Result<AreaParts> parts = readAreaParts(area);
    if (!parts)
        return parts.error();
    const std::optional<HolePlace> place = holeAt(parts.value(), inside);
    if (!place)
        return noHoleThere();
    Ring hole = parts.value()[place->part][place->ring];
    // As a polygon of its own, the hole turns like a shell.
    if ((signedArea(hole) > 0) != (signedArea(parts.value()[place->part].front()) > 0))
        std::reverse(hole.begin(), hole.end());
    Result<QByteArray> filled = multiPolygonWkb(withoutHole(std::move(parts).value(), *place));
    if (!filled)
        return filled.error();
    Result<QByteArray> holeAsArea = multiPolygonWkb(AreaParts{PolygonRings{hole}});
    if (!holeAsArea)
        return holeAsArea.error();
    return std::pair(std::move(filled).value(), std::move(holeAsArea).value());
}

} // namespace agrimap::area_geometry
