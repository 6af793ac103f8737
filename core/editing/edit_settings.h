#pragma once

#include <QHash>
#include <QString>

namespace agrimap {

/// What the editor does when a new or changed area overlaps an active neighbour.
enum class OverlapPolicy { Forbid, Clip };

/// The project's editing rules, kept in the project (`agrimap_settings`, keys `edit.*`).
struct EditSettings {
    OverlapPolicy overlapPolicy = OverlapPolicy::Forbid;
    /// Production area code pattern (a regular expression). DOMAIN.md gives examples only
    /// (VN-BTOR-0008: "VN", province and crop-type letters, a 4-digit serial).
    QString codePattern = QStringLiteral("^VN-[A-Z]{4}-\\d{4}$");
    double overlapToleranceM2 = 1.0;
    double communeToleranceM = 5.0;
    QHash<QString, double> minimumAreaHaByCrop; ///< none by default
    QString communeSource; ///< file of the communes layer (for "inside commune")
    QString communeLayer;
    QString communeNameField = QStringLiteral("ten_xa_moi");

    bool operator==(const EditSettings&) const = default;
};

} // namespace agrimap
