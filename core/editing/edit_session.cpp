#include "edit_session.h"

#include "area_edit_command.h"
#include "area_geometry.h"
#include "project_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace agrimap {

namespace {

GrowingArea fromAudit(qint64 fid, const QByteArray& attributes, const QByteArray& geometry) {
    GrowingArea area;
    area.fid = fid;
    const QJsonObject object = QJsonDocument::fromJson(attributes).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("members")) {
            for (const QJsonValue& member : it.value().toArray()) {
                const QJsonArray key = member.toArray();
                area.members.push_back(
                    {key.at(0).toString(), key.at(1).toString(), key.at(2).toString()});
            }
            continue;
        }
        area.attributes.insert(it.key(), it.value().toVariant());
    }
    area.geometryWkb = geometry;
    return area;
}

} // namespace

EditSession::EditSession(ProjectStore& store, std::vector<CommuneBoundary> communes)
    : m_store(store)
    , m_communes(std::move(communes)) {
    m_undo.setUndoLimit(0); // unlimited within the session
}

Result<std::unique_ptr<EditSession>> EditSession::start(ProjectStore& store,
                                                        std::vector<CommuneBoundary> communes) {
    if (store.isReadOnly())
        return Error{tr("The project is open read-only: it cannot be edited")};
    Result<std::vector<GrowingArea>> areas = store.areas();
    if (!areas)
        return areas.error();
    std::unique_ptr<EditSession> session(new EditSession(store, std::move(communes)));
    for (GrowingArea& area : areas.value())
        session->remember(std::move(area));
    return session;
}

AreaRules EditSession::rules() const {
    return AreaRules(m_store.settings(), m_communes);
}

const GrowingArea* EditSession::cached(qint64 fid) const {
    const auto found = m_areas.constFind(fid);
    return found == m_areas.cend() ? nullptr : &found.value();
}

std::vector<GrowingArea> EditSession::allAreas() const {
    std::vector<GrowingArea> all(m_areas.cbegin(), m_areas.cend());
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.fid < b.fid; });
    return all;
}

std::vector<GrowingArea> EditSession::neighboursOf(const GrowingArea& area) const {
    std::vector<GrowingArea> found;
    const QRectF box = area_geometry::bounds(area.geometryWkb);
    for (auto it = m_bounds.cbegin(); it != m_bounds.cend(); ++it) {
        if (it.key() == area.fid || !box.intersects(it.value()))
            continue;
        const GrowingArea& other = *m_areas.constFind(it.key());
        if (AreaRules::isActive(other))
            found.push_back(other);
    }
    return found;
}

bool EditSession::refuses(const AreaViolation& violation) {
    static const QStringList refusing{QStringLiteral("geometry-empty"),
                                      QStringLiteral("geometry-invalid"),
                                      QStringLiteral("code-duplicate"), QStringLiteral("overlap")};
    return refusing.contains(violation.rule);
}

std::vector<AreaViolation> EditSession::check(const GrowingArea& area) const {
    std::vector<GrowingArea> others = neighboursOf(area);
    const QString code = area.text(area_field::code).trimmed();
    for (auto it = m_codes.constFind(code);
         !code.isEmpty() && it != m_codes.cend() && it.key() == code; ++it) {
        if (it.value() != area.fid)
            others.push_back(*m_areas.constFind(it.value()));
    }
    return rules().check(area, others);
}

Status EditSession::prepare(GrowingArea& area, const QSet<qint64>& replaced) {
    const AreaRules checks = rules();
    const EditSettings settings = m_store.settings();
    // Areas this same edit replaces (a split's original, a merge's parts) are not neighbours.
    std::vector<GrowingArea> others;
    for (GrowingArea& neighbour : neighboursOf(area)) {
        if (!replaced.contains(neighbour.fid))
            others.push_back(std::move(neighbour));
    }
    if (settings.overlapPolicy == OverlapPolicy::Clip && AreaRules::isActive(area)) {
        for (const GrowingArea& neighbour : others) {
            Result<QByteArray> clipped =
                area_geometry::difference(area.geometryWkb, neighbour.geometryWkb);
            if (clipped)
                area.geometryWkb = clipped.value();
        }
    }
    // Codes are compared among all areas; overlaps among the neighbours.
    const QString code = area.text(area_field::code).trimmed();
    for (auto it = m_codes.constFind(code);
         !code.isEmpty() && it != m_codes.cend() && it.key() == code; ++it) {
        if (it.value() != area.fid && !replaced.contains(it.value()))
            others.push_back(*m_areas.constFind(it.value()));
    }
    m_lastViolations = checks.check(area, others);
    QStringList refusals;
    for (const AreaViolation& violation : m_lastViolations) {
        if (refuses(violation))
            refusals << violation.message;
    }
    if (!refusals.isEmpty())
        return Error{tr("The edit was not saved: %1").arg(refusals.join(QStringLiteral("; ")))};
    return {};
}

Status EditSession::apply(std::vector<AreaChange> changes, const QString& description) {
    QSet<qint64> replaced;
    for (const AreaChange& change : changes) {
        if (change.kind != AreaChange::Kind::Insert)
            replaced.insert(change.before.fid);
    }
    std::vector<AreaViolation> warnings;
    for (AreaChange& change : changes) {
        if (change.kind == AreaChange::Kind::Delete)
            continue;
        QSet<qint64> others = replaced;
        others.remove(change.after.fid);
        if (Status ready = prepare(change.after, others); !ready)
            return ready;
        warnings.insert(warnings.end(), m_lastViolations.begin(), m_lastViolations.end());
    }
    m_lastViolations = std::move(warnings);
    auto command = std::make_unique<AreaEditCommand>(
        m_store, std::move(changes), description,
        [this](const QString& message) { Q_EMIT failed(message); });
    if (Status status = command->forward(); !status)
        return status;
    // The cache is current before push() tells the views that the stack moved.
    for (const AreaChange& change : command->changes())
        refresh(change.fid());
    m_lastFids = command->fids();
    m_undo.push(command.release()); // already applied: redo() does nothing now
    return {};
}

Status EditSession::perform(std::unique_ptr<StoreEditCommand> command) {
    if (Status status = command->forward(); !status)
        return status;
    m_undo.push(command.release()); // already applied: the redo() that push() calls does nothing
    return {};
}

void EditSession::refresh(qint64 fid) {
    forget(fid);
    if (Result<GrowingArea> stored = m_store.area(fid))
        remember(std::move(stored).value());
}

void EditSession::remember(GrowingArea area) {
    const qint64 fid = area.fid;
    m_bounds.insert(fid, area_geometry::bounds(area.geometryWkb));
    const QString code = area.text(area_field::code).trimmed();
    if (!code.isEmpty())
        m_codes.insert(code, fid);
    m_areas.insert(fid, std::move(area));
}

void EditSession::forget(qint64 fid) {
    const auto found = m_areas.constFind(fid);
    if (found == m_areas.cend())
        return;
    m_codes.remove(found->text(area_field::code).trimmed(), fid);
    m_bounds.remove(fid);
    m_areas.erase(found);
}

Result<qint64> EditSession::addArea(GrowingArea area, const QString& description) {
    area.fid = -1;
    return insert(std::move(area), description);
}

Result<qint64> EditSession::insert(GrowingArea area, const QString& description) {
    const QString text = description.isEmpty()
                             ? tr("Add growing area %1").arg(area.text(area_field::code))
                             : description;
    if (Status status = apply({AreaChange{AreaChange::Kind::Insert, GrowingArea{}, area}}, text);
        !status)
        return Error{status.errorMessage()};
    return m_lastFids.front();
}

Status EditSession::changeArea(GrowingArea after, const QString& description) {
    const GrowingArea* before = cached(after.fid);
    if (!before)
        return Error{tr("Growing area %1 does not exist").arg(after.fid)};
    const QString text = description.isEmpty()
                             ? tr("Change growing area %1").arg(after.text(area_field::code))
                             : description;
    return apply({AreaChange{AreaChange::Kind::Update, *before, std::move(after)}}, text);
}

Status EditSession::removeArea(qint64 fid) {
    const GrowingArea* before = cached(fid);
    if (!before)
        return Error{tr("Growing area %1 does not exist").arg(fid)};
    return apply({AreaChange{AreaChange::Kind::Delete, *before, GrowingArea{}}},
                 tr("Delete growing area %1").arg(before->text(area_field::code)));
}

Status EditSession::mergeAreas(const std::vector<qint64>& fids, qint64 keep) {
    const GrowingArea* kept = cached(keep);
    if (!kept || fids.size() < 2)
        return Error{tr("Select two or more growing areas to merge")};
    std::vector<QByteArray> shapes;
    std::vector<AreaChange> changes;
    GrowingArea merged = *kept;
    for (qint64 fid : fids) {
        const GrowingArea* part = cached(fid);
        if (!part)
            return Error{tr("Growing area %1 does not exist").arg(fid)};
        shapes.push_back(part->geometryWkb);
        if (fid == keep)
            continue;
        for (const ParcelKey& member : part->members) {
            if (std::find(merged.members.begin(), merged.members.end(), member) ==
                merged.members.end())
                merged.members.push_back(member);
        }
        changes.push_back(AreaChange{AreaChange::Kind::Delete, *part, GrowingArea{}});
    }
    Result<QByteArray> shape = area_geometry::unionOf(shapes);
    if (!shape)
        return shape.error();
    merged.geometryWkb = shape.value();
    // The kept area is written after the others are gone, so its code stays unique.
    changes.push_back(AreaChange{AreaChange::Kind::Update, *kept, merged});
    return apply(std::move(changes), tr("Merge %n growing areas into %1", nullptr, int(fids.size()))
                                         .arg(kept->text(area_field::code)));
}

Status EditSession::replaceArea(qint64 fid, const std::vector<QByteArray>& shapes,
                                const QString& description) {
    const GrowingArea* original = cached(fid);
    if (!original || shapes.empty())
        return Error{tr("Growing area %1 does not exist").arg(fid)};
    std::vector<AreaChange> changes;
    GrowingArea first = *original;
    first.geometryWkb = shapes.front();
    changes.push_back(AreaChange{AreaChange::Kind::Update, *original, first});
    for (size_t i = 1; i < shapes.size(); ++i) {
        // The new pieces share the attributes but not the code (codes are unique) nor the
        // member parcels, which stay with the first piece.
        GrowingArea piece = *original;
        piece.fid = -1;
        piece.members.clear();
        piece.attributes.insert(QLatin1String(area_field::code), QString());
        for (const char* field : {area_field::createdBy, area_field::createdAt})
            piece.attributes.remove(QLatin1String(field));
        piece.geometryWkb = shapes[i];
        changes.push_back(AreaChange{AreaChange::Kind::Insert, GrowingArea{}, piece});
    }
    return apply(std::move(changes), description);
}

Status EditSession::restoreVersion(const AuditEntry& entry) {
    const bool wasDeleted = entry.afterAttributes.isEmpty();
    GrowingArea version =
        wasDeleted ? fromAudit(entry.feature, entry.beforeAttributes, entry.beforeGeometry)
                   : fromAudit(entry.feature, entry.afterAttributes, entry.afterGeometry);
    const QString description =
        tr("Restore growing area %1 as of %2")
            .arg(version.text(area_field::code), entry.at.toLocalTime().toString(Qt::ISODate));
    if (cached(entry.feature))
        return changeArea(version, description);
    Result<qint64> added = insert(version, description); // under its old id
    return added ? Status{} : Status{added.error()};
}

Status EditSession::undo() {
    if (!m_undo.canUndo())
        return {};
    QUndoCommand* step = const_cast<QUndoCommand*>(m_undo.command(m_undo.index() - 1));
    if (auto* command = dynamic_cast<StoreEditCommand*>(step)) {
        if (Status status = command->backward(); !status)
            return status; // the stack stays where it was, as does the project
    }
    m_undo.undo(); // backward() is done: the undo() it calls does nothing
    if (const auto* areas = dynamic_cast<const AreaEditCommand*>(step)) {
        for (qint64 fid : areas->fids())
            refresh(fid);
    }
    return {};
}

Status EditSession::redo() {
    if (!m_undo.canRedo())
        return {};
    QUndoCommand* step = const_cast<QUndoCommand*>(m_undo.command(m_undo.index()));
    if (auto* command = dynamic_cast<StoreEditCommand*>(step)) {
        if (Status status = command->forward(); !status)
            return status;
    }
    m_undo.redo();
    if (const auto* areas = dynamic_cast<const AreaEditCommand*>(step)) {
        for (qint64 fid : areas->fids())
            refresh(fid);
    }
    return {};
}

} // namespace agrimap
