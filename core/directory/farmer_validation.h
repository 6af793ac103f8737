#pragma once

#include "farmer_record.h"

#include <QDate>
#include <vector>

namespace agrimap {

/// A rule a farmer record breaks: the column and a message naming the field and its value.
struct FarmerProblem {
    QString field;
    QString message;
};

/// What officials type, tidied before it is checked and stored: text trimmed and NFC, the
/// name's inner spaces collapsed, and the citizen ID and phone without the spaces, dots,
/// dashes and brackets people group digits with.
FarmerRecord normalizedFarmer(FarmerRecord record);

/// The rules `record` breaks on its own: a name, a 12-digit citizen ID, a Vietnamese phone
/// number, a plausible birth year, a membership date not in the future. Uniqueness of the
/// citizen ID needs the directory and is FarmerStore's check.
std::vector<FarmerProblem> farmerProblems(const FarmerRecord& record,
                                          const QDate& today = QDate::currentDate());

} // namespace agrimap
