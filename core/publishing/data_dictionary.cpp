#include "data_dictionary.h"

#include "category_palette.h"
#include "style_file_locator.h"

#include <QStringList>

namespace agrimap {

namespace {

struct KnownMeaning {
    const char* field;
    const char* unit;
    const char* vi;
    const char* en;
    const char* paletteFile; ///< codes spelled out from this style file, or nullptr
};

// The fields AgriMap's own layers and the Vietnamese cadastral standard use (DOMAIN.md).
const KnownMeaning knownMeanings[] = {
    {"code", "", "Mã số vùng trồng", "Production area code", nullptr},
    {"name", "", "Tên vùng trồng", "Name of the growing area", nullptr},
    {"crop", "", "Cây trồng", "Crop", nullptr},
    {"variety", "", "Giống", "Variety", nullptr},
    {"commune", "", "Xã (sau sáp nhập 2025)", "Commune (after the 2025 reform)", nullptr},
    {"commune_old", "", "Xã (trước 2025)", "Commune (before 2025)", nullptr},
    {"hamlet", "", "Ấp", "Hamlet", nullptr},
    {"area_ha", "ha", "Diện tích", "Area", nullptr},
    {"households", "", "Số hộ canh tác", "Number of farming households", nullptr},
    // Aggregates of the Farmer Directory (directory_aggregates.h), never the persons themselves.
    {"directory_households", "",
     "Số hộ trong Danh bạ nông hộ liên kết với vùng trồng (mỗi hộ tính một lần)",
     "Households of the Farmer Directory linked to the growing area (each counted once)", nullptr},
    {"directory_farmed_area_ha", "ha",
     "Diện tích canh tác của các hộ liên kết với vùng trồng: tổng diện tích canh tác của các "
     "thửa do họ canh tác thuộc vùng trồng (danh sách thửa của vùng); vùng chưa có danh sách "
     "thửa thì tính mọi thửa họ canh tác. Thửa chưa ghi diện tích tính là 0.",
     "Farmed area of the households linked to the growing area: the sum of the farmed area of "
     "the parcels they farm that belong to the area (its list of parcels); for an area without "
     "a list of parcels, every parcel they farm. Parcels without a recorded farmed area count "
     "as 0.",
     nullptr},
    {"certification", "", "Chứng nhận (VietGAP, GlobalGAP, hữu cơ)",
     "Certification (VietGAP, GlobalGAP, organic)", nullptr},
    {"export_market", "", "Thị trường xuất khẩu", "Export market", nullptr},
    {"status", "", "Trạng thái của mã số", "Status of the code", "production_area_status.csv"},
    {"valid_from", "", "Hiệu lực từ ngày", "Valid from", nullptr},
    {"valid_to", "", "Hiệu lực đến ngày", "Valid to", nullptr},
    {"KyHieuMucDichSuDung", "", "Mục đích sử dụng đất", "Land-use code", "land_use_colours.csv"},
    {"MDSD", "", "Mục đích sử dụng đất", "Land-use code", "land_use_colours.csv"},
    {"land_use", "", "Mục đích sử dụng đất", "Land-use code", "land_use_colours.csv"},
    {"SoHieuToBanDo", "", "Số hiệu tờ bản đồ", "Map sheet number", nullptr},
    {"SoThuTuThua", "", "Số thứ tự thửa", "Parcel number", nullptr},
    {"DienTich", "m²", "Diện tích", "Area", nullptr},
    {"DienTichPhapLy", "m²", "Diện tích pháp lý", "Legal area", nullptr},
    {"MaXa", "", "Mã xã", "Commune code", nullptr},
    {"TenXa", "", "Tên xã", "Commune name", nullptr},
    {"ma_xa", "", "Mã xã", "Commune code", nullptr},
    {"ten_xa_cu", "", "Tên xã trước 2025", "Commune name before 2025", nullptr},
    {"ten_xa_moi", "", "Tên xã sau 2025", "Commune name after 2025", nullptr},
    {"huyen_cu", "", "Huyện trước 2025", "District before 2025", nullptr},
    {"tinh_cu", "", "Tỉnh trước 2025", "Province before 2025", nullptr},
    {"tinh_moi", "", "Tỉnh sau 2025", "Province after 2025", nullptr},
};

// Status codes are stored in lower case ("active"); the style file lists them in capitals.
QString spelledCodes(const char* paletteFile) {
    const bool lowerCase =
        QLatin1String(paletteFile) == QLatin1String("production_area_status.csv");
    Result<CategoryPalette> palette =
        CategoryPalette::fromFile(locateStyleFile(QLatin1String(paletteFile)));
    if (!palette)
        return {};
    QStringList codes;
    for (const PaletteCategory& category : palette->categories()) {
        if (category.code != QLatin1String("*"))
            codes << QStringLiteral("%1 = %2 / %3")
                         .arg(lowerCase ? category.code.toLower() : category.code, category.nameVi,
                              category.nameEn);
    }
    return codes.join(QLatin1String("; "));
}

} // namespace

FieldMeaning meaningOfField(const QString& field) {
    for (const KnownMeaning& known : knownMeanings) {
        if (field.compare(QLatin1String(known.field), Qt::CaseInsensitive) == 0)
            return FieldMeaning{QString::fromUtf8(known.unit), QString::fromUtf8(known.vi),
                                QString::fromUtf8(known.en),
                                known.paletteFile ? spelledCodes(known.paletteFile) : QString()};
    }
    return FieldMeaning{QString(), field, field, QString()};
}

} // namespace agrimap
