#include "vietnamese_households.h"

#include "directory/farmer_store.h"
#include "editing/project_store.h"

#include <QRandomGenerator>
#include <QStringList>

namespace agrimap::benchmarks {

namespace {

struct Weighted {
    const char* text;
    int weight;
};

// Shares in per mille, rounded; southern spellings (Huỳnh, Võ) as Đồng Tháp writes them.
const Weighted familyNames[] = {
    {"Nguyễn", 380}, {"Trần", 110},  {"Lê", 95},   {"Phạm", 70}, {"Huỳnh", 50}, {"Phan", 45},
    {"Võ", 39},      {"Trương", 20}, {"Đặng", 21}, {"Bùi", 20},  {"Đỗ", 14},    {"Hồ", 13},
    {"Ngô", 13},     {"Dương", 10},  {"Lý", 5},    {"Lâm", 8},   {"Đoàn", 7},   {"Mai", 6},
    {"Tô", 5},       {"Châu", 6},    {"Cao", 5},   {"Thái", 4},  {"Lưu", 4},    {"Quách", 3},
};

const char* const maleMiddle[] = {"Văn",  "Văn",  "Văn", "Văn",   "Văn",  "Minh", "Hữu",  "Thanh",
                                  "Quốc", "Công", "Đức", "Hoàng", "Ngọc", "Tấn",  "Thành"};
const char* const femaleMiddle[] = {"Thị",   "Thị", "Thị", "Thị",  "Thị", "Thị",  "Ngọc",
                                    "Thanh", "Kim", "Thu", "Bích", "Mỹ",  "Hồng", "Minh"};
const char* const secondMiddle[] = {"Ngọc", "Minh", "Thanh", "Hoàng", "Kim", "Hồng", "Quốc", "Thu"};
const char* const maleGiven[] = {
    "An",    "Bình", "Cường", "Dũng", "Đạt",  "Hùng",  "Hải",   "Hiếu",  "Hòa",   "Hưng",  "Khang",
    "Khoa",  "Lộc",  "Long",  "Lợi",  "Minh", "Nam",   "Nghĩa", "Nhân",  "Phát",  "Phong", "Phúc",
    "Quang", "Sang", "Sơn",   "Tài",  "Tâm",  "Thành", "Thắng", "Thiện", "Thịnh", "Toàn",  "Trí",
    "Trung", "Tuấn", "Việt",  "Vinh", "Út",   "Tám",   "Chín",  "Mười",  "Hậu",   "Nhựt",  "Tín"};
const char* const femaleGiven[] = {
    "Anh",   "Ánh",   "Bích",   "Cúc",   "Diệu", "Dung", "Đào",  "Hà",    "Hạnh",  "Hằng",
    "Hồng",  "Hương", "Lan",    "Liên",  "Linh", "Loan", "Mai",  "My",    "Nga",   "Ngân",
    "Nhung", "Oanh",  "Phượng", "Quyên", "Thảo", "Thu",  "Thủy", "Trang", "Tuyết", "Uyên",
    "Vân",   "Xuân",  "Yến",    "Út",    "Lài",  "Lệ",   "Mến"};
const char* const communes[] = {"Mỹ Ngãi",         "Mỹ Trà",        "Cao Lãnh",  "Mỹ Tân",
                                "Tịnh Thới",       "Hòa An",        "Mỹ Thọ",    "Phong Mỹ",
                                "Mỹ Hiệp",         "Mỹ Xương",      "Tân Nghĩa", "Ba Sao",
                                "Bình Hàng Trung", "Tân Thuận Đông"};
const char* const crops[] = {"lúa", "xoài", "sen", "quýt hồng", "nhãn", "lúa, cá", "khoai lang"};
const char* const mobileRanges[] = {"09", "08", "03", "07", "05"};

template <size_t N> const char* pick(QRandomGenerator& random, const char* const (&list)[N]) {
    return list[random.bounded(int(N))];
}

const char* pickFamily(QRandomGenerator& random) {
    int total = 0;
    for (const Weighted& name : familyNames)
        total += name.weight;
    int draw = random.bounded(total);
    for (const Weighted& name : familyNames) {
        if (draw < name.weight)
            return name.text;
        draw -= name.weight;
    }
    return familyNames[0].text;
}

} // namespace

std::vector<FarmerRecord> generateHouseholds(int count, quint32 seed) {
    QRandomGenerator random(seed);
    std::vector<FarmerRecord> households;
    households.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        FarmerRecord farmer;
        const bool female = random.bounded(100) < 35; // household heads are mostly men
        farmer.gender = female ? Gender::Female : Gender::Male;
        QStringList name{
            QString::fromUtf8(pickFamily(random)),
            QString::fromUtf8(female ? pick(random, femaleMiddle) : pick(random, maleMiddle))};
        if (random.bounded(100) < 15) // "Nguyễn Thị Ngọc Ánh": a second middle name
            name << QString::fromUtf8(pick(random, secondMiddle));
        name << QString::fromUtf8(female ? pick(random, femaleGiven) : pick(random, maleGiven));
        farmer.fullName = name.join(QLatin1Char(' '));
        const int birthYear = 1940 + random.bounded(66);
        farmer.birthYear = birthYear;
        farmer.commune = QString::fromUtf8(pick(random, communes));
        farmer.hamlet = QStringLiteral("Ấp %1").arg(1 + random.bounded(8));
        farmer.householdId = QStringLiteral("HH-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        farmer.mainCrops = QString::fromUtf8(pick(random, crops));
        if (random.bounded(100) < 70) {
            // Province 087 (Đồng Tháp), century and sex, year of birth, then a serial that
            // the household's index keeps unique.
            const int centuryAndSex = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
            farmer.cccd = QStringLiteral("087%1%2%3")
                              .arg(centuryAndSex)
                              .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
                              .arg(i, 6, 10, QLatin1Char('0'));
        }
        if (random.bounded(100) < 60)
            farmer.phone =
                QString::fromUtf8(pick(random, mobileRanges)) +
                QStringLiteral("%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
        households.push_back(std::move(farmer));
    }
    return households;
}

int benchmarkHouseholdCount() {
    const int chosen = qEnvironmentVariableIntValue("AGRIMAP_BENCH_FARMERS");
    return chosen > 0 ? chosen : 200000;
}

Status storeHouseholds(const QString& path, const std::vector<FarmerRecord>& households) {
    auto store = ProjectStore::open(path, ProjectStore::Access::Edit);
    if (!store)
        return Error{store.errorMessage()};
    FarmerStore farmers(*store.value());
    return store.value()->runAsOne([&]() -> Status {
        for (const FarmerRecord& farmer : households) {
            if (Result<qint64> fid = farmers.insertFarmer(farmer); !fid)
                return Error{fid.errorMessage()};
        }
        return {};
    });
}

} // namespace agrimap::benchmarks
