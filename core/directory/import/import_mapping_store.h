#pragma once

#include "editing/project_connection.h"
#include "error.h"
#include "farmer_import_mapping.h"

#include <optional>

namespace agrimap {

class ProjectStore;

/// The column mappings a project remembers, one per header signature (headerSignature), in
/// its `agrimap_import_mappings` table: the next file made from the same template opens with
/// the mapping last used for it.
class ImportMappingStore {
public:
    /// The mappings of `project`, which must outlive the store.
    explicit ImportMappingStore(ProjectStore& project);

    /// The mapping last saved for files with these headers, if any.
    std::optional<ImportMapping> find(const QStringList& headers) const;
    /// Remembers `mapping` for its headers (replacing the one saved before); one transaction,
    /// or part of the one open.
    Status save(const ImportMapping& mapping);

private:
    ProjectConnection m_connection;
};

} // namespace agrimap
