#pragma once

#include "directory/directory_change.h"
#include "error.h"
#include "farmer_import_mapping.h"
#include "farmer_import_report.h"
#include "legacy_encoding.h"

#include <QDate>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace agrimap {

class FarmerStore;
class ImportTable;

/// The rows an import stores, and the report of what each row of the file became.
struct FarmerImportPlan {
    std::vector<DirectoryChange> changes; ///< audited as "import"
    FarmerImportReport report;            ///< counts and rejected rows; no file names yet
};

/// Decides, row by row, what an import does, against the directory as it is (read once: its
/// keys in one scan, records only of the farmers matched):
/// - a row whose citizen ID or household id matches a farmer updates it with the cells it
///   gives (an empty cell keeps the stored value);
/// - a row that matches an earlier row of the file (same ID) is the same household: it may add
///   a parcel or fill a field the earlier row left empty, but must not contradict it;
/// - any other row is a new household. New farmers get their ids here (from
///   FarmerStore::firstFreeFarmerId), so their parcel links can name them.
/// A row is rejected, with its reason, when a cell cannot be read, the farmer breaks a rule
/// (farmerProblems), its citizen ID is another farmer's (in the directory or the file), or
/// its ID and household id point at two different farmers.
/// `progress` gets 0–100; a set `cancel` stops the planning (an error).
Result<FarmerImportPlan> planFarmerImport(const ImportTable& table, const ImportMapping& mapping,
                                          std::optional<LegacyEncoding> legacy,
                                          const FarmerStore& store,
                                          const QDate& today = QDate::currentDate(),
                                          const std::atomic_bool* cancel = nullptr,
                                          const std::function<void(int)>& progress = {});

} // namespace agrimap
