#include "directory_edits.h"

#include "editing/project_store.h"
#include "farmer_store.h"
#include "farmer_validation.h"

#include <QCoreApplication>
#include <algorithm>

namespace agrimap::directory_edits {

namespace {

using Changes = std::vector<DirectoryChange>;

QString mergeAction() {
    return QStringLiteral("merge");
}

QString parcelText(const ParcelKey& key) {
    return QCoreApplication::translate("agrimap::DirectoryEdits", "parcel %1 of sheet %2 in %3")
        .arg(key.parcel, key.sheet, key.commune);
}

QString farmerText(const FarmerRecord& farmer) {
    return QCoreApplication::translate("agrimap::DirectoryEdits", "%1 (farmer %2)")
        .arg(farmer.fullName, QString::number(farmer.fid));
}

/// The rules of one parcel link on its own: a full key, no negative area. Trims the key.
Status checkParcel(FarmerParcel& link, const FarmerRecord& farmer) {
    for (QString* part : {&link.parcel.commune, &link.parcel.sheet, &link.parcel.parcel})
        *part = part->trimmed();
    if (link.parcel.commune.isEmpty() || link.parcel.sheet.isEmpty() ||
        link.parcel.parcel.isEmpty())
        return Error{QCoreApplication::translate(
                         "agrimap::DirectoryEdits",
                         "A parcel of %1 needs its commune, map sheet and parcel number (got "
                         "\"%2\", \"%3\", \"%4\")")
                         .arg(farmerText(farmer), link.parcel.commune, link.parcel.sheet,
                              link.parcel.parcel)};
    if (link.farmedAreaM2 && !(*link.farmedAreaM2 >= 0))
        return Error{QCoreApplication::translate("agrimap::DirectoryEdits",
                                                 "Farmed area %1 m² of %2 cannot be negative")
                         .arg(*link.farmedAreaM2)
                         .arg(parcelText(link.parcel))};
    return {};
}

Error parcelLinkedTwice(const ParcelKey& key, const FarmerRecord& farmer) {
    return Error{
        QCoreApplication::translate("agrimap::DirectoryEdits", "%1 is already linked to %2")
            .arg(parcelText(key), farmerText(farmer))};
}

Error areaLinkedTwice(qint64 areaFid, const FarmerRecord& farmer) {
    return Error{QCoreApplication::translate("agrimap::DirectoryEdits",
                                             "Growing area %1 is already linked to %2")
                     .arg(QString::number(areaFid), farmerText(farmer))};
}

/// The farmer as stored, without what the store fills in itself: to tell a real change.
FarmerRecord withoutTracking(FarmerRecord farmer) {
    farmer.createdBy.clear();
    farmer.createdAt = {};
    farmer.modifiedBy.clear();
    farmer.modifiedAt = {};
    return farmer;
}

/// Deletes, updates and inserts turning `stored` links into `wanted` ones (matched by id).
template <typename Link>
void diffLinks(const std::vector<Link>& stored, const std::vector<Link>& wanted, Changes& changes) {
    for (const Link& old : stored) {
        const bool kept = std::any_of(wanted.begin(), wanted.end(),
                                      [&](const Link& link) { return link.fid == old.fid; });
        if (!kept)
            changes.push_back(DirectoryChange::remove(old));
    }
    for (const Link& link : wanted) {
        if (link.fid < 0)
            continue;
        const auto old = std::find_if(stored.begin(), stored.end(),
                                      [&](const Link& mine) { return mine.fid == link.fid; });
        if (old != stored.end() && !(*old == link))
            changes.push_back(DirectoryChange::update(*old, link));
    }
    for (const Link& link : wanted) {
        if (link.fid < 0)
            changes.push_back(DirectoryChange::insert(link));
    }
}

} // namespace

Result<Changes> addFarmer(const FarmerStore& store, FarmerRecord farmer) {
    farmer = normalizedFarmer(std::move(farmer));
    farmer.fid = -1;
    farmer.createdBy.clear();
    farmer.createdAt = {};
    if (Status checked = store.check(farmer); !checked)
        return Error{checked.errorMessage()};
    return Changes{DirectoryChange::insert(farmer)};
}

Result<Changes> changeFarmer(const FarmerStore& store, FarmerRecord after) {
    Result<FarmerRecord> before = store.farmer(after.fid);
    if (!before)
        return before.error();
    after = normalizedFarmer(std::move(after));
    after.createdBy = before->createdBy;
    after.createdAt = before->createdAt;
    if (Status checked = store.check(after); !checked)
        return Error{checked.errorMessage()};
    return Changes{DirectoryChange::update(before.value(), after)};
}

Result<Changes> removeFarmer(const FarmerStore& store, qint64 fid) {
    Result<FarmerRecord> farmer = store.farmer(fid);
    if (!farmer)
        return farmer.error();
    Changes changes;
    for (const FarmerParcel& link : store.parcelsOf(fid))
        changes.push_back(DirectoryChange::remove(link));
    for (const FarmerArea& link : store.areasOf(fid))
        changes.push_back(DirectoryChange::remove(link));
    changes.push_back(DirectoryChange::remove(farmer.value()));
    return changes;
}

Result<Changes> linkParcel(const FarmerStore& store, FarmerParcel link) {
    Result<FarmerRecord> farmer = store.farmer(link.farmerFid);
    if (!farmer)
        return farmer.error();
    link.fid = -1;
    if (Status checked = checkParcel(link, farmer.value()); !checked)
        return Error{checked.errorMessage()};
    for (const FarmerParcel& existing : store.parcelsOf(link.farmerFid)) {
        if (existing.parcel == link.parcel)
            return parcelLinkedTwice(link.parcel, farmer.value());
    }
    return Changes{DirectoryChange::insert(link)};
}

Result<Changes> unlinkParcel(const FarmerStore& store, qint64 linkFid) {
    Result<FarmerParcel> link = store.parcelLink(linkFid);
    if (!link)
        return link.error();
    return Changes{DirectoryChange::remove(link.value())};
}

Result<Changes> linkArea(const FarmerStore& store, FarmerArea link) {
    Result<FarmerRecord> farmer = store.farmer(link.farmerFid);
    if (!farmer)
        return farmer.error();
    if (Result<GrowingArea> area = store.project().area(link.areaFid); !area)
        return area.error();
    link.fid = -1;
    for (const FarmerArea& existing : store.areasOf(link.farmerFid)) {
        if (existing.areaFid == link.areaFid)
            return areaLinkedTwice(link.areaFid, farmer.value());
    }
    return Changes{DirectoryChange::insert(link)};
}

Result<Changes> unlinkArea(const FarmerStore& store, qint64 linkFid) {
    Result<FarmerArea> link = store.areaLink(linkFid);
    if (!link)
        return link.error();
    return Changes{DirectoryChange::remove(link.value())};
}

Result<Changes> saveHousehold(const FarmerStore& store, FarmerRecord farmer,
                              std::vector<FarmerParcel> parcels, std::vector<FarmerArea> areas) {
    Changes changes;
    std::vector<FarmerParcel> storedParcels;
    std::vector<FarmerArea> storedAreas;
    if (farmer.fid < 0) {
        Result<Changes> added = addFarmer(store, farmer);
        if (!added)
            return added.error();
        changes = std::move(added).value();
    } else {
        Result<FarmerRecord> before = store.farmer(farmer.fid);
        if (!before)
            return before.error();
        if (withoutTracking(normalizedFarmer(farmer)) != withoutTracking(before.value())) {
            Result<Changes> changed = changeFarmer(store, farmer);
            if (!changed)
                return changed.error();
            changes = std::move(changed).value();
        }
        storedParcels = store.parcelsOf(farmer.fid);
        storedAreas = store.areasOf(farmer.fid);
    }
    farmer = normalizedFarmer(std::move(farmer));

    for (size_t i = 0; i < parcels.size(); ++i) {
        FarmerParcel& link = parcels[i];
        link.farmerFid = farmer.fid;
        if (Status checked = checkParcel(link, farmer); !checked)
            return Error{checked.errorMessage()};
        for (size_t j = 0; j < i; ++j) {
            if (parcels[j].parcel == link.parcel)
                return parcelLinkedTwice(link.parcel, farmer);
        }
    }
    for (size_t i = 0; i < areas.size(); ++i) {
        FarmerArea& link = areas[i];
        link.farmerFid = farmer.fid;
        if (Result<GrowingArea> area = store.project().area(link.areaFid); !area)
            return area.error();
        for (size_t j = 0; j < i; ++j) {
            if (areas[j].areaFid == link.areaFid)
                return areaLinkedTwice(link.areaFid, farmer);
        }
    }
    diffLinks(storedParcels, parcels, changes);
    diffLinks(storedAreas, areas, changes);
    return changes;
}

Result<Changes> mergeFarmers(const FarmerStore& store, qint64 keep, qint64 other) {
    if (keep == other)
        return Error{QCoreApplication::translate("agrimap::DirectoryEdits",
                                                 "Farmer %1 cannot be merged with itself")
                         .arg(keep)};
    Result<FarmerRecord> kept = store.farmer(keep);
    if (!kept)
        return kept.error();
    Result<FarmerRecord> merged = store.farmer(other);
    if (!merged)
        return merged.error();
    if (!kept->cccd.isEmpty() && !merged->cccd.isEmpty() && kept->cccd != merged->cccd)
        return Error{QCoreApplication::translate(
                         "agrimap::DirectoryEdits",
                         "%1 and %2 have different citizen IDs (%3, %4): they are not the same "
                         "person")
                         .arg(farmerText(kept.value()), farmerText(merged.value()), kept->cccd,
                              merged->cccd)};

    Changes changes;
    const std::vector<FarmerParcel> keptParcels = store.parcelsOf(keep);
    for (const FarmerParcel& link : store.parcelsOf(other)) {
        const bool known =
            std::any_of(keptParcels.begin(), keptParcels.end(),
                        [&](const auto& mine) { return mine.parcel == link.parcel; });
        if (known) {
            changes.push_back(DirectoryChange::remove(link, mergeAction()));
            continue;
        }
        FarmerParcel moved = link;
        moved.farmerFid = keep;
        changes.push_back(DirectoryChange::update(link, moved, mergeAction()));
    }
    const std::vector<FarmerArea> keptAreas = store.areasOf(keep);
    for (const FarmerArea& link : store.areasOf(other)) {
        const bool known = std::any_of(keptAreas.begin(), keptAreas.end(), [&](const auto& mine) {
            return mine.areaFid == link.areaFid;
        });
        if (known) {
            changes.push_back(DirectoryChange::remove(link, mergeAction()));
            continue;
        }
        FarmerArea moved = link;
        moved.farmerFid = keep;
        changes.push_back(DirectoryChange::update(link, moved, mergeAction()));
    }
    changes.push_back(DirectoryChange::remove(merged.value(), mergeAction()));
    return changes;
}

} // namespace agrimap::directory_edits
