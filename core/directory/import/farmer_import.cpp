#include "farmer_import.h"

#include "editing/project_store.h"
#include "farmer_import_plan.h"
#include "import_mapping_store.h"
#include "import_table.h"
#include "rejected_rows_file.h"

#include <QCoreApplication>
#include <QFile>

namespace agrimap {

ImportEncoding resolveImportEncoding(const ImportTable& table, TextEncodingChoice choice) {
    if (choice == TextEncodingChoice::Auto)
        return {table.detectEncoding(), true};
    return {legacyEncodingOf(choice), false};
}

StartingMapping startingImportMapping(const QStringList& headers, ProjectStore& project) {
    if (std::optional<ImportMapping> remembered = ImportMappingStore(project).find(headers))
        return {std::move(*remembered), MappingOrigin::Remembered};
    return {guessImportMapping(headers), MappingOrigin::Guessed};
}

Result<FarmerImportReport> runFarmerImport(const ImportTable& table, const ImportMapping& mapping,
                                           const ImportEncoding& encoding, FarmerStore& store,
                                           const FarmerImportOptions& options,
                                           const FarmerImportApply& apply,
                                           const std::atomic_bool* cancel,
                                           const std::function<void(int)>& progress) {
    const auto report = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    // Planning reads and checks every row; storing writes every row and its audit row.
    constexpr int planShare = 35;
    Result<FarmerImportPlan> plan =
        planFarmerImport(table, mapping, encoding.legacy, store, options.today, cancel,
                         [&](int percent) { report(percent * planShare / 100); });
    if (!plan)
        return plan.error();
    FarmerImportReport result = std::move(plan->report);
    result.source = table.path();
    result.sheet = table.sheet();
    result.encoding = encoding.legacy;
    result.encodingDetected = encoding.detected;
    result.dryRun = options.dryRun;
    if (options.dryRun) {
        report(100);
        return result;
    }

    if (!result.rejected.empty()) {
        Result<QString> written = writeRejectedRows(table, encoding.legacy, result.rejected);
        if (!written)
            return written.error();
        result.rejectsFile = written.value();
    }
    const auto forgetRejects = [&result]() {
        if (!result.rejectsFile.isEmpty())
            QFile::remove(result.rejectsFile);
    };
    const FarmerStore::Progress storing = [&](qint64 done, qint64 total) {
        report(planShare + int((100 - planShare) * done / std::max<qint64>(1, total)));
        return !(cancel && cancel->load());
    };
    if (!plan->changes.empty()) {
        const Status stored =
            apply ? apply(plan->changes, storing) : store.applyAll(plan->changes, {}, storing);
        if (!stored) {
            forgetRejects();
            return Error{stored.errorMessage()};
        }
    }
    if (options.rememberMapping) {
        if (Status remembered = ImportMappingStore(store.project()).save(mapping); !remembered)
            qWarning("%s", qPrintable(remembered.errorMessage())); // the import is stored
    }
    report(100);
    return result;
}

} // namespace agrimap
