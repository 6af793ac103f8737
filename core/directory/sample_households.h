#pragma once

#include "error.h"

#include <QString>

namespace agrimap {

class FarmerStore;

/// A cadastral layer and the fields of its parcels' key (RoleFields of a cadastral layer).
struct SampleParcelSource {
    QString path;
    QString layer;
    QString communeField;
    QString sheetField;
    QString parcelField;
    QString areaField; ///< the parcel's area in m², optional
};

struct SampleHouseholdsReport {
    int farmers = 0;
    int parcelLinks = 0;
    int areaLinks = 0;
    int cooperatives = 0;
};

/// Fills the directory of a sample project with `count` plainly fictional households, so that
/// the Farmer Directory has something to show: names put together from common family, middle
/// and given names, citizen IDs beginning 000 (no province has that code) and phone numbers
/// 0900 000 nnn. Household i farms one to three parcels of `parcels` lying inside one of the
/// project's growing areas and is linked to that area; its cooperative is the area's crop and
/// commune's, and each cooperative gets a row. The last household repeats the first one's
/// name, birth year and commune without a citizen ID, for the duplicate finder to find.
/// One transaction; the same `seed` gives the same households.
Result<SampleHouseholdsReport> addSampleHouseholds(FarmerStore& store,
                                                   const SampleParcelSource& parcels, int count,
                                                   quint32 seed = 1);

} // namespace agrimap
