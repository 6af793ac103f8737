#pragma once

#include <QPointF>
#include <QRectF>
#include <cstdint>
#include <limits>
#include <vector>

namespace agrimap {

enum class GeometryKind : uint8_t { None, Point, Line, Polygon };

/// Axis-aligned bounds in map units; empty while minX > maxX.
struct Bounds {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return minX > maxX || minY > maxY; }
    void include(double x, double y) {
        minX = x < minX ? x : minX;
        minY = y < minY ? y : minY;
        maxX = x > maxX ? x : maxX;
        maxY = y > maxY ? y : maxY;
    }
    void include(const Bounds& other) {
        if (!other.isEmpty()) {
            include(other.minX, other.minY);
            include(other.maxX, other.maxY);
        }
    }
    bool intersects(const Bounds& other) const {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }
    QRectF toRect() const {
        return isEmpty() ? QRectF() : QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }
    static Bounds fromRect(const QRectF& rect) {
        Bounds bounds;
        bounds.include(rect.left(), rect.top());
        bounds.include(rect.right(), rect.bottom());
        return bounds;
    }
};

/// All geometries of a layer in flat arrays: one allocation per array instead of one per
/// feature, so a province of parcels fits in memory and draws without pointer chasing.
/// A feature is a run of parts (polygon rings, line strings or points); a part is a run of
/// x,y pairs. Polygons are filled with the odd-even rule, so holes need no flag.
class FlatGeometries {
public:
    explicit FlatGeometries(GeometryKind kind = GeometryKind::None)
        : m_kind(kind) {}

    GeometryKind kind() const { return m_kind; }
    size_t featureCount() const { return m_bounds.size(); }
    size_t pointCount() const { return m_xy.size() / 2; }

    /// Appends a feature; parts are added with addPart() until the next beginFeature().
    /// Mixed layers (DGN, KML) give each feature its own kind.
    void beginFeature(GeometryKind featureKind);
    void beginFeature() { beginFeature(m_kind); }
    void addPart(const double* xy, size_t pointCount);
    /// Closes the last feature's bounds; call once after the last feature.
    void finish();
    /// Appends every feature of `other` (both finished): joins parts read in parallel.
    void append(const FlatGeometries& other);

    const Bounds& bounds(size_t feature) const { return m_bounds[feature]; }
    GeometryKind featureKind(size_t feature) const { return GeometryKind(m_featureKinds[feature]); }
    const Bounds& totalBounds() const { return m_total; }
    uint32_t firstPart(size_t feature) const { return m_featurePartStart[feature]; }
    uint32_t endPart(size_t feature) const { return m_featurePartStart[feature + 1]; }
    uint32_t firstPoint(uint32_t part) const { return m_partPointStart[part]; }
    uint32_t endPoint(uint32_t part) const { return m_partPointStart[part + 1]; }
    const double* pointData(uint32_t point) const { return m_xy.data() + 2 * size_t(point); }

    /// Raw interleaved coordinates, for transforming a whole layer in one call.
    std::vector<double>& coordinates() { return m_xy; }
    /// Recomputes every feature's bounds after the coordinates changed (e.g. reprojection).
    void recomputeBounds();
    size_t memoryBytes() const;
    void reserve(size_t features, size_t points);

private:
    GeometryKind m_kind;
    std::vector<double> m_xy;
    std::vector<uint32_t> m_partPointStart{0};
    std::vector<uint32_t> m_featurePartStart{0};
    std::vector<Bounds> m_bounds;
    std::vector<uint8_t> m_featureKinds;
    Bounds m_total;
    bool m_open = false;
};

} // namespace agrimap
