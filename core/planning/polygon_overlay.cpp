#include "polygon_overlay.h"

#include "editing/wkb_geos.h"
#include "spatial_index.h"

#include <unordered_map>

namespace agrimap::planning {

namespace {

// One worker's reusable GEOS reader.
class WkbReader {
public:
    WkbReader()
        : m_reader(GEOSWKBReader_create_r(geosContext())) {}
    ~WkbReader() { GEOSWKBReader_destroy_r(geosContext(), m_reader); }
    WkbReader(const WkbReader&) = delete;
    WkbReader& operator=(const WkbReader&) = delete;

    GeosGeometryPtr read(const QByteArray& wkb) const {
        return GeosGeometryPtr(GEOSWKBReader_read_r(
            geosContext(), m_reader, reinterpret_cast<const unsigned char*>(wkb.constData()),
            size_t(wkb.size())));
    }

private:
    GEOSWKBReader* m_reader;
};

struct PreparedDeleter {
    void operator()(const GEOSPreparedGeometry* prepared) const {
        GEOSPreparedGeom_destroy_r(geosContext(), prepared);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// The intersection of two polygons; invalid input (self-crossing rings from old files) is
// repaired and, as a last resort, snapped to a millimetre grid. Null when all fail.
GeosGeometryPtr intersection(const GEOSGeometry* a, const GEOSGeometry* b) {
    GEOSContextHandle_t context = geosContext();
    if (GEOSGeometry* piece = GEOSIntersection_r(context, a, b))
        return GeosGeometryPtr(piece);
    GeosGeometryPtr validA(GEOSMakeValid_r(context, a));
    GeosGeometryPtr validB(GEOSMakeValid_r(context, b));
    if (validA && validB) {
        if (GEOSGeometry* piece = GEOSIntersection_r(context, validA.get(), validB.get()))
            return GeosGeometryPtr(piece);
        return GeosGeometryPtr(GEOSIntersectionPrec_r(context, validA.get(), validB.get(), 0.001));
    }
    return nullptr;
}

} // namespace

PolygonOverlay::PolygonOverlay(const PolygonSet& first, const PolygonSet& second)
    : m_first(first)
    , m_second(second)
    , m_secondItems(second.size()) {
    for (size_t i = 0; i < second.size(); ++i)
        m_secondItems[i] = uint32_t(i);
}

PolygonOverlay::PolygonOverlay(const PolygonSet& first, const PolygonSet& second,
                               std::vector<uint32_t> secondSubset)
    : m_first(first)
    , m_second(second)
    , m_secondItems(std::move(secondSubset)) {}

bool PolygonOverlay::run(const JobControl& control, const PieceVisitor& visitPiece,
                         const FirstVisitor& visitFirst, int firstPercent, int lastPercent) {
    std::vector<Bounds> boxes;
    boxes.reserve(m_secondItems.size());
    for (uint32_t item : m_secondItems)
        boxes.push_back(m_second.bounds[item]);
    const SpatialIndex index(boxes);

    const auto work = [&](int worker, size_t begin, size_t end) {
        const WkbReader reader;
        GEOSContextHandle_t context = geosContext();
        // Neighbouring features of `first` share candidates: parse each once per chunk.
        std::unordered_map<uint32_t, GeosGeometryPtr> seconds;
        std::vector<uint32_t> candidates;
        for (size_t i = begin; i < end; ++i) {
            if (control.cancelled())
                return;
            const auto first = uint32_t(i);
            GeosGeometryPtr a = reader.read(m_first.wkb[i]);
            if (!a) {
                ++m_unreadable;
                continue;
            }
            double firstArea = 0;
            GEOSArea_r(context, a.get(), &firstArea);
            candidates = index.query(m_first.bounds[i]);
            PreparedPtr prepared(candidates.empty() ? nullptr : GEOSPrepare_r(context, a.get()));
            for (uint32_t candidate : candidates) {
                const uint32_t second = m_secondItems[candidate];
                auto found = seconds.find(second);
                if (found == seconds.end())
                    found = seconds.emplace(second, reader.read(m_second.wkb[second])).first;
                const GEOSGeometry* b = found->second.get();
                if (!b || GEOSPreparedIntersects_r(context, prepared.get(), b) != 1)
                    continue;
                const GEOSGeometry* piece = b;
                GeosGeometryPtr computed;
                // A piece that lies wholly inside needs no overlay (only possible when its
                // bounds lie inside; the test is not free).
                const Bounds& own = m_first.bounds[i];
                const Bounds& other = m_second.bounds[second];
                const bool mayBeInside = other.minX > own.minX && other.maxX < own.maxX &&
                                         other.minY > own.minY && other.maxY < own.maxY;
                if (!mayBeInside ||
                    GEOSPreparedContainsProperly_r(context, prepared.get(), b) != 1) {
                    computed = intersection(a.get(), b);
                    if (!computed) {
                        ++m_failedPairs;
                        continue;
                    }
                    piece = computed.get();
                }
                double area = 0;
                GEOSArea_r(context, piece, &area);
                if (area > 0)
                    visitPiece(worker, first, second, piece, area);
            }
            if (visitFirst)
                visitFirst(worker, first, firstArea);
        }
    };
    return runInParallel(m_first.size(), 64, control, work, firstPercent, lastPercent);
}

QByteArray polygonalWkb(const GEOSGeometry* piece) {
    GEOSContextHandle_t context = geosContext();
    const int type = GEOSGeomTypeId_r(context, piece);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return area_geometry::writeWkb(piece);
    GeosGeometryPtr polygons =
        area_geometry::polygonalPart(GeosGeometryPtr(GEOSGeom_clone_r(context, piece)));
    return area_geometry::writeWkb(polygons.get());
}

QRectF pieceExtent(const GEOSGeometry* piece) {
    GEOSContextHandle_t context = geosContext();
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    if (!GEOSGeom_getXMin_r(context, piece, &minX) || !GEOSGeom_getYMin_r(context, piece, &minY) ||
        !GEOSGeom_getXMax_r(context, piece, &maxX) || !GEOSGeom_getYMax_r(context, piece, &maxY))
        return {};
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace agrimap::planning
