#include "farmer_validation.h"

#include "unicode_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agrimap {

namespace {

// A farmer on the directory is of working age (15, Labour Code 2019) and alive.
constexpr int youngestAge = 15;
constexpr int oldestAge = 110;

QString withoutDigitGrouping(const QString& text) {
    static const QRegularExpression grouping(QStringLiteral("[\\s.\\-()]"));
    QString digits = text;
    digits.remove(grouping);
    return digits;
}

const QRegularExpression cccdPattern(QStringLiteral("^\\d{12}$"));
const QRegularExpression phonePattern(QStringLiteral("^(0|\\+84)([35789]\\d{8}|2\\d{9})$"));
const QRegularExpression oldMobilePattern(QStringLiteral("^01\\d{9}$"));

// Numbers since the 2017–2018 renumbering: mobiles 0 + 9 digits (03, 05, 07, 08, 09 ranges),
// landlines 0 + 10 digits (area codes 02…), or either with +84 instead of the 0. Operators'
// prefixes inside those ranges change, so they are not checked one by one.
std::optional<QString> phoneProblem(const QString& phone) {
    if (phonePattern.match(phone).hasMatch())
        return std::nullopt;
    if (oldMobilePattern.match(phone).hasMatch())
        return QCoreApplication::translate(
                   "agrimap::FarmerValidation",
                   "Phone %1: 11-digit mobile numbers starting with 01 became 10-digit numbers in "
                   "2018 (e.g. 0168… is now 038…)")
            .arg(phone);
    return QCoreApplication::translate(
               "agrimap::FarmerValidation",
               "Phone %1 is not a Vietnamese number: expected 0 and 9 digits for a mobile (03, 05, "
               "07, 08, 09…), 0 and 10 digits for a landline (02…), or +84 instead of the 0")
        .arg(phone);
}

} // namespace

FarmerRecord normalizedFarmer(FarmerRecord record) {
    for (QString* text : {&record.householdId, &record.communeOld, &record.commune, &record.hamlet,
                          &record.cooperative, &record.mainCrops, &record.notes})
        *text = toNfc(text->trimmed());
    record.fullName = toNfc(record.fullName.simplified());
    record.cccd = withoutDigitGrouping(record.cccd);
    record.phone = withoutDigitGrouping(record.phone);
    return record;
}

std::vector<FarmerProblem> farmerProblems(const FarmerRecord& record, const QDate& today) {
    std::vector<FarmerProblem> problems;
    const auto add = [&](const char* field, const QString& message) {
        problems.push_back({QLatin1String(field), message});
    };
    if (record.fullName.trimmed().isEmpty())
        add("full_name", QCoreApplication::translate("agrimap::FarmerValidation",
                                                     "Full name: a farmer needs a name"));
    if (!record.cccd.isEmpty() && !cccdPattern.match(record.cccd).hasMatch())
        add("cccd", QCoreApplication::translate(
                        "agrimap::FarmerValidation",
                        "Citizen ID (CCCD) %1 must be exactly 12 digits (it has %n characters)",
                        nullptr, int(record.cccd.size()))
                        .arg(record.cccd));
    if (!record.phone.isEmpty()) {
        if (const std::optional<QString> problem = phoneProblem(record.phone))
            add("phone", *problem);
    }
    const int earliest = today.year() - oldestAge;
    const int latest = today.year() - youngestAge;
    if (record.birthYear && (*record.birthYear < earliest || *record.birthYear > latest))
        add("birth_year", QCoreApplication::translate(
                              "agrimap::FarmerValidation",
                              "Birth year %1 is not plausible for a farmer: expected %2 to %3")
                              .arg(*record.birthYear)
                              .arg(earliest)
                              .arg(latest));
    if (record.memberSince.isValid() && record.memberSince > today)
        add("member_since", QCoreApplication::translate("agrimap::FarmerValidation",
                                                        "Member since %1 is in the future")
                                .arg(record.memberSince.toString(Qt::ISODate)));
    else if (record.memberSince.isValid() && record.birthYear &&
             record.memberSince.year() < *record.birthYear)
        add("member_since",
            QCoreApplication::translate("agrimap::FarmerValidation",
                                        "Member since %1 is before the birth year %2")
                .arg(record.memberSince.toString(Qt::ISODate))
                .arg(*record.birthYear));
    return problems;
}

} // namespace agrimap
