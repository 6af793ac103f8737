#include "farmer_place_index.h"

#include "vietnamese_search_key.h"

#include <QStringList>
#include <algorithm>

namespace agrimap {

namespace {

constexpr int shortestSearch = 3;

/// Every typed word begins a word of the place's key.
bool namesPlace(const QString& key, const QStringList& words) {
    return std::all_of(words.begin(), words.end(), [&key](const QString& word) {
        for (qsizetype at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
            if (at == 0 || key.at(at - 1) == QLatin1Char(' '))
                return true;
        }
        return false;
    });
}

} // namespace

void FarmerPlaceIndex::addTo(const QString& place, qint64 fid) {
    if (place.isEmpty())
        return;
    auto found = m_places.find(place);
    if (found == m_places.end())
        found = m_places.insert(place, Place{vietnameseSearchKey(place), {}});
    std::vector<qint64>& fids = found->fids;
    const auto at = std::lower_bound(fids.begin(), fids.end(), fid);
    if (at == fids.end() || *at != fid)
        fids.insert(at, fid);
}

void FarmerPlaceIndex::add(const FarmerRecord& farmer) {
    addTo(farmer.commune, farmer.fid);
    addTo(farmer.communeOld, farmer.fid);
    addTo(farmer.cooperative, farmer.fid);
}

void FarmerPlaceIndex::remove(qint64 fid) {
    for (Place& place : m_places) {
        const auto at = std::lower_bound(place.fids.begin(), place.fids.end(), fid);
        if (at != place.fids.end() && *at == fid)
            place.fids.erase(at);
    }
}

std::vector<qint64> FarmerPlaceIndex::search(const QString& typed) const {
    const QString key = vietnameseSearchKey(typed);
    if (QString(key).remove(QLatin1Char(' ')).size() < shortestSearch)
        return {};
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<qint64> fids;
    size_t places = 0;
    for (const Place& place : m_places) {
        if (place.fids.empty() || !namesPlace(place.key, words))
            continue;
        fids.insert(fids.end(), place.fids.begin(), place.fids.end());
        ++places;
    }
    if (places > 1) {
        std::sort(fids.begin(), fids.end());
        fids.erase(std::unique(fids.begin(), fids.end()), fids.end());
    }
    return fids;
}

} // namespace agrimap
