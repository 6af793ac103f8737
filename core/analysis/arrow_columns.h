#pragma once

// Private to agrimap_core's statistics: GDAL's columnar (Arrow C stream) interface, which
// skips building an OGRFeature per row.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <ogr_recordbatch.h>
#include <string_view>
#include <vector>

class OGRLayer;

namespace agrimap::analysis {

/// One batch of rows; valid until the next call of ArrowColumnStream::next().
class ArrowBatch {
public:
    ArrowBatch() = default;
    ~ArrowBatch() { release(); }
    ArrowBatch(const ArrowBatch&) = delete;
    ArrowBatch& operator=(const ArrowBatch&) = delete;

    int64_t length() const { return m_array.length; }
    /// The first letter of a column's Arrow format ("u" UTF-8, "i" int32 …).
    char kind(int column) const { return m_formats[column][0]; }
    bool isNull(int column, int64_t row) const;
    /// Binary (WKB) and UTF-8 values.
    std::string_view bytes(int column, int64_t row) const;
    /// Integer columns (formats "i" and "l") and reals ("g", "f").
    int64_t integer(int column, int64_t row) const;
    double real(int column, int64_t row) const;

private:
    friend class ArrowColumnStream;
    void release() {
        if (m_array.release)
            m_array.release(&m_array);
        m_array = ArrowArray{};
    }
    const ArrowArray& child(int column) const { return *m_array.children[column]; }

    ArrowArray m_array{};
    const char* const* m_formats = nullptr;
};

/// Streams a layer (its ignored fields and filters apply) column by column.
class ArrowColumnStream {
public:
    ArrowColumnStream() = default;
    ~ArrowColumnStream();
    ArrowColumnStream(const ArrowColumnStream&) = delete;
    ArrowColumnStream& operator=(const ArrowColumnStream&) = delete;

    /// False when the driver cannot stream this layer (the caller reads features instead).
    bool open(OGRLayer& layer);
    /// The column of a field, or -1.
    int column(const QByteArray& name) const;
    int geometryColumn() const { return m_geometryColumn; }
    /// Arrow's format string of a column: "u" UTF-8, "z" binary, "i"/"l" integers, "g" real …
    QByteArray format(int column) const;
    /// The next batch; false at the end of the stream, or with `error` set on failure.
    bool next(ArrowBatch& batch, QString* error);

private:
    ArrowArrayStream m_stream{};
    ArrowSchema m_schema{};
    std::vector<const char*> m_formats;
    int m_geometryColumn = -1;
};

} // namespace agrimap::analysis
