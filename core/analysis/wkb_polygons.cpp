#include "wkb_polygons.h"

#include <bit>
#include <cstring>

namespace agrimap::analysis {

namespace {

// A cursor over WKB bytes that fails (instead of reading past the end) on short input.
class WkbCursor {
public:
    WkbCursor(const unsigned char* data, size_t size)
        : m_data(data)
        , m_size(size) {}

    bool failed() const { return m_failed; }

    bool byteOrder(bool& littleEndian) {
        if (!need(1))
            return false;
        const unsigned char order = m_data[m_offset++];
        if (order > 1)
            return fail();
        littleEndian = order == 1;
        return true;
    }
    bool uint32(bool littleEndian, uint32_t& value) {
        if (!need(4))
            return false;
        std::memcpy(&value, m_data + m_offset, 4);
        m_offset += 4;
        if (littleEndian != (std::endian::native == std::endian::little))
            value = byteSwap(value);
        return true;
    }
    bool float64(bool littleEndian, double& value) {
        if (!need(8))
            return false;
        uint64_t bits;
        std::memcpy(&bits, m_data + m_offset, 8);
        m_offset += 8;
        if (littleEndian != (std::endian::native == std::endian::little))
            bits = byteSwap(bits);
        value = std::bit_cast<double>(bits);
        return true;
    }
    bool skip(size_t bytes) {
        if (!need(bytes))
            return false;
        m_offset += bytes;
        return true;
    }
    bool need(size_t bytes) {
        if (m_failed || bytes > m_size - m_offset)
            return fail();
        return true;
    }
    bool fail() {
        m_failed = true;
        return false;
    }

private:
    static uint32_t byteSwap(uint32_t value) {
        return ((value & 0xFFu) << 24) | ((value & 0xFF00u) << 8) | ((value >> 8) & 0xFF00u) |
               (value >> 24);
    }
    static uint64_t byteSwap(uint64_t value) {
        return (uint64_t(byteSwap(uint32_t(value))) << 32) | byteSwap(uint32_t(value >> 32));
    }

    const unsigned char* m_data;
    size_t m_size;
    size_t m_offset = 0;
    bool m_failed = false;
};

struct GeometryHeader {
    bool littleEndian = true;
    uint32_t type = 0;       ///< the 2D type: 1 point … 7 collection, 8+ curves
    uint32_t dimensions = 2; ///< 2, 3 or 4 ordinates per point
};

bool readHeader(WkbCursor& cursor, GeometryHeader& header) {
    uint32_t raw = 0;
    if (!cursor.byteOrder(header.littleEndian) || !cursor.uint32(header.littleEndian, raw))
        return false;
    // Extended WKB (PostGIS, older GDAL): flags in the high bits, an optional SRID.
    bool hasZ = raw & 0x80000000u;
    bool hasM = raw & 0x40000000u;
    const bool hasSrid = raw & 0x20000000u;
    raw &= 0x0FFFFFFFu;
    // ISO WKB: thousands for Z (1000), M (2000) and ZM (3000).
    const uint32_t thousands = raw / 1000;
    header.type = raw % 1000;
    if (thousands == 1 || thousands == 3)
        hasZ = true;
    if (thousands == 2 || thousands == 3)
        hasM = true;
    if (thousands > 3)
        return cursor.fail();
    header.dimensions = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
    return !hasSrid || cursor.skip(4);
}

// Counts over this bound are nonsense (a corrupt length), not a real geometry.
constexpr uint32_t maximumCount = 1u << 28;

bool readPoints(WkbCursor& cursor, const GeometryHeader& header, uint32_t& points) {
    if (!cursor.uint32(header.littleEndian, points) || points > maximumCount)
        return cursor.fail();
    return cursor.need(size_t(points) * header.dimensions * 8);
}

bool readRing(WkbCursor& cursor, const GeometryHeader& header, WkbPolygons& out, bool& kept) {
    uint32_t points = 0;
    if (!readPoints(cursor, header, points))
        return false;
    const size_t start = out.xy.size();
    double ordinate = 0;
    for (uint32_t i = 0; i < points; ++i) {
        double x = 0, y = 0;
        cursor.float64(header.littleEndian, x);
        cursor.float64(header.littleEndian, y);
        for (uint32_t extra = 2; extra < header.dimensions; ++extra)
            cursor.float64(header.littleEndian, ordinate);
        out.xy.push_back(x);
        out.xy.push_back(y);
    }
    size_t count = (out.xy.size() - start) / 2;
    if (count > 0 && (out.xy[start] != out.xy[out.xy.size() - 2] ||
                      out.xy[start + 1] != out.xy[out.xy.size() - 1])) {
        out.xy.push_back(out.xy[start]);
        out.xy.push_back(out.xy[start + 1]);
        ++count;
    }
    kept = count >= 4;
    if (kept)
        out.ringEnds.push_back(uint32_t(out.xy.size() / 2));
    else
        out.xy.resize(start);
    return true;
}

bool readPolygon(WkbCursor& cursor, const GeometryHeader& header, WkbPolygons& out) {
    uint32_t rings = 0;
    if (!cursor.uint32(header.littleEndian, rings) || rings > maximumCount)
        return cursor.fail();
    const size_t firstRing = out.ringEnds.size();
    const size_t firstPoint = out.xy.size();
    bool shellKept = false;
    for (uint32_t ring = 0; ring < rings; ++ring) {
        bool kept = false;
        if (!readRing(cursor, header, out, kept))
            return false;
        if (ring == 0)
            shellKept = kept;
    }
    if (!shellKept) {
        // No shell, no area: the holes go too.
        out.ringEnds.resize(firstRing);
        out.xy.resize(firstPoint);
    } else {
        out.polygonEnds.push_back(uint32_t(out.ringEnds.size()));
    }
    return true;
}

WkbReadResult readGeometry(WkbCursor& cursor, WkbPolygons& out, int depth) {
    GeometryHeader header;
    if (depth > 32 || !readHeader(cursor, header))
        return WkbReadResult::Malformed;
    switch (header.type) {
    case 1: // point
        return cursor.skip(size_t(header.dimensions) * 8) ? WkbReadResult::Read
                                                          : WkbReadResult::Malformed;
    case 2: { // line string
        uint32_t points = 0;
        if (!readPoints(cursor, header, points))
            return WkbReadResult::Malformed;
        cursor.skip(size_t(points) * header.dimensions * 8);
        return WkbReadResult::Read;
    }
    case 3:
        return readPolygon(cursor, header, out) ? WkbReadResult::Read : WkbReadResult::Malformed;
    case 4:
    case 5:
    case 6:
    case 7: { // multi-point, multi-line, multi-polygon, collection: each part is whole WKB
        uint32_t parts = 0;
        if (!cursor.uint32(header.littleEndian, parts) || parts > maximumCount)
            return WkbReadResult::Malformed;
        for (uint32_t part = 0; part < parts; ++part) {
            const WkbReadResult result = readGeometry(cursor, out, depth + 1);
            if (result != WkbReadResult::Read)
                return result;
        }
        return WkbReadResult::Read;
    }
    default: // circular strings, curve polygons, multi-surfaces, TINs …
        return WkbReadResult::Unsupported;
    }
}

} // namespace

WkbReadResult readWkbPolygons(const unsigned char* wkb, size_t size, WkbPolygons& out) {
    out.clear();
    if (!wkb || size == 0)
        return WkbReadResult::Malformed;
    WkbCursor cursor(wkb, size);
    return readGeometry(cursor, out, 0);
}

} // namespace agrimap::analysis
