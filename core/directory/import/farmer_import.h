#pragma once

#include "directory/directory_change.h"
#include "directory/farmer_store.h"
#include "error.h"
#include "farmer_import_mapping.h"
#include "farmer_import_report.h"
#include "text_encoding_choice.h"

#include <QDate>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace agrimap {

class ImportTable;

/// The text encoding a file is read with: the user's choice, or the detected one for Auto.
struct ImportEncoding {
    std::optional<LegacyEncoding> legacy; ///< nullopt: Unicode
    bool detected = true;
};
ImportEncoding resolveImportEncoding(const ImportTable& table, TextEncodingChoice choice);

/// Where the mapping an import starts from came from.
enum class MappingOrigin { Given, Remembered, Guessed };
struct StartingMapping {
    ImportMapping mapping;
    MappingOrigin origin = MappingOrigin::Guessed;
};
/// The mapping the project remembers for files with these headers, else one guessed from them.
StartingMapping startingImportMapping(const QStringList& headers, ProjectStore& project);

/// Stores planned changes: FarmerStore::applyAll for a script, an undo step in the app.
using FarmerImportApply =
    std::function<Status(std::vector<DirectoryChange>& changes, const FarmerStore::Progress&)>;

struct FarmerImportOptions {
    bool dryRun = false; ///< plan and report only: nothing stored, no rejects file
    /// Remember the mapping in the project once stored (the app does it itself, on its thread).
    bool rememberMapping = true;
    QDate today = QDate::currentDate();
};

/// Runs an import of a table already read: plans it against the directory of `store`
/// (planFarmerImport), writes the rejected rows beside the source (before anything is stored,
/// so no import leaves its rejects unwritten; removed again if storing fails), stores the
/// changes through `apply` (by default one FarmerStore::applyAll) and remembers the mapping in
/// the project. `progress` gets 0–100; a set `cancel` stops it with nothing stored.
Result<FarmerImportReport> runFarmerImport(const ImportTable& table, const ImportMapping& mapping,
                                           const ImportEncoding& encoding, FarmerStore& store,
                                           const FarmerImportOptions& options = {},
                                           const FarmerImportApply& apply = {},
                                           const std::atomic_bool* cancel = nullptr,
                                           const std::function<void(int)>& progress = {});

} // namespace agrimap
