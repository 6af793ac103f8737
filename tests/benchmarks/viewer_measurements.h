#pragma once

#include <QString>

namespace agrimap::benchmarks {

/// What the map viewer benchmark measures for one parcel file, in one fresh process.
struct ViewerMeasurements {
    qint64 features = 0;
    double openToFirstFrameMs = 0; ///< probe, load, index and the first full-extent frame
    double fullRenderMs = 0;       ///< median full-extent frame, 1600×1000
    double zoomedRenderMs = 0;     ///< median frame of the central 3% of the extent
    double identifyMs = 0;         ///< median identify under a random cursor position
    double peakResidentMb = 0;
};

/// Opens `path` (layer cadastral_parcels) styled by `roleKey` and measures it.
ViewerMeasurements measureViewer(const QString& path, const QString& roleKey);

/// "key=value" lines, so a parent process can read a child's figures.
QString toLines(const ViewerMeasurements& measurements);
ViewerMeasurements fromLines(const QString& text);

} // namespace agrimap::benchmarks
