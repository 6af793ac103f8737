#include "project_connection.h"

#include "project_store.h"

#include <gdal_priv.h>

namespace agrimap {

GDALDataset& ProjectConnection::dataset() const {
    return *m_store.m_dataset;
}

Status ProjectConnection::runAsOne(const std::function<Status()>& changes) const {
    return m_store.runAsOne(changes);
}

Status ProjectConnection::audit(const AuditEntry& entry) const {
    return m_store.writeAuditEntry(entry);
}

Error ProjectConnection::failure(const QString& what) const {
    return m_store.failure(what);
}

} // namespace agrimap
