#include "open_data_exporter.h"

#include "coordinate_transformer.h"
#include "data_dictionary.h"
#include "directory_aggregates.h"
#include "gdal_environment.h"
#include "gpkg_spatial_index.h"
#include "iso_metadata.h"
#include "layer_publisher.h"
#include "personal_data.h"
#include "spatial_reference_crs.h"
#include "thread_config_option.h"
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

// GDAL's date for gpkg_contents.last_change: the profile's fixed time when it has one.
class FixedDate {
public:
    explicit FixedDate(const QDateTime& at)
        : m_option("OGR_CURRENT_DATE",
                   at.isValid()
                       ? at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toUtf8()
                       : QByteArray()) {}

private:
    ThreadConfigOption m_option;
};

// The layer's extent in the package's CRS, or an empty one when the source cannot tell.
OGREnvelope extentIn(OGRLayer& layer, const QString& targetCrs) {
    OGREnvelope extent;
    if (layer.GetExtent(&extent, TRUE) != OGRERR_NONE)
        return {};
    const Crs source = crsOfSpatialReference(layer.GetSpatialRef());
    const Crs target = Crs::fromUserInput(targetCrs);
    if (!source.isValid() || source == target)
        return extent;
    const QRectF bounds = CoordinateTransformer(source, target)
                              .transformBounds(QRectF(QPointF(extent.MinX, extent.MinY),
                                                      QPointF(extent.MaxX, extent.MaxY)));
    if (bounds.isNull())
        return {};
    extent.MinX = bounds.left();
    extent.MaxX = bounds.right();
    extent.MinY = bounds.top();
    extent.MaxY = bounds.bottom();
    return extent;
}

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
            if (directory_aggregates::isAggregate(field)) {
                if (!directory_aggregates::availableFor(m_projectPath, layer).contains(field))
                    return Error{tr("%1: %2 comes from the Farmer Directory and only the "
                                    "project's growing areas have it")
                                     .arg(layer.sourceLayer, field)};
                continue;
            }
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
        const QString name =
            personal_data::nameKey(fromSourceUtf8(farmer->GetFieldAsString("full_name")));
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
    std::vector<SpatialIndexTarget> indexes;
    std::vector<std::unique_ptr<HilbertSorter>> boxes;
    const auto fail = [&](const Error& error) -> Result<ExportReport> {
        QFile::remove(partial);
        return error;
    };
    // Rows take most of the time, the spatial indexes the rest.
    const int layers = int(m_profile.layers.size());
    const auto percent = [layers](int layer, qint64 done, qint64 total) {
        return int((layer * 90 + 90 * qMin(done, total) / qMax<qint64>(1, total)) / layers);
    };
    {
        // The package is a new file under a temporary name, deleted whole on any failure: it
        // needs no durability until it is complete. The journal stays in memory (it holds
        // only the few pages that existed before a transaction) and nothing waits for the disk.
        const ThreadConfigOption journal("OGR_SQLITE_JOURNAL", "MEMORY");
        const ThreadConfigOption synchronous("OGR_SQLITE_SYNCHRONOUS", "OFF");
        const ThreadConfigOption cache("OGR_SQLITE_CACHE", sqliteCacheMegabytes);
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        // GeoPackage 1.3: what portals and the issue ask for (GDAL 3.6 writes 1.2 by default).
        const char* const packageOptions[] = {"VERSION=1.3", nullptr};
        GDALDatasetUniquePtr out(
            driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, packageOptions));
        if (!out)
            return fail(Error{tr("Cannot create %1: %2").arg(partial, gdalReason())});
        int layerNumber = 0;
        for (const ExportLayer& layer : m_profile.layers) {
            LayerPlan plan;
            plan.layer = layer;
            plan.targetCrs = m_profile.targetCrs;
            std::vector<std::unique_ptr<AggregateValues>> aggregates;
            Result<OGRLayer*> table = createPackageLayer(*out, target, &plan, &aggregates);
            if (!table)
                return fail(table.error());
            const qint64 expected = plan.expectedFeatures;
            boxes.push_back(std::make_unique<HilbertSorter>(plan.extent.MinX, plan.extent.MinY,
                                                            plan.extent.MaxX, plan.extent.MaxY));
            Result<PublishedLayer> published =
                publishLayer(*out, *table.value(), plan, names, *boxes.back(), [&](qint64 written) {
                    return !progress || progress(percent(layerNumber, written, expected));
                });
            if (!published) {
                out.reset();
                return fail(published.error());
            }
            report.layers.push_back({layer.outputName, published->features});
            const OGREnvelope& extent = published->extent;
            summaries.push_back(
                {layer, published->features, extent.MinX, extent.MinY, extent.MaxX, extent.MaxY});
            if (plan.packageFields->GetGeomFieldCount() > 0)
                indexes.push_back({layer.outputName, QStringLiteral("fid"), QStringLiteral("geom"),
                                   boxes.back().get()});
            ++layerNumber;
        }
        if (Status dictionary = writeDataDictionary(*out, m_profile); !dictionary)
            return fail(Error{dictionary.errorMessage()});
        if (Status metadata = writeIsoMetadata(*out, m_profile, summaries, timestamp); !metadata)
            return fail(Error{metadata.errorMessage()});
    }
    // After the rows, when GDAL has closed the package: the indexes are built in one pass.
    if (Status indexed = addSpatialIndexes(partial, indexes); !indexed)
        return fail(Error{indexed.errorMessage()});
    if (progress && !progress(99))
        return fail(Error{tr("The export was cancelled; no file was written")});
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

Result<OGRLayer*> OpenDataExporter::createPackageLayer(
    GDALDataset& package, const OGRSpatialReference& target, LayerPlan* plan,
    std::vector<std::unique_ptr<AggregateValues>>* aggregates) const {
    const ExportLayer& layer = plan->layer;
    GDALDatasetUniquePtr source = openSource(layer.sourcePath);
    OGRLayer* from = source->GetLayerByName(layer.sourceLayer.toUtf8().constData());
    plan->expectedFeatures = from->GetFeatureCount();
    plan->extent = extentIn(*from, m_profile.targetCrs);
    char** options = nullptr;
    options = CSLSetNameValue(options, "FID", "fid");
    options = CSLSetNameValue(options, "GEOMETRY_NAME", "geom");
    // Built afterwards in one pass (addSpatialIndexes), not row by row.
    options = CSLSetNameValue(options, "SPATIAL_INDEX", "NO");
    options = CSLSetNameValue(
        options, "IDENTIFIER",
        QStringLiteral("%1 / %2").arg(layer.titleVi, layer.titleEn).toUtf8().constData());
    options = CSLSetNameValue(options, "DESCRIPTION",
                              QStringLiteral("%1 / %2")
                                  .arg(layer.descriptionVi, layer.descriptionEn)
                                  .toUtf8()
                                  .constData());
    const OGRwkbGeometryType sourceType = wkbFlatten(from->GetGeomType());
    const OGRwkbGeometryType type =
        OGR_GT_IsSubClassOf(sourceType, wkbCurvePolygon) || sourceType == wkbMultiPolygon
            ? wkbMultiPolygon
            : sourceType;
    plan->multiPolygons = type == wkbMultiPolygon;
    OGRSpatialReference srs(target);
    OGRLayer* to = package.CreateLayer(layer.outputName.toUtf8().constData(), &srs, type, options);
    CSLDestroy(options);
    if (!to)
        return Error{tr("Cannot create layer %1: %2").arg(layer.outputName, gdalReason())};
    for (const QString& field : layer.fields) {
        const AggregateValues* values = nullptr;
        std::unique_ptr<OGRFieldDefn> definition;
        if (directory_aggregates::isAggregate(field)) {
            Result<AggregateValues> computed = directory_aggregates::compute(m_projectPath, field);
            if (!computed)
                return computed.error();
            aggregates->push_back(std::make_unique<AggregateValues>(std::move(computed.value())));
            values = aggregates->back().get();
            definition = std::make_unique<OGRFieldDefn>(field.toUtf8().constData(),
                                                        values->integer ? OFTInteger : OFTReal);
        } else {
            const int index = from->GetLayerDefn()->GetFieldIndex(field.toUtf8().constData());
            definition = std::make_unique<OGRFieldDefn>(from->GetLayerDefn()->GetFieldDefn(index));
        }
        if (to->CreateField(definition.get()) != OGRERR_NONE)
            return Error{tr("Cannot create field %1: %2").arg(field, gdalReason())};
        plan->aggregates.push_back(values);
    }
    plan->packageFields = to->GetLayerDefn();
    return to;
}

} // namespace agrimap
