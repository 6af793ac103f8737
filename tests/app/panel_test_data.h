#pragma once

#include <QString>

namespace agrimap::testing {

/// Square parcels written with GDAL into a new GeoPackage, for the panel tests: every value is
/// a function of the feature's index `i` (fid = i + 1), so a test knows what each row holds.
/// 10 m squares on a grid in EPSG:5897 (1 000 per row), fields:
///   cadastral: SoHieuToBanDo = 1 + i / 1000, SoThuTuThua = count - i, KyHieuMucDichSuDung,
///              TenChu (Vietnamese, written decomposed: the reader must give NFC), DienTich
///   land use:  MDSD, DienTich
namespace panel_data {

enum class Kind { Cadastral, LandUse };

/// Writes `count` features into `layerName` of `path` (created or added to).
void writeParcels(const QString& path, const QString& layerName, int count, Kind kind);

/// Land-use code of feature `i`: per ten features 4 LUC, 2 CLN, ONT, NTS, LUK and the code
/// "XYZ" that no palette knows.
QString codeOf(int i);
/// Owner name of feature `i`, in NFC.
QString ownerOf(int i);
double areaOf(int i);
/// Lower-left corner of feature `i`'s square.
double xOf(int i);
double yOf(int i);

} // namespace panel_data
} // namespace agrimap::testing
