#pragma once

#include <QList>

namespace agrimap {

/// The CRSs offered first when a user assigns a CRS (DOMAIN.md): the provincial VN-2000
/// TM-3 zones of the Mekong delta on top (EPSG:5897 former Đồng Tháp, EPSG:9210 former
/// Tiền Giang), then the other VN-2000 systems, then WGS 84.
QList<int> preferredEpsgCodes();

} // namespace agrimap
