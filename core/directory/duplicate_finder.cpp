#include "duplicate_finder.h"

#include "vietnamese_search_key.h"

#include <QHash>
#include <algorithm>

namespace agrimap {

namespace {

// Empty when the farmer cannot be compared by name (no name or no birth year).
QString identityKey(const FarmerRecord& farmer) {
    if (!farmer.birthYear || farmer.fullName.trimmed().isEmpty())
        return {};
    return vietnameseSearchKey(farmer.fullName) + QLatin1Char('\x1f') +
           QString::number(*farmer.birthYear) + QLatin1Char('\x1f') +
           vietnameseSearchKey(farmer.commune);
}

void addGroups(const QHash<QString, std::vector<qint64>>& byKey, DuplicateGroup::Reason reason,
               std::vector<DuplicateGroup>& groups) {
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        std::vector<qint64> fids = it.value();
        std::sort(fids.begin(), fids.end());
        groups.push_back({reason, std::move(fids)});
    }
}

} // namespace

std::vector<DuplicateGroup> findDuplicates(const std::vector<FarmerRecord>& farmers) {
    QHash<QString, std::vector<qint64>> byCccd;
    QHash<QString, std::vector<qint64>> byIdentity;
    for (const FarmerRecord& farmer : farmers) {
        if (!farmer.cccd.isEmpty())
            byCccd[farmer.cccd].push_back(farmer.fid);
        if (const QString key = identityKey(farmer); !key.isEmpty())
            byIdentity[key].push_back(farmer.fid);
    }
    std::vector<DuplicateGroup> groups;
    addGroups(byCccd, DuplicateGroup::Reason::SameCccd, groups);
    addGroups(byIdentity, DuplicateGroup::Reason::SameNameBirthYearCommune, groups);
    std::sort(groups.begin(), groups.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
        return a.fids.front() != b.fids.front() ? a.fids.front() < b.fids.front()
                                                : a.reason < b.reason;
    });
    return groups;
}

std::vector<qint64> duplicatesOf(const FarmerRecord& candidate,
                                 const std::vector<FarmerRecord>& farmers) {
    const QString identity = identityKey(candidate);
    std::vector<qint64> found;
    for (const FarmerRecord& farmer : farmers) {
        if (farmer.fid == candidate.fid && candidate.fid >= 0)
            continue;
        const bool sameCccd = !candidate.cccd.isEmpty() && farmer.cccd == candidate.cccd;
        if (sameCccd || (!identity.isEmpty() && identityKey(farmer) == identity))
            found.push_back(farmer.fid);
    }
    return found;
}

} // namespace agrimap
