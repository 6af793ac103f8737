#pragma once

#include "legacy_encoding.h"

#include <QString>
#include <optional>
#include <vector>

namespace agrimap {

/// A row of an import file that was not imported, and why.
struct RejectedImportRow {
    qsizetype row = -1; ///< index in the ImportTable
    int rowNumber = 0;  ///< as a spreadsheet shows it (the header is row 1)
    QString reason;
};

/// What an import did (or, for a dry run, would do), row by row: every row of the file is
/// imported (a new household, or a parcel of one), updated (an existing household, matched by
/// citizen ID or household id, changed or given a parcel), unchanged, or rejected with its
/// reason. Nothing is left out silently.
struct FarmerImportReport {
    QString source;
    QString sheet;
    std::optional<LegacyEncoding> encoding; ///< as the file was read; nullopt: Unicode
    bool encodingDetected = true;           ///< false when the user chose it
    bool dryRun = false;

    qsizetype rows = 0; ///< rows with something in them
    qsizetype imported = 0;
    qsizetype updated = 0;
    qsizetype unchanged = 0;
    std::vector<RejectedImportRow> rejected;
    qsizetype emptyRows = 0; ///< rows with nothing in them, skipped

    qsizetype householdsAdded = 0;
    qsizetype householdsUpdated = 0;
    qsizetype parcelsLinked = 0;
    qsizetype repairedCells = 0; ///< leading zeros put back (see FarmerImportRow)

    QString rejectsFile; ///< where the rejected rows were written; empty when none were
    bool allRowsTaken() const { return rejected.empty(); }
};

/// The report as lines for people: counts, the encoding, then each rejected row with its
/// reason, and where the rejected rows were written.
QString farmerImportReportText(const FarmerImportReport& report);

} // namespace agrimap
