#include "land_use_codes.h"

namespace agrimap::planning {

namespace {

// The group a code belongs to, for codes that name a part of a wider use.
QString codeGroup(const QString& code) {
    static const QSet<QString> rice = {QStringLiteral("LUA"), QStringLiteral("LUC"),
                                       QStringLiteral("LUK"), QStringLiteral("LUN")};
    static const QSet<QString> annual = {QStringLiteral("HNK"), QStringLiteral("BHK"),
                                         QStringLiteral("NHK")};
    if (rice.contains(code))
        return QStringLiteral("LUA");
    if (annual.contains(code))
        return QStringLiteral("HNK");
    return code;
}

} // namespace

QStringList defaultAgriculturalCodes() {
    return {QStringLiteral("LUA"), QStringLiteral("LUC"), QStringLiteral("LUK"),
            QStringLiteral("LUN"), QStringLiteral("HNK"), QStringLiteral("BHK"),
            QStringLiteral("NHK"), QStringLiteral("CLN"), QStringLiteral("RSX"),
            QStringLiteral("RPH"), QStringLiteral("RDD"), QStringLiteral("NTS"),
            QStringLiteral("NKH"), QStringLiteral("CNT")};
}

QString normalizedCode(const QString& code) {
    return code.trimmed().toUpper();
}

QStringList codeParts(const QString& code) {
    QStringList parts;
    for (const QString& part : code.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        const QString normalized = normalizedCode(part);
        if (!normalized.isEmpty())
            parts << normalized;
    }
    return parts;
}

AgriculturalCodes::AgriculturalCodes(const QStringList& codes) {
    for (const QString& code : codes) {
        const QString normalized = normalizedCode(code);
        if (!normalized.isEmpty())
            m_codes.insert(normalized);
    }
}

bool AgriculturalCodes::isAgricultural(const QString& code) const {
    const QStringList parts = codeParts(code);
    if (parts.isEmpty())
        return false;
    for (const QString& part : parts) {
        if (!m_codes.contains(part))
            return false;
    }
    return true;
}

QStringList AgriculturalCodes::codes() const {
    QStringList codes(m_codes.begin(), m_codes.end());
    codes.sort();
    return codes;
}

bool landUseCodesAgree(const QString& recorded, const QString& planned) {
    const QStringList plannedParts = codeParts(planned);
    for (const QString& part : codeParts(recorded)) {
        for (const QString& plannedPart : plannedParts) {
            if (codeGroup(part) == codeGroup(plannedPart))
                return true;
        }
    }
    return false;
}

} // namespace agrimap::planning
