#pragma once

#include "directory/farmer_record.h"

#include <vector>

namespace agrimap::benchmarks {

/// `count` households of the Mekong delta with realistic names: family names in roughly
/// their national shares (Nguyễn about 4 in 10, then Trần, Lê, Phạm, Huỳnh, Võ, Phan,
/// Trương …), Văn/Thị and other middle names, southern given names (Út, Tám …), a unique
/// 12-digit citizen ID for most, a mobile number for many. The same `seed`, the same list.
std::vector<FarmerRecord> generateHouseholds(int count, quint32 seed = 20260301);

} // namespace agrimap::benchmarks
