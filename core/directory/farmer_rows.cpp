#include "farmer_rows.h"

#include "directory_schema.h"
#include "editing/gpkg_table.h"
#include "unicode_text.h"
#include "vietnamese_search_key.h"

#include <QLocale>
#include <cstdio>
#include <cstring>
#include <ogrsf_frmts.h>
#include <optional>

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

int column(const OGRFeature& feature, const char* field) {
    return columnIndex(*feature.GetDefnRef(), field);
}

void setText(OGRFeature& feature, const char* field, const QString& text) {
    if (text.isEmpty())
        feature.SetFieldNull(column(feature, field));
    else
        feature.SetField(column(feature, field), toNfc(text).toUtf8().constData());
}

void setDateTime(OGRFeature& feature, const char* field, const QDateTime& time) {
    if (!time.isValid()) {
        feature.SetFieldNull(column(feature, field));
        return;
    }
    const QDateTime utc = time.toUTC();
    feature.SetField(column(feature, field), utc.date().year(), utc.date().month(),
                     utc.date().day(), utc.time().hour(), utc.time().minute(),
                     float(utc.time().second()), 100);
}

QString text(const OGRFeature& feature, const char* field) {
    const int index = column(feature, field);
    return feature.IsFieldSetAndNotNull(index) ? fromSourceUtf8(feature.GetFieldAsString(index))
                                               : QString();
}

QDateTime dateTime(const OGRFeature& feature, const char* field) {
    const int index = column(feature, field);
    if (!feature.IsFieldSetAndNotNull(index))
        return {};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
    float second = 0;
    feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
    return QDateTime(QDate(year, month, day), QTime(hour, minute, int(second)), Qt::UTC);
}

// Audit rows are written for every row an import stores (200k at a time), so the JSON is
// written directly rather than through QJsonObject: the same compact JSON, keys in the
// alphabetical order QJsonObject gives them.
class JsonWriter {
public:
    JsonWriter() {
        m_json.reserve(512);
        m_json.append('{');
    }

    void text(const char* key, const QString& value) {
        if (value.isEmpty()) {
            null(key);
            return;
        }
        name(key);
        m_json.append('"');
        for (const char byte : value.toUtf8()) {
            const auto code = static_cast<unsigned char>(byte);
            switch (byte) {
            case '"':
                m_json.append("\\\"");
                break;
            case '\\':
                m_json.append("\\\\");
                break;
            case '\n':
                m_json.append("\\n");
                break;
            case '\r':
                m_json.append("\\r");
                break;
            case '\t':
                m_json.append("\\t");
                break;
            default:
                if (code < 0x20)
                    m_json.append(QByteArray("\\u00") +
                                  QByteArray::number(code, 16).rightJustified(2, '0'));
                else
                    m_json.append(byte);
            }
        }
        m_json.append('"');
    }
    void number(const char* key, qint64 value) {
        name(key);
        m_json.append(QByteArray::number(value));
    }
    void number(const char* key, std::optional<double> value) {
        if (!value) {
            null(key);
            return;
        }
        name(key);
        m_json.append(QByteArray::number(*value, 'g', QLocale::FloatingPointShortest));
    }
    void number(const char* key, std::optional<int> value) {
        if (!value) {
            null(key);
            return;
        }
        number(key, qint64(*value));
    }
    /// As QDateTime::toString(Qt::ISODate) writes a UTC time ("2026-03-01T08:15:00Z"),
    /// without its format parser: two per audit row.
    void time(const char* key, const QDateTime& value) {
        if (!value.isValid()) {
            null(key);
            return;
        }
        const QDateTime utc = value.toUTC();
        const QDate date = utc.date();
        const QTime clock = utc.time();
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", date.year(),
                      date.month(), date.day(), clock.hour(), clock.minute(), clock.second());
        name(key);
        m_json.append(buffer);
    }
    void null(const char* key) {
        name(key);
        m_json.append("null");
    }
    QByteArray finish() {
        m_json.append('}');
        return std::move(m_json);
    }

private:
    void name(const char* key) {
        if (m_json.size() > 1)
            m_json.append(',');
        m_json.append('"').append(key).append("\":");
    }

    QByteArray m_json;
};

QByteArray jsonOf(const FarmerRecord& farmer) {
    JsonWriter json;
    json.number("birth_year", farmer.birthYear);
    json.text("cccd", farmer.cccd);
    json.text("commune", farmer.commune);
    json.text("commune_old", farmer.communeOld);
    json.text("cooperative", farmer.cooperative);
    json.time("created_at", farmer.createdAt);
    json.text("created_by", farmer.createdBy);
    json.text("full_name", farmer.fullName);
    json.text("gender", QLatin1String(genderText(farmer.gender)));
    json.text("hamlet", farmer.hamlet);
    json.text("household_id", farmer.householdId);
    json.text("main_crops", farmer.mainCrops);
    json.text("member_since", farmer.memberSince.toString(Qt::ISODate));
    json.time("modified_at", farmer.modifiedAt);
    json.text("modified_by", farmer.modifiedBy);
    json.text("notes", farmer.notes);
    json.text("phone", farmer.phone);
    return json.finish();
}

QByteArray jsonOf(const FarmerParcel& link) {
    JsonWriter json;
    json.text("commune", link.parcel.commune);
    json.number("farmed_area_m2", link.farmedAreaM2);
    json.number("farmer_fid", link.farmerFid);
    json.text("parcel", link.parcel.parcel);
    json.text("sheet", link.parcel.sheet);
    json.text("tenure", QLatin1String(tenureText(link.tenure)));
    return json.finish();
}

QByteArray jsonOf(const FarmerArea& link) {
    JsonWriter json;
    json.number("area_fid", link.areaFid);
    json.number("farmer_fid", link.farmerFid);
    return json.finish();
}

} // namespace

void write(OGRFeature& feature, const FarmerRecord& farmer) {
    setText(feature, "household_id", farmer.householdId);
    setText(feature, "full_name", farmer.fullName);
    if (const char* gender = genderText(farmer.gender))
        feature.SetField(column(feature, "gender"), gender);
    else
        feature.SetFieldNull(column(feature, "gender"));
    if (farmer.birthYear)
        feature.SetField(column(feature, "birth_year"), *farmer.birthYear);
    else
        feature.SetFieldNull(column(feature, "birth_year"));
    setText(feature, "cccd", farmer.cccd);
    setText(feature, "phone", farmer.phone);
    setText(feature, "commune", farmer.commune);
    setText(feature, "commune_old", farmer.communeOld);
    setText(feature, "hamlet", farmer.hamlet);
    setText(feature, "cooperative", farmer.cooperative);
    if (farmer.memberSince.isValid())
        feature.SetField(column(feature, "member_since"), farmer.memberSince.year(),
                         farmer.memberSince.month(), farmer.memberSince.day());
    else
        feature.SetFieldNull(column(feature, "member_since"));
    setText(feature, "main_crops", farmer.mainCrops);
    setText(feature, "notes", farmer.notes);
    setText(feature, "created_by", farmer.createdBy);
    setDateTime(feature, "created_at", farmer.createdAt);
    setText(feature, "modified_by", farmer.modifiedBy);
    setDateTime(feature, "modified_at", farmer.modifiedAt);
    setText(feature, "search_key", vietnameseSearchKey(farmer.fullName));
}

void write(OGRFeature& feature, const FarmerParcel& link) {
    feature.SetField(column(feature, "farmer_fid"), GIntBig(link.farmerFid));
    setText(feature, "commune", link.parcel.commune);
    setText(feature, "sheet", link.parcel.sheet);
    setText(feature, "parcel", link.parcel.parcel);
    if (link.farmedAreaM2)
        feature.SetField(column(feature, "farmed_area_m2"), *link.farmedAreaM2);
    else
        feature.SetFieldNull(column(feature, "farmed_area_m2"));
    feature.SetField(column(feature, "tenure"), tenureText(link.tenure));
}

void write(OGRFeature& feature, const FarmerArea& link) {
    feature.SetField(column(feature, "farmer_fid"), GIntBig(link.farmerFid));
    feature.SetField(column(feature, "area_fid"), GIntBig(link.areaFid));
}

FarmerRecord readFarmer(const OGRFeature& feature) {
    FarmerRecord farmer;
    farmer.fid = feature.GetFID();
    farmer.householdId = text(feature, "household_id");
    farmer.fullName = text(feature, "full_name");
    farmer.gender = genderOf(text(feature, "gender"));
    if (const int index = column(feature, "birth_year"); feature.IsFieldSetAndNotNull(index))
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

FarmerRecord asStored(FarmerRecord farmer) {
    for (QString* text : {&farmer.householdId, &farmer.fullName, &farmer.cccd, &farmer.phone,
                          &farmer.commune, &farmer.communeOld, &farmer.hamlet, &farmer.cooperative,
                          &farmer.mainCrops, &farmer.notes, &farmer.createdBy, &farmer.modifiedBy})
        *text = text->isEmpty() ? QString() : toNfc(*text);
    for (QDateTime* time : {&farmer.createdAt, &farmer.modifiedAt}) {
        if (!time->isValid())
            continue;
        const QDateTime utc = time->toUTC();
        *time =
            QDateTime(utc.date(),
                      QTime(utc.time().hour(), utc.time().minute(), utc.time().second()), Qt::UTC);
    }
    return farmer;
}

FarmerParcel readParcel(const OGRFeature& feature) {
    FarmerParcel link;
    link.fid = feature.GetFID();
    link.farmerFid = feature.GetFieldAsInteger64("farmer_fid");
    link.parcel = {text(feature, "commune"), text(feature, "sheet"), text(feature, "parcel")};
    if (const int index = column(feature, "farmed_area_m2"); feature.IsFieldSetAndNotNull(index))
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
    return std::visit([](const auto& value) { return jsonOf(value); }, row);
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
