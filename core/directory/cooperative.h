#pragma once

#include <QString>
#include <optional>

namespace agrimap {

/// A cooperative (hợp tác xã) of the Farmer Directory (`cooperatives` table). Farmers name
/// theirs in FarmerRecord::cooperative. The contact is personal data.
struct Cooperative {
    qint64 fid = -1;
    QString name;
    QString commune;
    QString contact;
    std::optional<int> members;

    bool operator==(const Cooperative&) const = default;
};

} // namespace agrimap
