#include "project_store.h"

#include "area_geometry.h"
#include "directory/directory_schema.h"
#include "gdal_environment.h"
#include "gpkg_table.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

constexpr const char* areasLayer = "production_areas";
constexpr const char* membersTable = "area_members";
constexpr const char* auditTable = "audit_log";
constexpr const char* pickListTable = "agrimap_pick_lists";
constexpr const char* settingsTable = "agrimap_settings";

// The production_areas schema (issue "Edit the Agricultural Product Map").
const FieldSpec areaFields[] = {
    {area_field::code, OFTString},         {area_field::name, OFTString},
    {area_field::crop, OFTString},         {area_field::variety, OFTString},
    {area_field::commune, OFTString},      {area_field::communeOld, OFTString},
    {area_field::hamlet, OFTString},       {area_field::areaHa, OFTReal},
    {area_field::households, OFTInteger},  {area_field::certification, OFTString},
    {area_field::exportMarket, OFTString}, {area_field::status, OFTString},
    {area_field::validFrom, OFTDate},      {area_field::validTo, OFTDate},
    {area_field::notes, OFTString},        {area_field::createdBy, OFTString},
    {area_field::createdAt, OFTDateTime},  {area_field::modifiedBy, OFTString},
    {area_field::modifiedAt, OFTDateTime},
};

const FieldSpec memberFields[] = {{"area_fid", OFTInteger64},
                                  {"commune", OFTString},
                                  {"sheet", OFTString},
                                  {"parcel", OFTString}};

const FieldSpec auditFields[] = {{"at", OFTDateTime},
                                 {"user_name", OFTString},
                                 {"host", OFTString},
                                 {"action", OFTString},
                                 {"layer_name", OFTString},
                                 {"feature", OFTInteger64},
                                 {"before_attributes", OFTString},
                                 {"after_attributes", OFTString},
                                 {"before_geometry", OFTBinary},
                                 {"after_geometry", OFTBinary}};

const FieldSpec pickListFields[] = {
    {"list", OFTString}, {"value", OFTString}, {"position", OFTInteger}};

// Pick lists seeded in a new project; officials edit them in the project afterwards.
const std::pair<const char*, std::vector<const char*>> defaultPickLists[] = {
    {"crop",
     {"lúa", "sen", "xoài", "nhãn", "quýt hồng", "sầu riêng", "bưởi", "thanh long", "chanh",
      "khoai lang", "dừa", "mít"}},
    {"certification", {"none", "VietGAP", "GlobalGAP", "organic"}},
    {"status",
     {area_status::active, area_status::suspended, area_status::revoked, area_status::expired}},
};

QString gdalReason() {
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg());
    return message.isEmpty()
               ? QCoreApplication::translate("agrimap::ProjectStore", "unknown reason")
               : message;
}

QByteArray utf8(const QString& text) {
    return toNfc(text).toUtf8();
}

QVariant fieldValue(const OGRFeature& feature, int index) {
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldDefn* definition = feature.GetFieldDefnRef(index);
    switch (definition->GetType()) {
    case OFTInteger:
        return feature.GetFieldAsInteger(index);
    case OFTInteger64:
        return qlonglong(feature.GetFieldAsInteger64(index));
    case OFTReal:
        return feature.GetFieldAsDouble(index);
    case OFTDate: {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
        float second = 0;
        feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
        return QDate(year, month, day);
    }
    case OFTDateTime: {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
        float second = 0;
        feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
        return QDateTime(QDate(year, month, day), QTime(hour, minute, int(second)), Qt::UTC);
    }
    default:
        return fromSourceUtf8(feature.GetFieldAsString(index));
    }
}

void setFieldValue(OGRFeature& feature, int index, const QVariant& value) {
    if (!value.isValid() || value.isNull() ||
        (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        feature.SetFieldNull(index);
        return;
    }
    switch (feature.GetFieldDefnRef(index)->GetType()) {
    case OFTInteger:
        feature.SetField(index, value.toInt());
        break;
    case OFTInteger64:
        feature.SetField(index, GIntBig(value.toLongLong()));
        break;
    case OFTReal:
        feature.SetField(index, value.toDouble());
        break;
    case OFTDate: {
        const QDate date = value.typeId() == QMetaType::QDate
                               ? value.toDate()
                               : QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid())
            feature.SetField(index, date.year(), date.month(), date.day());
        else
            feature.SetFieldNull(index);
        break;
    }
    case OFTDateTime: {
        const QDateTime time = value.toDateTime().toUTC();
        feature.SetField(index, time.date().year(), time.date().month(), time.date().day(),
                         time.time().hour(), time.time().minute(), float(time.time().second()),
                         100);
        break;
    }
    default:
        feature.SetField(index, utf8(value.toString()).constData());
    }
}

QJsonValue jsonOf(const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    default:
        return QJsonValue::fromVariant(value);
    }
}

QByteArray attributesJson(const GrowingArea& area) {
    QJsonObject object;
    for (auto it = area.attributes.cbegin(); it != area.attributes.cend(); ++it)
        object.insert(it.key(), jsonOf(it.value()));
    QJsonArray members;
    for (const ParcelKey& key : area.members)
        members.append(QJsonArray{key.commune, key.sheet, key.parcel});
    object.insert(QStringLiteral("members"), members);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

OGRGeometry* geometryFromWkb(const QByteArray& wkb, const OGRSpatialReference* srs) {
    if (wkb.isEmpty())
        return nullptr;
    OGRGeometry* geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), const_cast<OGRSpatialReference*>(srs),
                                          &geometry, wkb.size()) != OGRERR_NONE)
        return nullptr;
    // The layer is MultiPolygon: a drawn Polygon is stored as a one-part MultiPolygon.
    return OGRGeometryFactory::forceToMultiPolygon(geometry);
}

QByteArray wkbOf(const OGRGeometry* geometry) {
    if (!geometry)
        return {};
    QByteArray wkb(qsizetype(geometry->WkbSize()), Qt::Uninitialized);
    geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(wkb.data()), wkbVariantIso);
    return wkb;
}

} // namespace

ProjectStore::~ProjectStore() {
    m_dataset.reset(); // close GDAL before the lock goes
}

Error ProjectStore::failure(const QString& what) const {
    return Error{QCoreApplication::translate("agrimap::ProjectStore", "%1 in %2: %3")
                     .arg(what, QFileInfo(m_path).fileName(), gdalReason())};
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString& path, Access access,
                                                         const Crs& crsForNewLayer) {
    ensureGdalReady();
    std::unique_ptr<ProjectStore> store(new ProjectStore());
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_holder = ProjectLock::currentProcess();
    bool editing = access == Access::Edit;
    if (editing) {
        if (QFileInfo::exists(path) && !QFileInfo(path).isWritable())
            editing = false; // a read-only file opens for reading, as the user can do no more
    }
    if (editing) {
        store->m_lock = std::make_unique<ProjectLock>(store->m_path);
        switch (store->m_lock->acquire()) {
        case ProjectLock::Outcome::Acquired:
            store->m_recoveredStaleLock = store->m_lock->recoveredStaleLock();
            break;
        case ProjectLock::Outcome::HeldByOther:
            store->m_heldBy = store->m_lock->holder();
            store->m_lock.reset();
            editing = false;
            break;
        case ProjectLock::Outcome::Failed:
            return Error{QCoreApplication::translate("agrimap::ProjectStore",
                                                     "Cannot lock %1 for editing: %2")
                             .arg(path, store->m_lock->errorMessage())};
        }
    }
    if (!editing && !QFileInfo::exists(path))
        return Error{
            QCoreApplication::translate("agrimap::ProjectStore", "%1 does not exist").arg(path)};

    CPLErrorReset();
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDataset* dataset = nullptr;
    if (QFileInfo::exists(path)) {
        dataset = GDALDataset::Open(path.toUtf8().constData(),
                                    GDAL_OF_VECTOR | (editing ? GDAL_OF_UPDATE : GDAL_OF_READONLY),
                                    drivers);
    } else if (GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG")) {
        dataset = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    }
    if (!dataset)
        return Error{
            QCoreApplication::translate("agrimap::ProjectStore", "Cannot open project %1: %2")
                .arg(path, gdalReason())};
    store->m_dataset.reset(dataset);
    store->m_readOnly = !editing;
    if (editing) {
        // WAL: a reader never blocks the writer, and a killed writer leaves committed
        // transactions in place.
        dataset->ExecuteSQL("PRAGMA journal_mode=WAL", nullptr, nullptr);
        if (Status schema = store->ensureSchema(crsForNewLayer); !schema)
            return Error{schema.errorMessage()};
    }
    OGRLayer* areas = dataset->GetLayerByName(areasLayer);
    if (!areas)
        return Error{
            QCoreApplication::translate("agrimap::ProjectStore", "%1 has no production_areas layer")
                .arg(path)};
    if (const OGRSpatialReference* srs = areas->GetSpatialRef()) {
        char* wkt = nullptr;
        srs->exportToWkt(&wkt);
        const char* authority = srs->GetAuthorityName(nullptr);
        const char* code = srs->GetAuthorityCode(nullptr);
        store->m_crs = authority && code ? Crs::fromUserInput(QStringLiteral("%1:%2").arg(
                                               QLatin1String(authority), QLatin1String(code)))
                                         : Crs::fromUserInput(QString::fromUtf8(wkt));
        CPLFree(wkt);
    }
    return store;
}

Status ProjectStore::ensureSchema(const Crs& crsForNewLayer) {
    return inTransaction([&]() -> Status {
        GDALDataset& dataset = *m_dataset;
        if (!dataset.GetLayerByName(areasLayer)) {
            if (!crsForNewLayer.isValid() || crsForNewLayer.isGeographic())
                return Error{QCoreApplication::translate(
                    "agrimap::ProjectStore",
                    "Growing areas need a projected CRS (metres), such as VN-2000 EPSG:5897")};
        }
        OGRSpatialReference srs;
        srs.SetFromUserInput(crsForNewLayer.definition().toUtf8().constData());
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!ensureTable(dataset, areasLayer, areaFields, std::size(areaFields),
                         "Growing areas (vùng trồng) with production area codes", wkbMultiPolygon,
                         &srs))
            return failure(QCoreApplication::translate("agrimap::ProjectStore",
                                                       "Cannot create the production_areas layer"));
        if (!ensureTable(dataset, membersTable, memberFields, std::size(memberFields),
                         "Cadastral parcels a growing area is made of") ||
            !ensureTable(dataset, auditTable, auditFields, std::size(auditFields),
                         "Who changed what and when") ||
            !ensureTable(dataset, settingsTable, nullptr, 0, "AgriMap project settings"))
            return failure(QCoreApplication::translate("agrimap::ProjectStore",
                                                       "Cannot create the project tables"));
        OGRLayer* settings = dataset.GetLayerByName(settingsTable);
        for (const char* name : {"key", "value"}) {
            if (settings->GetLayerDefn()->GetFieldIndex(name) < 0) {
                OGRFieldDefn definition(name, OFTString);
                if (settings->CreateField(&definition) != OGRERR_NONE)
                    return failure(QStringLiteral("agrimap_settings"));
            }
        }
        if (Status directory = ensureDirectorySchema(dataset); !directory)
            return failure(directory.errorMessage());
        // Members are looked up by area: an ordinary index, allowed on GeoPackage tables.
        dataset.ExecuteSQL(
            "CREATE INDEX IF NOT EXISTS area_members_by_area ON area_members(area_fid)", nullptr,
            nullptr);
        const bool newPickLists = dataset.GetLayerByName(pickListTable) == nullptr;
        OGRLayer* picks = ensureTable(dataset, pickListTable, pickListFields,
                                      std::size(pickListFields), "Pick lists of the editor");
        if (!picks)
            return failure(QStringLiteral("agrimap_pick_lists"));
        if (newPickLists) {
            for (const auto& [list, values] : defaultPickLists) {
                int position = 0;
                for (const char* value : values) {
                    OGRFeature feature(picks->GetLayerDefn());
                    feature.SetField("list", list);
                    feature.SetField("value", value);
                    feature.SetField("position", position++);
                    if (picks->CreateFeature(&feature) != OGRERR_NONE)
                        return failure(QStringLiteral("agrimap_pick_lists"));
                }
            }
        }
        return {};
    });
}

Status ProjectStore::inTransaction(const std::function<Status()>& work) {
    if (m_readOnly && m_dataset && (m_dataset->GetAccess() != GA_Update))
        return Error{QCoreApplication::translate("agrimap::ProjectStore",
                                                 "%1 is open read-only: changes cannot be saved")
                         .arg(QFileInfo(m_path).fileName())};
    if (m_transactionDepth > 0)
        return work(); // part of a larger change: its transaction commits or rolls back all
    CPLErrorReset();
    if (m_dataset->StartTransaction() != OGRERR_NONE)
        return failure(
            QCoreApplication::translate("agrimap::ProjectStore", "Cannot start a transaction"));
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (!status) {
        m_dataset->RollbackTransaction();
        return status;
    }
    if (m_dataset->CommitTransaction() != OGRERR_NONE) {
        const Error error = failure(QCoreApplication::translate(
            "agrimap::ProjectStore", "Cannot save the change (is the disk full?)"));
        m_dataset->RollbackTransaction();
        return error;
    }
    return {};
}

Status ProjectStore::runAsOne(const std::function<Status()>& changes) {
    return inTransaction(changes);
}

Result<GrowingArea> ProjectStore::area(qint64 fid) const {
    OGRLayer* layer = m_dataset->GetLayerByName(areasLayer);
    OGRFeatureUniquePtr feature(layer->GetFeature(fid));
    if (!feature)
        return Error{
            QCoreApplication::translate("agrimap::ProjectStore", "Growing area %1 does not exist")
                .arg(fid)};
    GrowingArea area;
    area.fid = feature->GetFID();
    for (int i = 0; i < feature->GetFieldCount(); ++i)
        area.attributes.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                               fieldValue(*feature, i));
    area.geometryWkb = wkbOf(feature->GetGeometryRef());
    OGRLayer* members = m_dataset->GetLayerByName(membersTable);
    members->SetAttributeFilter(QStringLiteral("area_fid = %1").arg(fid).toUtf8().constData());
    for (const auto& member : *members)
        area.members.push_back({fromSourceUtf8(member->GetFieldAsString("commune")),
                                fromSourceUtf8(member->GetFieldAsString("sheet")),
                                fromSourceUtf8(member->GetFieldAsString("parcel"))});
    members->SetAttributeFilter(nullptr);
    return area;
}

Result<std::vector<GrowingArea>> ProjectStore::areas() const {
    std::vector<GrowingArea> all;
    OGRLayer* layer = m_dataset->GetLayerByName(areasLayer);
    std::vector<qint64> fids;
    layer->ResetReading();
    for (const auto& feature : *layer)
        fids.push_back(feature->GetFID());
    all.reserve(fids.size());
    for (qint64 fid : fids) {
        Result<GrowingArea> one = area(fid);
        if (!one)
            return one.error();
        all.push_back(std::move(one).value());
    }
    return all;
}

qint64 ProjectStore::areaCount() const {
    return m_dataset->GetLayerByName(areasLayer)->GetFeatureCount(TRUE);
}

Status ProjectStore::writeFeature(GrowingArea& area, bool insert) {
    OGRLayer* layer = m_dataset->GetLayerByName(areasLayer);
    OGRFeature feature(layer->GetLayerDefn());
    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    area.attributes.insert(QLatin1String(area_field::areaHa),
                           area_geometry::areaM2(area.geometryWkb) / 10000.0);
    if (insert &&
        area.attributes.value(QLatin1String(area_field::createdBy)).toString().isEmpty()) {
        area.attributes.insert(QLatin1String(area_field::createdBy), m_holder.user);
        area.attributes.insert(QLatin1String(area_field::createdAt), now);
    }
    area.attributes.insert(QLatin1String(area_field::modifiedBy), m_holder.user);
    area.attributes.insert(QLatin1String(area_field::modifiedAt), now);
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const QString name = QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
        setFieldValue(feature, i, area.attributes.value(name));
    }
    OGRGeometry* geometry = geometryFromWkb(area.geometryWkb, layer->GetSpatialRef());
    if (!area.geometryWkb.isEmpty() && !geometry)
        return Error{QCoreApplication::translate(
            "agrimap::ProjectStore", "The boundary of the growing area cannot be read")};
    feature.SetGeometryDirectly(geometry);
    if (area.fid >= 0)
        feature.SetFID(area.fid);
    const OGRErr result = insert ? layer->CreateFeature(&feature) : layer->SetFeature(&feature);
    if (result != OGRERR_NONE)
        return failure(
            QCoreApplication::translate("agrimap::ProjectStore", "Cannot write growing area %1")
                .arg(area.text(area_field::code)));
    area.fid = feature.GetFID();
    area.geometryWkb = wkbOf(feature.GetGeometryRef());
    if (insert && area.members.empty())
        return {}; // a new id has no member rows yet
    return writeMembers(area.fid, area.members);
}

Status ProjectStore::writeMembers(qint64 fid, const std::vector<ParcelKey>& members) {
    const QByteArray sql =
        QStringLiteral("DELETE FROM area_members WHERE area_fid = %1").arg(fid).toUtf8();
    m_dataset->ExecuteSQL(sql.constData(), nullptr, nullptr);
    OGRLayer* table = m_dataset->GetLayerByName(membersTable);
    for (const ParcelKey& key : members) {
        OGRFeature feature(table->GetLayerDefn());
        feature.SetField("area_fid", GIntBig(fid));
        feature.SetField("commune", utf8(key.commune).constData());
        feature.SetField("sheet", utf8(key.sheet).constData());
        feature.SetField("parcel", utf8(key.parcel).constData());
        if (table->CreateFeature(&feature) != OGRERR_NONE)
            return failure(QStringLiteral("area_members"));
    }
    return {};
}

Status ProjectStore::writeAudit(const QString& action, qint64 fid, const GrowingArea* before,
                                const GrowingArea* after) {
    AuditEntry entry;
    entry.action = action;
    entry.layer = QLatin1String(areasLayer);
    entry.feature = fid;
    if (before) {
        entry.beforeAttributes = attributesJson(*before);
        entry.beforeGeometry = before->geometryWkb;
    }
    if (after) {
        entry.afterAttributes = attributesJson(*after);
        entry.afterGeometry = after->geometryWkb;
    }
    return writeAuditEntry(entry);
}

Status ProjectStore::writeAuditEntry(const AuditEntry& entry) {
    OGRLayer* table = m_dataset->GetLayerByName(auditTable);
    OGRFeature feature(table->GetLayerDefn());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    feature.SetField("at", now.date().year(), now.date().month(), now.date().day(),
                     now.time().hour(), now.time().minute(),
                     float(now.time().second() + now.time().msec() / 1000.0), 100);
    feature.SetField("user_name", utf8(m_holder.user).constData());
    feature.SetField("host", utf8(m_holder.host).constData());
    feature.SetField("action", utf8(entry.action).constData());
    feature.SetField("layer_name", utf8(entry.layer).constData());
    feature.SetField("feature", GIntBig(entry.feature));
    for (auto [name, json] : {std::pair{"before_attributes", &entry.beforeAttributes},
                              std::pair{"after_attributes", &entry.afterAttributes}}) {
        if (!json->isEmpty())
            feature.SetField(name, json->constData());
    }
    for (auto [name, wkb] : {std::pair{"before_geometry", &entry.beforeGeometry},
                             std::pair{"after_geometry", &entry.afterGeometry}}) {
        if (!wkb->isEmpty())
            feature.SetField(feature.GetFieldIndex(name), int(wkb->size()),
                             reinterpret_cast<const GByte*>(wkb->constData()));
    }
    if (table->CreateFeature(&feature) != OGRERR_NONE)
        return failure(QStringLiteral("audit_log"));
    return {};
}

Result<qint64> ProjectStore::insertArea(const GrowingArea& area, const QString& action) {
    GrowingArea stored = area;
    const Status status = inTransaction([&]() -> Status {
        if (Status written = writeFeature(stored, true); !written)
            return written;
        return writeAudit(action, stored.fid, nullptr, &stored);
    });
    if (!status)
        return Error{status.errorMessage()};
    Q_EMIT areaChanged(stored.fid, area_geometry::bounds(stored.geometryWkb));
    return stored.fid;
}

Status ProjectStore::updateArea(const GrowingArea& before, const GrowingArea& after,
                                const QString& action) {
    GrowingArea stored = after;
    stored.fid = before.fid;
    const Status status = inTransaction([&]() -> Status {
        if (Status written = writeFeature(stored, false); !written)
            return written;
        return writeAudit(action, stored.fid, &before, &stored);
    });
    if (status)
        Q_EMIT areaChanged(stored.fid, area_geometry::bounds(before.geometryWkb)
                                           .united(area_geometry::bounds(stored.geometryWkb)));
    return status;
}

Status ProjectStore::deleteArea(const GrowingArea& before, const QString& action) {
    const Status status = inTransaction([&]() -> Status {
        OGRLayer* layer = m_dataset->GetLayerByName(areasLayer);
        if (layer->DeleteFeature(before.fid) != OGRERR_NONE)
            return failure(QCoreApplication::translate("agrimap::ProjectStore",
                                                       "Cannot delete growing area %1")
                               .arg(before.fid));
        if (Status members = writeMembers(before.fid, {}); !members)
            return members;
        return writeAudit(action, before.fid, &before, nullptr);
    });
    if (status)
        Q_EMIT areaChanged(before.fid, area_geometry::bounds(before.geometryWkb));
    return status;
}

QString ProjectStore::settingValue(const QString& key) const {
    OGRLayer* settings = m_dataset->GetLayerByName(settingsTable);
    if (!settings)
        return {};
    QString value;
    for (const auto& feature : *settings) {
        if (fromSourceUtf8(feature->GetFieldAsString("key")) == key)
            value = fromSourceUtf8(feature->GetFieldAsString("value"));
    }
    return value;
}

Status ProjectStore::setSettingValue(const QString& key, const QString& value) {
    QString quoted = key;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QByteArray sql =
        QStringLiteral("DELETE FROM agrimap_settings WHERE key = '%1'").arg(quoted).toUtf8();
    m_dataset->ExecuteSQL(sql.constData(), nullptr, nullptr);
    OGRLayer* settings = m_dataset->GetLayerByName(settingsTable);
    OGRFeature feature(settings->GetLayerDefn());
    feature.SetField("key", utf8(key).constData());
    feature.SetField("value", utf8(value).constData());
    if (settings->CreateFeature(&feature) != OGRERR_NONE)
        return failure(QStringLiteral("agrimap_settings"));
    return {};
}

EditSettings ProjectStore::settings() const {
    if (m_settings)
        return *m_settings;
    EditSettings settings;
    const QString policy = settingValue(QStringLiteral("edit.overlap_policy"));
    if (policy == QLatin1String("clip"))
        settings.overlapPolicy = OverlapPolicy::Clip;
    const auto text = [this](const char* key, QString& target) {
        const QString value = settingValue(QLatin1String(key));
        if (!value.isEmpty())
            target = value;
    };
    const auto number = [this](const char* key, double& target) {
        bool ok = false;
        const double value = settingValue(QLatin1String(key)).toDouble(&ok);
        if (ok)
            target = value;
    };
    text("edit.code_pattern", settings.codePattern);
    number("edit.overlap_tolerance_m2", settings.overlapToleranceM2);
    number("edit.commune_tolerance_m", settings.communeToleranceM);
    text("edit.commune_source", settings.communeSource);
    text("edit.commune_layer", settings.communeLayer);
    text("edit.commune_name_field", settings.communeNameField);
    const QJsonObject minimum =
        QJsonDocument::fromJson(settingValue(QStringLiteral("edit.minimum_area_ha")).toUtf8())
            .object();
    for (auto it = minimum.begin(); it != minimum.end(); ++it)
        settings.minimumAreaHaByCrop.insert(it.key(), it.value().toDouble());
    m_settings = settings;
    return settings;
}

Status ProjectStore::saveSettings(const EditSettings& settings) {
    m_settings.reset();
    return inTransaction([&]() -> Status {
        QJsonObject minimum;
        for (auto it = settings.minimumAreaHaByCrop.cbegin();
             it != settings.minimumAreaHaByCrop.cend(); ++it)
            minimum.insert(it.key(), it.value());
        const std::pair<const char*, QString> values[] = {
            {"edit.overlap_policy", settings.overlapPolicy == OverlapPolicy::Clip
                                        ? QStringLiteral("clip")
                                        : QStringLiteral("forbid")},
            {"edit.code_pattern", settings.codePattern},
            {"edit.overlap_tolerance_m2", QString::number(settings.overlapToleranceM2, 'g', 17)},
            {"edit.commune_tolerance_m", QString::number(settings.communeToleranceM, 'g', 17)},
            {"edit.commune_source", settings.communeSource},
            {"edit.commune_layer", settings.communeLayer},
            {"edit.commune_name_field", settings.communeNameField},
            {"edit.minimum_area_ha",
             QString::fromUtf8(QJsonDocument(minimum).toJson(QJsonDocument::Compact))}};
        for (const auto& [key, value] : values) {
            if (Status status = setSettingValue(QLatin1String(key), value); !status)
                return status;
        }
        return {};
    });
}

QStringList ProjectStore::pickList(const QString& list) const {
    OGRLayer* table = m_dataset->GetLayerByName(pickListTable);
    if (!table)
        return {};
    std::vector<std::pair<int, QString>> entries;
    for (const auto& feature : *table) {
        if (fromSourceUtf8(feature->GetFieldAsString("list")) == list)
            entries.emplace_back(feature->GetFieldAsInteger("position"),
                                 fromSourceUtf8(feature->GetFieldAsString("value")));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList values;
    for (const auto& entry : entries)
        values << entry.second;
    return values;
}

Status ProjectStore::setPickList(const QString& list, const QStringList& values) {
    return inTransaction([&]() -> Status {
        QString quoted = list;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        m_dataset->ExecuteSQL(QStringLiteral("DELETE FROM agrimap_pick_lists WHERE list = '%1'")
                                  .arg(quoted)
                                  .toUtf8()
                                  .constData(),
                              nullptr, nullptr);
        OGRLayer* table = m_dataset->GetLayerByName(pickListTable);
        int position = 0;
        for (const QString& value : values) {
            OGRFeature feature(table->GetLayerDefn());
            feature.SetField("list", utf8(list).constData());
            feature.SetField("value", utf8(value).constData());
            feature.SetField("position", position++);
            if (table->CreateFeature(&feature) != OGRERR_NONE)
                return failure(QStringLiteral("agrimap_pick_lists"));
        }
        return {};
    });
}

std::vector<AuditEntry> ProjectStore::history(qint64 fid) const {
    return history(QLatin1String(areasLayer), fid);
}

std::vector<AuditEntry> ProjectStore::history(const QString& layer, qint64 fid) const {
    std::vector<AuditEntry> entries;
    OGRLayer* table = m_dataset->GetLayerByName(auditTable);
    if (!table)
        return entries;
    QString quoted = layer;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    table->SetAttributeFilter(QStringLiteral("layer_name = '%1' AND feature = %2")
                                  .arg(quoted, QString::number(fid))
                                  .toUtf8()
                                  .constData());
    for (const auto& feature : *table) {
        AuditEntry entry;
        entry.id = feature->GetFID();
        entry.at = fieldValue(*feature, feature->GetFieldIndex("at")).toDateTime();
        entry.user = fromSourceUtf8(feature->GetFieldAsString("user_name"));
        entry.host = fromSourceUtf8(feature->GetFieldAsString("host"));
        entry.action = fromSourceUtf8(feature->GetFieldAsString("action"));
        entry.layer = fromSourceUtf8(feature->GetFieldAsString("layer_name"));
        entry.feature = feature->GetFieldAsInteger64("feature");
        entry.beforeAttributes = QByteArray(feature->GetFieldAsString("before_attributes"));
        entry.afterAttributes = QByteArray(feature->GetFieldAsString("after_attributes"));
        for (auto [name, target] : {std::pair{"before_geometry", &entry.beforeGeometry},
                                    std::pair{"after_geometry", &entry.afterGeometry}}) {
            int size = 0;
            const GByte* data = feature->GetFieldAsBinary(feature->GetFieldIndex(name), &size);
            if (data && size > 0)
                *target = QByteArray(reinterpret_cast<const char*>(data), size);
        }
        entries.push_back(std::move(entry));
    }
    table->SetAttributeFilter(nullptr);
    std::sort(entries.begin(), entries.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });
    return entries;
}

Status ProjectStore::copyTo(const QString& target) const {
    const QString partial = target + QStringLiteral(".saving");
    QFile::remove(partial);
    QString quoted = partial;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    CPLErrorReset();
    m_dataset->ExecuteSQL(QStringLiteral("VACUUM INTO '%1'").arg(quoted).toUtf8().constData(),
                          nullptr, nullptr);
    if (CPLGetLastErrorType() >= CE_Failure || !QFileInfo::exists(partial)) {
        const Error error =
            failure(QCoreApplication::translate("agrimap::ProjectStore",
                                                "Cannot write the copy %1 (is the disk full?)")
                        .arg(target));
        QFile::remove(partial);
        return error;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{QCoreApplication::translate("agrimap::ProjectStore",
                                                 "Cannot replace %1: is it open elsewhere?")
                         .arg(target)};
    }
    return {};
}

Result<int> ProjectStore::importAreas(const QString& sourcePath, const QString& layerName) {
    GDALDatasetUniquePtr source(
        GDALDataset::Open(sourcePath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!source)
        return Error{QCoreApplication::translate("agrimap::ProjectStore", "Cannot open %1: %2")
                         .arg(sourcePath, gdalReason())};
    OGRLayer* from = source->GetLayerByName(layerName.toUtf8().constData());
    if (!from)
        return Error{QCoreApplication::translate("agrimap::ProjectStore", "%1 has no layer %2")
                         .arg(sourcePath, layerName)};
    OGRLayer* to = m_dataset->GetLayerByName(areasLayer);
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (from->GetSpatialRef() && to->GetSpatialRef() &&
        !from->GetSpatialRef()->IsSame(to->GetSpatialRef())) {
        transform.reset(
            OGRCreateCoordinateTransformation(from->GetSpatialRef(), to->GetSpatialRef()));
        if (!transform)
            return failure(
                QCoreApplication::translate("agrimap::ProjectStore", "Cannot reproject %1")
                    .arg(sourcePath));
    }
    int count = 0;
    const Status status = inTransaction([&]() -> Status {
        for (const auto& feature : *from) {
            GrowingArea area;
            for (int i = 0; i < feature->GetFieldCount(); ++i)
                area.attributes.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                                       fieldValue(*feature, i));
            OGRGeometry* geometry = feature->GetGeometryRef();
            if (geometry && transform)
                geometry->transform(transform.get());
            area.geometryWkb = wkbOf(geometry);
            if (Status written = writeFeature(area, true); !written)
                return written;
            if (Status audited = writeAudit(QStringLiteral("import"), area.fid, nullptr, &area);
                !audited)
                return audited;
            ++count;
        }
        return {};
    });
    if (!status)
        return Error{status.errorMessage()};
    return count;
}

} // namespace agrimap
