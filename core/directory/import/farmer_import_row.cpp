#include "farmer_import_row.h"

#include "directory/vietnamese_search_key.h"
#include "import_table.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agrimap {

namespace {

bool allDigits(const QString& text) {
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QString digitsOnly(const QString& text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() || c == u'+')
            digits.append(c);
        else if (!c.isSpace() && c != u'.' && c != u'-' && c != u'(' && c != u')')
            return text; // not a number written with grouping: left for the checks to name
    }
    return digits;
}

/// "12.0" and "12,0" as spreadsheets write whole numbers → "12".
QString wholeNumberText(const QString& text) {
    static const QRegularExpression wholeWithZeros(QStringLiteral("^(\\d+)[.,]0+$"));
    const QRegularExpressionMatch match = wholeWithZeros.match(text);
    return match.hasMatch() ? match.captured(1) : text;
}

// Every citizen ID begins with 0 (province codes 001–096), every Vietnamese phone number too:
// an ID of 11 digits or a phone of 9 (10 for a landline) lost its 0 to a spreadsheet column
// of numbers.
QString restoredCccd(const QString& cccd, int& repaired) {
    const QString digits = wholeNumberText(digitsOnly(cccd));
    if (digits.size() == 11 && allDigits(digits)) {
        ++repaired;
        return QLatin1Char('0') + digits;
    }
    return cccd;
}

QString restoredPhone(const QString& phone, int& repaired) {
    const QString digits = wholeNumberText(digitsOnly(phone));
    if (!allDigits(digits))
        return phone;
    const QChar first = digits.front();
    if ((digits.size() == 9 && QStringLiteral("35789").contains(first)) ||
        (digits.size() == 10 && first == u'2')) {
        ++repaired;
        return QLatin1Char('0') + digits;
    }
    if (digits.startsWith(QLatin1String("84")) && (digits.size() == 11 || digits.size() == 12)) {
        ++repaired;
        return QLatin1Char('+') + digits;
    }
    return phone;
}

std::optional<Gender> genderOf(const QString& text) {
    const QString key = vietnameseSearchKey(text);
    static const QStringList male = {QStringLiteral("nam"), QStringLiteral("male"),
                                     QStringLiteral("m"), QStringLiteral("trai"),
                                     QStringLiteral("ong")};
    static const QStringList female = {QStringLiteral("nu"), QStringLiteral("female"),
                                       QStringLiteral("f"), QStringLiteral("gai"),
                                       QStringLiteral("ba")};
    if (male.contains(key))
        return Gender::Male;
    if (female.contains(key))
        return Gender::Female;
    return std::nullopt;
}

/// A date as officials write it: 12/03/2015, 12-03-2015, 12.03.2015 (day first), 2015-03-12
/// or 2015/03/12 (year first, as Excel cells read), 03/2015 (first of the month), 2015.
QDate dateOf(const QString& text) {
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?:[ T].*)?$"));
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{4})$"));
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})(?:[.,]0+)?$"));
    if (const auto match = dayFirst.match(text); match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    if (const auto match = yearFirst.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (const auto match = monthYear.match(text); match.hasMatch())
        return QDate(match.captured(2).toInt(), match.captured(1).toInt(), 1);
    if (const auto match = yearOnly.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), 1, 1);
    return {};
}

/// A number as written in Vietnam (1.234,5) or in English (1,234.5); a lone separator is the
/// decimal one unless it groups thousands more than once ("1.234.567").
std::optional<double> numberOf(QString text) {
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    const qsizetype dot = text.lastIndexOf(u'.');
    const qsizetype comma = text.lastIndexOf(u',');
    if (dot >= 0 && comma >= 0) {
        const QChar decimal = dot > comma ? u'.' : u',';
        const QChar grouping = dot > comma ? u',' : u'.';
        text.remove(grouping);
        text.replace(decimal, u'.');
    } else if (text.count(u',') > 1 || text.count(u'.') > 1) {
        text.remove(u',').remove(u'.');
    } else {
        text.replace(u',', u'.');
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<Tenure> tenureOf(const QString& text) {
    const QString key = vietnameseSearchKey(text);
    static const QStringList owner = {QStringLiteral("chu"),         QStringLiteral("chu so huu"),
                                      QStringLiteral("so huu"),      QStringLiteral("chinh chu"),
                                      QStringLiteral("chu su dung"), QStringLiteral("owner"),
                                      QStringLiteral("own")};
    static const QStringList tenant = {QStringLiteral("thue"),     QStringLiteral("di thue"),
                                       QStringLiteral("thue dat"), QStringLiteral("nguoi thue"),
                                       QStringLiteral("tenant"),   QStringLiteral("rent"),
                                       QStringLiteral("rented")};
    static const QStringList other = {QStringLiteral("khac"), QStringLiteral("muon"),
                                      QStringLiteral("nhan khoan"), QStringLiteral("khoan"),
                                      QStringLiteral("other")};
    if (owner.contains(key))
        return Tenure::Owner;
    if (tenant.contains(key))
        return Tenure::Tenant;
    if (other.contains(key))
        return Tenure::Other;
    return std::nullopt;
}

Error badCell(const ImportMapping& mapping, ImportField field, const QString& value,
              const QString& expected) {
    const int column = mapping.columnOf(field);
    return Error{QCoreApplication::translate("agrimap::FarmerImportRow",
                                             "%1 \"%2\" (column \"%3\") is not understood: %4")
                     .arg(importFieldName(field), value, mapping.headers.value(column), expected)};
}

} // namespace

Result<FarmerImportRow> readFarmerImportRow(const ImportTable& table, qsizetype row,
                                            const ImportMapping& mapping,
                                            std::optional<LegacyEncoding> legacy) {
    FarmerImportRow result;
    FarmerRecord& farmer = result.farmer;
    QString parcelCommune;
    QString sheet;
    QString parcelNumber;
    std::optional<double> farmedArea;
    std::optional<Tenure> tenure;
    const int columns = std::min(table.columnCount(), int(mapping.fields.size()));
    for (int column = 0; column < columns; ++column) {
        const ImportField field = mapping.fields[size_t(column)];
        if (field == ImportField::Ignore)
            continue;
        const QString value = table.text(row, column, legacy);
        if (value.isEmpty())
            continue;
        result.given |= 1u << unsigned(field);
        switch (field) {
        case ImportField::Ignore:
            break;
        case ImportField::HouseholdId:
            farmer.householdId = wholeNumberText(value);
            break;
        case ImportField::FullName:
            farmer.fullName = value;
            break;
        case ImportField::Gender:
            if (const std::optional<Gender> gender = genderOf(value))
                farmer.gender = *gender;
            else
                return badCell(mapping, field, value,
                               QCoreApplication::translate("agrimap::FarmerImportRow",
                                                           "write Nam or Nữ (male or female)"));
            break;
        case ImportField::BirthYear: {
            const QDate date = dateOf(value);
            if (!date.isValid())
                return badCell(mapping, field, value,
                               QCoreApplication::translate(
                                   "agrimap::FarmerImportRow",
                                   "expected a year such as 1965 or a date such as 12/03/1965"));
            farmer.birthYear = date.year();
            break;
        }
        case ImportField::Cccd:
            farmer.cccd = restoredCccd(value, result.repairedCells);
            break;
        case ImportField::Phone:
            farmer.phone = restoredPhone(value, result.repairedCells);
            break;
        case ImportField::Commune:
            farmer.commune = value;
            break;
        case ImportField::CommuneOld:
            farmer.communeOld = value;
            break;
        case ImportField::Hamlet:
            farmer.hamlet = value;
            break;
        case ImportField::Cooperative:
            farmer.cooperative = value;
            break;
        case ImportField::MemberSince:
            farmer.memberSince = dateOf(value);
            if (!farmer.memberSince.isValid())
                return badCell(
                    mapping, field, value,
                    QCoreApplication::translate("agrimap::FarmerImportRow",
                                                "expected a date such as 01/07/2018, or a year"));
            break;
        case ImportField::MainCrops:
            farmer.mainCrops = value;
            break;
        case ImportField::Notes:
            farmer.notes = value;
            break;
        case ImportField::ParcelCommune:
            parcelCommune = value;
            break;
        case ImportField::ParcelSheet:
            sheet = wholeNumberText(value);
            break;
        case ImportField::ParcelNumber:
            parcelNumber = wholeNumberText(value);
            break;
        case ImportField::FarmedArea:
            farmedArea = numberOf(value);
            if (!farmedArea || *farmedArea < 0)
                return badCell(mapping, field, value,
                               QCoreApplication::translate("agrimap::FarmerImportRow",
                                                           "expected square metres, 0 or more"));
            break;
        case ImportField::Tenure:
            tenure = tenureOf(value);
            if (!tenure)
                return badCell(mapping, field, value,
                               QCoreApplication::translate(
                                   "agrimap::FarmerImportRow",
                                   "write chủ sở hữu, thuê or khác (owner, tenant or other)"));
            break;
        }
    }
    const bool parcelGiven = !sheet.isEmpty() || !parcelNumber.isEmpty() ||
                             !parcelCommune.isEmpty() || farmedArea || tenure;
    if (!parcelGiven)
        return result;
    if (sheet.isEmpty() || parcelNumber.isEmpty())
        return Error{QCoreApplication::translate(
                         "agrimap::FarmerImportRow",
                         "The parcel is incomplete: %1 \"%2\" and %3 \"%4\" are both needed")
                         .arg(importFieldName(ImportField::ParcelSheet), sheet,
                              importFieldName(ImportField::ParcelNumber), parcelNumber)};
    FarmerParcel parcel; // without a commune of its own, the planner gives it the household's
    parcel.parcel = {parcelCommune, sheet, parcelNumber};
    parcel.farmedAreaM2 = farmedArea;
    parcel.tenure = tenure.value_or(Tenure::Owner);
    result.parcel = parcel;
    return result;
}

} // namespace agrimap
