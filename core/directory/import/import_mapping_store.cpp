#include "import_mapping_store.h"

#include "editing/gpkg_table.h"
#include "editing/project_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <gdal_priv.h>

namespace agrimap {

namespace {

constexpr const char* mappingTable = "agrimap_import_mappings";

const FieldSpec mappingFields[] = {{"signature", OFTString},
                                   {"mapping", OFTString},
                                   {"saved_by", OFTString},
                                   {"saved_at", OFTDateTime}};

QString filterFor(const QString& signature) {
    return QStringLiteral("signature = '%1'").arg(signature); // hex: nothing to escape
}

} // namespace

ImportMappingStore::ImportMappingStore(ProjectStore& project)
    : m_connection(project) {}

std::optional<ImportMapping> ImportMappingStore::find(const QStringList& headers) const {
    OGRLayer* table = m_connection.dataset().GetLayerByName(mappingTable);
    if (!table)
        return std::nullopt;
    table->SetAttributeFilter(filterFor(headerSignature(headers)).toUtf8().constData());
    std::optional<ImportMapping> found;
    for (const auto& row : *table) {
        Result<ImportMapping> mapping =
            importMappingFromJson(QByteArray(row->GetFieldAsString("mapping")), headers);
        if (mapping)
            found = std::move(mapping).value();
    }
    table->SetAttributeFilter(nullptr);
    return found;
}

Status ImportMappingStore::save(const ImportMapping& mapping) {
    return m_connection.runAsOne([&]() -> Status {
        GDALDataset& dataset = m_connection.dataset();
        OGRLayer* table =
            ensureTable(dataset, mappingTable, mappingFields, std::size(mappingFields),
                        "Column mappings of Farmer Directory imports, by header signature");
        if (!table)
            return m_connection.failure(QLatin1String(mappingTable));
        const QString signature = headerSignature(mapping.headers);
        table->SetAttributeFilter(filterFor(signature).toUtf8().constData());
        std::vector<GIntBig> old;
        for (const auto& row : *table)
            old.push_back(row->GetFID());
        table->SetAttributeFilter(nullptr);
        for (const GIntBig fid : old) {
            if (table->DeleteFeature(fid) != OGRERR_NONE)
                return m_connection.failure(QLatin1String(mappingTable));
        }
        OGRFeature row(table->GetLayerDefn());
        row.SetField("signature", signature.toLatin1().constData());
        row.SetField("mapping", importMappingJson(mapping).constData());
        row.SetField("saved_by", m_connection.store().userName().toUtf8().constData());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        row.SetField(row.GetFieldIndex("saved_at"), now.date().year(), now.date().month(),
                     now.date().day(), now.time().hour(), now.time().minute(),
                     float(now.time().second()), 100);
        if (table->CreateFeature(&row) != OGRERR_NONE)
            return m_connection.failure(QLatin1String(mappingTable));
        return {};
    });
}

} // namespace agrimap
