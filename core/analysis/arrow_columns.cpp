#include "arrow_columns.h"

#include <ogrsf_frmts.h>

namespace agrimap::analysis {

bool ArrowBatch::isNull(int column, int64_t row) const {
    const ArrowArray& values = child(column);
    const auto* validity = static_cast<const uint8_t*>(values.buffers[0]);
    if (!validity)
        return false;
    const int64_t bit = row + values.offset;
    return ((validity[bit / 8] >> (bit % 8)) & 1) == 0;
}

std::string_view ArrowBatch::bytes(int column, int64_t row) const {
    const ArrowArray& values = child(column);
    const int64_t index = row + values.offset;
    const auto* data = static_cast<const char*>(values.buffers[2]);
    // Lower-case formats have 32-bit offsets, upper-case ("U", "Z") 64-bit ones.
    const char kind = m_formats[column][0];
    if (kind == 'U' || kind == 'Z') {
        const auto* offsets = static_cast<const int64_t*>(values.buffers[1]);
        return {data + offsets[index], size_t(offsets[index + 1] - offsets[index])};
    }
    const auto* offsets = static_cast<const int32_t*>(values.buffers[1]);
    return {data + offsets[index], size_t(offsets[index + 1] - offsets[index])};
}

int64_t ArrowBatch::integer(int column, int64_t row) const {
    const ArrowArray& values = child(column);
    const int64_t index = row + values.offset;
    switch (m_formats[column][0]) {
    case 'i':
        return static_cast<const int32_t*>(values.buffers[1])[index];
    case 'l':
        return static_cast<const int64_t*>(values.buffers[1])[index];
    default:
        return int64_t(real(column, row));
    }
}

double ArrowBatch::real(int column, int64_t row) const {
    const ArrowArray& values = child(column);
    const int64_t index = row + values.offset;
    switch (m_formats[column][0]) {
    case 'g':
        return static_cast<const double*>(values.buffers[1])[index];
    case 'f':
        return static_cast<const float*>(values.buffers[1])[index];
    default:
        return double(integer(column, row));
    }
}

ArrowColumnStream::~ArrowColumnStream() {
    if (m_schema.release)
        m_schema.release(&m_schema);
    if (m_stream.release)
        m_stream.release(&m_stream);
}

bool ArrowColumnStream::open(OGRLayer& layer) {
    // Batches of 10 000 rows: cancel and progress answer within a few milliseconds.
    const char* options[] = {"INCLUDE_FID=NO", "GEOMETRY_ENCODING=WKB",
                             "MAX_FEATURES_IN_BATCH=10000", nullptr};
    if (!layer.GetArrowStream(&m_stream, const_cast<char**>(options)))
        return false;
    if (m_stream.get_schema(&m_stream, &m_schema) != 0)
        return false;
    const QByteArray geometryName = layer.GetGeometryColumn();
    for (int64_t i = 0; i < m_schema.n_children; ++i) {
        const ArrowSchema& child = *m_schema.children[i];
        m_formats.push_back(child.format);
        const QByteArray format(child.format);
        if ((format == "z" || format == "Z") &&
            (m_geometryColumn < 0 || QByteArray(child.name) == geometryName))
            m_geometryColumn = int(i);
    }
    return true;
}

int ArrowColumnStream::column(const QByteArray& name) const {
    for (int64_t i = 0; i < m_schema.n_children; ++i) {
        if (name.compare(m_schema.children[i]->name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QByteArray ArrowColumnStream::format(int column) const {
    return column >= 0 && size_t(column) < m_formats.size() ? QByteArray(m_formats[size_t(column)])
                                                            : QByteArray();
}

bool ArrowColumnStream::next(ArrowBatch& batch, QString* error) {
    batch.release();
    if (m_stream.get_next(&m_stream, &batch.m_array) != 0) {
        const char* message = m_stream.get_last_error(&m_stream);
        *error = QString::fromUtf8(message ? message : "reading failed");
        return false;
    }
    batch.m_formats = m_formats.data();
    return batch.m_array.release != nullptr;
}

} // namespace agrimap::analysis
