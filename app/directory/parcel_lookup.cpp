#include "parcel_lookup.h"

#include "feature_reader.h"
#include "layer_collection.h"
#include "vector_layer.h"

#include <QCoreApplication>

namespace agrimap::parcel_lookup {

namespace {

QString quoted(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString valueOf(const FeatureRecord& record, const QString& field) {
    const qsizetype index = field.isEmpty() ? -1 : record.fieldNames.indexOf(field);
    if (index < 0)
        return {};
    const QVariant value = record.values.value(index);
    // Sheets and parcels are often integer fields: 12, not 12.0.
    if (value.typeId() == QMetaType::Double && value.toDouble() == double(value.toLongLong()))
        return QString::number(value.toLongLong());
    return value.toString().trimmed();
}

} // namespace

std::vector<VectorLayer*> cadastralLayers(const LayerCollection& layers) {
    std::vector<VectorLayer*> found;
    for (auto it = layers.layers().rbegin(); it != layers.layers().rend(); ++it) {
        auto* vector = qobject_cast<VectorLayer*>(*it);
        if (!vector || vector->role() != LayerRole::Cadastral)
            continue;
        const RoleFields& fields = vector->sourceInfo().role.fields;
        if (!fields.mapSheet.isEmpty() && !fields.parcelNumber.isEmpty())
            found.push_back(vector);
    }
    return found;
}

std::optional<ParcelOnMap> parcelOf(const RoleFields& fields, const FeatureRecord& record) {
    ParcelOnMap parcel;
    parcel.key = {valueOf(record, fields.commune), valueOf(record, fields.mapSheet),
                  valueOf(record, fields.parcelNumber)};
    if (parcel.key.sheet.isEmpty() || parcel.key.parcel.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double area = valueOf(record, fields.area).toDouble(&isNumber);
    if (isNumber && area >= 0)
        parcel.areaM2 = area;
    return parcel;
}

Result<ParcelOnMap> parcelOf(const VectorLayer& layer, uint32_t feature) {
    const Result<FeatureRecord> record =
        FeatureReader(layer.sourcePath(), layer.sourceLayerName()).read(layer.fidOf(feature));
    if (!record)
        return record.error();
    const std::optional<ParcelOnMap> parcel =
        parcelOf(layer.sourceInfo().role.fields, record.value());
    if (!parcel)
        return Error{QCoreApplication::translate("agrimap::parcel_lookup",
                                                 "Feature %1 of %2 has no map sheet and parcel "
                                                 "number")
                         .arg(layer.fidOf(feature))
                         .arg(layer.title())};
    return *parcel;
}

Result<std::vector<qint64>> findFids(const QString& path, const QString& layerName,
                                     const RoleFields& fields, const std::vector<ParcelKey>& keys,
                                     const std::atomic_bool& cancel) {
    if (keys.empty() || fields.mapSheet.isEmpty() || fields.parcelNumber.isEmpty())
        return std::vector<qint64>{};
    QStringList any;
    for (const ParcelKey& key : keys) {
        // Numbers are compared as text so that integer and text fields both work.
        QString one =
            QStringLiteral("(CAST(\"%1\" AS CHARACTER) = %2 AND CAST(\"%3\" AS "
                           "CHARACTER) = %4")
                .arg(fields.mapSheet, quoted(key.sheet), fields.parcelNumber, quoted(key.parcel));
        if (!fields.commune.isEmpty())
            one += QStringLiteral(" AND \"%1\" = %2").arg(fields.commune, quoted(key.commune));
        any << one + QLatin1Char(')');
    }
    return FeatureReader(path, layerName)
        .queryFids(any.join(QLatin1String(" OR ")), QString(), true, cancel);
}

} // namespace agrimap::parcel_lookup
