#pragma once

#include "audit_entry.h"
#include "crs.h"
#include "edit_settings.h"
#include "error.h"
#include "growing_area.h"
#include "project_lock.h"

#include <QObject>
#include <QRectF>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class GDALDataset;

namespace agrimap {

/// The editable part of a project GeoPackage: the `production_areas` layer, its member
/// parcels, pick lists, editing settings and `audit_log`, written through GDAL's GPKG driver
/// on one writer connection in WAL mode. Every change is one SQLite transaction holding the
/// feature and its audit row, committed before the call returns: a killed process loses at
/// most the change in flight, never the file.
class ProjectStore : public QObject {
    Q_OBJECT
public:
    enum class Access { Edit, ReadOnly };

    ~ProjectStore() override;

    /// Opens (or, for editing, creates) the project at `path`. Editing takes the project's
    /// lock; when another instance holds it, the project opens read-only and heldBy() says who.
    /// `crsForNewLayer` is the CRS of a `production_areas` layer created here (projected).
    static Result<std::unique_ptr<ProjectStore>>
    open(const QString& path, Access access, const Crs& crsForNewLayer = Crs::fromEpsg(5897));

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// The other instance holding the lock, when this one fell back to read-only.
    std::optional<LockHolder> heldBy() const { return m_heldBy; }
    bool recoveredStaleLock() const { return m_recoveredStaleLock; }
    Crs crs() const { return m_crs; }

    Result<GrowingArea> area(qint64 fid) const;
    Result<std::vector<GrowingArea>> areas() const;
    qint64 areaCount() const;

    /// Stores a new area (fid -1 → a new id; otherwise that id, as redo of an undone insert
    /// does). area_ha and the editor tracking fields are filled here. Returns the id.
    Result<qint64> insertArea(const GrowingArea& area,
                              const QString& action = QStringLiteral("insert"));
    Status updateArea(const GrowingArea& before, const GrowingArea& after,
                      const QString& action = QStringLiteral("update"));
    Status deleteArea(const GrowingArea& before, const QString& action = QStringLiteral("delete"));

    /// Runs several changes (inserts, updates, deletes) as one transaction: all or none.
    Status runAsOne(const std::function<Status()>& changes);

    EditSettings settings() const;
    Status saveSettings(const EditSettings& settings);
    /// Values of a pick list ("crop", "certification", "status"), in their order.
    QStringList pickList(const QString& list) const;
    Status setPickList(const QString& list, const QStringList& values);

    /// The audit rows of one feature of `production_areas`, oldest first.
    std::vector<AuditEntry> history(qint64 fid) const;
    /// The audit rows of one feature of any project table (e.g. "farmers"), oldest first.
    std::vector<AuditEntry> history(const QString& layer, qint64 fid) const;
    /// The user name recorded in created_by/modified_by and the audit log.
    QString userName() const { return m_holder.user; }

    /// Writes a complete, consistent copy of the project to `target` (SQLite's VACUUM INTO,
    /// through a temporary file renamed into place): the Save As of a project.
    Status copyTo(const QString& target) const;

    /// Copies the areas of another layer (e.g. the sample's production_areas) into the
    /// project, matching fields by name; one transaction, audited as "import".
    Result<int> importAreas(const QString& sourcePath, const QString& layerName);

Q_SIGNALS:
    /// A stored change: the feature and the map extent it touched (layer CRS).
    void areaChanged(qint64 fid, const QRectF& extent);

private:
    // The stores of the project's other tables (the Farmer Directory) write through this
    // store's one connection and audit log, by way of ProjectConnection only.
    friend class ProjectConnection;

    ProjectStore() = default;
    Status ensureSchema(const Crs& crsForNewLayer);
    Status inTransaction(const std::function<Status()>& work);
    Status writeAudit(const QString& action, qint64 fid, const GrowingArea* before,
                      const GrowingArea* after);
    /// Appends `entry` (action, layer, feature, before/after) to audit_log with who and when.
    Status writeAuditEntry(const AuditEntry& entry);
    Status writeMembers(qint64 fid, const std::vector<ParcelKey>& members);
    Status writeFeature(GrowingArea& area, bool insert);
    QString settingValue(const QString& key) const;
    Status setSettingValue(const QString& key, const QString& value);
    Error failure(const QString& what) const;

    QString m_path;
    bool m_readOnly = true;
    bool m_recoveredStaleLock = false;
    std::optional<LockHolder> m_heldBy;
    LockHolder m_holder;
    Crs m_crs;
    std::unique_ptr<ProjectLock> m_lock;
    std::unique_ptr<GDALDataset> m_dataset;
    int m_transactionDepth = 0; ///< > 0 inside runAsOne: changes join its transaction
    mutable std::optional<EditSettings> m_settings; ///< read once, replaced by saveSettings
};

} // namespace agrimap
