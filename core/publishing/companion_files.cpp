#include "companion_files.h"

#include "gdal_environment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

// One layer of the package translated by GDAL into another format (ogr2ogr's engine).
Status translateLayer(GDALDataset& package, const QString& layer, const QString& target,
                      const char* driver, const QStringList& extraOptions) {
    // The CSV driver takes a name without ".csv" for a folder: keep the extension last.
    const QFileInfo info(target);
    const QString partial = info.absoluteDir().filePath(
        info.completeBaseName() + QStringLiteral(".partial.") + info.suffix());
    QFile::remove(partial);
    QByteArrayList storage{"-f", driver, "-t_srs", "EPSG:4326"};
    for (const QString& option : extraOptions)
        storage << option.toUtf8();
    storage << layer.toUtf8();
    std::vector<char*> arguments;
    for (QByteArray& argument : storage)
        arguments.push_back(argument.data());
    arguments.push_back(nullptr);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(arguments.data(), nullptr);
    GDALDatasetH source = GDALDataset::ToHandle(&package);
    int usageError = 0;
    GDALDatasetH written = GDALVectorTranslate(partial.toUtf8().constData(), nullptr, 1, &source,
                                               options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    if (!written || usageError) {
        QFile::remove(partial);
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot write %1: %2")
                         .arg(target, QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    GDALClose(written);
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{
            QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot move %1 into place")
                .arg(target)};
    }
    return {};
}

} // namespace

Result<QString> sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{
            QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot read %1").arg(path)};
    return QString::fromLatin1(hash.result().toHex());
}

Result<QStringList> writeCompanionFiles(const QString& package, const CompanionOptions& options) {
    ensureGdalReady();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(package.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot open %1")
                         .arg(package)};
    const QFileInfo info(package);
    const QString stem = info.absoluteDir().filePath(info.completeBaseName());
    QStringList written{info.absoluteFilePath()};
    for (int i = 0; i < dataset->GetLayerCount(); ++i) {
        OGRLayer* layer = dataset->GetLayer(i);
        const QString name = QString::fromUtf8(layer->GetName());
        if (wkbFlatten(layer->GetGeomType()) == wkbNone)
            continue; // the data dictionary stays in the package
        if (options.geojson) {
            const QString target = QStringLiteral("%1_%2.geojson").arg(stem, name);
            if (Status status =
                    translateLayer(*dataset, name, target, "GeoJSON",
                                   {QStringLiteral("-lco"), QStringLiteral("RFC7946=YES")});
                !status)
                return Error{status.errorMessage()};
            written << target;
        }
        if (options.csv) {
            const QString target = QStringLiteral("%1_%2.csv").arg(stem, name);
            if (Status status =
                    translateLayer(*dataset, name, target, "CSV",
                                   {QStringLiteral("-lco"), QStringLiteral("GEOMETRY=AS_WKT")});
                !status)
                return Error{status.errorMessage()};
            written << target;
        }
    }
    if (!options.manifest)
        return written;
    QByteArray manifest;
    for (const QString& path : written) {
        Result<QString> sum = sha256Of(path);
        if (!sum)
            return sum.error();
        // The sha256sum format, so that `sha256sum -c` checks a download.
        manifest += sum.value().toLatin1() + "  " + QFileInfo(path).fileName().toUtf8() + '\n';
    }
    const QString target = stem + QStringLiteral(".sha256");
    QFile file(target + QStringLiteral(".partial"));
    if (!file.open(QIODevice::WriteOnly) || file.write(manifest) != manifest.size() ||
        !file.flush())
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot write %1")
                         .arg(target)};
    file.close();
    QFile::remove(target);
    if (!file.rename(target))
        return Error{
            QCoreApplication::translate("agrimap::OpenDataExporter", "Cannot move %1 into place")
                .arg(target)};
    written << target;
    return written;
}

} // namespace agrimap
