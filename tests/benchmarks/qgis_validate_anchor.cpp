#include "qgis_validate_anchor.h"

#include <QFileInfo>
#include <QHash>
#include <QProcess>

namespace agrimap::benchmarks {

namespace {

// The system interpreter: python3-qgis installs the qgis module for it only, and the python3
// first on PATH may be another one (pyenv, venv).
const QString systemPython = QStringLiteral("/usr/bin/python3");

QHash<QByteArray, QByteArray> keyValues(const QByteArray& output) {
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray& line : output.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return values;
}

} // namespace

std::optional<QgisValidateFigures> runQgisValidate(const QString& gpkg, const QString& layer) {
    const QString script = QStringLiteral(AGRIMAP_QGIS_VALIDATE_SCRIPT);
    if (!QFileInfo::exists(systemPython) || !QFileInfo::exists(script))
        return std::nullopt;
    QProcess qgis;
    qgis.start(systemPython, {script, gpkg, layer});
    if (!qgis.waitForFinished(-1) || qgis.exitStatus() != QProcess::NormalExit ||
        qgis.exitCode() != 0)
        return std::nullopt;
    const auto values = keyValues(qgis.readAllStandardOutput());
    const QByteArrayList wanted = {"qgis_startup_ms", "qgis_validity_ms", "qgis_overlap_ms",
                                   "qgis_total_ms",   "qgis_features",    "qgis_invalid",
                                   "qgis_overlaps"};
    for (const QByteArray& key : wanted)
        if (!values.contains(key))
            return std::nullopt;
    QgisValidateFigures figures;
    figures.startupMs = values.value("qgis_startup_ms").toDouble();
    figures.validityMs = values.value("qgis_validity_ms").toDouble();
    figures.overlapMs = values.value("qgis_overlap_ms").toDouble();
    figures.totalMs = values.value("qgis_total_ms").toDouble();
    figures.features = values.value("qgis_features").toLongLong();
    figures.invalid = values.value("qgis_invalid").toLongLong();
    figures.overlaps = values.value("qgis_overlaps").toLongLong();
    return figures;
}

} // namespace agrimap::benchmarks
