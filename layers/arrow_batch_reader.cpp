#include "arrow_batch_reader.h"

#include <cstring>
#include <ogr_recordbatch.h>

namespace agrimap::detail {

namespace {

struct StreamGuard {
    ArrowArrayStream stream{};
    ~StreamGuard() {
        if (stream.release)
            stream.release(&stream);
    }
};
struct SchemaGuard {
    ArrowSchema schema{};
    ~SchemaGuard() {
        if (schema.release)
            schema.release(&schema);
    }
};
struct ArrayGuard {
    ArrowArray array{};
    ~ArrayGuard() {
        if (array.release)
            array.release(&array);
    }
};

bool isValid(const ArrowArray& column, int64_t row) {
    const auto* validity = static_cast<const uint8_t*>(column.buffers[0]);
    if (!validity)
        return true;
    const int64_t bit = row + column.offset;
    return (validity[bit / 8] >> (bit % 8)) & 1;
}

// Binary and UTF-8 columns: 32-bit offsets into a data buffer (Arrow formats "z" and "u").
const unsigned char* bytesAt(const ArrowArray& column, int64_t row, size_t* size) {
    const auto* offsets = static_cast<const int32_t*>(column.buffers[1]);
    const auto* data = static_cast<const unsigned char*>(column.buffers[2]);
    const int64_t index = row + column.offset;
    *size = size_t(offsets[index + 1] - offsets[index]);
    return data + offsets[index];
}

} // namespace

bool readArrowRows(OGRLayer& layer, const QString& textField, const std::atomic_bool& cancel,
                   const std::function<void(const ArrowRow&)>& visit, QString* error) {
    StreamGuard guard;
    const char* options[] = {"INCLUDE_FID=YES", "GEOMETRY_ENCODING=WKB", nullptr};
    if (!layer.GetArrowStream(&guard.stream, const_cast<char**>(options)))
        return false;
    SchemaGuard schema;
    if (guard.stream.get_schema(&guard.stream, &schema.schema) != 0)
        return false;
    int fidColumn = -1, geometryColumn = -1, textColumn = -1;
    const QByteArray fidName = layer.GetFIDColumn();
    const QByteArray geometryName = layer.GetGeometryColumn();
    const QByteArray textName = textField.toUtf8();
    for (int64_t i = 0; i < schema.schema.n_children; ++i) {
        const ArrowSchema& child = *schema.schema.children[i];
        const QByteArray name(child.name);
        const QByteArray format(child.format);
        if (format == "l" && (name == fidName || (fidColumn < 0 && name == "OGC_FID")))
            fidColumn = int(i);
        else if (format == "z" && (name == geometryName || geometryColumn < 0))
            geometryColumn = int(i);
        else if (!textName.isEmpty() && name == textName && format == "u")
            textColumn = int(i);
    }
    // Only the plain layout is handled here; anything else takes the feature path.
    if (fidColumn < 0 || geometryColumn < 0 || (!textName.isEmpty() && textColumn < 0))
        return false;

    while (true) {
        if (cancel.load(std::memory_order_relaxed)) {
            *error = QStringLiteral("cancelled");
            return true;
        }
        ArrayGuard batch;
        if (guard.stream.get_next(&guard.stream, &batch.array) != 0) {
            const char* message = guard.stream.get_last_error(&guard.stream);
            *error = QString::fromUtf8(message ? message : "reading failed");
            return true;
        }
        if (!batch.array.release)
            return true; // end of stream
        const ArrowArray& fids = *batch.array.children[fidColumn];
        const ArrowArray& geometries = *batch.array.children[geometryColumn];
        const ArrowArray* texts = textColumn >= 0 ? batch.array.children[textColumn] : nullptr;
        const auto* fidValues = static_cast<const int64_t*>(fids.buffers[1]);
        for (int64_t row = 0; row < batch.array.length; ++row) {
            ArrowRow value;
            value.fid = fidValues[row + fids.offset];
            if (isValid(geometries, row))
                value.wkb = bytesAt(geometries, row, &value.wkbSize);
            if (texts && isValid(*texts, row))
                value.text = reinterpret_cast<const char*>(bytesAt(*texts, row, &value.textSize));
            visit(value);
        }
    }
}

} // namespace agrimap::detail
