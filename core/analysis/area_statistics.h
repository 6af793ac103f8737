#pragma once

#include "crs.h"
#include "error.h"
#include "text_encoding_choice.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace agrimap {

/// What to sum up: the features of one layer grouped by the values of some fields.
struct AreaStatisticsRequest {
    QString path;
    QString layerName;       ///< empty: the first layer of the file
    QStringList groupFields; ///< each feature's values of these fields make its group
    QString sumField;        ///< optional numeric field summed per group (e.g. households)
    Crs assignedCrs;         ///< the CRS a user assigned to a file that has none
    /// How the file's text is read (the layer tree's Text encoding); Auto detects a legacy
    /// encoding per group field.
    TextEncodingChoice textEncoding = TextEncodingChoice::Auto;
};

/// One group: the values of the group fields and what its features add up to.
struct AreaGroup {
    QStringList values; ///< one per group field: trimmed NFC text, empty when unset
    qint64 features = 0;
    double areaM2 = 0;
    double sum = 0; ///< of the sum field
};

struct AreaStatistics {
    QString path;
    QString layerName;
    QStringList groupFields;
    std::vector<AreaGroup> groups; ///< sorted by their values
    Crs layerCrs;
    /// Where areas were measured: the layer's own projected CRS, or the VN-2000 zone a
    /// geographic layer was reprojected to (measuringCrsFor()).
    Crs measuringCrs;
    qint64 features = 0;
    qint64 unmeasured = 0; ///< features without a readable geometry: counted, no area
    qint64 repaired = 0;   ///< invalid geometries measured after GEOS's make-valid
    double totalAreaM2 = 0;
};

/// Progress in percent, called on the computing thread.
using StatisticsProgress = std::function<void(int percent)>;

/// Reads only the geometry and the named fields of the layer (GDAL's columnar stream where
/// the driver has one, feature by feature otherwise) and sums
/// each group's features and areas in m². Areas come from the geometry in a projected CRS,
/// never from an area field, which old data often gets wrong. Stops with an error when
/// `cancel` turns true.
Result<AreaStatistics> computeAreaStatistics(const AreaStatisticsRequest& request,
                                             const std::atomic_bool& cancel,
                                             const StatisticsProgress& progress = {});

/// The field names of a layer (for detecting the land-use code and commune fields).
Result<QStringList> layerFieldNames(const QString& path, const QString& layerName);

} // namespace agrimap
