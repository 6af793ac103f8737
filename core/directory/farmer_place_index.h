#pragma once

#include "farmer_record.h"

#include <QHash>
#include <QString>
#include <vector>

namespace agrimap {

/// The households of each place the directory names — commune, commune before 2025 and
/// cooperative — so that the directory's search finds places as well as names: "dong thap"
/// lists the households of Đồng Tháp. Places are few (tens to thousands) whatever the size of
/// the directory; their households are kept as sorted ids.
class FarmerPlaceIndex {
public:
    /// Records the places of `farmer` (its id must not be in the index yet).
    void add(const FarmerRecord& farmer);
    /// Forgets a farmer, or a farmer's old places before add() records the new ones.
    void remove(qint64 fid);
    bool isEmpty() const { return m_places.isEmpty(); }

    /// The households of every place whose name holds each typed word at the start of one of
    /// its words (marks, đ/d and case ignored), by id; nothing for fewer than three letters,
    /// which would name half the province.
    std::vector<qint64> search(const QString& typed) const;

private:
    struct Place {
        QString key; ///< vietnameseSearchKey of the name
        std::vector<qint64> fids;
    };
    void addTo(const QString& place, qint64 fid);

    QHash<QString, Place> m_places; ///< by name as written
};

} // namespace agrimap
