#include "parcel_area_builder.h"

#include "editing/area_geometry.h"
#include "feature_reader.h"
#include "layer_role.h"
#include "vector_layer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agrimap::parcel_area_builder {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("agrimap::parcel_area_builder", text);
}

RoleFields fieldsOf(const VectorLayer& parcels) {
    return parcels.sourceInfo().role.fields;
}

} // namespace

Result<GrowingArea> areaFromParcels(const VectorLayer& parcels,
                                    const std::vector<uint32_t>& features, const Crs& target) {
    if (features.empty())
        return Error{tr("Select the cadastral parcels of the growing area first")};
    std::vector<qint64> fids;
    for (uint32_t feature : features)
        fids.push_back(parcels.fidOf(feature));
    const FeatureReader reader(parcels.sourcePath(), parcels.sourceLayerName());
    Result<std::vector<QByteArray>> shapes = reader.readGeometries(fids, parcels.crs(), target);
    if (!shapes)
        return shapes.error();
    Result<QByteArray> merged = area_geometry::unionOf(shapes.value());
    if (!merged)
        return merged.error();
    Result<std::vector<FeatureRecord>> records = reader.read(fids);
    if (!records)
        return records.error();

    const RoleFields fields = fieldsOf(parcels);
    GrowingArea area;
    area.geometryWkb = merged.value();
    area.attributes.insert(QLatin1String(area_field::status), QLatin1String(area_status::active));
    for (const FeatureRecord& record : records.value()) {
        const auto value = [&record](const QString& field) {
            const qsizetype index = record.fieldNames.indexOf(field);
            return index < 0 ? QString() : record.values.value(index).toString();
        };
        area.members.push_back(
            {value(fields.commune), value(fields.mapSheet), value(fields.parcelNumber)});
    }
    if (!area.members.empty() && !area.members.front().commune.isEmpty())
        area.attributes.insert(QLatin1String(area_field::commune), area.members.front().commune);
    return area;
}

Result<std::vector<uint32_t>> findParcels(const VectorLayer& parcels, const QString& typed) {
    const RoleFields fields = fieldsOf(parcels);
    if (fields.mapSheet.isEmpty() || fields.parcelNumber.isEmpty())
        return Error{tr("%1 has no map sheet and parcel number fields").arg(parcels.title())};
    static const QRegularExpression pair(QStringLiteral("^(\\w+)/(\\w+)$"));
    const FeatureReader reader(parcels.sourcePath(), parcels.sourceLayerName());
    std::vector<uint32_t> found;
    const std::atomic_bool never(false);
    QString numbers = typed;
    QString communeFilter;
    if (const qsizetype colon = typed.indexOf(QLatin1Char(':')); colon >= 0) {
        QString commune = typed.left(colon).trimmed();
        numbers = typed.mid(colon + 1);
        if (fields.commune.isEmpty())
            return Error{tr("%1 has no commune field").arg(parcels.title())};
        commune.replace(QLatin1Char('\''), QStringLiteral("''"));
        communeFilter = QStringLiteral(" AND \"%1\" = '%2'").arg(fields.commune, commune);
    }
    for (const QString& item :
         numbers.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = pair.match(item);
        if (!match.hasMatch())
            return Error{tr("%1 is not a sheet/parcel pair such as 12/305").arg(item)};
        // Numbers are compared as text so that integer and text fields both work.
        const QString where =
            QStringLiteral("CAST(\"%1\" AS CHARACTER) = '%2' AND CAST(\"%3\" AS "
                           "CHARACTER) = '%4'")
                .arg(fields.mapSheet, match.captured(1), fields.parcelNumber, match.captured(2)) +
            communeFilter;
        Result<std::vector<qint64>> fids = reader.queryFids(where, QString(), true, never);
        if (!fids)
            return fids.error();
        if (fids->empty())
            return Error{tr("There is no parcel %1 in %2").arg(item, parcels.title())};
        for (qint64 fid : fids.value()) {
            if (const std::optional<uint32_t> feature = parcels.featureOfFid(fid))
                found.push_back(*feature);
        }
    }
    return found;
}

} // namespace agrimap::parcel_area_builder
