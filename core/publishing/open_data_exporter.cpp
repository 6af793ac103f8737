#include "open_data_exporter.h"

#include "data_dictionary.h"
#include "gdal_environment.h"
#include "iso_metadata.h"
#include "personal_data.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("agrimap::OpenDataExporter", text);
}

QString gdalReason() {
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

GDALDatasetUniquePtr openSource(const QString& path) {
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

// Names of persons compare without case and surrounding spaces.
QString nameKey(const QString& name) {
    return toNfc(name).trimmed().toCaseFolded();
}

// Restores GDAL's date for gpkg_contents.last_change when the export ends.
class FixedDate {
public:
    explicit FixedDate(const QDateTime& at) {
        if (at.isValid())
            CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE",
                                          at.toUTC()
                                              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                                              .toUtf8()
                                              .constData());
    }
    ~FixedDate() { CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr); }
    FixedDate(const FixedDate&) = delete;
    FixedDate& operator=(const FixedDate&) = delete;
};

} // namespace

QString OpenDataExporter::partialPathFor(const QString& output) {
    // Hidden beside the output (same disk, so the final rename is atomic); a later export to
    // the same place removes what a killed one left.
    const QFileInfo info(output);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() +
                                       QStringLiteral(".partial"));
}

OpenDataExporter::OpenDataExporter(ExportProfile profile, QString projectPath)
    : m_profile(std::move(profile))
    , m_projectPath(std::move(projectPath))
    , m_marked(personal_data::markedFields(m_projectPath)) {}

Status OpenDataExporter::check() const {
    ensureGdalReady();
    OGRSpatialReference target;
    if (target.SetFromUserInput(m_profile.targetCrs.toUtf8().constData()) != OGRERR_NONE)
        return Error{tr("The target CRS %1 is not known").arg(m_profile.targetCrs)};
    if (m_profile.layers.empty())
        return Error{tr("The profile publishes no layer")};
    for (const ExportLayer& layer : m_profile.layers) {
        GDALDatasetUniquePtr source = openSource(layer.sourcePath);
        OGRLayer* from =
            source ? source->GetLayerByName(layer.sourceLayer.toUtf8().constData()) : nullptr;
        if (!from)
            return Error{tr("%1: no layer %2").arg(layer.sourcePath, layer.sourceLayer)};
        for (const QString& field : layer.fields) {
            const QString reason = personal_data::reasonFor(layer.sourceLayer, field, m_marked);
            if (!reason.isEmpty())
                return Error{tr("%1.%2 cannot be published: it is personal data (%3)")
                                 .arg(layer.sourceLayer, field, reason)};
            if (from->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData()) < 0)
                return Error{tr("%1 has no field %2").arg(layer.sourceLayer, field)};
        }
    }
    return {};
}

QSet<QString> OpenDataExporter::personNames() const {
    QSet<QString> names;
    GDALDatasetUniquePtr project = openSource(m_projectPath);
    OGRLayer* farmers = project ? project->GetLayerByName("farmers") : nullptr;
    if (!farmers || farmers->GetLayerDefn()->GetFieldIndex("full_name") < 0)
        return names;
    for (const auto& farmer : *farmers) {
        const QString name = nameKey(fromSourceUtf8(farmer->GetFieldAsString("full_name")));
        if (!name.isEmpty())
            names.insert(name);
    }
    return names;
}

Result<ExportReport> OpenDataExporter::exportTo(const QString& output,
                                                const Progress& progress) const {
    if (Status ready = check(); !ready)
        return Error{ready.errorMessage()};
    QElapsedTimer clock;
    clock.start();
    const QString partial = partialPathFor(output);
    QFile::remove(partial); // what a killed export left behind
    const QSet<QString> names = personNames();
    OGRSpatialReference target;
    target.SetFromUserInput(m_profile.targetCrs.toUtf8().constData());
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const QDateTime timestamp =
        m_profile.timestamp.isValid() ? m_profile.timestamp : QDateTime::currentDateTimeUtc();
    const FixedDate date(timestamp);

    ExportReport report;
    std::vector<IsoLayerSummary> summaries;
    const auto fail = [&](const Error& error) -> Result<ExportReport> {
        QFile::remove(partial);
        return error;
    };
    {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        // GeoPackage 1.3: what portals and the issue ask for (GDAL 3.6 writes 1.2 by default).
        const char* const packageOptions[] = {"VERSION=1.3", nullptr};
        GDALDatasetUniquePtr out(
            driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, packageOptions));
        if (!out)
            return fail(Error{tr("Cannot create %1: %2").arg(partial, gdalReason())});
        int layerNumber = 0;
        for (const ExportLayer& layer : m_profile.layers) {
            GDALDatasetUniquePtr source = openSource(layer.sourcePath);
            OGRLayer* from = source->GetLayerByName(layer.sourceLayer.toUtf8().constData());
            std::unique_ptr<OGRCoordinateTransformation> transform;
            OGRSpatialReference sourceSrs;
            if (const OGRSpatialReference* srs = from->GetSpatialRef()) {
                sourceSrs = *srs;
                sourceSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
                if (!sourceSrs.IsSame(&target))
                    transform.reset(OGRCreateCoordinateTransformation(&sourceSrs, &target));
            }
            char** options = nullptr;
            options = CSLSetNameValue(options, "FID", "fid");
            options = CSLSetNameValue(options, "GEOMETRY_NAME", "geom");
            options = CSLSetNameValue(options, "SPATIAL_INDEX", "YES");
            options = CSLSetNameValue(
                options, "IDENTIFIER",
                QStringLiteral("%1 / %2").arg(layer.titleVi, layer.titleEn).toUtf8().constData());
            options = CSLSetNameValue(options, "DESCRIPTION",
                                      QStringLiteral("%1 / %2")
                                          .arg(layer.descriptionVi, layer.descriptionEn)
                                          .toUtf8()
                                          .constData());
            const OGRwkbGeometryType type =
                OGR_GT_IsSubClassOf(wkbFlatten(from->GetGeomType()), wkbCurvePolygon) ||
                        wkbFlatten(from->GetGeomType()) == wkbMultiPolygon
                    ? wkbMultiPolygon
                    : wkbFlatten(from->GetGeomType());
            OGRLayer* to =
                out->CreateLayer(layer.outputName.toUtf8().constData(), &target, type, options);
            CSLDestroy(options);
            if (!to)
                return fail(
                    Error{tr("Cannot create layer %1: %2").arg(layer.outputName, gdalReason())});
            std::vector<int> sourceIndexes;
            for (const QString& field : layer.fields) {
                const int index = from->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
                OGRFieldDefn definition(from->GetLayerDefn()->GetFieldDefn(index));
                if (to->CreateField(&definition) != OGRERR_NONE)
                    return fail(Error{tr("Cannot create field %1: %2").arg(field, gdalReason())});
                sourceIndexes.push_back(index);
            }
            // A stable order (the source's ids) and fresh sequential ids.
            std::vector<GIntBig> fids;
            from->ResetReading();
            for (const auto& feature : *from)
                fids.push_back(feature->GetFID());
            std::sort(fids.begin(), fids.end());
            out->StartTransaction();
            GIntBig next = 1;
            OGREnvelope extent;
            for (GIntBig fid : fids) {
                OGRFeatureUniquePtr feature(from->GetFeature(fid));
                OGRFeature written(to->GetLayerDefn());
                written.SetFID(next++);
                for (size_t i = 0; i < sourceIndexes.size(); ++i) {
                    const int index = sourceIndexes[i];
                    if (!feature->IsFieldSetAndNotNull(index))
                        continue;
                    if (feature->GetFieldDefnRef(index)->GetType() == OFTString) {
                        const QString text = fromSourceUtf8(feature->GetFieldAsString(index));
                        QString found = personal_data::patternIn(text);
                        if (found.isEmpty() && names.contains(nameKey(text)))
                            found = tr("a name in the Farmer Directory");
                        if (!found.isEmpty()) {
                            out->RollbackTransaction();
                            out.reset();
                            return fail(
                                Error{tr("Refused: %1, field %2, feature %3 holds %4. Remove "
                                         "it from the field or leave the field out.")
                                          .arg(layer.sourceLayer, layer.fields[int(i)])
                                          .arg(fid)
                                          .arg(found)});
                        }
                        written.SetField(int(i), toNfc(text).toUtf8().constData());
                    } else {
                        written.SetField(int(i), feature->GetRawFieldRef(index));
                    }
                }
                if (OGRGeometry* geometry = feature->GetGeometryRef()) {
                    std::unique_ptr<OGRGeometry> copy(geometry->clone());
                    if (transform && copy->transform(transform.get()) != OGRERR_NONE) {
                        out->RollbackTransaction();
                        out.reset();
                        return fail(Error{tr("%1: feature %2 cannot be reprojected")
                                              .arg(layer.sourceLayer)
                                              .arg(fid)});
                    }
                    if (type == wkbMultiPolygon)
                        copy.reset(OGRGeometryFactory::forceToMultiPolygon(copy.release()));
                    OGREnvelope envelope;
                    copy->getEnvelope(&envelope);
                    extent.Merge(envelope);
                    written.SetGeometryDirectly(copy.release());
                }
                if (to->CreateFeature(&written) != OGRERR_NONE) {
                    out->RollbackTransaction();
                    out.reset();
                    return fail(Error{tr("Cannot write %1: %2 (is the disk full?)")
                                          .arg(layer.outputName, gdalReason())});
                }
                if (progress && (next % 2048) == 0 &&
                    !progress(int((layerNumber * 100 +
                                   100 * (next - 1) / qMax<qint64>(1, qint64(fids.size()))) /
                                  qint64(m_profile.layers.size())))) {
                    out->RollbackTransaction();
                    out.reset();
                    return fail(Error{tr("The export was cancelled; no file was written")});
                }
            }
            if (out->CommitTransaction() != OGRERR_NONE)
                return fail(Error{tr("Cannot write %1: %2 (is the disk full?)")
                                      .arg(layer.outputName, gdalReason())});
            report.layers.push_back({layer.outputName, qint64(fids.size())});
            summaries.push_back(
                {layer, qint64(fids.size()), extent.MinX, extent.MinY, extent.MaxX, extent.MaxY});
            ++layerNumber;
        }
        if (Status dictionary = writeDataDictionary(*out, m_profile); !dictionary)
            return fail(Error{dictionary.errorMessage()});
        if (Status metadata = writeIsoMetadata(*out, m_profile, summaries, timestamp); !metadata)
            return fail(Error{metadata.errorMessage()});
    }
    // Checked before it takes the final name: every layer there with its count.
    {
        GDALDatasetUniquePtr written = openSource(partial);
        for (const ExportReport::Layer& layer : report.layers) {
            OGRLayer* table =
                written ? written->GetLayerByName(layer.name.toUtf8().constData()) : nullptr;
            if (!table || table->GetFeatureCount() != layer.features)
                return fail(
                    Error{tr("The written package does not read back: %1").arg(layer.name)});
        }
    }
    QFile::remove(output);
    if (!QFile::rename(partial, output))
        return fail(Error{tr("Cannot move the package to %1").arg(output)});
    report.milliseconds = clock.elapsed();
    return report;
}

} // namespace agrimap
