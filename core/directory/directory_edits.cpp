#include "directory_edits.h"

#include "editing/project_store.h"
#include "farmer_store.h"
#include "farmer_validation.h"

#include <QCoreApplication>

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
    for (QString* part : {&link.parcel.commune, &link.parcel.sheet, &link.parcel.parcel})
        *part = part->trimmed();
    if (link.parcel.commune.isEmpty() || link.parcel.sheet.isEmpty() ||
        link.parcel.parcel.isEmpty())
        return Error{QCoreApplication::translate(
                         "agrimap::DirectoryEdits",
                         "A parcel of %1 needs its commune, map sheet and parcel number (got "
                         "\"%2\", \"%3\", \"%4\")")
                         .arg(farmerText(farmer.value()), link.parcel.commune, link.parcel.sheet,
                              link.parcel.parcel)};
    if (link.farmedAreaM2 && !(*link.farmedAreaM2 >= 0))
        return Error{QCoreApplication::translate("agrimap::DirectoryEdits",
                                                 "Farmed area %1 m² of %2 cannot be negative")
                         .arg(*link.farmedAreaM2)
                         .arg(parcelText(link.parcel))};
    for (const FarmerParcel& existing : store.parcelsOf(link.farmerFid)) {
        if (existing.parcel == link.parcel)
            return Error{
                QCoreApplication::translate("agrimap::DirectoryEdits", "%1 is already linked to %2")
                    .arg(parcelText(link.parcel), farmerText(farmer.value()))};
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
            return Error{QCoreApplication::translate("agrimap::DirectoryEdits",
                                                     "Growing area %1 is already linked to %2")
                             .arg(QString::number(link.areaFid), farmerText(farmer.value()))};
    }
    return Changes{DirectoryChange::insert(link)};
}

Result<Changes> unlinkArea(const FarmerStore& store, qint64 linkFid) {
    Result<FarmerArea> link = store.areaLink(linkFid);
    if (!link)
        return link.error();
    return Changes{DirectoryChange::remove(link.value())};
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
