#include "source_layer_reader.h"

#include "spatial_reference_crs.h"

#include <QCoreApplication>
#include <algorithm>

namespace agrimap {

SourceLayerReader::SourceLayerReader(const LayerPlan& plan, QSet<QString> personNames,
                                     BoundedQueue<std::vector<OGRFeatureUniquePtr>>* spent)
    : m_plan(plan)
    , m_guard(std::move(personNames))
    , m_spent(spent) {}

SourceLayerReader::~SourceLayerReader() = default;

Status SourceLayerReader::open() {
    const ExportLayer& layer = m_plan.layer;
    m_source.reset(GDALDataset::Open(layer.sourcePath.toUtf8().constData(),
                                     GDAL_OF_VECTOR | GDAL_OF_READONLY));
    m_layer = m_source ? m_source->GetLayerByName(layer.sourceLayer.toUtf8().constData()) : nullptr;
    if (!m_layer)
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter", "%1: no layer %2")
                         .arg(layer.sourcePath, layer.sourceLayer)};
    OGRFeatureDefn* definition = m_layer->GetLayerDefn();
    for (const QString& field : layer.fields)
        m_sourceFields.push_back(directory_aggregates::isAggregate(field)
                                     ? -1
                                     : definition->GetFieldIndex(field.toUtf8().constData()));
    // Fetch only what is published: the other columns are never decoded.
    CPLStringList ignored;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        if (std::find(m_sourceFields.begin(), m_sourceFields.end(), i) == m_sourceFields.end())
            ignored.AddString(definition->GetFieldDefn(i)->GetNameRef());
    }
    ignored.AddString("OGR_STYLE");
    m_layer->SetIgnoredFields(const_cast<const char**>(ignored.List()));

    const Crs source = crsOfSpatialReference(m_layer->GetSpatialRef());
    const Crs target = Crs::fromUserInput(m_plan.targetCrs);
    if (source.isValid() && source != target) {
        m_transformer = std::make_unique<CoordinateTransformer>(source, target);
        if (!m_transformer->isValid())
            return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                     "%1: cannot reproject from %2 to %3: %4")
                             .arg(layer.sourceLayer, source.displayName(), target.displayName(),
                                  m_transformer->errorMessage())};
        m_reprojection = std::make_unique<BatchReprojection>(*m_transformer);
    }
    m_layer->ResetReading();
    return {};
}

Error SourceLayerReader::refusal(int field, GIntBig feature, const QString& found) const {
    return Error{QCoreApplication::translate(
                     "agrimap::OpenDataExporter",
                     "Refused: %1, field %2, feature %3 holds %4. Remove it from the field or "
                     "leave the field out.")
                     .arg(m_plan.layer.sourceLayer, m_plan.layer.fields[field])
                     .arg(feature)
                     .arg(found)};
}

OGRFeatureUniquePtr SourceLayerReader::emptyFeature() {
    if (m_spares.empty() && m_spent) {
        if (std::optional<std::vector<OGRFeatureUniquePtr>> back = m_spent->tryPop())
            m_spares = std::move(*back);
    }
    if (m_spares.empty())
        return OGRFeatureUniquePtr(new OGRFeature(m_plan.packageFields));
    OGRFeatureUniquePtr feature = std::move(m_spares.back());
    m_spares.pop_back();
    return feature;
}

Result<FeatureBatch> SourceLayerReader::next(size_t size) {
    FeatureBatch batch;
    batch.features.reserve(size);
    std::vector<GIntBig> sourceIds;
    sourceIds.reserve(size);
    m_geometries.clear();
    while (batch.features.size() < size) {
        OGRFeatureUniquePtr feature(m_layer->GetNextFeature());
        if (!feature)
            break;
        OGRFeatureUniquePtr written = emptyFeature();
        written->SetFID(m_nextId++);
        for (int i = 0; i < int(m_sourceFields.size()); ++i) {
            if (const AggregateValues* aggregate = m_plan.aggregates[size_t(i)]) {
                if (const std::optional<double> value = aggregate->of(feature->GetFID()))
                    aggregate->integer ? written->SetField(i, GIntBig(*value))
                                       : written->SetField(i, *value);
                else
                    written->SetFieldNull(i);
                continue;
            }
            const int index = m_sourceFields[size_t(i)];
            if (!feature->IsFieldSetAndNotNull(index)) {
                written->UnsetField(i); // as GDAL writes it: the column's default, or NULL
                continue;
            }
            if (feature->GetFieldDefnRef(index)->GetType() == OFTString) {
                const char* value = feature->GetFieldAsString(index);
                const QString found = m_guard.check(value, &m_text);
                if (!found.isEmpty())
                    return refusal(i, feature->GetFID(), found);
                written->SetField(i, m_text.c_str());
            } else {
                written->SetField(i, feature->GetRawFieldRef(index));
            }
        }
        OGRGeometry* geometry = feature->StealGeometry();
        written->SetGeometryDirectly(geometry);
        m_geometries.push_back(geometry);
        sourceIds.push_back(feature->GetFID());
        batch.features.push_back(std::move(written));
    }
    if (m_reprojection) {
        if (const qsizetype failed = m_reprojection->reproject(m_geometries); failed >= 0)
            return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                     "%1: feature %2 cannot be reprojected")
                             .arg(m_plan.layer.sourceLayer)
                             .arg(sourceIds[size_t(failed)])};
    }
    for (OGRFeatureUniquePtr& written : batch.features) {
        if (m_plan.multiPolygons && written->GetGeometryRef())
            written->SetGeometryDirectly(
                OGRGeometryFactory::forceToMultiPolygon(written->StealGeometry()));
        if (const OGRGeometry* geometry = written->GetGeometryRef();
            geometry && !geometry->IsEmpty()) {
            OGREnvelope envelope;
            geometry->getEnvelope(&envelope);
            batch.extent.Merge(envelope);
            batch.boxes.push_back(BoxEntry::around(written->GetFID(), envelope.MinX, envelope.MaxX,
                                                   envelope.MinY, envelope.MaxY));
        }
    }
    return batch;
}

} // namespace agrimap
