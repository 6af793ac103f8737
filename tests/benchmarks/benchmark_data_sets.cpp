#include "benchmark_data_sets.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace agrimap::benchmarks {

QString benchmarkDirectory(const QTemporaryDir& fallback) {
    const QString directory = qEnvironmentVariableIsSet("AGRIMAP_BENCH_DIR")
                                  ? qEnvironmentVariable("AGRIMAP_BENCH_DIR")
                                  : fallback.path();
    QDir().mkpath(directory);
    return directory;
}

QString generatedParcelSet(const QString& directory, qint64 parcels) {
    const QString path = QDir(directory).filePath(QStringLiteral("parcels-%1.gpkg").arg(parcels));
    if (QFileInfo::exists(path))
        return path;
    QProcess generator;
    generator.start(QStringLiteral(AGRIMAP_SAMPLE_GEN),
                    {QStringLiteral("parcels"), path, QString::number(parcels),
                     QStringLiteral("--seed"), QStringLiteral("1")});
    if (!generator.waitForFinished(-1) || generator.exitCode() != 0)
        qFatal("generating %lld parcels failed: %s", parcels,
               generator.readAllStandardError().constData());
    return path;
}

} // namespace agrimap::benchmarks
