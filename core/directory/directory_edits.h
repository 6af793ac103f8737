#pragma once

#include "directory_change.h"
#include "error.h"

#include <vector>

namespace agrimap {

class FarmerStore;

/// The rows each Farmer Directory edit changes, checked against the stored directory but not
/// written: FarmerStore stores them as one transaction, FarmerSession as one undo step.
/// Refusals name what is wrong and where (the farmer, the parcel, the area).
namespace directory_edits {

/// A new farmer, tidied (normalizedFarmer) and checked (FarmerStore::check).
Result<std::vector<DirectoryChange>> addFarmer(const FarmerStore& store, FarmerRecord farmer);
/// The farmer `after.fid` becomes `after` (tidied and checked; who created it is kept).
Result<std::vector<DirectoryChange>> changeFarmer(const FarmerStore& store, FarmerRecord after);
/// The farmer's parcel and area links, then the farmer.
Result<std::vector<DirectoryChange>> removeFarmer(const FarmerStore& store, qint64 fid);
/// A parcel for an existing farmer: a full parcel key, not linked to it yet.
Result<std::vector<DirectoryChange>> linkParcel(const FarmerStore& store, FarmerParcel link);
Result<std::vector<DirectoryChange>> unlinkParcel(const FarmerStore& store, qint64 linkFid);
/// An existing growing area for an existing farmer, not linked to it yet.
Result<std::vector<DirectoryChange>> linkArea(const FarmerStore& store, FarmerArea link);
Result<std::vector<DirectoryChange>> unlinkArea(const FarmerStore& store, qint64 linkFid);
/// `other`'s links moved to `keep` (or dropped where `keep` has the same parcel or area),
/// then `other` deleted; all audited as "merge". Refused for two different citizen IDs.
Result<std::vector<DirectoryChange>> mergeFarmers(const FarmerStore& store, qint64 keep,
                                                  qint64 other);

} // namespace directory_edits

} // namespace agrimap
