#include "farmer_table_export.h"

#include "directory_schema.h"
#include "farmer_columns.h"
#include "farmer_rows.h"
#include "gdal_environment.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

constexpr size_t rowsPerQuery = 500;

OGRFieldType typeOf(FarmerColumn column) {
    switch (column) {
    case FarmerColumn::BirthYear:
        return OFTInteger;
    case FarmerColumn::MemberSince:
        return OFTDate;
    case FarmerColumn::ModifiedAt:
        return OFTDateTime;
    default:
        return OFTString;
    }
}

void setValue(OGRFeature& row, int field, const QVariant& value) {
    if (value.isNull())
        return;
    switch (value.typeId()) {
    case QMetaType::Int:
        row.SetField(field, value.toInt());
        return;
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        row.SetField(field, date.year(), date.month(), date.day());
        return;
    }
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime().toUTC();
        row.SetField(field, time.date().year(), time.date().month(), time.date().day(),
                     time.time().hour(), time.time().minute(), float(time.time().second()), 100);
        return;
    }
    default:
        row.SetField(field, value.toString().toUtf8().constData());
    }
}

/// "Mỹ Tân 1/23 (owner, 3 157 m²)" for each parcel link, by farmer.
QHash<qint64, QStringList> parcelsByFarmer(GDALDataset& project, const QSet<qint64>& wanted) {
    QHash<qint64, QStringList> parcels;
    OGRLayer* links = project.GetLayerByName(directory_table::farmerParcels);
    if (!links)
        return parcels;
    const QLocale locale;
    for (const auto& row : *links) {
        const FarmerParcel link = farmer_rows::readParcel(*row);
        if (!wanted.contains(link.farmerFid))
            continue;
        QString text = QStringLiteral("%1 %2/%3")
                           .arg(link.parcel.commune, link.parcel.sheet, link.parcel.parcel);
        text += link.farmedAreaM2
                    ? QCoreApplication::translate("agrimap::FarmerTableExport", " (%1, %2 m²)")
                          .arg(farmer_columns::tenureText(link.tenure),
                               locale.toString(*link.farmedAreaM2, 'f', 0))
                    : QCoreApplication::translate("agrimap::FarmerTableExport", " (%1)")
                          .arg(farmer_columns::tenureText(link.tenure));
        parcels[link.farmerFid] << text;
    }
    return parcels;
}

/// The production area codes of each farmer's growing areas.
QHash<qint64, QStringList> areasByFarmer(GDALDataset& project, const QSet<qint64>& wanted) {
    QHash<qint64, QStringList> areas;
    OGRLayer* links = project.GetLayerByName(directory_table::farmerAreas);
    OGRLayer* production = project.GetLayerByName("production_areas");
    if (!links)
        return areas;
    QHash<qint64, QString> codes;
    if (production) {
        const char* geometry[] = {"OGR_GEOMETRY", nullptr};
        production->SetIgnoredFields(geometry);
        for (const auto& area : *production)
            codes.insert(area->GetFID(), fromSourceUtf8(area->GetFieldAsString("code")));
        production->SetIgnoredFields(nullptr);
    }
    for (const auto& row : *links) {
        const FarmerArea link = farmer_rows::readArea(*row);
        if (wanted.contains(link.farmerFid))
            areas[link.farmerFid] << codes.value(link.areaFid, QString::number(link.areaFid));
    }
    return areas;
}

} // namespace

std::optional<FarmerTableFormat> farmerTableFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return FarmerTableFormat::Xlsx;
    if (suffix == QLatin1String("csv"))
        return FarmerTableFormat::Csv;
    return std::nullopt;
}

FarmerTableExport::FarmerTableExport(QString projectPath, std::vector<qint64> fids)
    : m_projectPath(std::move(projectPath))
    , m_fids(std::move(fids)) {}

QString FarmerTableExport::partialPathFor(const QString& target) {
    // Hidden beside the target (same disk, so the rename is atomic), with the target's suffix,
    // which is how GDAL's CSV driver knows to write one file.
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.partial.%2").arg(info.completeBaseName(), info.suffix()));
}

Result<qint64> FarmerTableExport::writeTo(const QString& target, const Progress& progress) const {
    ensureGdalReady();
    const std::optional<FarmerTableFormat> format = farmerTableFormatFor(target);
    if (!format)
        return Error{QCoreApplication::translate("agrimap::FarmerTableExport",
                                                 "%1: choose a file ending in .xlsx or .csv")
                         .arg(target)};
    const char* const gpkg[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr project(GDALDataset::Open(m_projectPath.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_READONLY, gpkg));
    OGRLayer* farmers = project ? project->GetLayerByName(directory_table::farmers) : nullptr;
    if (!farmers)
        return Error{QCoreApplication::translate("agrimap::FarmerTableExport",
                                                 "%1 has no Farmer Directory to export")
                         .arg(m_projectPath)};

    const QSet<qint64> wanted(m_fids.begin(), m_fids.end());
    const QHash<qint64, QStringList> parcels = parcelsByFarmer(*project, wanted);
    const QHash<qint64, QStringList> areas = areasByFarmer(*project, wanted);

    const QString partial = partialPathFor(target);
    QFile::remove(partial);
    const bool xlsx = *format == FarmerTableFormat::Xlsx;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(xlsx ? "XLSX" : "CSV");
    GDALDatasetUniquePtr out(
        driver ? driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
               : nullptr);
    const auto fail = [&partial, &out](const Error& error) -> Result<qint64> {
        out.reset();
        QFile::remove(partial);
        return error;
    };
    if (!out)
        return fail(
            Error{QCoreApplication::translate("agrimap::FarmerTableExport", "Cannot create %1: %2")
                      .arg(target, QString::fromUtf8(CPLGetLastErrorMsg()))});
    CPLStringList options;
    if (!xlsx) {
        options.SetNameValue("WRITE_BOM", "YES");
        options.SetNameValue("LINEFORMAT", "CRLF");
        options.SetNameValue("STRING_QUOTING", "IF_NEEDED");
    }
    OGRLayer* table = out->CreateLayer(
        QCoreApplication::translate("agrimap::FarmerTableExport", "Farmer Directory")
            .toUtf8()
            .constData(),
        nullptr, wkbNone, options.List());
    if (!table)
        return fail(
            Error{QCoreApplication::translate("agrimap::FarmerTableExport", "Cannot write %1: %2")
                      .arg(target, QString::fromUtf8(CPLGetLastErrorMsg()))});
    for (FarmerColumn column : farmer_columns::all) {
        OGRFieldDefn field(farmer_columns::title(column).toUtf8().constData(), typeOf(column));
        table->CreateField(&field);
    }
    for (const QString& title :
         {QCoreApplication::translate("agrimap::FarmerTableExport", "Parcels"),
          QCoreApplication::translate("agrimap::FarmerTableExport", "Growing areas")}) {
        OGRFieldDefn field(title.toUtf8().constData(), OFTString);
        table->CreateField(&field);
    }
    const int parcelsField = int(farmer_columns::all.size());

    qint64 written = 0;
    for (size_t first = 0; first < m_fids.size(); first += rowsPerQuery) {
        const size_t end = std::min(m_fids.size(), first + rowsPerQuery);
        QStringList ids;
        for (size_t i = first; i < end; ++i)
            ids << QString::number(m_fids[i]);
        QHash<qint64, FarmerRecord> page;
        farmers->SetAttributeFilter(
            QStringLiteral("fid IN (%1)").arg(ids.join(QLatin1Char(','))).toUtf8().constData());
        for (const auto& row : *farmers)
            page.insert(row->GetFID(), farmer_rows::readFarmer(*row));
        farmers->SetAttributeFilter(nullptr);
        for (size_t i = first; i < end; ++i) {
            const auto farmer = page.constFind(m_fids[i]);
            if (farmer == page.cend())
                continue; // deleted since the rows were chosen
            OGRFeature row(table->GetLayerDefn());
            for (size_t c = 0; c < farmer_columns::all.size(); ++c)
                setValue(row, int(c),
                         farmer_columns::value(farmer.value(), farmer_columns::all[c]));
            const QString parcelText = parcels.value(farmer.key()).join(QStringLiteral("; "));
            const QString areaText = areas.value(farmer.key()).join(QStringLiteral("; "));
            setValue(row, parcelsField, parcelText.isEmpty() ? QVariant() : parcelText);
            setValue(row, parcelsField + 1, areaText.isEmpty() ? QVariant() : areaText);
            if (table->CreateFeature(&row) != OGRERR_NONE)
                return fail(Error{QCoreApplication::translate("agrimap::FarmerTableExport",
                                                              "Cannot write row %1 of %2: %3")
                                      .arg(written + 1)
                                      .arg(target, QString::fromUtf8(CPLGetLastErrorMsg()))});
            ++written;
        }
        if (progress && !progress(int(100 * end / m_fids.size())))
            return fail(Error{QCoreApplication::translate("agrimap::FarmerTableExport",
                                                          "The export was cancelled")});
    }
    // Closing writes the file (the XLSX archive is zipped here): its failure is the export's.
    CPLErrorReset();
    out.reset();
    if (CPLGetLastErrorType() >= CE_Failure || !QFileInfo::exists(partial))
        return fail(
            Error{QCoreApplication::translate("agrimap::FarmerTableExport", "Cannot write %1: %2")
                      .arg(target, QString::fromUtf8(CPLGetLastErrorMsg()))});
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return fail(Error{QCoreApplication::translate("agrimap::FarmerTableExport",
                                                      "Cannot move the finished file to %1")
                              .arg(target)});
    return written;
}

} // namespace agrimap
