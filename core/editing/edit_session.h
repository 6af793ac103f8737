#pragma once

#include "area_edit_command.h"
#include "audit_entry.h"
#include "error.h"
#include "growing_area.h"
#include "store_edit_command.h"
#include "validation/area_rules.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUndoStack>

namespace agrimap {

class ProjectStore;

/// Editing growing areas in one open project: every edit is checked by the rules, refused
/// or clipped by the project's overlap policy, committed at once (one transaction with its
/// audit row) and pushed on an unlimited undo stack whose steps are transactions too.
/// Keeps the areas in memory so the checks of one edit stay fast on 100k areas. The undo stack
/// is the project's only one: other editors (the Farmer Directory) put their steps on it
/// through perform(), and undo()/redo() drive every kind of step.
class EditSession : public QObject {
    Q_OBJECT
public:
    /// Loads the areas of `store`; `store` must outlive the session.
    static Result<std::unique_ptr<EditSession>> start(ProjectStore& store,
                                                      std::vector<CommuneBoundary> communes = {});

    ProjectStore& store() const { return m_store; }
    void setCommunes(std::vector<CommuneBoundary> communes) { m_communes = std::move(communes); }
    QUndoStack* undoStack() { return &m_undo; }
    AreaRules rules() const;

    /// Adds an area; returns its id. Refused with a message naming the broken rule when the
    /// boundary is empty or invalid, the code is taken, or (policy "forbid") it overlaps an
    /// active area; under "clip" the boundary is first cut back to its neighbours.
    Result<qint64> addArea(GrowingArea area, const QString& description = {});
    Status changeArea(GrowingArea after, const QString& description = {});
    Status removeArea(qint64 fid);
    /// One area out of several: the union of their boundaries, the attributes of `keep`,
    /// the member parcels of all; the others are deleted. One undo step.
    Status mergeAreas(const std::vector<qint64>& fids, qint64 keep);
    /// Replaces an area by pieces (a split, a filled ring): the first piece keeps the area's
    /// id, code and members; the others are new areas with its other attributes. One step.
    Status replaceArea(qint64 fid, const std::vector<QByteArray>& shapes,
                       const QString& description);
    /// Several changes checked together and stored as one transaction and one undo step.
    Status apply(std::vector<AreaChange> changes, const QString& description);
    /// Runs a new step (forward()) and, when it succeeded, pushes it on the undo stack as
    /// already applied. On failure nothing changed and nothing is pushed.
    Status perform(std::unique_ptr<StoreEditCommand> command);
    /// The areas the last successful edit touched.
    const std::vector<qint64>& lastEditedFids() const { return m_lastFids; }
    /// Brings back the state an audit row recorded (after it, or before it for a delete), as a
    /// new undoable edit.
    Status restoreVersion(const AuditEntry& entry);
    Status undo();
    Status redo();

    /// The rules `area` breaks against the others (no change made): for a form's live checks.
    std::vector<AreaViolation> check(const GrowingArea& area) const;
    /// True for the rules that refuse an edit (the others are warnings).
    static bool refuses(const AreaViolation& violation);

    /// The rules broken by the last edit tried (refusals and warnings), e.g. for the form.
    const std::vector<AreaViolation>& lastViolations() const { return m_lastViolations; }
    const GrowingArea* cached(qint64 fid) const;
    std::vector<GrowingArea> allAreas() const;
    /// Active areas whose bounds meet `area`'s, other than itself.
    std::vector<GrowingArea> neighboursOf(const GrowingArea& area) const;

Q_SIGNALS:
    /// A step run from outside (an undo view) failed: the message says why.
    void failed(const QString& message);

private:
    EditSession(ProjectStore& store, std::vector<CommuneBoundary> communes);
    Status prepare(GrowingArea& area, const QSet<qint64>& replaced = {});
    Result<qint64> insert(GrowingArea area, const QString& description);
    void refresh(qint64 fid);
    void remember(GrowingArea area);
    void forget(qint64 fid);

    ProjectStore& m_store;
    std::vector<CommuneBoundary> m_communes;
    QUndoStack m_undo;
    QHash<qint64, GrowingArea> m_areas;
    QHash<qint64, QRectF> m_bounds;      ///< of m_areas, so a check does not parse every boundary
    QMultiHash<QString, qint64> m_codes; ///< trimmed code → areas, for the uniqueness rule
    std::vector<AreaViolation> m_lastViolations;
    std::vector<qint64> m_lastFids;
};

} // namespace agrimap
