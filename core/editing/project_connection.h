#pragma once

#include "audit_entry.h"
#include "error.h"

#include <functional>

class GDALDataset;

namespace agrimap {

class ProjectStore;

/// What the stores of a project's other tables (the Farmer Directory) use of its
/// ProjectStore, so that the project keeps one writer connection and one audit log: the
/// dataset, its transactions, the audit writer and the store's error wording. Private to
/// agrimap_core: nothing above core sees the GDAL dataset.
class ProjectConnection {
public:
    explicit ProjectConnection(ProjectStore& store)
        : m_store(store) {}

    ProjectStore& store() const { return m_store; }
    GDALDataset& dataset() const;
    /// Runs `changes` as one transaction, or inside the one already open (ProjectStore::runAsOne).
    Status runAsOne(const std::function<Status()>& changes) const;
    /// Appends an audit row (action, layer, feature, before/after); who and when are added.
    /// Only inside runAsOne, so that it commits with the change it describes.
    Status audit(const AuditEntry& entry) const;
    /// An error naming `what`, the project file and GDAL's reason.
    Error failure(const QString& what) const;

private:
    ProjectStore& m_store;
};

} // namespace agrimap
