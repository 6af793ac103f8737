#include "vector_layer_loader.h"

#include "arrow_batch_reader.h"
#include "gdal_source.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace agrimap {

namespace {

/// Appends an OGR geometry's parts to the flat store; collections and curves included.
class GeometryFlattener {
public:
    explicit GeometryFlattener(FlatGeometries& target)
        : m_target(target) {}

    void add(const OGRGeometry& geometry) {
        switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPoint: {
            const auto& point = *geometry.toPoint();
            const double xy[2] = {point.getX(), point.getY()};
            m_target.addPart(xy, 1);
            break;
        }
        case wkbLineString:
        case wkbLinearRing:
            addCurve(*geometry.toSimpleCurve());
            break;
        case wkbPolygon: {
            const OGRPolygon& polygon = *geometry.toPolygon();
            for (const OGRLinearRing* ring : polygon)
                addCurve(*ring);
            break;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
        case wkbMultiCurve:
        case wkbMultiSurface: {
            for (const OGRGeometry* member : *geometry.toGeometryCollection())
                add(*member);
            break;
        }
        default:
            if (geometry.hasCurveGeometry() ||
                wkbFlatten(geometry.getGeometryType()) == wkbPolyhedralSurface ||
                wkbFlatten(geometry.getGeometryType()) == wkbTIN ||
                wkbFlatten(geometry.getGeometryType()) == wkbTriangle) {
                std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
                if (linear && !linear->hasCurveGeometry())
                    add(*linear);
            }
            break;
        }
    }

private:
    void addCurve(const OGRSimpleCurve& curve) {
        const int count = curve.getNumPoints();
        if (count <= 0)
            return;
        m_buffer.resize(2 * size_t(count));
        curve.getPoints(m_buffer.data(), 2 * sizeof(double), m_buffer.data() + 1,
                        2 * sizeof(double));
        m_target.addPart(m_buffer.data(), size_t(count));
    }

    FlatGeometries& m_target;
    std::vector<double> m_buffer;
};

GeometryKind kindOfFeatureGeometry(const OGRGeometry& geometry) {
    switch (OGR_GT_GetCollection(wkbFlatten(geometry.getGeometryType()))) {
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbMultiLineString:
    case wkbMultiCurve:
        return GeometryKind::Line;
    default:
        return GeometryKind::Polygon;
    }
}

int fieldIndex(const OGRFeatureDefn& definition, const QString& name) {
    return name.isEmpty() ? -1 : definition.GetFieldIndex(name.toUtf8().constData());
}

// Large GeoPackages are read by two threads, each over half of the fid range.
constexpr qint64 parallelThreshold = 100000;

struct FidRange {
    qint64 first = 0;
    qint64 last = -1; // inclusive; first > last means "all features"
    bool isAll() const { return first > last; }
};

struct PartialLoad {
    std::shared_ptr<VectorFeatureData> data;
    QString error;
};

OGRLayer* openLayer(GDALDataset& dataset, const QString& name) {
    return name.isEmpty() ? dataset.GetLayer(0) : dataset.GetLayerByName(name.toUtf8().constData());
}

PartialLoad loadRange(const VectorLoadRequest& request, FidRange range,
                      const std::atomic_bool& cancel, const std::function<void(int)>& progress) {
    PartialLoad result;
    Result<GDALDatasetUniquePtr> opened = detail::openDataset(request.path);
    if (!opened) {
        result.error = opened.errorMessage();
        return result;
    }
    GDALDataset& dataset = *opened.value();
    OGRLayer* layer = openLayer(dataset, request.layerName);
    if (!layer) {
        result.error = QCoreApplication::translate("agrimap::VectorLayerLoader",
                                                   "%1: there is no layer named %2.")
                           .arg(request.path, request.layerName);
        return result;
    }
    const LayerStyle& style = request.style;
    OGRFeatureDefn& definition = *layer->GetLayerDefn();
    // Read only what drawing needs; the attribute table fetches the rest on demand.
    const QStringList needed = style.requiredFields();
    std::vector<QByteArray> ignoredNames;
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        if (!needed.contains(fromSourceUtf8(definition.GetFieldDefn(i)->GetNameRef())))
            ignoredNames.emplace_back(definition.GetFieldDefn(i)->GetNameRef());
    }
    std::vector<const char*> ignored;
    for (const QByteArray& name : ignoredNames)
        ignored.push_back(name.constData());
    ignored.push_back("OGR_STYLE");
    ignored.push_back(nullptr);
    layer->SetIgnoredFields(ignored.data());
    if (!range.isAll()) {
        const QString filter = QStringLiteral("%1 >= %2 AND %1 <= %3")
                                   .arg(QString::fromUtf8(layer->GetFIDColumn()))
                                   .arg(range.first)
                                   .arg(range.last);
        layer->SetAttributeFilter(filter.toUtf8().constData());
    }

    const int categoryIndex = fieldIndex(definition, style.categoryField);
    const detail::SourceTextEncoding encoding = detail::textEncodingOf(request.path);
    const CategoryPalette* palette = style.palette.get();
    auto data = std::make_shared<VectorFeatureData>();
    data->geometries = FlatGeometries(request.kind);
    const qint64 expected =
        range.isAll() ? layer->GetFeatureCount(FALSE) : range.last - range.first + 1;
    if (expected > 0) {
        data->geometries.reserve(size_t(expected), size_t(expected) * 6);
        data->fids.reserve(size_t(expected));
        data->categories.reserve(size_t(expected));
    }
    if (palette)
        data->categoryCounts.assign(palette->categories().size(), 0);

    GeometryFlattener flattener(data->geometries);
    // Codes repeat: each distinct one is looked up once. A layer has a few dozen codes, so a
    // short list compared byte by byte beats hashing a new string per row.
    std::vector<std::pair<std::string, int>> categoryByCode;
    qint64 count = 0;
    int lastPercent = -1;
    CPLErrorReset();
    // One row into the flat store, whichever way it was read.
    const auto addRow = [&](int64_t fid, const OGRGeometry* geometry, std::string_view code) {
        ++count;
        data->fids.push_back(fid);
        if (geometry) {
            data->geometries.beginFeature(kindOfFeatureGeometry(*geometry));
            flattener.add(*geometry);
        } else {
            data->geometries.beginFeature(GeometryKind::None);
            ++data->invalidGeometries;
        }
        int category = -1;
        if (palette && categoryIndex >= 0) {
            const auto cached =
                std::find_if(categoryByCode.begin(), categoryByCode.end(),
                             [code](const auto& entry) { return entry.first == code; });
            const QByteArray raw(code.data(), qsizetype(code.size()));
            if (cached != categoryByCode.end()) {
                category = cached->second;
            } else {
                category = palette->indexOf(detail::sourceText(raw.constData(), encoding));
                categoryByCode.emplace_back(std::string(code), category);
            }
            if (category >= 0) {
                ++data->categoryCounts[size_t(category)];
            } else {
                const QString text = detail::sourceText(raw.constData(), encoding).trimmed();
                ++data->unknownCodes[text.isEmpty() ? QCoreApplication::translate(
                                                          "agrimap::VectorLayerLoader", "(empty)")
                                                    : text];
            }
        }
        data->categories.push_back(int16_t(category));
    };
    const auto reportProgress = [&] {
        if (progress && expected > 0 && (count & 0x3FF) == 0) {
            const int percent = int(100 * count / expected);
            if (percent != lastPercent)
                progress(lastPercent = percent);
        }
    };

    // GeoPackages stream as columns (no OGRFeature per row); other drivers go feature by
    // feature. GDAL parses every geometry either way.
    bool streamed = false;
    if (QLatin1String(dataset.GetDriverName()) == QLatin1String("GPKG") &&
        encoding.isPlainUnicode()) {
        QString streamError;
        streamed = detail::readArrowRows(
            *layer, palette && categoryIndex >= 0 ? style.categoryField : QString(), cancel,
            [&](const detail::ArrowRow& row) {
                reportProgress();
                OGRGeometry* geometry = nullptr;
                if (row.wkb)
                    OGRGeometryFactory::createFromWkb(row.wkb, nullptr, &geometry, row.wkbSize);
                const std::unique_ptr<OGRGeometry> owned(geometry);
                addRow(row.fid, geometry,
                       row.text ? std::string_view(row.text, row.textSize) : std::string_view());
            },
            &streamError);
        if (streamed && !streamError.isEmpty()) {
            result.error = cancel ? QCoreApplication::translate("agrimap::VectorLayerLoader",
                                                                "Loading %1 was cancelled.")
                                        .arg(request.path)
                                  : QCoreApplication::translate("agrimap::VectorLayerLoader",
                                                                "%1: reading layer %2 failed: %3")
                                        .arg(request.path, request.layerName, streamError);
            return result;
        }
        if (!streamed && count > 0) {
            result.error =
                QStringLiteral("%1: columnar reading stopped half way").arg(request.path);
            return result;
        }
    }
    for (OGRFeatureUniquePtr feature(streamed ? nullptr : layer->GetNextFeature()); feature;
         feature.reset(layer->GetNextFeature())) {
        if ((count & 0x3FF) == 0 && cancel.load(std::memory_order_relaxed)) {
            result.error = QCoreApplication::translate("agrimap::VectorLayerLoader",
                                                       "Loading %1 was cancelled.")
                               .arg(request.path);
            return result;
        }
        reportProgress();
        const bool hasCode = categoryIndex >= 0 && feature->IsFieldSetAndNotNull(categoryIndex);
        addRow(feature->GetFID(), feature->GetGeometryRef(),
               hasCode ? std::string_view(feature->GetFieldAsString(categoryIndex))
                       : std::string_view());
    }
    data->geometries.finish();
    if (CPLGetLastErrorType() >= CE_Failure && count == 0 && expected > 0) {
        result.error = QCoreApplication::translate("agrimap::VectorLayerLoader",
                                                   "%1: reading layer %2 failed: %3")
                           .arg(request.path, request.layerName, detail::gdalLastError());
        return result;
    }
    result.data = std::move(data);
    return result;
}

// The fid range of a GeoPackage table, from SQLite's rowid index (instant).
FidRange fidRangeOf(const VectorLoadRequest& request) {
    Result<GDALDatasetUniquePtr> opened = detail::openDataset(request.path);
    if (!opened || QString::fromLatin1(opened.value()->GetDriverName()) != QLatin1String("GPKG"))
        return {};
    OGRLayer* layer = openLayer(*opened.value(), request.layerName);
    if (!layer || layer->GetFeatureCount(FALSE) < parallelThreshold || !*layer->GetFIDColumn())
        return {};
    const QString sql =
        QStringLiteral("SELECT MIN(\"%1\"), MAX(\"%1\") FROM \"%2\"")
            .arg(QString::fromUtf8(layer->GetFIDColumn()), QString::fromUtf8(layer->GetName()));
    OGRLayer* answer = opened.value()->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    FidRange range;
    if (answer) {
        if (OGRFeatureUniquePtr row{answer->GetNextFeature()}) {
            range.first = row->GetFieldAsInteger64(0);
            range.last = row->GetFieldAsInteger64(1);
        }
        opened.value()->ReleaseResultSet(answer);
    }
    return range;
}

void merge(VectorFeatureData& into, const VectorFeatureData& from) {
    into.geometries.append(from.geometries);
    into.fids.insert(into.fids.end(), from.fids.begin(), from.fids.end());
    into.categories.insert(into.categories.end(), from.categories.begin(), from.categories.end());
    for (size_t i = 0; i < into.categoryCounts.size() && i < from.categoryCounts.size(); ++i)
        into.categoryCounts[i] += from.categoryCounts[i];
    for (auto it = from.unknownCodes.cbegin(); it != from.unknownCodes.cend(); ++it)
        into.unknownCodes[it.key()] += it.value();
    into.invalidGeometries += from.invalidGeometries;
}

} // namespace

Result<std::shared_ptr<const VectorFeatureData>>
loadVectorFeatures(const VectorLoadRequest& request, const std::atomic_bool& cancel,
                   const std::function<void(int)>& progress) {
    const FidRange whole = fidRangeOf(request);
    if (whole.isAll()) {
        PartialLoad load = loadRange(request, whole, cancel, progress);
        if (!load.data)
            return Error{load.error};
        if (progress)
            progress(100);
        return std::shared_ptr<const VectorFeatureData>(std::move(load.data));
    }
    // Two halves on two threads; the calling thread takes the first and reports progress.
    const qint64 middle = whole.first + (whole.last - whole.first) / 2;
    PartialLoad second;
    std::thread worker([&] { second = loadRange(request, {middle + 1, whole.last}, cancel, {}); });
    PartialLoad first = loadRange(request, {whole.first, middle}, cancel, progress);
    worker.join();
    if (!first.data)
        return Error{first.error};
    if (!second.data)
        return Error{second.error};
    merge(*first.data, *second.data);
    if (progress)
        progress(100);
    return std::shared_ptr<const VectorFeatureData>(std::move(first.data));
}

} // namespace agrimap
