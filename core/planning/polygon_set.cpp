#include "polygon_set.h"

#include "coordinate_transformer.h"
#include "gdal_environment.h"
#include "spatial_reference_crs.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::planning {

namespace {

QString nameOf(const PolygonSource& source) {
    if (!source.title.isEmpty())
        return source.title;
    return source.layerName.isEmpty() ? source.path
                                      : QStringLiteral("%1:%2").arg(source.path, source.layerName);
}

struct OpenedLayer {
    GDALDatasetUniquePtr dataset;
    OGRLayer* layer = nullptr;
};

Result<OpenedLayer> openLayer(const PolygonSource& source) {
    ensureGdalReady();
    OpenedLayer opened;
    opened.dataset.reset(GDALDataset::Open(source.path.toUtf8().constData(),
                                           GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr,
                                           nullptr));
    if (!opened.dataset)
        return Error{QCoreApplication::translate(
                         "agrimap::planning::PolygonSet",
                         "%1 cannot be opened: %2. Check that the file exists and is map data.")
                         .arg(source.path, QString::fromUtf8(CPLGetLastErrorMsg()))};
    opened.layer = source.layerName.isEmpty()
                       ? opened.dataset->GetLayer(0)
                       : opened.dataset->GetLayerByName(source.layerName.toUtf8().constData());
    if (!opened.layer)
        return Error{QCoreApplication::translate("agrimap::planning::PolygonSet",
                                                 "%1 has no layer named %2.")
                         .arg(source.path, source.layerName)};
    return opened;
}

// Reprojects every ring in place, one PROJ call per ring; false when a point fell outside
// the operation's reach.
bool transformRings(OGRGeometry& geometry, const CoordinateTransformer& transformer,
                    std::vector<OGRRawPoint>& buffer) {
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        for (OGRLinearRing* ring : *geometry.toPolygon()) {
            const int count = ring->getNumPoints();
            buffer.resize(size_t(count));
            ring->getPoints(buffer.data());
            if (transformer.transformInPlace(reinterpret_cast<double*>(buffer.data()),
                                             size_t(count)) > 0)
                return false;
            ring->setPoints(count, buffer.data());
        }
        return true;
    }
    if (type == wkbMultiPolygon) {
        for (OGRPolygon* polygon : *geometry.toMultiPolygon()) {
            if (!transformRings(*polygon, transformer, buffer))
                return false;
        }
        return true;
    }
    return false;
}

// The polygons of a geometry (curves approximated, collections reduced to their polygons).
std::unique_ptr<OGRGeometry> polygonalCopy(const OGRGeometry* geometry) {
    if (!geometry || geometry->IsEmpty())
        return nullptr;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon || type == wkbMultiPolygon) {
        std::unique_ptr<OGRGeometry> copy(geometry->clone());
        copy->flattenTo2D();
        return copy;
    }
    if (type == wkbCurvePolygon || type == wkbMultiSurface) {
        std::unique_ptr<OGRGeometry> linear(geometry->getLinearGeometry());
        return polygonalCopy(linear.get());
    }
    if (type == wkbGeometryCollection) {
        auto polygons = std::make_unique<OGRMultiPolygon>();
        for (const OGRGeometry* part : *geometry->toGeometryCollection()) {
            std::unique_ptr<OGRGeometry> polygonal = polygonalCopy(part);
            if (!polygonal)
                continue;
            if (wkbFlatten(polygonal->getGeometryType()) == wkbPolygon)
                polygons->addGeometry(polygonal.get());
            else
                for (const OGRPolygon* polygon : *polygonal->toMultiPolygon())
                    polygons->addGeometry(polygon);
        }
        if (polygons->IsEmpty())
            return nullptr;
        return polygons;
    }
    return nullptr;
}

} // namespace

Result<Crs> layerCrs(const PolygonSource& source) {
    if (source.crs.isValid())
        return source.crs;
    Result<OpenedLayer> opened = openLayer(source);
    if (!opened)
        return opened.error();
    const Crs crs = crsOfSpatialReference(opened->layer->GetSpatialRef());
    if (!crs.isValid())
        return Error{QCoreApplication::translate(
                         "agrimap::planning::PolygonSet",
                         "%1 has no coordinate reference system: assign one (Layer ▸ Assign "
                         "CRS…) before comparing it with other layers.")
                         .arg(nameOf(source))};
    return crs;
}

Result<Crs> workingCrs(const PolygonSource& first, const PolygonSource& second) {
    Result<Crs> firstCrs = layerCrs(first);
    if (!firstCrs)
        return firstCrs.error();
    if (!firstCrs->isGeographic())
        return firstCrs;
    Result<Crs> secondCrs = layerCrs(second);
    if (!secondCrs)
        return secondCrs.error();
    if (!secondCrs->isGeographic())
        return secondCrs;
    return Error{QCoreApplication::translate(
                     "agrimap::planning::PolygonSet",
                     "%1 and %2 are both in latitude and longitude: areas need metres. Use a "
                     "layer in a projected CRS (VN-2000 / TM-3, e.g. EPSG:5897) for one of them.")
                     .arg(nameOf(first), nameOf(second))};
}

Result<PolygonSet> readPolygonSet(const PolygonSource& source, const Crs& target,
                                  const JobControl& control, int firstPercent, int lastPercent) {
    Result<Crs> sourceCrs = layerCrs(source);
    if (!sourceCrs)
        return sourceCrs.error();
    Result<OpenedLayer> opened = openLayer(source);
    if (!opened)
        return opened.error();
    OGRLayer& layer = *opened->layer;
    OGRFeatureDefn* definition = layer.GetLayerDefn();
    const int codeIndex = source.codeField.isEmpty()
                              ? -1
                              : definition->GetFieldIndex(source.codeField.toUtf8().constData());
    if (!source.codeField.isEmpty() && codeIndex < 0)
        return Error{
            QCoreApplication::translate("agrimap::planning::PolygonSet",
                                        "%1 has no field %2: choose the field that holds the code.")
                .arg(nameOf(source), source.codeField)};
    std::vector<int> labelIndexes;
    for (const QString& field : source.labelFields) {
        const int index = definition->GetFieldIndex(field.toUtf8().constData());
        if (index >= 0)
            labelIndexes.push_back(index);
    }
    // Only the fields the check needs are read.
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const bool needed = i == codeIndex || std::find(labelIndexes.begin(), labelIndexes.end(),
                                                        i) != labelIndexes.end();
        definition->GetFieldDefn(i)->SetIgnored(!needed);
    }

    PolygonSet set;
    set.crs = target.isValid() ? target : sourceCrs.value();
    set.title = nameOf(source);
    const CoordinateTransformer transformer(sourceCrs.value(), set.crs);
    if (!transformer.isValid())
        return Error{QCoreApplication::translate("agrimap::planning::PolygonSet",
                                                 "%1 cannot be reprojected from %2 to %3: %4")
                         .arg(set.title, sourceCrs->displayName(), set.crs.displayName(),
                              transformer.errorMessage())};
    const GIntBig total = layer.GetFeatureCount(FALSE);
    if (total > 0) {
        set.fids.reserve(size_t(total));
        set.codes.reserve(size_t(total));
        set.wkb.reserve(size_t(total));
        set.bounds.reserve(size_t(total));
        set.areas.reserve(size_t(total));
    }
    std::vector<OGRRawPoint> buffer;
    layer.ResetReading();
    qint64 read = 0;
    int lastReported = -1;
    for (OGRFeatureUniquePtr feature(layer.GetNextFeature()); feature;
         feature.reset(layer.GetNextFeature())) {
        if (++read % 1024 == 0) {
            if (control.cancelled())
                return Error{
                    QCoreApplication::translate("agrimap::planning::PolygonSet", "Cancelled.")};
            if (total > 0) {
                const int percent = firstPercent + int(double(lastPercent - firstPercent) *
                                                       double(read) / double(total));
                if (percent != lastReported) {
                    lastReported = percent;
                    control.report(percent);
                }
            }
        }
        std::unique_ptr<OGRGeometry> geometry = polygonalCopy(feature->GetGeometryRef());
        if (!geometry ||
            (!transformer.isIdentity() && !transformRings(*geometry, transformer, buffer))) {
            ++set.skipped;
            continue;
        }
        QByteArray wkb(qsizetype(geometry->WkbSize()), Qt::Uninitialized);
        geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso);
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        Bounds bounds;
        bounds.include(envelope.MinX, envelope.MinY);
        bounds.include(envelope.MaxX, envelope.MaxY);
        QStringList label;
        for (int index : labelIndexes)
            label << fromSourceUtf8(feature->GetFieldAsString(index));
        set.fids.push_back(feature->GetFID());
        set.codes.push_back(codeIndex >= 0 && feature->IsFieldSetAndNotNull(codeIndex)
                                ? fromSourceUtf8(feature->GetFieldAsString(codeIndex)).trimmed()
                                : QString());
        set.labels.push_back(label.join(QLatin1Char('/')));
        set.wkb.push_back(std::move(wkb));
        set.bounds.push_back(bounds);
        set.areas.push_back(wkbFlatten(geometry->getGeometryType()) == wkbPolygon
                                ? geometry->toPolygon()->get_Area()
                                : geometry->toMultiPolygon()->get_Area());
    }
    control.report(lastPercent);
    return set;
}

} // namespace agrimap::planning
