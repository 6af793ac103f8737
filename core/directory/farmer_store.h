#pragma once

#include "directory_change.h"
#include "editing/audit_entry.h"
#include "editing/project_connection.h"
#include "error.h"
#include "farmer_search_index.h"

#include <QList>
#include <QObject>
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
    qint64 farmerCount() const;
    /// Every farmer's id and name, for FarmerSearchIndex (reads only those two columns).
    std::vector<FarmerSearchIndex::Entry> searchEntries() const;
    /// The farmer (other than `except`) recorded with this citizen ID, if any.
    std::optional<qint64> farmerWithCccd(const QString& cccd, qint64 except = -1) const;

    Result<FarmerParcel> parcelLink(qint64 linkFid) const;
    Result<FarmerArea> areaLink(qint64 linkFid) const;
    std::vector<FarmerParcel> parcelsOf(qint64 farmerFid) const;
    std::vector<FarmerArea> areasOf(qint64 farmerFid) const;
    /// The links of the farmers of one growing area.
    std::vector<FarmerArea> farmersOfArea(qint64 areaFid) const;
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

    /// Stores `changes` in order as one transaction; a row's id and tracking fields as stored
    /// are written back into them. Audit actions are `prefix` + the change's action.
    Status applyAll(std::vector<DirectoryChange>& changes, const QString& prefix = {});
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
