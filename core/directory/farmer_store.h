#pragma once

#include "cooperative.h"
#include "directory_change.h"
#include "editing/audit_entry.h"
#include "editing/project_connection.h"
#include "error.h"
#include "farmer_search_index.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>
#include <vector>

namespace agrimap {

class ProjectStore;

/// The Farmer Directory of a project: the `farmers` table and its links to cadastral parcels
/// (`farmer_parcels`) and growing areas (`farmer_areas`), written on the ProjectStore's one
/// connection. Every edit is one transaction holding its rows and one audit_log row per row
/// changed (layer_name = the table), as ProjectStore does for growing areas; inside
/// ProjectStore::runAsOne it joins the enclosing transaction. New and changed farmers are
/// checked first (farmerProblems, a unique citizen ID).
class FarmerStore : public QObject {
    Q_OBJECT
public:
    /// The directory of `project`, which must outlive the store.
    explicit FarmerStore(ProjectStore& project);

    ProjectStore& project() const { return m_connection.store(); }
    /// False for a project opened read-only that was never opened for editing since the
    /// directory exists: it has no directory tables yet.
    bool exists() const;

    Result<FarmerRecord> farmer(qint64 fid) const;
    /// Every farmer, by id.
    Result<std::vector<FarmerRecord>> farmers() const;
    /// These farmers in the order given, in one query (a page of a table); ids not in the
    /// directory are left out.
    Result<std::vector<FarmerRecord>> farmers(const std::vector<qint64>& fids) const;
    qint64 farmerCount() const;
    /// Every farmer's id and name, for FarmerSearchIndex (reads only those two columns).
    std::vector<FarmerSearchIndex::Entry> searchEntries() const;
    /// What an import matches rows by: every farmer's id, citizen ID and household id.
    struct Keys {
        qint64 fid = -1;
        QString cccd;
        QString householdId;
    };
    /// One scan of three columns.
    std::vector<Keys> farmerKeys() const;
    /// The id the next new farmer would get (SQLite's sequence, never an id used before): ids
    /// from here up are free for the inserts of one import planned and stored at once.
    qint64 firstFreeFarmerId() const;
    /// The farmer (other than `except`) recorded with this citizen ID, if any.
    std::optional<qint64> farmerWithCccd(const QString& cccd, qint64 except = -1) const;

    Result<FarmerParcel> parcelLink(qint64 linkFid) const;
    Result<FarmerArea> areaLink(qint64 linkFid) const;
    std::vector<FarmerParcel> parcelsOf(qint64 farmerFid) const;
    /// Every parcel link of the directory, in one scan.
    std::vector<FarmerParcel> parcelLinks() const;
    std::vector<FarmerArea> areasOf(qint64 farmerFid) const;
    /// The links of the farmers of one growing area.
    std::vector<FarmerArea> farmersOfArea(qint64 areaFid) const;
    /// The links of the farmers of one cadastral parcel (its full key, compared as stored).
    std::vector<FarmerParcel> farmersOfParcel(const ParcelKey& parcel) const;
    /// The cooperatives table, by name.
    std::vector<Cooperative> cooperatives() const;
    /// The audit rows of one farmer, oldest first.
    std::vector<AuditEntry> history(qint64 farmerFid) const;

    /// Refusals for `farmer` about to be stored: its own rules, then a citizen ID that another
    /// farmer has. One message naming every problem.
    Status check(const FarmerRecord& farmer) const;

    // One transaction each (see directory_edits.h for the rows each one changes).
    Result<qint64> insertFarmer(const FarmerRecord& farmer);
    Status updateFarmer(const FarmerRecord& after);
    /// Deletes the farmer and its parcel and area links.
    Status deleteFarmer(qint64 fid);
    Result<qint64> linkParcel(const FarmerParcel& link);
    Status unlinkParcel(qint64 linkFid);
    Result<qint64> linkArea(const FarmerArea& link);
    Status unlinkArea(qint64 linkFid);
    /// Moves `other`'s parcel and area links to `keep` (dropping those `keep` already has)
    /// and deletes `other`.
    Status mergeFarmers(qint64 keep, qint64 other);

    /// Told how many of `total` changes are stored; returns false to stop (all rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Stores `changes` in order as one transaction; a row's id and tracking fields as stored
    /// are written back into them. Audit actions are `prefix` + the change's action. An insert
    /// may carry its id (a new farmer's links refer to it): see firstFreeFarmerId().
    Status applyAll(std::vector<DirectoryChange>& changes, const QString& prefix = {},
                    const Progress& progress = {});
    /// Undoes applied `changes`, last first, as one transaction; audited as "undo …".
    Status revertAll(const std::vector<DirectoryChange>& changes);

Q_SIGNALS:
    /// Changes were stored (emitted after applyAll/revertAll; inside an enclosing runAsOne,
    /// before that transaction commits): the farmers whose row or links changed.
    void farmersChanged(const QList<qint64>& farmerFids);

private:
    Status apply(DirectoryChange& change, const QString& action);
    Status revert(const DirectoryChange& change, const QString& action);
    Status write(DirectoryRow& row, bool insert);
    Status erase(const DirectoryRow& row);
    Status audit(const QString& action, const DirectoryRow* before, const DirectoryRow* after);
    Result<qint64> applyNew(Result<std::vector<DirectoryChange>> planned);
    Status applyPlanned(Result<std::vector<DirectoryChange>> planned);
    Error missingDirectory() const;

    ProjectConnection m_connection;
};

} // namespace agrimap
