#pragma once

#include "farmer_columns.h"
#include "farmer_place_index.h"
#include "farmer_record.h"

#include <QStringList>
#include <vector>

namespace agrimap {

class FarmerStore;

/// What the directory's filter boxes ask for; an empty part asks for nothing.
struct FarmerFilter {
    QString commune;     ///< the farmer's commune, or its commune before 2025, as written
    QString cooperative; ///< as written
    QString crop;        ///< one of its main crops, ignoring marks and case
    qint64 areaFid = -1; ///< a growing area it is linked to

    bool isEmpty() const {
        return commune.isEmpty() && cooperative.isEmpty() && crop.isEmpty() && areaFid < 0;
    }
    bool operator==(const FarmerFilter&) const = default;
};

/// The values the filter boxes offer, each list in search-key order.
struct FarmerChoices {
    QStringList communes;
    QStringList cooperatives;
    QStringList crops;

    /// Adds what `farmer` names and the lists lack (after an edit).
    void add(const FarmerRecord& farmer);
};

/// Questions the directory panel asks of the whole `farmers` table, each one pass over the
/// columns it needs (GDAL reads nothing else), for 200k households.
namespace farmer_queries {

/// The communes, cooperatives (the farmers' and the cooperatives table's) and crops in use;
/// `places`, when given, gets every farmer's places in the same pass.
FarmerChoices choices(const FarmerStore& store, FarmerPlaceIndex* places = nullptr);
/// The farmers matching every part of `filter`, by id.
std::vector<qint64> matching(const FarmerStore& store, const FarmerFilter& filter);
/// Whether one farmer matches (its area links are read when the filter names an area).
bool matches(const FarmerStore& store, const FarmerRecord& farmer, const FarmerFilter& filter);
/// Every farmer ordered by `column`: text ignoring marks and case, numbers and dates by value,
/// empty values last, ties by id.
std::vector<qint64> orderedBy(const FarmerStore& store, FarmerColumn column);
/// The farmers whose household ID, citizen ID or phone starts with `typed` (digits, letters
/// and dashes only, at least three of them: anything else finds nothing), by id.
std::vector<qint64> withIdentifier(const FarmerStore& store, const QString& typed);
/// The crops a main-crops text lists ("xoài, lúa" → xoài, lúa), as written.
QStringList cropsOf(const QString& mainCrops);

} // namespace farmer_queries

} // namespace agrimap
