#include "iso_metadata.h"

#include "data_dictionary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

QString xmlText(QString text) {
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

QString sqlText(QString text) {
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString characterString(const QString& element, const QString& value) {
    return QStringLiteral("<gmd:%1><gco:CharacterString>%2</gco:CharacterString></gmd:%1>")
        .arg(element, xmlText(value));
}

QString isoRecord(const QString& identifier, const QString& title, const QString& abstract,
                  const ExportProfile& profile, double west, double south, double east,
                  double north, const QString& lineage, const QDateTime& timestamp,
                  const QString& scope) {
    const QString date = timestamp.toUTC().toString(Qt::ISODate);
    return QStringLiteral(
               "<gmd:MD_Metadata xmlns:gmd=\"http://www.isotc211.org/2005/gmd\" "
               "xmlns:gco=\"http://www.isotc211.org/2005/gco\">"
               "%1"
               "<gmd:language><gmd:LanguageCode "
               "codeList=\"http://www.loc.gov/standards/iso639-2/\" "
               "codeListValue=\"vie\">vie</gmd:LanguageCode></gmd:language>"
               "<gmd:hierarchyLevel><gmd:MD_ScopeCode "
               "codeList=\"http://www.isotc211.org/2005/resources/"
               "Codelist/gmxCodelists.xml#MD_ScopeCode\" codeListValue=\"%2\">%2</gmd:MD_ScopeCode>"
               "</gmd:hierarchyLevel>"
               "<gmd:contact><gmd:CI_ResponsibleParty>%3<gmd:contactInfo><gmd:CI_Contact><gmd:"
               "address>"
               "<gmd:CI_Address><gmd:electronicMailAddress><gco:CharacterString>%4</"
               "gco:CharacterString>"
               "</gmd:electronicMailAddress></gmd:CI_Address></gmd:address></gmd:CI_Contact>"
               "</gmd:contactInfo><gmd:role><gmd:CI_RoleCode "
               "codeList=\"http://www.isotc211.org/2005/"
               "resources/Codelist/gmxCodelists.xml#CI_RoleCode\" "
               "codeListValue=\"publisher\">publisher"
               "</gmd:CI_RoleCode></gmd:role></gmd:CI_ResponsibleParty></gmd:contact>"
               "<gmd:dateStamp><gco:DateTime>%5</gco:DateTime></gmd:dateStamp>"
               "<gmd:referenceSystemInfo><gmd:MD_ReferenceSystem><gmd:referenceSystemIdentifier>"
               "<gmd:RS_Identifier>%6</gmd:RS_Identifier></gmd:referenceSystemIdentifier>"
               "</gmd:MD_ReferenceSystem></gmd:referenceSystemInfo>"
               "<gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>%"
               "7"
               "<gmd:date><gmd:CI_Date><gmd:date><gco:DateTime>%5</gco:DateTime></gmd:date>"
               "<gmd:dateType><gmd:CI_DateTypeCode "
               "codeList=\"http://www.isotc211.org/2005/resources/"
               "Codelist/gmxCodelists.xml#CI_DateTypeCode\" "
               "codeListValue=\"publication\">publication"
               "</gmd:CI_DateTypeCode></gmd:dateType></gmd:CI_Date></gmd:date></gmd:CI_Citation>"
               "</gmd:citation>%8"
               "<gmd:resourceConstraints><gmd:MD_LegalConstraints>%9</gmd:MD_LegalConstraints>"
               "</gmd:resourceConstraints>"
               "<gmd:extent><gmd:EX_Extent><gmd:geographicElement><gmd:EX_GeographicBoundingBox>"
               "<gmd:westBoundLongitude><gco:Decimal>%10</gco:Decimal></gmd:westBoundLongitude>"
               "<gmd:eastBoundLongitude><gco:Decimal>%11</gco:Decimal></gmd:eastBoundLongitude>"
               "<gmd:southBoundLatitude><gco:Decimal>%12</gco:Decimal></gmd:southBoundLatitude>"
               "<gmd:northBoundLatitude><gco:Decimal>%13</gco:Decimal></gmd:northBoundLatitude>"
               "</gmd:EX_GeographicBoundingBox></gmd:geographicElement></gmd:EX_Extent></"
               "gmd:extent>"
               "</gmd:MD_DataIdentification></gmd:identificationInfo>"
               "<gmd:dataQualityInfo><gmd:DQ_DataQuality><gmd:lineage><gmd:LI_Lineage>%14"
               "</gmd:LI_Lineage></gmd:lineage></gmd:DQ_DataQuality></gmd:dataQualityInfo>"
               "</gmd:MD_Metadata>")
        .arg(characterString(QStringLiteral("fileIdentifier"), identifier), scope,
             characterString(QStringLiteral("organisationName"), profile.publisher),
             xmlText(profile.contact), date,
             characterString(QStringLiteral("code"), profile.targetCrs),
             characterString(QStringLiteral("title"), title),
             characterString(QStringLiteral("abstract"), abstract),
             characterString(QStringLiteral("useLimitation"), profile.licence))
        .arg(west, 0, 'f', 8)
        .arg(east, 0, 'f', 8)
        .arg(south, 0, 'f', 8)
        .arg(north, 0, 'f', 8)
        .arg(characterString(QStringLiteral("statement"), lineage));
}

bool run(GDALDataset& package, const QString& sql) {
    CPLErrorReset();
    package.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    return CPLGetLastErrorType() < CE_Failure;
}

} // namespace

Status writeDataDictionary(GDALDataset& package, const ExportProfile& profile) {
    char** options = CSLSetNameValue(nullptr, "DESCRIPTION", "Từ điển dữ liệu / Data dictionary");
    OGRLayer* table = package.CreateLayer("data_dictionary", nullptr, wkbNone, options);
    CSLDestroy(options);
    if (!table)
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                 "Cannot write the data dictionary")};
    for (const char* name : {"table_name", "column_name", "type", "unit", "meaning_vi",
                             "meaning_en", "allowed_values"}) {
        OGRFieldDefn definition(name, OFTString);
        if (table->CreateField(&definition) != OGRERR_NONE)
            return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                     "Cannot write the data dictionary")};
    }
    package.StartTransaction();
    for (const ExportLayer& layer : profile.layers) {
        OGRLayer* published = package.GetLayerByName(layer.outputName.toUtf8().constData());
        for (const QString& field : layer.fields) {
            const int index = published->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
            const FieldMeaning meaning = meaningOfField(field);
            OGRFeature row(table->GetLayerDefn());
            row.SetField("table_name", layer.outputName.toUtf8().constData());
            row.SetField("column_name", field.toUtf8().constData());
            row.SetField("type", OGRFieldDefn::GetFieldTypeName(
                                     published->GetLayerDefn()->GetFieldDefn(index)->GetType()));
            row.SetField("unit", meaning.unit.toUtf8().constData());
            row.SetField("meaning_vi", meaning.meaningVi.toUtf8().constData());
            row.SetField("meaning_en", meaning.meaningEn.toUtf8().constData());
            row.SetField("allowed_values", meaning.allowedValues.toUtf8().constData());
            if (table->CreateFeature(&row) != OGRERR_NONE) {
                package.RollbackTransaction();
                return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                         "Cannot write the data dictionary")};
            }
        }
    }
    return package.CommitTransaction() == OGRERR_NONE
               ? Status{}
               : Status{Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                          "Cannot write the data dictionary")}};
}

Status writeIsoMetadata(GDALDataset& package, const ExportProfile& profile,
                        const std::vector<IsoLayerSummary>& layers, const QDateTime& timestamp) {
    const QString stamp = timestamp.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    const QString uri = QStringLiteral("http://www.isotc211.org/2005/gmd");
    QStringList sql{
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY "
            "KEY ASC NOT NULL, md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri "
            "TEXT NOT NULL, mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT "
            "NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS gpkg_metadata_reference (reference_scope TEXT NOT "
            "NULL, table_name TEXT, column_name TEXT, row_id_value INTEGER, timestamp "
            "DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), md_file_id "
            "INTEGER NOT NULL, md_parent_id INTEGER, CONSTRAINT crmr_mfi_fk FOREIGN KEY "
            "(md_file_id) REFERENCES gpkg_metadata(id), CONSTRAINT crmr_mpi_fk FOREIGN KEY "
            "(md_parent_id) REFERENCES gpkg_metadata(id))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name "
            "TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT "
            "NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"),
        QStringLiteral("INSERT OR IGNORE INTO gpkg_extensions VALUES ('gpkg_metadata', NULL, "
                       "'gpkg_metadata', 'http://www.geopackage.org/spec121/#extension_metadata', "
                       "'read-write')"),
        QStringLiteral("INSERT OR IGNORE INTO gpkg_extensions VALUES ('gpkg_metadata_reference', "
                       "NULL, 'gpkg_metadata', "
                       "'http://www.geopackage.org/spec121/#extension_metadata', 'read-write')")};
    double west = 180, south = 90, east = -180, north = -90;
    QStringList sources;
    QStringList counts;
    for (const IsoLayerSummary& layer : layers) {
        west = qMin(west, layer.west);
        south = qMin(south, layer.south);
        east = qMax(east, layer.east);
        north = qMax(north, layer.north);
        sources << QStringLiteral("%1 (%2)").arg(QFileInfo(layer.layer.sourcePath).fileName(),
                                                 layer.layer.sourceLayer);
        counts << QStringLiteral("%1: %2").arg(layer.layer.outputName).arg(layer.features);
    }
    const QString lineage =
        QStringLiteral("Nguồn / Sources: %1. Hồ sơ xuất / Export profile: %2. Số đối tượng / "
                       "Feature counts: %3.")
            .arg(sources.join(QLatin1String(", ")), profile.name, counts.join(QLatin1String(", ")));
    sql << QStringLiteral("INSERT INTO gpkg_metadata (id, md_scope, md_standard_uri, mime_type, "
                          "metadata) VALUES (1, 'dataset', %1, 'text/xml', %2)")
               .arg(sqlText(uri),
                    sqlText(isoRecord(QStringLiteral("agrimap-%1").arg(profile.name), profile.title,
                                      profile.abstract, profile, west, south, east, north, lineage,
                                      timestamp, QStringLiteral("dataset"))));
    sql << QStringLiteral("INSERT INTO gpkg_metadata_reference (reference_scope, table_name, "
                          "column_name, row_id_value, timestamp, md_file_id, md_parent_id) VALUES "
                          "('geopackage', NULL, NULL, NULL, %1, 1, NULL)")
               .arg(sqlText(stamp));
    int id = 2;
    for (const IsoLayerSummary& layer : layers) {
        const QString title =
            QStringLiteral("%1 / %2").arg(layer.layer.titleVi, layer.layer.titleEn);
        const QString abstract =
            QStringLiteral("%1 / %2 (%3)")
                .arg(layer.layer.descriptionVi, layer.layer.descriptionEn)
                .arg(QCoreApplication::translate("agrimap::OpenDataExporter", "%n feature(s)",
                                                 nullptr, int(layer.features)));
        sql << QStringLiteral(
                   "INSERT INTO gpkg_metadata (id, md_scope, md_standard_uri, mime_type, "
                   "metadata) VALUES (%1, 'featureType', %2, 'text/xml', %3)")
                   .arg(id)
                   .arg(sqlText(uri),
                        sqlText(isoRecord(QStringLiteral("agrimap-%1-%2")
                                              .arg(profile.name, layer.layer.outputName),
                                          title, abstract, profile, layer.west, layer.south,
                                          layer.east, layer.north, lineage, timestamp,
                                          QStringLiteral("featureType"))));
        sql << QStringLiteral("INSERT INTO gpkg_metadata_reference (reference_scope, table_name, "
                              "column_name, row_id_value, timestamp, md_file_id, md_parent_id) "
                              "VALUES ('table', %1, NULL, NULL, %2, %3, 1)")
                   .arg(sqlText(layer.layer.outputName), sqlText(stamp))
                   .arg(id);
        ++id;
    }
    for (const QString& statement : sql) {
        if (!run(package, statement))
            return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                     "Cannot write the metadata: %1")
                             .arg(QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    return {};
}

} // namespace agrimap
