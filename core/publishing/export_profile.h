#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace agrimap {

/// One layer to publish: where it comes from, which fields, and how it is named and described
/// in the package (Vietnamese and English).
struct ExportLayer {
    QString sourcePath;
    QString sourceLayer;
    QString outputName; ///< table name in the package, e.g. "growing_areas"
    QStringList fields; ///< in this order; personal fields are refused
    QString titleVi;
    QString titleEn;
    QString descriptionVi;
    QString descriptionEn;
};

/// What a publication holds and says about itself (issue "Publish open data").
struct ExportProfile {
    QString name = QStringLiteral("default");
    std::vector<ExportLayer> layers;
    QString targetCrs = QStringLiteral("EPSG:4326");
    QString title;
    QString abstract;
    QString publisher;
    QString contact;
    QString licence = QStringLiteral("CC BY 4.0");
    /// The time written into the package; a fixed one makes two exports byte-comparable
    /// table by table (a re-publication diff is meaningful). Invalid: now.
    QDateTime timestamp;
};

} // namespace agrimap
