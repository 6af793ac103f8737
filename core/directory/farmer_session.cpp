#include "farmer_session.h"

#include "directory_edits.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "farmer_edit_command.h"
#include "farmer_rows.h"

namespace agrimap {

FarmerSession::FarmerSession(EditSession& editing)
    : m_editing(editing)
    , m_store(editing.store()) {
    // The store reports every stored change, whoever moved the undo stack.
    connect(&m_store, &FarmerStore::farmersChanged, this, &FarmerSession::refresh);
}

Result<std::unique_ptr<FarmerSession>> FarmerSession::start(EditSession& editing) {
    std::unique_ptr<FarmerSession> session(new FarmerSession(editing));
    if (!session->m_store.exists())
        return Error{tr("%1 has no Farmer Directory").arg(editing.store().path())};
    session->m_index.reset(session->m_store.searchEntries());
    return session;
}

std::vector<qint64> FarmerSession::search(const QString& typed, size_t limit) const {
    return m_index.search(typed, limit);
}

void FarmerSession::refresh(const QList<qint64>& farmerFids) {
    for (qint64 fid : farmerFids) {
        if (Result<FarmerRecord> farmer = m_store.farmer(fid))
            m_index.insertOrReplace(fid, farmer->fullName);
        else
            m_index.remove(fid);
    }
    Q_EMIT farmersChanged(farmerFids);
}

QString FarmerSession::nameOf(qint64 fid) const {
    const Result<FarmerRecord> farmer = m_store.farmer(fid);
    return farmer ? farmer->fullName : QString::number(fid);
}

Result<qint64> FarmerSession::perform(Result<std::vector<DirectoryChange>> planned,
                                      const QString& text) {
    if (!planned)
        return planned.error();
    auto command = std::make_unique<FarmerEditCommand>(
        m_store, std::move(planned).value(), text,
        [this](const QString& message) { Q_EMIT failed(message); });
    const FarmerEditCommand& step = *command;
    if (Status status = m_editing.perform(std::move(command)); !status)
        return Error{status.errorMessage()};
    const DirectoryChange& last = step.changes().back();
    return farmer_rows::fidOf(last.kind == DirectoryChange::Kind::Delete ? last.before
                                                                         : last.after);
}

Result<qint64> FarmerSession::addFarmer(const FarmerRecord& farmer) {
    return perform(directory_edits::addFarmer(m_store, farmer),
                   tr("Add farmer %1").arg(farmer.fullName.simplified()));
}

Status FarmerSession::changeFarmer(const FarmerRecord& after) {
    const Result<qint64> done = perform(directory_edits::changeFarmer(m_store, after),
                                        tr("Change farmer %1").arg(after.fullName.simplified()));
    return done ? Status{} : Status{done.error()};
}

Status FarmerSession::removeFarmer(qint64 fid) {
    const Result<qint64> done = perform(directory_edits::removeFarmer(m_store, fid),
                                        tr("Delete farmer %1").arg(nameOf(fid)));
    return done ? Status{} : Status{done.error()};
}

Result<qint64> FarmerSession::linkParcel(const FarmerParcel& link) {
    return perform(directory_edits::linkParcel(m_store, link),
                   tr("Link parcel %1/%2 (%3) to %4")
                       .arg(link.parcel.sheet, link.parcel.parcel, link.parcel.commune,
                            nameOf(link.farmerFid)));
}

Status FarmerSession::unlinkParcel(qint64 linkFid) {
    const Result<FarmerParcel> link = m_store.parcelLink(linkFid);
    if (!link)
        return link.error();
    const Result<qint64> done = perform(directory_edits::unlinkParcel(m_store, linkFid),
                                        tr("Unlink parcel %1/%2 (%3) from %4")
                                            .arg(link->parcel.sheet, link->parcel.parcel,
                                                 link->parcel.commune, nameOf(link->farmerFid)));
    return done ? Status{} : Status{done.error()};
}

Result<qint64> FarmerSession::linkArea(const FarmerArea& link) {
    const Result<GrowingArea> area = m_editing.store().area(link.areaFid);
    const QString areaName = area ? area->text(area_field::code) : QString::number(link.areaFid);
    return perform(directory_edits::linkArea(m_store, link),
                   tr("Link growing area %1 to %2").arg(areaName, nameOf(link.farmerFid)));
}

Status FarmerSession::unlinkArea(qint64 linkFid) {
    const Result<FarmerArea> link = m_store.areaLink(linkFid);
    if (!link)
        return link.error();
    const Result<GrowingArea> area = m_editing.store().area(link->areaFid);
    const QString areaName = area ? area->text(area_field::code) : QString::number(link->areaFid);
    const Result<qint64> done =
        perform(directory_edits::unlinkArea(m_store, linkFid),
                tr("Unlink growing area %1 from %2").arg(areaName, nameOf(link->farmerFid)));
    return done ? Status{} : Status{done.error()};
}

Status FarmerSession::mergeFarmers(qint64 keep, qint64 other) {
    const QString text = tr("Merge farmer %1 into %2").arg(nameOf(other), nameOf(keep));
    const Result<qint64> done = perform(directory_edits::mergeFarmers(m_store, keep, other), text);
    return done ? Status{} : Status{done.error()};
}

Result<std::vector<DuplicateGroup>> FarmerSession::duplicates() const {
    Result<std::vector<FarmerRecord>> farmers = m_store.farmers();
    if (!farmers)
        return farmers.error();
    return findDuplicates(farmers.value());
}

} // namespace agrimap
