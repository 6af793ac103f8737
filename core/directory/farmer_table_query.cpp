#include "farmer_table_query.h"

#include "directory_schema.h"
#include "editing/project_connection.h"
#include "farmer_store.h"
#include "unicode_text.h"
#include "vietnamese_search_key.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

OGRLayer* tableOf(const FarmerStore& store, const char* table) {
    return ProjectConnection(store.project()).dataset().GetLayerByName(table);
}

QString quoted(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

/// Calls `visit` for each row of `layer` matching `where`, with GDAL reading only `fields`
/// (and the id); the layer's filter and ignored fields are cleared after.
template <typename Visit>
void forEachRow(OGRLayer* layer, const QStringList& fields, const QString& where, Visit visit) {
    if (!layer)
        return;
    CPLStringList ignored;
    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const char* name = definition->GetFieldDefn(i)->GetNameRef();
        if (!fields.contains(QLatin1String(name)))
            ignored.AddString(name);
    }
    ignored.AddString("OGR_GEOMETRY");
    ignored.AddString("OGR_STYLE");
    layer->SetIgnoredFields(const_cast<const char**>(ignored.List()));
    layer->SetAttributeFilter(where.isEmpty() ? nullptr : where.toUtf8().constData());
    for (const auto& feature : *layer)
        visit(*feature);
    layer->SetAttributeFilter(nullptr);
    layer->SetIgnoredFields(nullptr);
}

QString textOf(const OGRFeature& feature, int field) {
    return feature.IsFieldSetAndNotNull(field) ? fromSourceUtf8(feature.GetFieldAsString(field))
                                               : QString();
}

bool byKey(const QString& a, const QString& b) {
    const QString keyA = vietnameseSearchKey(a);
    const QString keyB = vietnameseSearchKey(b);
    return keyA != keyB ? keyA < keyB : a < b;
}

/// Sorted by search key, then as written; one entry per value.
QStringList sortedValues(const QSet<QString>& values) {
    QStringList list(values.begin(), values.end());
    std::sort(list.begin(), list.end(), byKey);
    return list;
}

void insertSorted(QStringList& list, const QString& value) {
    if (value.isEmpty() || list.contains(value))
        return;
    list.insert(std::lower_bound(list.begin(), list.end(), value, byKey), value);
}

bool listsCrop(const QString& mainCrops, const QString& cropKey) {
    for (const QString& crop : farmer_queries::cropsOf(mainCrops)) {
        if (vietnameseSearchKey(crop) == cropKey)
            return true;
    }
    return false;
}

QSet<qint64> farmersOfArea(const FarmerStore& store, qint64 areaFid) {
    QSet<qint64> farmers;
    for (const FarmerArea& link : store.farmersOfArea(areaFid))
        farmers.insert(link.farmerFid);
    return farmers;
}

QString whereOf(const FarmerFilter& filter) {
    QStringList parts;
    if (!filter.commune.isEmpty())
        parts << QStringLiteral("(commune = %1 OR commune_old = %1)").arg(quoted(filter.commune));
    if (!filter.cooperative.isEmpty())
        parts << QStringLiteral("cooperative = %1").arg(quoted(filter.cooperative));
    return parts.join(QLatin1String(" AND "));
}

/// A sort key of one value: nulls after every value, numbers before text.
struct SortKey {
    bool null = true;
    qint64 number = 0;
    QString text;
    qint64 fid = -1;
};

bool sortsBefore(const SortKey& a, const SortKey& b) {
    if (a.null != b.null)
        return b.null;
    if (a.number != b.number)
        return a.number < b.number;
    const int order = a.text.compare(b.text);
    return order != 0 ? order < 0 : a.fid < b.fid;
}

} // namespace

void FarmerChoices::add(const FarmerRecord& farmer) {
    insertSorted(communes, farmer.commune);
    insertSorted(communes, farmer.communeOld);
    insertSorted(cooperatives, farmer.cooperative);
    for (const QString& crop : farmer_queries::cropsOf(farmer.mainCrops)) {
        const QString key = vietnameseSearchKey(crop);
        const bool known = std::any_of(crops.begin(), crops.end(), [&](const QString& listed) {
            return vietnameseSearchKey(listed) == key;
        });
        if (!known)
            insertSorted(crops, crop);
    }
}

namespace farmer_queries {

QStringList cropsOf(const QString& mainCrops) {
    static const QRegularExpression separators(QStringLiteral("[,;/+]"));
    QStringList crops;
    for (const QString& part : mainCrops.split(separators, Qt::SkipEmptyParts)) {
        const QString crop = part.simplified();
        if (!crop.isEmpty())
            crops << crop;
    }
    return crops;
}

FarmerChoices choices(const FarmerStore& store, FarmerPlaceIndex* places) {
    QSet<QString> communes;
    QSet<QString> cooperatives;
    QHash<QString, QString> crops; // search key → as first written
    QSet<QString> cropTexts;       // each main-crops text split once
    OGRLayer* farmers = tableOf(store, directory_table::farmers);
    const auto index = [farmers](const char* name) {
        return farmers ? farmers->GetLayerDefn()->GetFieldIndex(name) : -1;
    };
    const int commune = index("commune");
    const int communeOld = index("commune_old");
    const int cooperative = index("cooperative");
    const int mainCrops = index("main_crops");
    forEachRow(farmers,
               {QStringLiteral("commune"), QStringLiteral("commune_old"),
                QStringLiteral("cooperative"), QStringLiteral("main_crops")},
               {}, [&](const OGRFeature& row) {
                   FarmerRecord farmer;
                   farmer.fid = row.GetFID();
                   farmer.commune = textOf(row, commune);
                   farmer.communeOld = textOf(row, communeOld);
                   farmer.cooperative = textOf(row, cooperative);
                   communes.insert(farmer.commune);
                   communes.insert(farmer.communeOld);
                   cooperatives.insert(farmer.cooperative);
                   cropTexts.insert(textOf(row, mainCrops));
                   if (places)
                       places->add(farmer);
               });
    for (const QString& text : std::as_const(cropTexts)) {
        for (const QString& crop : cropsOf(text)) {
            const QString key = vietnameseSearchKey(crop);
            if (!crops.contains(key))
                crops.insert(key, crop);
        }
    }
    for (const Cooperative& listed : store.cooperatives())
        cooperatives.insert(listed.name);
    communes.remove(QString());
    cooperatives.remove(QString());
    return {sortedValues(communes), sortedValues(cooperatives),
            sortedValues(QSet<QString>(crops.begin(), crops.end()))};
}

std::vector<qint64> matching(const FarmerStore& store, const FarmerFilter& filter) {
    std::vector<qint64> fids;
    std::optional<QSet<qint64>> ofArea;
    if (filter.areaFid >= 0) {
        ofArea = farmersOfArea(store, filter.areaFid);
        if (ofArea->isEmpty())
            return fids;
    }
    const QString cropKey = vietnameseSearchKey(filter.crop);
    OGRLayer* farmers = tableOf(store, directory_table::farmers);
    const int mainCrops = farmers ? farmers->GetLayerDefn()->GetFieldIndex("main_crops") : -1;
    QHash<QString, bool> cropsMatch; // the same main-crops text recurs thousands of times
    forEachRow(farmers,
               cropKey.isEmpty() ? QStringList() : QStringList{QStringLiteral("main_crops")},
               whereOf(filter), [&](const OGRFeature& row) {
                   const qint64 fid = row.GetFID();
                   if (ofArea && !ofArea->contains(fid))
                       return;
                   if (!cropKey.isEmpty()) {
                       const QString crops = textOf(row, mainCrops);
                       auto known = cropsMatch.constFind(crops);
                       if (known == cropsMatch.cend())
                           known = cropsMatch.insert(crops, listsCrop(crops, cropKey));
                       if (!known.value())
                           return;
                   }
                   fids.push_back(fid);
               });
    std::sort(fids.begin(), fids.end());
    return fids;
}

bool matches(const FarmerStore& store, const FarmerRecord& farmer, const FarmerFilter& filter) {
    if (!filter.commune.isEmpty() && farmer.commune != filter.commune &&
        farmer.communeOld != filter.commune)
        return false;
    if (!filter.cooperative.isEmpty() && farmer.cooperative != filter.cooperative)
        return false;
    if (!filter.crop.isEmpty() && !listsCrop(farmer.mainCrops, vietnameseSearchKey(filter.crop)))
        return false;
    if (filter.areaFid >= 0) {
        const std::vector<FarmerArea> links = store.areasOf(farmer.fid);
        return std::any_of(links.begin(), links.end(),
                           [&](const FarmerArea& link) { return link.areaFid == filter.areaFid; });
    }
    return true;
}

std::vector<qint64> orderedBy(const FarmerStore& store, FarmerColumn column) {
    // The name's search key is stored beside it: no need to compute 200k of them.
    const QString field = column == FarmerColumn::FullName
                              ? QStringLiteral("search_key")
                              : QLatin1String(farmer_columns::fieldName(column));
    OGRLayer* farmers = tableOf(store, directory_table::farmers);
    std::vector<SortKey> keys;
    if (!farmers)
        return {};
    keys.reserve(size_t(std::max<GIntBig>(0, farmers->GetFeatureCount(TRUE))));
    const int index = farmers->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
    const bool numeric = column == FarmerColumn::BirthYear;
    const bool plain = column == FarmerColumn::FullName || column == FarmerColumn::MemberSince ||
                       column == FarmerColumn::ModifiedAt;
    QHash<QString, QString> searchKeys; // communes, hamlets, crops… repeat: one key each
    forEachRow(farmers, {field}, {}, [&](const OGRFeature& row) {
        SortKey key;
        key.fid = row.GetFID();
        key.null = !row.IsFieldSetAndNotNull(index);
        if (!key.null && numeric) {
            key.number = row.GetFieldAsInteger64(index);
        } else if (!key.null) {
            const QString text = textOf(row, index);
            if (plain) {
                key.text = text;
            } else {
                auto known = searchKeys.constFind(text);
                if (known == searchKeys.cend())
                    known = searchKeys.insert(text, vietnameseSearchKey(text) + QChar(0x1f) + text);
                key.text = known.value();
            }
        }
        keys.push_back(std::move(key));
    });
    std::sort(keys.begin(), keys.end(), sortsBefore);
    std::vector<qint64> fids;
    fids.reserve(keys.size());
    for (const SortKey& key : keys)
        fids.push_back(key.fid);
    return fids;
}

std::vector<qint64> withIdentifier(const FarmerStore& store, const QString& typed) {
    static const QRegularExpression identifier(QStringLiteral("^[0-9A-Za-z+\\-]{3,}$"));
    const QString text = typed.trimmed();
    if (!identifier.match(text).hasMatch() ||
        std::none_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    const QString pattern = quoted(text + QLatin1Char('%'));
    std::vector<qint64> fids;
    forEachRow(tableOf(store, directory_table::farmers), {},
               QStringLiteral("household_id LIKE %1 OR cccd LIKE %1 OR phone LIKE %1").arg(pattern),
               [&](const OGRFeature& row) { fids.push_back(row.GetFID()); });
    std::sort(fids.begin(), fids.end());
    return fids;
}

} // namespace farmer_queries

} // namespace agrimap
