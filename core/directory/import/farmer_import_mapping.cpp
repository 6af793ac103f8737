#include "farmer_import_mapping.h"

#include "directory/vietnamese_search_key.h"
#include "rejected_rows_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace agrimap {

namespace {

constexpr const char* formatName = "agrimap-import-mapping";

struct FieldInfo {
    ImportField field;
    const char* key;
    /// Column names that mean the field, as header keys (normalizedHeader): Vietnamese without
    /// marks, abbreviations officials use, and English.
    std::vector<const char*> names;
};

const std::vector<FieldInfo>& fieldInfos() {
    static const std::vector<FieldInfo> infos = {
        {ImportField::Ignore, "", {}},
        {ImportField::HouseholdId,
         "household_id",
         {"ma ho", "ma ho gia dinh", "ma so ho", "ma hgd", "ma ho dan", "so ho", "id ho",
          "household id", "household", "household code", "hh id"}},
        {ImportField::FullName,
         "full_name",
         {"ho ten", "ho va ten", "ho ten chu ho", "ho va ten chu ho", "ten chu ho", "chu ho",
          "ho ten nong dan", "ten nong dan", "ten", "full name", "name", "head of household",
          "farmer name", "farmer"}},
        {ImportField::Gender, "gender", {"gioi tinh", "gioi", "phai", "gender", "sex"}},
        {ImportField::BirthYear,
         "birth_year",
         {"nam sinh", "ngay sinh", "ngay thang nam sinh", "nam sinh chu ho", "birth year",
          "year of birth", "birth date", "date of birth", "dob", "born"}},
        {ImportField::Cccd,
         "cccd",
         {"cccd", "so cccd", "cmnd cccd", "cccd cmnd", "cmnd", "so cmnd", "can cuoc",
          "can cuoc cong dan", "so can cuoc", "so dinh danh", "ma dinh danh", "citizen id",
          "id number", "national id"}},
        {ImportField::Phone,
         "phone",
         {"sdt", "so dt", "dt", "so dien thoai", "dien thoai", "dien thoai lien he", "phone",
          "phone number", "mobile", "tel"}},
        {ImportField::Commune,
         "commune",
         {"xa", "xa phuong", "phuong xa", "xa moi", "ten xa", "commune", "ward", "commune new"}},
        {ImportField::CommuneOld,
         "commune_old",
         {"xa cu", "xa truoc sap nhap", "ten xa cu", "commune old", "old commune"}},
        {ImportField::Hamlet,
         "hamlet",
         {"ap", "ap khom", "khom ap", "khom", "thon", "thon ap", "ap thon", "hamlet"}},
        {ImportField::Cooperative,
         "cooperative",
         {"htx", "hop tac xa", "ten htx", "to hop tac", "cooperative", "coop"}},
        {ImportField::MemberSince,
         "member_since",
         {"ngay vao htx", "nam vao htx", "ngay gia nhap", "ngay tham gia", "thanh vien tu",
          "member since", "joined"}},
        {ImportField::MainCrops,
         "main_crops",
         {"cay trong", "cay trong chinh", "cay trong chu yeu", "loai cay", "san pham", "crops",
          "main crops", "crop"}},
        {ImportField::Notes, "notes", {"ghi chu", "chu thich", "notes", "note", "remarks"}},
        {ImportField::ParcelCommune,
         "parcel_commune",
         {"xa thua", "ma xa", "xa cua thua", "maxa", "parcel commune"}},
        {ImportField::ParcelSheet,
         "parcel_sheet",
         {"to", "so to", "to so", "to ban do", "so to ban do", "so hieu to ban do", "sohieutobando",
          "sheet", "map sheet"}},
        {ImportField::ParcelNumber,
         "parcel_number",
         {"thua", "so thua", "thua so", "thua dat", "thua dat so", "so thua dat", "so thu tu thua",
          "sothututhua", "parcel", "parcel number", "parcel no"}},
        {ImportField::FarmedArea,
         "farmed_area_m2",
         {"dien tich", "dien tich canh tac", "dt canh tac", "dien tich m2", "dien tich m",
          "farmed area", "area", "area m2"}},
        {ImportField::Tenure,
         "tenure",
         {"hinh thuc", "hinh thuc su dung", "quyen su dung", "so huu", "chu so huu thue",
          "tenure"}},
    };
    return infos;
}

const FieldInfo& infoOf(ImportField field) {
    const auto& infos = fieldInfos();
    return *std::find_if(infos.begin(), infos.end(),
                         [field](const FieldInfo& info) { return info.field == field; });
}

/// A header as compared: no marks, lower case, đ as d, anything but letters and digits as
/// one space ("CMND/CCCD" → "cmnd cccd", "Họ_tên" → "ho ten", "Diện tích (m²)" → "dien
/// tich m").
QString normalizedHeader(const QString& header) {
    const QString key = vietnameseSearchKey(header);
    QString words;
    words.reserve(key.size());
    for (const QChar c : key)
        words.append((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ? c : QChar(u' '));
    return words.simplified();
}

/// The field a header names: a name of the table exactly, or else the longest name the header
/// starts with ("ngay sinh dd mm yyyy" → birth year).
ImportField fieldNamedBy(const QString& header) {
    const QString key = normalizedHeader(header);
    if (key.isEmpty())
        return ImportField::Ignore;
    for (const FieldInfo& info : fieldInfos()) {
        if (QLatin1String(info.key) == header.trimmed())
            return info.field; // a file AgriMap wrote, or one following its column names
        for (const char* name : info.names) {
            if (key == QLatin1String(name))
                return info.field;
        }
    }
    // Only names of two words or more, and a few unmistakable abbreviations, begin a longer
    // header: "ten" (name) must not take "Tên cây trồng" (crop name).
    const auto beginsHeaders = [](QLatin1String name) {
        return name.contains(QLatin1Char(' ')) || name == QLatin1String("cccd") ||
               name == QLatin1String("cmnd") || name == QLatin1String("sdt") ||
               name == QLatin1String("htx");
    };
    ImportField best = ImportField::Ignore;
    qsizetype bestLength = 0;
    for (const FieldInfo& info : fieldInfos()) {
        for (const char* name : info.names) {
            const QLatin1String prefix(name);
            if (prefix.size() > bestLength && beginsHeaders(prefix) && key.startsWith(prefix) &&
                key.at(prefix.size()) == u' ') {
                best = info.field;
                bestLength = prefix.size();
            }
        }
    }
    return best;
}

Error notAMapping(const QString& why) {
    return Error{QCoreApplication::translate("agrimap::ImportMapping",
                                             "This is not an AgriMap column mapping: %1")
                     .arg(why)};
}

} // namespace

const std::vector<ImportField>& importFields() {
    static const std::vector<ImportField> fields = [] {
        std::vector<ImportField> all;
        for (const FieldInfo& info : fieldInfos())
            all.push_back(info.field);
        return all;
    }();
    return fields;
}

QString importFieldKey(ImportField field) {
    return QLatin1String(infoOf(field).key);
}

std::optional<ImportField> importFieldFromKey(const QString& key) {
    for (const FieldInfo& info : fieldInfos()) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

QString importFieldName(ImportField field) {
    switch (field) {
    case ImportField::Ignore:
        return QCoreApplication::translate("agrimap::ImportMapping", "(not imported)");
    case ImportField::HouseholdId:
        return QCoreApplication::translate("agrimap::ImportMapping", "Household id");
    case ImportField::FullName:
        return QCoreApplication::translate("agrimap::ImportMapping",
                                           "Full name (head of household)");
    case ImportField::Gender:
        return QCoreApplication::translate("agrimap::ImportMapping", "Gender");
    case ImportField::BirthYear:
        return QCoreApplication::translate("agrimap::ImportMapping", "Birth year");
    case ImportField::Cccd:
        return QCoreApplication::translate("agrimap::ImportMapping", "Citizen ID (CCCD)");
    case ImportField::Phone:
        return QCoreApplication::translate("agrimap::ImportMapping", "Phone");
    case ImportField::Commune:
        return QCoreApplication::translate("agrimap::ImportMapping", "Commune");
    case ImportField::CommuneOld:
        return QCoreApplication::translate("agrimap::ImportMapping",
                                           "Commune before the 2025 merger");
    case ImportField::Hamlet:
        return QCoreApplication::translate("agrimap::ImportMapping", "Hamlet (ấp)");
    case ImportField::Cooperative:
        return QCoreApplication::translate("agrimap::ImportMapping", "Cooperative");
    case ImportField::MemberSince:
        return QCoreApplication::translate("agrimap::ImportMapping", "Member since");
    case ImportField::MainCrops:
        return QCoreApplication::translate("agrimap::ImportMapping", "Main crops");
    case ImportField::Notes:
        return QCoreApplication::translate("agrimap::ImportMapping", "Notes");
    case ImportField::ParcelCommune:
        return QCoreApplication::translate("agrimap::ImportMapping", "Parcel: commune");
    case ImportField::ParcelSheet:
        return QCoreApplication::translate("agrimap::ImportMapping", "Parcel: map sheet");
    case ImportField::ParcelNumber:
        return QCoreApplication::translate("agrimap::ImportMapping", "Parcel: parcel number");
    case ImportField::FarmedArea:
        return QCoreApplication::translate("agrimap::ImportMapping", "Parcel: farmed area (m²)");
    case ImportField::Tenure:
        return QCoreApplication::translate("agrimap::ImportMapping", "Parcel: tenure");
    }
    return {};
}

int ImportMapping::columnOf(ImportField field) const {
    const auto found = std::find(fields.begin(), fields.end(), field);
    return found == fields.end() ? -1 : int(found - fields.begin());
}

ImportMapping guessImportMapping(const QStringList& headers) {
    ImportMapping mapping;
    mapping.headers = headers;
    for (const QString& header : headers) {
        const ImportField field = fieldNamedBy(header);
        const bool taken =
            field != ImportField::Ignore &&
            std::find(mapping.fields.begin(), mapping.fields.end(), field) != mapping.fields.end();
        mapping.fields.push_back(taken ? ImportField::Ignore : field);
    }
    return mapping;
}

QString headerSignature(const QStringList& headers) {
    QStringList keys;
    for (const QString& header : headers) {
        // A corrected rejects file is the same template as its source.
        if (header != QLatin1String(rejectedRowColumn) &&
            header != QLatin1String(rejectedReasonColumn))
            keys << normalizedHeader(header);
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(keys.join(QLatin1Char('\x1f')).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

Status checkImportMapping(const ImportMapping& mapping) {
    QStringList problems;
    for (ImportField field : importFields()) {
        if (field == ImportField::Ignore)
            continue;
        QStringList columns;
        for (size_t i = 0; i < mapping.fields.size(); ++i) {
            if (mapping.fields[i] == field)
                columns << QStringLiteral("\"%1\"").arg(mapping.headers.value(int(i)));
        }
        if (columns.size() > 1)
            problems << QCoreApplication::translate(
                            "agrimap::ImportMapping",
                            "%1 is given to several columns (%2): choose one")
                            .arg(importFieldName(field), columns.join(QStringLiteral(", ")));
    }
    if (mapping.columnOf(ImportField::FullName) < 0)
        problems << QCoreApplication::translate(
                        "agrimap::ImportMapping",
                        "no column is mapped to %1, which every household needs")
                        .arg(importFieldName(ImportField::FullName));
    const bool sheet = mapping.columnOf(ImportField::ParcelSheet) >= 0;
    const bool parcel = mapping.columnOf(ImportField::ParcelNumber) >= 0;
    if (sheet != parcel)
        problems << QCoreApplication::translate("agrimap::ImportMapping",
                                                "a parcel needs both %1 and %2")
                        .arg(importFieldName(ImportField::ParcelSheet),
                             importFieldName(ImportField::ParcelNumber));
    const bool parcelDetails = mapping.columnOf(ImportField::FarmedArea) >= 0 ||
                               mapping.columnOf(ImportField::Tenure) >= 0 ||
                               mapping.columnOf(ImportField::ParcelCommune) >= 0;
    if (parcelDetails && !sheet && !parcel)
        problems << QCoreApplication::translate("agrimap::ImportMapping",
                                                "parcel columns are mapped without %1 and %2")
                        .arg(importFieldName(ImportField::ParcelSheet),
                             importFieldName(ImportField::ParcelNumber));
    if (problems.isEmpty())
        return {};
    return Error{QCoreApplication::translate("agrimap::ImportMapping",
                                             "The column mapping cannot be used: %1")
                     .arg(problems.join(QStringLiteral("; ")))};
}

QByteArray importMappingJson(const ImportMapping& mapping) {
    QJsonArray columns;
    for (qsizetype i = 0; i < mapping.headers.size(); ++i) {
        const ImportField field =
            size_t(i) < mapping.fields.size() ? mapping.fields[size_t(i)] : ImportField::Ignore;
        columns.append(
            QJsonObject{{QStringLiteral("header"), mapping.headers[i]},
                        {QStringLiteral("field"), field == ImportField::Ignore
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(importFieldKey(field))}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(formatName)},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("columns"), columns}})
        .toJson(QJsonDocument::Indented);
}

Result<ImportMapping> importMappingFromJson(const QByteArray& json, const QStringList& headers) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notAMapping(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        return notAMapping(
            QCoreApplication::translate("agrimap::ImportMapping", "\"format\" is not \"%1\"")
                .arg(QLatin1String(formatName)));
    QHash<QString, ImportField> exact;
    QHash<QString, ImportField> loose;
    for (const QJsonValue& value : root.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = value.toObject();
        const QString header = column.value(QStringLiteral("header")).toString();
        const QJsonValue key = column.value(QStringLiteral("field"));
        const std::optional<ImportField> field =
            key.isNull() ? ImportField::Ignore : importFieldFromKey(key.toString());
        if (!field)
            return notAMapping(QCoreApplication::translate("agrimap::ImportMapping",
                                                           "unknown field \"%1\" for column \"%2\"")
                                   .arg(key.toString(), header));
        exact.insert(header, *field);
        loose.insert(normalizedHeader(header), *field);
    }
    ImportMapping mapping;
    mapping.headers = headers;
    for (const QString& header : headers) {
        if (exact.contains(header))
            mapping.fields.push_back(exact.value(header));
        else
            mapping.fields.push_back(loose.value(normalizedHeader(header), ImportField::Ignore));
    }
    return mapping;
}

Result<ImportMapping> loadImportMapping(const QString& path, const QStringList& headers) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("agrimap::ImportMapping",
                                                 "Cannot read the column mapping %1: %2")
                         .arg(path, file.errorString())};
    Result<ImportMapping> mapping = importMappingFromJson(file.readAll(), headers);
    if (!mapping)
        return Error{QStringLiteral("%1: %2").arg(path, mapping.errorMessage())};
    return mapping;
}

Status saveImportMapping(const ImportMapping& mapping, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(importMappingJson(mapping)) < 0 ||
        !file.commit())
        return Error{QCoreApplication::translate("agrimap::ImportMapping",
                                                 "Cannot write the column mapping %1: %2")
                         .arg(path, file.errorString())};
    return {};
}

} // namespace agrimap
