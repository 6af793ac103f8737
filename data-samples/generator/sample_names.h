#pragma once

#include <array>

namespace agrimap::samples {

// Invented people and places for the sample; no row describes a real household.
inline constexpr std::array familyNames = {"Nguyễn", "Trần",   "Lê",   "Phạm", "Huỳnh", "Võ",
                                           "Phan",   "Trương", "Đặng", "Bùi",  "Đỗ",    "Hồ"};
inline constexpr std::array maleMiddleNames = {"Văn", "Hữu", "Minh", "Thanh", "Công"};
inline constexpr std::array femaleMiddleNames = {"Thị", "Ngọc", "Thanh", "Kim"};
inline constexpr std::array maleGivenNames = {"Hùng", "Đức", "Phúc", "Tâm",   "Lộc",   "Dũng",
                                              "Hải",  "Sơn", "Tài",  "Nghĩa", "Quang", "Toàn"};
inline constexpr std::array femaleGivenNames = {"Hường", "Lan", "Mai",   "Hạnh", "Thảo",
                                                "Nga",   "Yến", "Trang", "Diệu", "Xuân"};

struct SampleCommune {
    const char* code;
    const char* oldName;
    const char* newName; // after 1 July 2025; this mapping is sample data, not authoritative
};
inline constexpr std::array<SampleCommune, 6> sampleCommunes = {{
    {"29950", "Mỹ Tân", "Phường Cao Lãnh"},
    {"29953", "Tân Thuận Tây", "Phường Cao Lãnh"},
    {"29956", "Hòa An", "Phường Mỹ Ngãi"},
    {"29959", "Tịnh Thới", "Phường Mỹ Trà"},
    {"29962", "Mỹ Trà", "Phường Mỹ Trà"},
    {"29965", "Mỹ Ngãi", "Phường Mỹ Ngãi"},
}};

struct SampleCrop {
    const char* name;
    const char* variety;
    const char* market;
};
inline constexpr std::array<SampleCrop, 5> sampleCrops = {{
    {"xoài", "Cát Chu", "Hoa Kỳ"},
    {"lúa", "ST25", "Châu Âu"},
    {"sen", "Sen hồng", "Nhật Bản"},
    {"quýt hồng", "Quýt hồng Lai Vung", "Trung Quốc"},
    {"nhãn", "Nhãn Ido", "Úc"},
}};

} // namespace agrimap::samples
