#include "feature_reader.h"

#include "gdal_source.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <algorithm>
#include <memory>
#include <numeric>

namespace agrimap {

namespace {

QVariant valueOf(const OGRFeature& feature, int index, const detail::SourceTextEncoding& encoding) {
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    switch (feature.GetFieldDefnRef(index)->GetType()) {
    case OFTInteger:
        return feature.GetFieldAsInteger(index);
    case OFTInteger64:
        return qlonglong(feature.GetFieldAsInteger64(index));
    case OFTReal:
        return feature.GetFieldAsDouble(index);
    default:
        return detail::sourceText(feature.GetFieldAsString(index), encoding);
    }
}

FeatureRecord recordOf(const OGRFeature& feature, const detail::SourceTextEncoding& encoding) {
    FeatureRecord record;
    record.fid = feature.GetFID();
    const OGRFeatureDefn* definition = feature.GetDefnRef();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        record.fieldNames << fromSourceUtf8(definition->GetFieldDefn(i)->GetNameRef());
        record.values << valueOf(feature, i, encoding);
    }
    if (const OGRGeometry* geometry = feature.GetGeometryRef())
        record.geometryType = QString::fromLatin1(geometry->getGeometryName());
    return record;
}

} // namespace

FeatureReader::FeatureReader(QString path, QString layerName)
    : m_path(std::move(path))
    , m_layerName(std::move(layerName)) {}

namespace {
OGRLayer* layerOf(const QString& path, const QString& layerName, QString* error) {
    GDALDataset* dataset = detail::threadDataset(path);
    if (!dataset) {
        *error = QCoreApplication::translate("agrimap::FeatureReader", "%1: cannot be opened: %2")
                     .arg(path, detail::gdalLastError());
        return nullptr;
    }
    OGRLayer* layer = layerName.isEmpty() ? dataset->GetLayer(0)
                                          : dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        *error =
            QCoreApplication::translate("agrimap::FeatureReader", "%1: there is no layer named %2.")
                .arg(path, layerName);
    return layer;
}
} // namespace

Result<QStringList> FeatureReader::fieldNames() const {
    QString error;
    OGRLayer* layer = layerOf(m_path, m_layerName, &error);
    if (!layer)
        return Error{error};
    QStringList names;
    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        names << fromSourceUtf8(definition->GetFieldDefn(i)->GetNameRef());
    return names;
}

Result<FeatureRecord> FeatureReader::read(qint64 fid) const {
    QString error;
    OGRLayer* layer = layerOf(m_path, m_layerName, &error);
    if (!layer)
        return Error{error};
    OGRFeatureUniquePtr feature(layer->GetFeature(fid));
    if (!feature)
        return Error{QCoreApplication::translate("agrimap::FeatureReader",
                                                 "%1: feature %2 cannot be read: %3")
                         .arg(m_path)
                         .arg(fid)
                         .arg(detail::gdalLastError())};
    return recordOf(*feature, detail::textEncodingOf(m_path));
}

Result<std::vector<QByteArray>> FeatureReader::readGeometries(const std::vector<qint64>& fids,
                                                              const Crs& source,
                                                              const Crs& target) const {
    QString error;
    OGRLayer* layer = layerOf(m_path, m_layerName, &error);
    if (!layer)
        return Error{error};
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (source.isValid() && target.isValid() && source != target) {
        OGRSpatialReference from;
        OGRSpatialReference to;
        from.SetFromUserInput(source.definition().toUtf8().constData());
        to.SetFromUserInput(target.definition().toUtf8().constData());
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        transform.reset(OGRCreateCoordinateTransformation(&from, &to));
        if (!transform)
            return Error{QCoreApplication::translate("agrimap::FeatureReader",
                                                     "%1: cannot reproject into %2")
                             .arg(m_path, target.displayName())};
    }
    std::vector<QByteArray> geometries;
    geometries.reserve(fids.size());
    for (const qint64 fid : fids) {
        OGRFeatureUniquePtr feature(layer->GetFeature(fid));
        OGRGeometry* geometry = feature ? feature->GetGeometryRef() : nullptr;
        if (!geometry || (transform && geometry->transform(transform.get()) != OGRERR_NONE))
            return Error{
                QCoreApplication::translate("agrimap::FeatureReader",
                                            "%1: the geometry of feature %2 cannot be read")
                    .arg(m_path)
                    .arg(fid)};
        QByteArray wkb(qsizetype(geometry->WkbSize()), Qt::Uninitialized);
        geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso);
        geometries.push_back(std::move(wkb));
    }
    return geometries;
}

Result<std::vector<FeatureRecord>> FeatureReader::read(const std::vector<qint64>& fids) const {
    std::vector<FeatureRecord> records;
    records.reserve(fids.size());
    for (const qint64 fid : fids) {
        Result<FeatureRecord> record = read(fid);
        if (!record)
            return record.error();
        records.push_back(std::move(record).value());
    }
    return records;
}

Result<std::vector<qint64>> FeatureReader::queryFids(const QString& whereClause,
                                                     const QString& sortField, bool ascending,
                                                     const std::atomic_bool& cancel) const {
    // A dataset of its own: this runs on a worker while the GUI thread reads pages.
    Result<GDALDatasetUniquePtr> opened = detail::openDataset(m_path);
    if (!opened)
        return opened.error();
    OGRLayer* layer = m_layerName.isEmpty()
                          ? opened.value()->GetLayer(0)
                          : opened.value()->GetLayerByName(m_layerName.toUtf8().constData());
    if (!layer)
        return Error{
            QCoreApplication::translate("agrimap::FeatureReader", "%1: there is no layer named %2.")
                .arg(m_path, m_layerName)};
    CPLErrorReset();
    if (layer->SetAttributeFilter(
            whereClause.isEmpty() ? nullptr : whereClause.toUtf8().constData()) != OGRERR_NONE)
        return Error{QCoreApplication::translate("agrimap::FeatureReader",
                                                 "The filter \"%1\" is not valid: %2")
                         .arg(whereClause, detail::gdalLastError())};

    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    const int sortIndex =
        sortField.isEmpty() ? -1 : definition->GetFieldIndex(sortField.toUtf8().constData());
    // Only the sort field is read; geometry and other fields are skipped.
    std::vector<QByteArray> names;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        if (i != sortIndex)
            names.emplace_back(definition->GetFieldDefn(i)->GetNameRef());
    }
    std::vector<const char*> ignored;
    for (const QByteArray& name : names)
        ignored.push_back(name.constData());
    ignored.push_back("OGR_GEOMETRY");
    ignored.push_back("OGR_STYLE");
    ignored.push_back(nullptr);
    layer->SetIgnoredFields(ignored.data());

    std::vector<qint64> fids;
    std::vector<QVariant> keys;
    const detail::SourceTextEncoding encoding = detail::textEncodingOf(m_path);
    size_t count = 0;
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature;
         feature.reset(layer->GetNextFeature())) {
        if ((++count & 0xFFF) == 0 && cancel)
            return Error{QCoreApplication::translate("agrimap::FeatureReader", "Cancelled.")};
        fids.push_back(feature->GetFID());
        if (sortIndex >= 0)
            keys.push_back(valueOf(*feature, sortIndex, encoding));
    }
    if (CPLGetLastErrorType() >= CE_Failure && fids.empty())
        return Error{
            QCoreApplication::translate("agrimap::FeatureReader", "The filter \"%1\" failed: %2")
                .arg(whereClause, detail::gdalLastError())};
    if (sortIndex < 0)
        return fids;

    std::vector<size_t> order(fids.size());
    std::iota(order.begin(), order.end(), 0);
    const auto less = [&keys](size_t a, size_t b) {
        const QVariant& left = keys[a];
        const QVariant& right = keys[b];
        if (left.isNull() != right.isNull())
            return right.isNull(); // nulls last
        return QVariant::compare(left, right) == QPartialOrdering::Less;
    };
    if (ascending)
        std::stable_sort(order.begin(), order.end(), less);
    else
        std::stable_sort(order.begin(), order.end(),
                         [&less](size_t a, size_t b) { return less(b, a); });
    std::vector<qint64> sorted(fids.size());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = fids[order[i]];
    return sorted;
}

} // namespace agrimap
