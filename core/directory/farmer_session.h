#pragma once

#include "directory_change.h"
#include "duplicate_finder.h"
#include "error.h"
#include "farmer_search_index.h"
#include "farmer_store.h"

#include <QObject>
#include <limits>
#include <memory>

namespace agrimap {

class EditSession;

/// The Farmer Directory while a project is edited: every edit is checked, stored at once (one
/// transaction with its audit rows) and pushed as a FarmerEditCommand on the project's one
/// undo stack, EditSession's, so that EditSession::undo/redo step back through growing-area
/// and farmer edits alike. Keeps the in-memory name search current through undo and redo.
class FarmerSession : public QObject {
    Q_OBJECT
public:
    /// Reads the directory of `editing`'s project; `editing` must outlive the session.
    static Result<std::unique_ptr<FarmerSession>> start(EditSession& editing);

    FarmerStore& store() { return m_store; }
    const FarmerStore& store() const { return m_store; }
    /// Farmers by name as typed (FarmerSearchIndex::search).
    std::vector<qint64> search(const QString& typed,
                               size_t limit = std::numeric_limits<size_t>::max()) const;
    const FarmerSearchIndex& searchIndex() const { return m_index; }

    Result<qint64> addFarmer(const FarmerRecord& farmer);
    Status changeFarmer(const FarmerRecord& after);
    /// Deletes the farmer with its parcel and area links; undo brings all back.
    Status removeFarmer(qint64 fid);
    Result<qint64> linkParcel(const FarmerParcel& link);
    Status unlinkParcel(qint64 linkFid);
    Result<qint64> linkArea(const FarmerArea& link);
    Status unlinkArea(qint64 linkFid);
    /// One undo step: `other`'s links move to `keep` and `other` is deleted.
    Status mergeFarmers(qint64 keep, qint64 other);

    /// Groups of probable duplicates in the whole directory (findDuplicates).
    Result<std::vector<DuplicateGroup>> duplicates() const;

Q_SIGNALS:
    /// Farmers whose row or links changed (an edit, an undo, a redo); the search is current.
    void farmersChanged(const QList<qint64>& farmerFids);
    /// A step run from outside (an undo view) failed: the message says why.
    void failed(const QString& message);

private:
    explicit FarmerSession(EditSession& editing);
    /// Pushes the planned rows as one undo step; returns the id of the last row it inserted.
    Result<qint64> perform(Result<std::vector<DirectoryChange>> planned, const QString& text);
    void refresh(const QList<qint64>& farmerFids);
    QString nameOf(qint64 fid) const;

    EditSession& m_editing;
    FarmerStore m_store;
    FarmerSearchIndex m_index;
};

} // namespace agrimap
