#include "farmer_rows.h"

#include "directory_schema.h"
#include "unicode_text.h"
#include "vietnamese_search_key.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <ogrsf_frmts.h>

namespace agrimap::farmer_rows {

namespace {

const char* genderText(Gender gender) {
    switch (gender) {
    case Gender::Female:
        return "female";
    case Gender::Male:
        return "male";
    case Gender::Unspecified:
        break;
    }
    return nullptr;
}

Gender genderOf(const QString& text) {
    if (text == QLatin1String("female"))
        return Gender::Female;
    if (text == QLatin1String("male"))
        return Gender::Male;
    return Gender::Unspecified;
}

const char* tenureText(Tenure tenure) {
    switch (tenure) {
    case Tenure::Tenant:
        return "tenant";
    case Tenure::Other:
        return "other";
    case Tenure::Owner:
        break;
    }
    return "owner";
}

Tenure tenureOf(const QString& text) {
    if (text == QLatin1String("tenant"))
        return Tenure::Tenant;
    if (text == QLatin1String("other"))
        return Tenure::Other;
    return Tenure::Owner;
}

void setText(OGRFeature& feature, const char* field, const QString& text) {
    if (text.isEmpty())
        feature.SetFieldNull(feature.GetFieldIndex(field));
    else
        feature.SetField(field, toNfc(text).toUtf8().constData());
}

void setDateTime(OGRFeature& feature, const char* field, const QDateTime& time) {
    if (!time.isValid()) {
        feature.SetFieldNull(feature.GetFieldIndex(field));
        return;
    }
    const QDateTime utc = time.toUTC();
    feature.SetField(feature.GetFieldIndex(field), utc.date().year(), utc.date().month(),
                     utc.date().day(), utc.time().hour(), utc.time().minute(),
                     float(utc.time().second()), 100);
}

QString text(const OGRFeature& feature, const char* field) {
    const int index = feature.GetFieldIndex(field);
    return feature.IsFieldSetAndNotNull(index) ? fromSourceUtf8(feature.GetFieldAsString(index))
                                               : QString();
}

QDateTime dateTime(const OGRFeature& feature, const char* field) {
    const int index = feature.GetFieldIndex(field);
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
    float second = 0;
    feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
    return QDateTime(QDate(year, month, day), QTime(hour, minute, int(second)), Qt::UTC);
}

QJsonValue jsonText(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue jsonTime(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonOf(const FarmerRecord& farmer) {
    return QJsonObject{
        {QStringLiteral("household_id"), jsonText(farmer.householdId)},
        {QStringLiteral("full_name"), jsonText(farmer.fullName)},
        {QStringLiteral("gender"), genderText(farmer.gender)
                                       ? QJsonValue(QLatin1String(genderText(farmer.gender)))
                                       : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("birth_year"),
         farmer.birthYear ? QJsonValue(*farmer.birthYear) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cccd"), jsonText(farmer.cccd)},
        {QStringLiteral("phone"), jsonText(farmer.phone)},
        {QStringLiteral("commune"), jsonText(farmer.commune)},
        {QStringLiteral("commune_old"), jsonText(farmer.communeOld)},
        {QStringLiteral("hamlet"), jsonText(farmer.hamlet)},
        {QStringLiteral("cooperative"), jsonText(farmer.cooperative)},
        {QStringLiteral("member_since"), jsonText(farmer.memberSince.toString(Qt::ISODate))},
        {QStringLiteral("main_crops"), jsonText(farmer.mainCrops)},
        {QStringLiteral("notes"), jsonText(farmer.notes)},
        {QStringLiteral("created_by"), jsonText(farmer.createdBy)},
        {QStringLiteral("created_at"), jsonTime(farmer.createdAt)},
        {QStringLiteral("modified_by"), jsonText(farmer.modifiedBy)},
        {QStringLiteral("modified_at"), jsonTime(farmer.modifiedAt)},
    };
}

QJsonObject jsonOf(const FarmerParcel& link) {
    return QJsonObject{
        {QStringLiteral("farmer_fid"), link.farmerFid},
        {QStringLiteral("commune"), jsonText(link.parcel.commune)},
        {QStringLiteral("sheet"), jsonText(link.parcel.sheet)},
        {QStringLiteral("parcel"), jsonText(link.parcel.parcel)},
        {QStringLiteral("farmed_area_m2"),
         link.farmedAreaM2 ? QJsonValue(*link.farmedAreaM2) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tenure"), QLatin1String(tenureText(link.tenure))},
    };
}

QJsonObject jsonOf(const FarmerArea& link) {
    return QJsonObject{{QStringLiteral("farmer_fid"), link.farmerFid},
                       {QStringLiteral("area_fid"), link.areaFid}};
}

} // namespace

void write(OGRFeature& feature, const FarmerRecord& farmer) {
    setText(feature, "household_id", farmer.householdId);
    setText(feature, "full_name", farmer.fullName);
    if (const char* gender = genderText(farmer.gender))
        feature.SetField("gender", gender);
    else
        feature.SetFieldNull(feature.GetFieldIndex("gender"));
    if (farmer.birthYear)
        feature.SetField("birth_year", *farmer.birthYear);
    else
        feature.SetFieldNull(feature.GetFieldIndex("birth_year"));
    setText(feature, "cccd", farmer.cccd);
    setText(feature, "phone", farmer.phone);
    setText(feature, "commune", farmer.commune);
    setText(feature, "commune_old", farmer.communeOld);
    setText(feature, "hamlet", farmer.hamlet);
    setText(feature, "cooperative", farmer.cooperative);
    if (farmer.memberSince.isValid())
        feature.SetField(feature.GetFieldIndex("member_since"), farmer.memberSince.year(),
                         farmer.memberSince.month(), farmer.memberSince.day());
    else
        feature.SetFieldNull(feature.GetFieldIndex("member_since"));
    setText(feature, "main_crops", farmer.mainCrops);
    setText(feature, "notes", farmer.notes);
    setText(feature, "created_by", farmer.createdBy);
    setDateTime(feature, "created_at", farmer.createdAt);
    setText(feature, "modified_by", farmer.modifiedBy);
    setDateTime(feature, "modified_at", farmer.modifiedAt);
    setText(feature, "search_key", vietnameseSearchKey(farmer.fullName));
}

void write(OGRFeature& feature, const FarmerParcel& link) {
    feature.SetField("farmer_fid", GIntBig(link.farmerFid));
    setText(feature, "commune", link.parcel.commune);
    setText(feature, "sheet", link.parcel.sheet);
    setText(feature, "parcel", link.parcel.parcel);
    if (link.farmedAreaM2)
        feature.SetField("farmed_area_m2", *link.farmedAreaM2);
    else
        feature.SetFieldNull(feature.GetFieldIndex("farmed_area_m2"));
    feature.SetField("tenure", tenureText(link.tenure));
}

void write(OGRFeature& feature, const FarmerArea& link) {
    feature.SetField("farmer_fid", GIntBig(link.farmerFid));
    feature.SetField("area_fid", GIntBig(link.areaFid));
}

FarmerRecord readFarmer(const OGRFeature& feature) {
    FarmerRecord farmer;
    farmer.fid = feature.GetFID();
    farmer.householdId = text(feature, "household_id");
    farmer.fullName = text(feature, "full_name");
    farmer.gender = genderOf(text(feature, "gender"));
    if (const int index = feature.GetFieldIndex("birth_year"); feature.IsFieldSetAndNotNull(index))
        farmer.birthYear = feature.GetFieldAsInteger(index);
    farmer.cccd = text(feature, "cccd");
    farmer.phone = text(feature, "phone");
    farmer.commune = text(feature, "commune");
    farmer.communeOld = text(feature, "commune_old");
    farmer.hamlet = text(feature, "hamlet");
    farmer.cooperative = text(feature, "cooperative");
    farmer.memberSince = dateTime(feature, "member_since").date();
    farmer.mainCrops = text(feature, "main_crops");
    farmer.notes = text(feature, "notes");
    farmer.createdBy = text(feature, "created_by");
    farmer.createdAt = dateTime(feature, "created_at");
    farmer.modifiedBy = text(feature, "modified_by");
    farmer.modifiedAt = dateTime(feature, "modified_at");
    return farmer;
}

FarmerParcel readParcel(const OGRFeature& feature) {
    FarmerParcel link;
    link.fid = feature.GetFID();
    link.farmerFid = feature.GetFieldAsInteger64("farmer_fid");
    link.parcel = {text(feature, "commune"), text(feature, "sheet"), text(feature, "parcel")};
    if (const int index = feature.GetFieldIndex("farmed_area_m2");
        feature.IsFieldSetAndNotNull(index))
        link.farmedAreaM2 = feature.GetFieldAsDouble(index);
    link.tenure = tenureOf(text(feature, "tenure"));
    return link;
}

FarmerArea readArea(const OGRFeature& feature) {
    FarmerArea link;
    link.fid = feature.GetFID();
    link.farmerFid = feature.GetFieldAsInteger64("farmer_fid");
    link.areaFid = feature.GetFieldAsInteger64("area_fid");
    return link;
}

QByteArray json(const DirectoryRow& row) {
    const QJsonObject object = std::visit([](const auto& value) { return jsonOf(value); }, row);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const char* tableOf(const DirectoryRow& row) {
    if (std::holds_alternative<FarmerRecord>(row))
        return directory_table::farmers;
    if (std::holds_alternative<FarmerParcel>(row))
        return directory_table::farmerParcels;
    return directory_table::farmerAreas;
}

qint64 fidOf(const DirectoryRow& row) {
    return std::visit([](const auto& value) { return value.fid; }, row);
}

void setFid(DirectoryRow& row, qint64 fid) {
    std::visit([fid](auto& value) { value.fid = fid; }, row);
}

} // namespace agrimap::farmer_rows
