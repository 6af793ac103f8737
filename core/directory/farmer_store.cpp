#include "farmer_store.h"

#include "directory_edits.h"
#include "directory_schema.h"
#include "editing/project_store.h"
#include "farmer_rows.h"
#include "farmer_validation.h"

#include <QCoreApplication>
#include <QSet>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

QString quoted(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

/// Rows of `layer` matching `filter`, read by `read`; the layer's filter is cleared after.
template <typename Read>
auto rowsWhere(OGRLayer* layer, const QString& filter, Read read)
    -> std::vector<decltype(read(std::declval<const OGRFeature&>()))> {
    std::vector<decltype(read(std::declval<const OGRFeature&>()))> rows;
    if (!layer)
        return rows;
    layer->SetAttributeFilter(filter.toUtf8().constData());
    for (const auto& feature : *layer)
        rows.push_back(read(*feature));
    layer->SetAttributeFilter(nullptr);
    return rows;
}

QString kindName(DirectoryChange::Kind kind) {
    switch (kind) {
    case DirectoryChange::Kind::Insert:
        return QStringLiteral("insert");
    case DirectoryChange::Kind::Update:
        return QStringLiteral("update");
    case DirectoryChange::Kind::Delete:
        break;
    }
    return QStringLiteral("delete");
}

QString actionOf(const DirectoryChange& change) {
    return change.action.isEmpty() ? kindName(change.kind) : change.action;
}

/// The farmer a row belongs to: the row itself, or a link's farmer.
qint64 farmerOf(const DirectoryRow& row) {
    if (const auto* farmer = std::get_if<FarmerRecord>(&row))
        return farmer->fid;
    if (const auto* parcel = std::get_if<FarmerParcel>(&row))
        return parcel->farmerFid;
    return std::get<FarmerArea>(row).farmerFid;
}

void addFarmerOf(const DirectoryRow& row, QList<qint64>& farmers) {
    const qint64 fid = farmerOf(row);
    if (fid >= 0 && !farmers.contains(fid))
        farmers.push_back(fid);
}

QList<qint64> farmersOf(const std::vector<DirectoryChange>& changes) {
    QList<qint64> farmers;
    for (const DirectoryChange& change : changes) {
        if (change.kind != DirectoryChange::Kind::Insert)
            addFarmerOf(change.before, farmers);
        if (change.kind != DirectoryChange::Kind::Delete)
            addFarmerOf(change.after, farmers);
    }
    return farmers;
}

} // namespace

FarmerStore::FarmerStore(ProjectStore& project)
    : m_connection(project) {}

bool FarmerStore::exists() const {
    return m_connection.dataset().GetLayerByName(directory_table::farmers) != nullptr;
}

Error FarmerStore::missingDirectory() const {
    return Error{QCoreApplication::translate(
                     "agrimap::FarmerStore",
                     "%1 has no Farmer Directory yet: open it for editing once to add one")
                     .arg(project().path())};
}

Result<FarmerRecord> FarmerStore::farmer(qint64 fid) const {
    OGRLayer* layer = m_connection.dataset().GetLayerByName(directory_table::farmers);
    if (!layer)
        return missingDirectory();
    OGRFeatureUniquePtr feature(layer->GetFeature(fid));
    if (!feature)
        return Error{QCoreApplication::translate("agrimap::FarmerStore",
                                                 "Farmer %1 is not in the Farmer Directory")
                         .arg(fid)};
    return farmer_rows::readFarmer(*feature);
}

Result<std::vector<FarmerRecord>> FarmerStore::farmers() const {
    OGRLayer* layer = m_connection.dataset().GetLayerByName(directory_table::farmers);
    if (!layer)
        return std::vector<FarmerRecord>{};
    std::vector<FarmerRecord> all;
    all.reserve(size_t(std::max<GIntBig>(0, layer->GetFeatureCount(TRUE))));
    for (const auto& feature : *layer)
        all.push_back(farmer_rows::readFarmer(*feature));
    return all;
}

qint64 FarmerStore::farmerCount() const {
    OGRLayer* layer = m_connection.dataset().GetLayerByName(directory_table::farmers);
    return layer ? layer->GetFeatureCount(TRUE) : 0;
}

std::vector<FarmerSearchIndex::Entry> FarmerStore::searchEntries() const {
    std::vector<FarmerSearchIndex::Entry> entries;
    OGRLayer* layer = m_connection.dataset().GetLayerByName(directory_table::farmers);
    if (!layer)
        return entries;
    // GDAL then reads only the name column (and the id) from SQLite.
    CPLStringList ignored;
    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const char* name = definition->GetFieldDefn(i)->GetNameRef();
        if (!EQUAL(name, "full_name"))
            ignored.AddString(name);
    }
    ignored.AddString("OGR_GEOMETRY");
    ignored.AddString("OGR_STYLE");
    layer->SetIgnoredFields(const_cast<const char**>(ignored.List()));
    entries.reserve(size_t(std::max<GIntBig>(0, layer->GetFeatureCount(TRUE))));
    const int name = definition->GetFieldIndex("full_name");
    for (const auto& feature : *layer)
        entries.push_back({feature->GetFID(), QString::fromUtf8(feature->GetFieldAsString(name))});
    layer->SetIgnoredFields(nullptr);
    return entries;
}

std::optional<qint64> FarmerStore::farmerWithCccd(const QString& cccd, qint64 except) const {
    if (cccd.isEmpty())
        return std::nullopt;
    const std::vector<qint64> fids =
        rowsWhere(m_connection.dataset().GetLayerByName(directory_table::farmers),
                  QStringLiteral("cccd = %1 AND fid <> %2").arg(quoted(cccd)).arg(except),
                  [](const OGRFeature& feature) { return qint64(feature.GetFID()); });
    if (fids.empty())
        return std::nullopt;
    return fids.front();
}

Result<FarmerParcel> FarmerStore::parcelLink(qint64 linkFid) const {
    OGRLayer* layer = m_connection.dataset().GetLayerByName(directory_table::farmerParcels);
    OGRFeatureUniquePtr feature(layer ? layer->GetFeature(linkFid) : nullptr);
    if (!feature)
        return Error{
            QCoreApplication::translate("agrimap::FarmerStore", "Parcel link %1 does not exist")
                .arg(linkFid)};
    return farmer_rows::readParcel(*feature);
}

Result<FarmerArea> FarmerStore::areaLink(qint64 linkFid) const {
    OGRLayer* layer = m_connection.dataset().GetLayerByName(directory_table::farmerAreas);
    OGRFeatureUniquePtr feature(layer ? layer->GetFeature(linkFid) : nullptr);
    if (!feature)
        return Error{QCoreApplication::translate("agrimap::FarmerStore",
                                                 "Growing area link %1 does not exist")
                         .arg(linkFid)};
    return farmer_rows::readArea(*feature);
}

std::vector<FarmerParcel> FarmerStore::parcelsOf(qint64 farmerFid) const {
    return rowsWhere(m_connection.dataset().GetLayerByName(directory_table::farmerParcels),
                     QStringLiteral("farmer_fid = %1").arg(farmerFid), farmer_rows::readParcel);
}

std::vector<FarmerArea> FarmerStore::areasOf(qint64 farmerFid) const {
    return rowsWhere(m_connection.dataset().GetLayerByName(directory_table::farmerAreas),
                     QStringLiteral("farmer_fid = %1").arg(farmerFid), farmer_rows::readArea);
}

std::vector<FarmerArea> FarmerStore::farmersOfArea(qint64 areaFid) const {
    return rowsWhere(m_connection.dataset().GetLayerByName(directory_table::farmerAreas),
                     QStringLiteral("area_fid = %1").arg(areaFid), farmer_rows::readArea);
}

std::vector<AuditEntry> FarmerStore::history(qint64 farmerFid) const {
    return project().history(QLatin1String(directory_table::farmers), farmerFid);
}

Status FarmerStore::check(const FarmerRecord& farmer) const {
    QStringList messages;
    for (const FarmerProblem& problem : farmerProblems(farmer))
        messages << problem.message;
    if (const std::optional<qint64> holder = farmerWithCccd(farmer.cccd, farmer.fid)) {
        const Result<FarmerRecord> other = this->farmer(*holder);
        messages << QCoreApplication::translate(
                        "agrimap::FarmerStore",
                        "Citizen ID (CCCD) %1 is already recorded for %2 (farmer %3)")
                        .arg(farmer.cccd, other ? other->fullName : QString(),
                             QString::number(*holder));
    }
    if (messages.isEmpty())
        return {};
    return Error{
        QCoreApplication::translate("agrimap::FarmerStore", "The farmer %1 was not saved: %2")
            .arg(farmer.fullName, messages.join(QStringLiteral("; ")))};
}

Status FarmerStore::write(DirectoryRow& row, bool insert) {
    OGRLayer* layer = m_connection.dataset().GetLayerByName(farmer_rows::tableOf(row));
    if (!layer)
        return missingDirectory();
    if (auto* farmer = std::get_if<FarmerRecord>(&row)) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (insert && farmer->createdBy.isEmpty()) {
            farmer->createdBy = project().userName();
            farmer->createdAt = now;
        }
        farmer->modifiedBy = project().userName();
        farmer->modifiedAt = now;
    }
    OGRFeature feature(layer->GetLayerDefn());
    std::visit([&feature](const auto& value) { farmer_rows::write(feature, value); }, row);
    if (farmer_rows::fidOf(row) >= 0)
        feature.SetFID(farmer_rows::fidOf(row)); // an undone delete comes back under its id
    if ((insert ? layer->CreateFeature(&feature) : layer->SetFeature(&feature)) != OGRERR_NONE)
        return m_connection.failure(
            QCoreApplication::translate("agrimap::FarmerStore", "Cannot write row %1 of %2")
                .arg(farmer_rows::fidOf(row))
                .arg(QLatin1String(farmer_rows::tableOf(row))));
    farmer_rows::setFid(row, feature.GetFID());
    if (auto* farmer = std::get_if<FarmerRecord>(&row)) {
        // Keep what was stored (times to the second), so undo restores it exactly.
        if (OGRFeatureUniquePtr stored{layer->GetFeature(feature.GetFID())})
            *farmer = farmer_rows::readFarmer(*stored);
    }
    return {};
}

Status FarmerStore::erase(const DirectoryRow& row) {
    OGRLayer* layer = m_connection.dataset().GetLayerByName(farmer_rows::tableOf(row));
    if (!layer)
        return missingDirectory();
    if (layer->DeleteFeature(farmer_rows::fidOf(row)) != OGRERR_NONE)
        return m_connection.failure(
            QCoreApplication::translate("agrimap::FarmerStore", "Cannot delete row %1 of %2")
                .arg(farmer_rows::fidOf(row))
                .arg(QLatin1String(farmer_rows::tableOf(row))));
    return {};
}

Status FarmerStore::audit(const QString& action, const DirectoryRow* before,
                          const DirectoryRow* after) {
    const DirectoryRow& row = after ? *after : *before;
    AuditEntry entry;
    entry.action = action;
    entry.layer = QLatin1String(farmer_rows::tableOf(row));
    entry.feature = farmer_rows::fidOf(row);
    if (before)
        entry.beforeAttributes = farmer_rows::json(*before);
    if (after)
        entry.afterAttributes = farmer_rows::json(*after);
    return m_connection.audit(entry);
}

Status FarmerStore::apply(DirectoryChange& change, const QString& action) {
    switch (change.kind) {
    case DirectoryChange::Kind::Insert:
        if (Status written = write(change.after, true); !written)
            return written;
        return audit(action, nullptr, &change.after);
    case DirectoryChange::Kind::Update:
        farmer_rows::setFid(change.after, farmer_rows::fidOf(change.before));
        if (Status written = write(change.after, false); !written)
            return written;
        return audit(action, &change.before, &change.after);
    case DirectoryChange::Kind::Delete:
        if (Status erased = erase(change.before); !erased)
            return erased;
        return audit(action, &change.before, nullptr);
    }
    return {};
}

Status FarmerStore::revert(const DirectoryChange& change, const QString& action) {
    switch (change.kind) {
    case DirectoryChange::Kind::Insert:
        if (Status erased = erase(change.after); !erased)
            return erased;
        return audit(action, &change.after, nullptr);
    case DirectoryChange::Kind::Update: {
        DirectoryRow restored = change.before;
        if (Status written = write(restored, false); !written)
            return written;
        return audit(action, &change.after, &restored);
    }
    case DirectoryChange::Kind::Delete: {
        DirectoryRow restored = change.before;
        if (Status written = write(restored, true); !written)
            return written;
        return audit(action, nullptr, &restored);
    }
    }
    return {};
}

Status FarmerStore::applyAll(std::vector<DirectoryChange>& changes, const QString& prefix) {
    std::vector<DirectoryChange> applied = changes;
    const Status status = m_connection.runAsOne([&]() -> Status {
        for (DirectoryChange& change : applied) {
            if (Status done = apply(change, prefix + actionOf(change)); !done)
                return done;
        }
        return {};
    });
    if (!status)
        return status; // rolled back: nothing changed, in the file or in `changes`
    changes = std::move(applied);
    Q_EMIT farmersChanged(farmersOf(changes));
    return {};
}

Status FarmerStore::revertAll(const std::vector<DirectoryChange>& changes) {
    const Status status = m_connection.runAsOne([&]() -> Status {
        for (auto change = changes.rbegin(); change != changes.rend(); ++change) {
            if (Status done = revert(*change, QStringLiteral("undo ") + actionOf(*change)); !done)
                return done;
        }
        return {};
    });
    if (status)
        Q_EMIT farmersChanged(farmersOf(changes));
    return status;
}

Result<qint64> FarmerStore::applyNew(Result<std::vector<DirectoryChange>> planned) {
    if (!planned)
        return planned.error();
    if (Status status = applyAll(planned.value()); !status)
        return Error{status.errorMessage()};
    return farmer_rows::fidOf(planned->back().after);
}

Status FarmerStore::applyPlanned(Result<std::vector<DirectoryChange>> planned) {
    if (!planned)
        return planned.error();
    return applyAll(planned.value());
}

Result<qint64> FarmerStore::insertFarmer(const FarmerRecord& farmer) {
    return applyNew(directory_edits::addFarmer(*this, farmer));
}

Status FarmerStore::updateFarmer(const FarmerRecord& after) {
    return applyPlanned(directory_edits::changeFarmer(*this, after));
}

Status FarmerStore::deleteFarmer(qint64 fid) {
    return applyPlanned(directory_edits::removeFarmer(*this, fid));
}

Result<qint64> FarmerStore::linkParcel(const FarmerParcel& link) {
    return applyNew(directory_edits::linkParcel(*this, link));
}

Status FarmerStore::unlinkParcel(qint64 linkFid) {
    return applyPlanned(directory_edits::unlinkParcel(*this, linkFid));
}

Result<qint64> FarmerStore::linkArea(const FarmerArea& link) {
    return applyNew(directory_edits::linkArea(*this, link));
}

Status FarmerStore::unlinkArea(qint64 linkFid) {
    return applyPlanned(directory_edits::unlinkArea(*this, linkFid));
}

Status FarmerStore::mergeFarmers(qint64 keep, qint64 other) {
    return applyPlanned(directory_edits::mergeFarmers(*this, keep, other));
}

} // namespace agrimap
