#pragma once

#include "error.h"
#include "export_profile.h"

#include <QSet>
#include <functional>
#include <memory>
#include <vector>

class GDALDataset;
class OGRLayer;
class OGRSpatialReference;

namespace agrimap {

struct AggregateValues;
struct LayerPlan;

struct ExportReport {
    struct Layer {
        QString name;
        qint64 features = 0;
    };
    std::vector<Layer> layers;
    qint64 milliseconds = 0;
};

/// Writes an open-data GeoPackage from a project and a profile (issue "Publish open data"):
/// the profile's layers and fields, reprojected, with fresh sequential ids, a spatial index,
/// Vietnamese and English identifiers and descriptions, a data dictionary, and ISO 19115
/// metadata through the GeoPackage metadata extension. Personal fields cannot be chosen, and
/// a last guard refuses any text value that looks like a citizen id or a phone number, or
/// equals a name in the Farmer Directory. The package is written to a temporary file and
/// renamed into place only when complete and checked: a cancelled or failed export leaves
/// no file, and the project is only read.
class OpenDataExporter {
public:
    /// Return false to cancel.
    using Progress = std::function<bool(int percent)>;

    OpenDataExporter(ExportProfile profile, QString projectPath);

    /// The profile's problems: a personal field chosen (with the reason), a missing layer or
    /// field, an unknown CRS.
    Status check() const;
    Result<ExportReport> exportTo(const QString& output, const Progress& progress = {}) const;
    /// Where the package is written until it is complete.
    static QString partialPathFor(const QString& output);

private:
    QSet<QString> personNames() const;
    /// The package layer of `plan->layer` with its fields; fills in the rest of the plan.
    Result<OGRLayer*>
    createPackageLayer(GDALDataset& package, const OGRSpatialReference& target, LayerPlan* plan,
                       std::vector<std::unique_ptr<AggregateValues>>* aggregates) const;

    ExportProfile m_profile;
    QString m_projectPath;
    QSet<QString> m_marked;
};

} // namespace agrimap
