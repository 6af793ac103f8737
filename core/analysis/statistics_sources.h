#pragma once

#include "crs.h"
#include "error.h"
#include "text_encoding_choice.h"

#include <QStringList>
#include <vector>

namespace agrimap {

/// A vector layer statistics can be computed on, as found in a data file or a project.
struct StatisticsLayer {
    QString path;
    QString layerName;
    QString title; ///< the project's title for it, else the layer name
    Crs assignedCrs;
    TextEncodingChoice textEncoding = TextEncodingChoice::Auto; ///< the user's, for the file
    QStringList fieldNames;
    QString landUseCodeField;    ///< detected, empty when none
    QString communeField;        ///< detected, empty when none
    bool isGrowingAreas = false; ///< has a crop field (a production-area layer)
};

/// One layer of a file, its fields read and their meaning detected; an error when the file or
/// the layer cannot be opened.
Result<StatisticsLayer> describeStatisticsLayer(const QString& path, const QString& layerName,
                                                const QString& title = {});
/// The same from field names already known (an open map layer).
StatisticsLayer describeStatisticsLayer(const QString& path, const QString& layerName,
                                        const QString& title, const QStringList& fieldNames);

/// The vector layers of `path`: a data file's layers, or a project's listed layers followed
/// by its own `production_areas`. Layers that cannot be opened are left out; an unreadable
/// `path` is an error.
Result<std::vector<StatisticsLayer>> statisticsLayersOf(const QString& path);

/// The layer named `name` (layer name or title, any case), or with an empty name the first
/// with a land-use code field, preferring one with a commune field too. Null when none fits.
const StatisticsLayer* chooseLandUseLayer(const std::vector<StatisticsLayer>& layers,
                                          const QString& name = {});
/// The layer named `name`, or the first production-area layer.
const StatisticsLayer* chooseGrowingAreaLayer(const std::vector<StatisticsLayer>& layers,
                                              const QString& name = {});

} // namespace agrimap
