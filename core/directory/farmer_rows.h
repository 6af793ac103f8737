#pragma once

#include "directory_change.h"

#include <QByteArray>

class OGRFeature;

// Private to agrimap_core: the Farmer Directory's rows as GDAL features and as the JSON of
// their audit rows. The column names are those of directory_schema.cpp.

namespace agrimap::farmer_rows {

/// Writes every column of the row (the farmer's search_key too); not the fid.
void write(OGRFeature& feature, const FarmerRecord& farmer);
void write(OGRFeature& feature, const FarmerParcel& link);
void write(OGRFeature& feature, const FarmerArea& link);

FarmerRecord readFarmer(const OGRFeature& feature);
FarmerParcel readParcel(const OGRFeature& feature);
FarmerArea readArea(const OGRFeature& feature);

/// The row's columns as one JSON object, for audit_log.
QByteArray json(const DirectoryRow& row);
/// The table the row lives in.
const char* tableOf(const DirectoryRow& row);
qint64 fidOf(const DirectoryRow& row);
void setFid(DirectoryRow& row, qint64 fid);

} // namespace agrimap::farmer_rows
