#pragma once

#include "directory/farmer_record.h"
#include "error.h"

#include <vector>

namespace agrimap::benchmarks {

/// `count` households of the Mekong delta with realistic names: family names in roughly
/// their national shares (Nguyễn about 4 in 10, then Trần, Lê, Phạm, Huỳnh, Võ, Phan,
/// Trương …), Văn/Thị and other middle names, southern given names (Út, Tám …), a unique
/// 12-digit citizen ID for most, a mobile number for many. The same `seed`, the same list.
std::vector<FarmerRecord> generateHouseholds(int count, quint32 seed = 20260301);

/// How many households the directory benchmarks generate: AGRIMAP_BENCH_FARMERS, else 200 000.
int benchmarkHouseholdCount();

/// A new project at `path` holding `households`, stored as the directory stores a user's
/// additions (checked and audited), in one transaction.
Status storeHouseholds(const QString& path, const std::vector<FarmerRecord>& households);

} // namespace agrimap::benchmarks
