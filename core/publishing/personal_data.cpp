#include "personal_data.h"

#include "gdal_environment.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::personal_data {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("agrimap::personal_data", text);
}

// Field names that hold a person's data in the layers officials receive (cadastral owners)
// and in the Farmer Directory.
struct KnownField {
    const char* name;
    const char* reason;
};
const KnownField knownFields[] = {
    {"tenchu", QT_TRANSLATE_NOOP("agrimap::personal_data", "the owner's name")},
    {"chusudung", QT_TRANSLATE_NOOP("agrimap::personal_data", "the owner's name")},
    {"owner", QT_TRANSLATE_NOOP("agrimap::personal_data", "the owner's name")},
    {"owner_name", QT_TRANSLATE_NOOP("agrimap::personal_data", "the owner's name")},
    {"full_name", QT_TRANSLATE_NOOP("agrimap::personal_data", "a person's name")},
    {"hoten", QT_TRANSLATE_NOOP("agrimap::personal_data", "a person's name")},
    {"cccd", QT_TRANSLATE_NOOP("agrimap::personal_data", "a citizen id number")},
    {"cmnd", QT_TRANSLATE_NOOP("agrimap::personal_data", "a citizen id number")},
    {"phone", QT_TRANSLATE_NOOP("agrimap::personal_data", "a phone number")},
    {"sodienthoai", QT_TRANSLATE_NOOP("agrimap::personal_data", "a phone number")},
    {"birth_year", QT_TRANSLATE_NOOP("agrimap::personal_data", "a birth date")},
    {"namsinh", QT_TRANSLATE_NOOP("agrimap::personal_data", "a birth date")},
    {"diachi", QT_TRANSLATE_NOOP("agrimap::personal_data", "a person's address")},
};

} // namespace

QString reasonFor(const QString& table, const QString& field, const QSet<QString>& marked) {
    if (marked.contains(table + QLatin1Char('.') + field))
        return tr("marked as personal data in the project");
    const QString lower = field.toLower();
    for (const KnownField& known : knownFields) {
        if (lower == QLatin1String(known.name))
            return QCoreApplication::translate("agrimap::personal_data", known.reason);
    }
    return {};
}

QSet<QString> markedFields(const QString& path) {
    QSet<QString> marked;
    ensureGdalReady();
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    OGRLayer* table = dataset ? dataset->GetLayerByName("agrimap_personal_fields") : nullptr;
    if (!table)
        return marked;
    for (const auto& feature : *table)
        marked.insert(fromSourceUtf8(feature->GetFieldAsString("table_name")) + QLatin1Char('.') +
                      fromSourceUtf8(feature->GetFieldAsString("column_name")));
    return marked;
}

QString nameKey(const QString& name) {
    return toNfc(name).trimmed().toCaseFolded();
}

QString patternIn(const QString& value) {
    // The shortest match below is a phone number: "0" and nine digits. A value with fewer
    // digits (most names, codes and notes) skips the regular expressions, which cost far more
    // than counting. \d is ASCII only here (no UseUnicodePropertiesOption).
    constexpr int fewestDigits = 10;
    int digits = 0;
    for (const QChar c : value)
        digits += c >= QLatin1Char('0') && c <= QLatin1Char('9') ? 1 : 0;
    if (digits < fewestDigits)
        return {};
    // Digits not part of a longer number: a CCCD is exactly 12.
    static const QRegularExpression citizenId(QStringLiteral("(?<!\\d)\\d{12}(?!\\d)"));
    static const QRegularExpression phone(
        QStringLiteral("(?<![\\d+])(?:\\+84|0)(?:[\\s.-]?\\d){9}(?!\\d)"));
    if (citizenId.match(value).hasMatch())
        return tr("a 12-digit citizen id number");
    if (phone.match(value).hasMatch())
        return tr("a phone number");
    return {};
}

} // namespace agrimap::personal_data
