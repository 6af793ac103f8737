#include "vn2000_crs_catalog.h"

namespace agrimap {

QList<int> preferredEpsgCodes() {
    QList<int> codes = {
        5897, // VN-2000 / TM-3 zone 482 (105°00′): former Đồng Tháp, Cần Thơ, Hậu Giang, Bạc Liêu
        9210, // VN-2000 / TM-3 105-45: former Tiền Giang, Long An, Bến Tre, Hồ Chí Minh City
        9209, // 105-30: Sóc Trăng, Trà Vinh, Vĩnh Long
        9208, // 104-45: An Giang
        9207, // 104-30: Kiên Giang, Cà Mau
        5896, 5898, 5899,
    };
    for (int code = 9205; code <= 9218; ++code) {
        if (!codes.contains(code))
            codes.append(code);
    }
    codes.append({3405, 3406, 4756, 4326, 3857});
    return codes;
}

} // namespace agrimap
