#include "farmer_import_report.h"

#include "text_encoding_choice.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace agrimap {

QString farmerImportReportText(const FarmerImportReport& report) {
    QStringList lines;
    QString source = QFileInfo(report.source).fileName();
    if (!report.sheet.isEmpty())
        source += QStringLiteral(" [%1]").arg(report.sheet);
    lines << (report.dryRun
                  ? QCoreApplication::translate("agrimap::FarmerImportReport",
                                                "Dry run of the import of %1 (nothing was stored)")
                  : QCoreApplication::translate("agrimap::FarmerImportReport", "Import of %1"))
                 .arg(source);
    lines << (report.encodingDetected ? QCoreApplication::translate("agrimap::FarmerImportReport",
                                                                    "Text encoding: %1 (detected)")
                                      : QCoreApplication::translate("agrimap::FarmerImportReport",
                                                                    "Text encoding: %1 (chosen)"))
                 .arg(textEncodingName(report.encoding));
    lines << QCoreApplication::translate("agrimap::FarmerImportReport", "%n row(s) read", nullptr,
                                         int(report.rows));
    lines << QCoreApplication::translate("agrimap::FarmerImportReport", "  imported:  %1")
                 .arg(report.imported);
    lines << QCoreApplication::translate("agrimap::FarmerImportReport", "  updated:   %1")
                 .arg(report.updated);
    lines << QCoreApplication::translate("agrimap::FarmerImportReport", "  unchanged: %1")
                 .arg(report.unchanged);
    lines << QCoreApplication::translate("agrimap::FarmerImportReport", "  rejected:  %1")
                 .arg(report.rejected.size());
    lines << QCoreApplication::translate(
                 "agrimap::FarmerImportReport",
                 "Households added: %1, households updated: %2, parcels linked: %3")
                 .arg(report.householdsAdded)
                 .arg(report.householdsUpdated)
                 .arg(report.parcelsLinked);
    if (report.emptyRows > 0)
        lines << QCoreApplication::translate("agrimap::FarmerImportReport",
                                             "%n empty row(s) skipped", nullptr,
                                             int(report.emptyRows));
    if (report.repairedCells > 0)
        lines << QCoreApplication::translate(
            "agrimap::FarmerImportReport",
            "%n citizen ID(s) or phone number(s) had lost their leading 0 in a "
            "spreadsheet; it was put back",
            nullptr, int(report.repairedCells));
    for (const RejectedImportRow& row : report.rejected)
        lines << QCoreApplication::translate("agrimap::FarmerImportReport", "Row %1 rejected: %2")
                     .arg(row.rowNumber)
                     .arg(row.reason);
    if (!report.rejectsFile.isEmpty())
        lines << QCoreApplication::translate("agrimap::FarmerImportReport",
                                             "Rejected rows were written to %1")
                     .arg(report.rejectsFile);
    return lines.join(QLatin1Char('\n'));
}

} // namespace agrimap
