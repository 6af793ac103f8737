#include "farmer_import_report.h"

#include "text_encoding_choice.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace agrimap {

QString farmerImportReportText(const FarmerImportReport& report) {
    const auto tr = [](const char* text, int n = -1) {
        return QCoreApplication::translate("agrimap::FarmerImportReport", text, nullptr, n);
    };
    QStringList lines;
    QString source = QFileInfo(report.source).fileName();
    if (!report.sheet.isEmpty())
        source += QStringLiteral(" [%1]").arg(report.sheet);
    lines << (report.dryRun ? tr("Dry run of the import of %1 (nothing was stored)")
                            : tr("Import of %1"))
                 .arg(source);
    lines << (report.encodingDetected ? tr("Text encoding: %1 (detected)")
                                      : tr("Text encoding: %1 (chosen)"))
                 .arg(textEncodingName(report.encoding));
    lines << tr("%n row(s) read", int(report.rows));
    lines << tr("  imported:  %1").arg(report.imported);
    lines << tr("  updated:   %1").arg(report.updated);
    lines << tr("  unchanged: %1").arg(report.unchanged);
    lines << tr("  rejected:  %1").arg(report.rejected.size());
    lines << tr("Households added: %1, households updated: %2, parcels linked: %3")
                 .arg(report.householdsAdded)
                 .arg(report.householdsUpdated)
                 .arg(report.parcelsLinked);
    if (report.emptyRows > 0)
        lines << tr("%n empty row(s) skipped", int(report.emptyRows));
    if (report.repairedCells > 0)
        lines << tr("%n citizen ID(s) or phone number(s) had lost their leading 0 in a "
                    "spreadsheet; it was put back",
                    int(report.repairedCells));
    for (const RejectedImportRow& row : report.rejected)
        lines << tr("Row %1 rejected: %2").arg(row.rowNumber).arg(row.reason);
    if (!report.rejectsFile.isEmpty())
        lines << tr("Rejected rows were written to %1").arg(report.rejectsFile);
    return lines.join(QLatin1Char('\n'));
}

} // namespace agrimap
