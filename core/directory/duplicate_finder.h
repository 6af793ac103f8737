#pragma once

#include "farmer_record.h"

#include <vector>

namespace agrimap {

/// Farmers that are probably one household entered twice (imports from several communes'
/// lists do that), for an official to merge with FarmerStore::mergeFarmers.
struct DuplicateGroup {
    enum class Reason {
        SameCccd,                 ///< the same citizen ID
        SameNameBirthYearCommune, ///< the same name and commune (ignoring marks and case) and birth
                                  ///< year
    };
    Reason reason;
    std::vector<qint64> fids; ///< two or more, ascending
};

/// Every group of `farmers` sharing a citizen ID, or a name, birth year and commune. Names
/// repeat a lot ("Nguyễn Văn Hùng"), so a birth year is needed on both for the second kind.
/// Groups come ordered by their first id; a pair may be in one group of each kind.
std::vector<DuplicateGroup> findDuplicates(const std::vector<FarmerRecord>& farmers);

/// The farmers among `farmers` (other than `candidate` itself, by id) that `candidate`
/// probably duplicates, e.g. before a new farmer is saved.
std::vector<qint64> duplicatesOf(const FarmerRecord& candidate,
                                 const std::vector<FarmerRecord>& farmers);

} // namespace agrimap
