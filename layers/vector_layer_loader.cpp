#include "vector_layer_loader.h"

#include "gdal_source.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <vector>

namespace agrimap {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("agrimap::VectorLayerLoader", text);
}

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

QString formatArea(const OGRFeature& feature, int index) {
    if (index < 0 || !feature.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTReal)
        return QString::number(feature.GetFieldAsDouble(index), 'f', 1);
    return fromSourceUtf8(feature.GetFieldAsString(index));
}

} // namespace

Result<std::shared_ptr<const VectorFeatureData>>
loadVectorFeatures(const VectorLoadRequest& request, const std::atomic_bool& cancel,
                   const std::function<void(int)>& progress) {
    Result<GDALDatasetUniquePtr> opened = detail::openDataset(request.path);
    if (!opened)
        return opened.error();
    GDALDataset& dataset = *opened.value();
    OGRLayer* layer = request.layerName.isEmpty()
                          ? dataset.GetLayer(0)
                          : dataset.GetLayerByName(request.layerName.toUtf8().constData());
    if (!layer)
        return Error{tr("%1: there is no layer named %2.").arg(request.path, request.layerName)};

    const LayerStyle& style = request.style;
    OGRFeatureDefn& definition = *layer->GetLayerDefn();
    // Read only what drawing needs; the attribute table fetches the rest on demand.
    const QStringList needed = style.requiredFields();
    std::vector<const char*> ignored;
    std::vector<QByteArray> ignoredNames;
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const QString name = fromSourceUtf8(definition.GetFieldDefn(i)->GetNameRef());
        if (!needed.contains(name))
            ignoredNames.push_back(definition.GetFieldDefn(i)->GetNameRef());
    }
    for (const QByteArray& name : ignoredNames)
        ignored.push_back(name.constData());
    ignored.push_back("OGR_STYLE");
    ignored.push_back(nullptr);
    layer->SetIgnoredFields(ignored.data());

    const int categoryIndex = fieldIndex(definition, style.categoryField);
    const bool labelled = style.labels;
    const int parcelIndex = fieldIndex(definition, style.labelParcelField);
    const int areaIndex = fieldIndex(definition, style.labelAreaField);
    const int codeIndex = fieldIndex(definition, style.labelCodeField);
    const CategoryPalette* palette = style.palette.get();

    auto data = std::make_shared<VectorFeatureData>();
    data->geometries = FlatGeometries(request.kind);
    const qint64 expected = layer->GetFeatureCount(FALSE);
    if (expected > 0) {
        data->geometries.reserve(size_t(expected), size_t(expected) * 6);
        data->fids.reserve(size_t(expected));
        data->categories.reserve(size_t(expected));
    }
    if (palette)
        data->categoryCounts.assign(palette->categories().size(), 0);
    if (labelled)
        data->labelOffsets.push_back(0);

    GeometryFlattener flattener(data->geometries);
    QHash<QString, int> categoryByCode; // codes repeat: look each up once
    qint64 count = 0;
    int lastPercent = -1;
    CPLErrorReset();
    layer->ResetReading();
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature;
         feature.reset(layer->GetNextFeature())) {
        if ((count & 0x3FF) == 0) {
            if (cancel.load(std::memory_order_relaxed))
                return Error{tr("Loading %1 was cancelled.").arg(request.path)};
            if (progress && expected > 0) {
                const int percent = int(100 * count / expected);
                if (percent != lastPercent)
                    progress(lastPercent = percent);
            }
        }
        ++count;
        data->fids.push_back(feature->GetFID());
        if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
            data->geometries.beginFeature(kindOfFeatureGeometry(*geometry));
            flattener.add(*geometry);
        } else {
            data->geometries.beginFeature(GeometryKind::None);
            ++data->invalidGeometries;
        }

        int category = -1;
        if (palette && categoryIndex >= 0) {
            const char* raw = feature->IsFieldSetAndNotNull(categoryIndex)
                                  ? feature->GetFieldAsString(categoryIndex)
                                  : "";
            const QString code = fromSourceUtf8(raw);
            const auto cached = categoryByCode.constFind(code);
            category =
                cached != categoryByCode.constEnd() ? cached.value() : palette->indexOf(code);
            if (cached == categoryByCode.constEnd())
                categoryByCode.insert(code, category);
            if (category >= 0)
                ++data->categoryCounts[size_t(category)];
            else
                ++data->unknownCodes[code.trimmed().isEmpty() ? QStringLiteral("(trống)")
                                                              : code.trimmed()];
        }
        data->categories.push_back(int16_t(category));

        if (labelled) {
            QStringList lines;
            if (parcelIndex >= 0 && feature->IsFieldSetAndNotNull(parcelIndex))
                lines << fromSourceUtf8(feature->GetFieldAsString(parcelIndex));
            const QString area = formatArea(*feature, areaIndex);
            if (!area.isEmpty())
                lines << area;
            if (codeIndex >= 0 && feature->IsFieldSetAndNotNull(codeIndex))
                lines << fromSourceUtf8(feature->GetFieldAsString(codeIndex));
            data->labelText += lines.join(QLatin1Char('\n')).toUtf8();
            data->labelOffsets.push_back(uint32_t(data->labelText.size()));
        }
    }
    data->geometries.finish();
    if (CPLGetLastErrorType() >= CE_Failure && count == 0 && expected != 0)
        return Error{tr("%1: reading layer %2 failed: %3")
                         .arg(request.path, request.layerName, detail::gdalLastError())};
    if (progress)
        progress(100);
    return std::shared_ptr<const VectorFeatureData>(std::move(data));
}

} // namespace agrimap
