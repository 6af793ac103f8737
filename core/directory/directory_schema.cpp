#include "directory_schema.h"

#include "editing/gpkg_table.h"

#include <QCoreApplication>
#include <QSet>
#include <gdal_priv.h>

namespace agrimap {

namespace {

const FieldSpec farmerFields[] = {
    {"household_id", OFTString}, {"full_name", OFTString},     {"gender", OFTString},
    {"birth_year", OFTInteger},  {"cccd", OFTString},          {"phone", OFTString},
    {"commune", OFTString},      {"commune_old", OFTString},   {"hamlet", OFTString},
    {"cooperative", OFTString},  {"member_since", OFTDate},    {"main_crops", OFTString},
    {"notes", OFTString},        {"created_by", OFTString},    {"created_at", OFTDateTime},
    {"modified_by", OFTString},  {"modified_at", OFTDateTime}, {"search_key", OFTString},
};

const FieldSpec cooperativeFields[] = {
    {"name", OFTString}, {"commune", OFTString}, {"contact", OFTString}, {"members", OFTInteger}};

const FieldSpec farmerParcelFields[] = {{"farmer_fid", OFTInteger64}, {"commune", OFTString},
                                        {"sheet", OFTString},         {"parcel", OFTString},
                                        {"farmed_area_m2", OFTReal},  {"tenure", OFTString}};

const FieldSpec farmerAreaFields[] = {{"farmer_fid", OFTInteger64}, {"area_fid", OFTInteger64}};

const FieldSpec personalFieldFields[] = {
    {"table_name", OFTString}, {"column_name", OFTString}, {"reason", OFTString}};

struct PersonalField {
    const char* table;
    const char* column;
    const char* reason;
};

// DOMAIN.md "Personal data": names, citizen ID numbers, phones, birth dates and addresses.
// The search key is the name without its marks; notes are free text about a person; the audit
// log keeps before/after copies of every field, these included.
const PersonalField personalFields[] = {
    {"farmers", "full_name", "name"},
    {"farmers", "search_key", "name (without diacritics)"},
    {"farmers", "cccd", "citizen ID number"},
    {"farmers", "phone", "phone number"},
    {"farmers", "birth_year", "birth date"},
    {"farmers", "hamlet", "address"},
    {"farmers", "notes", "free text about a person"},
    {"cooperatives", "contact", "contact person and phone"},
    {"audit_log", "before_attributes", "copies of personal fields"},
    {"audit_log", "after_attributes", "copies of personal fields"},
};

const char* const indexes[] = {
    "CREATE INDEX IF NOT EXISTS farmers_by_cccd ON farmers(cccd)",
    "CREATE INDEX IF NOT EXISTS farmer_parcels_by_farmer ON farmer_parcels(farmer_fid)",
    "CREATE INDEX IF NOT EXISTS farmer_parcels_by_parcel ON farmer_parcels(commune, sheet, parcel)",
    "CREATE INDEX IF NOT EXISTS farmer_areas_by_farmer ON farmer_areas(farmer_fid)",
    "CREATE INDEX IF NOT EXISTS farmer_areas_by_area ON farmer_areas(area_fid)",
};

Error cannotCreate(const char* table) {
    return Error{QCoreApplication::translate("agrimap::ProjectStore",
                                             "Cannot create the Farmer Directory table %1")
                     .arg(QLatin1String(table))};
}

Status markPersonalFields(OGRLayer& marks) {
    QSet<QString> marked;
    for (const auto& row : marks)
        marked.insert(QString::fromUtf8(row->GetFieldAsString("table_name")) + QLatin1Char('.') +
                      QString::fromUtf8(row->GetFieldAsString("column_name")));
    for (const PersonalField& field : personalFields) {
        if (marked.contains(QLatin1String(field.table) + QLatin1Char('.') +
                            QLatin1String(field.column)))
            continue; // an official may have changed the reason: keep the row
        OGRFeature row(marks.GetLayerDefn());
        row.SetField("table_name", field.table);
        row.SetField("column_name", field.column);
        row.SetField("reason", field.reason);
        if (marks.CreateFeature(&row) != OGRERR_NONE)
            return cannotCreate(directory_table::personalFields);
    }
    return {};
}

} // namespace

Status ensureDirectorySchema(GDALDataset& dataset) {
    struct Table {
        const char* name;
        const FieldSpec* fields;
        size_t count;
        const char* description;
    };
    const Table tables[] = {
        {directory_table::farmers, farmerFields, std::size(farmerFields),
         "Farmer Directory: households (personal data, see agrimap_personal_fields)"},
        {directory_table::cooperatives, cooperativeFields, std::size(cooperativeFields),
         "Cooperatives (hợp tác xã) of the Farmer Directory"},
        {directory_table::farmerParcels, farmerParcelFields, std::size(farmerParcelFields),
         "Cadastral parcels each farmer farms (commune, sheet, parcel)"},
        {directory_table::farmerAreas, farmerAreaFields, std::size(farmerAreaFields),
         "Growing areas (production_areas) each farmer belongs to"},
        {directory_table::personalFields, personalFieldFields, std::size(personalFieldFields),
         "Columns holding personal data (Decree 13/2023/NĐ-CP), never published"},
    };
    for (const Table& table : tables) {
        if (!ensureTable(dataset, table.name, table.fields, table.count, table.description))
            return cannotCreate(table.name);
    }
    for (const char* sql : indexes)
        dataset.ExecuteSQL(sql, nullptr, nullptr);
    return markPersonalFields(*dataset.GetLayerByName(directory_table::personalFields));
}

} // namespace agrimap
