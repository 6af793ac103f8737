#include "text_encoding_choice.h"

#include <QCoreApplication>

namespace agrimap {

QString textEncodingKey(TextEncodingChoice choice) {
    switch (choice) {
    case TextEncodingChoice::Unicode:
        return QStringLiteral("utf8");
    case TextEncodingChoice::Windows1258:
        return QStringLiteral("cp1258");
    case TextEncodingChoice::Tcvn3:
        return QStringLiteral("tcvn3");
    case TextEncodingChoice::Vni:
        return QStringLiteral("vni");
    case TextEncodingChoice::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<TextEncodingChoice> textEncodingFromKey(const QString& key) {
    const QString folded = key.trimmed().toLower().remove(QLatin1Char('-')).remove(u'_');
    if (folded.isEmpty() || folded == QLatin1String("auto"))
        return TextEncodingChoice::Auto;
    if (folded == QLatin1String("utf8") || folded == QLatin1String("unicode"))
        return TextEncodingChoice::Unicode;
    if (folded == QLatin1String("cp1258") || folded == QLatin1String("windows1258"))
        return TextEncodingChoice::Windows1258;
    if (folded == QLatin1String("tcvn3") || folded == QLatin1String("abc") ||
        folded == QLatin1String("tcvn"))
        return TextEncodingChoice::Tcvn3;
    if (folded == QLatin1String("vni") || folded == QLatin1String("vniwindows"))
        return TextEncodingChoice::Vni;
    return std::nullopt;
}

std::optional<LegacyEncoding> legacyEncodingOf(TextEncodingChoice choice) {
    switch (choice) {
    case TextEncodingChoice::Windows1258:
        return LegacyEncoding::Windows1258;
    case TextEncodingChoice::Tcvn3:
        return LegacyEncoding::Tcvn3;
    case TextEncodingChoice::Vni:
        return LegacyEncoding::Vni;
    case TextEncodingChoice::Auto:
    case TextEncodingChoice::Unicode:
        break;
    }
    return std::nullopt;
}

TextEncodingChoice choiceOf(std::optional<LegacyEncoding> encoding) {
    if (!encoding)
        return TextEncodingChoice::Unicode;
    switch (*encoding) {
    case LegacyEncoding::Windows1258:
        return TextEncodingChoice::Windows1258;
    case LegacyEncoding::Tcvn3:
        return TextEncodingChoice::Tcvn3;
    case LegacyEncoding::Vni:
        return TextEncodingChoice::Vni;
    }
    return TextEncodingChoice::Unicode;
}

QString textEncodingName(std::optional<LegacyEncoding> encoding) {
    if (!encoding)
        return QCoreApplication::translate("agrimap::TextEncoding", "Unicode");
    switch (*encoding) {
    case LegacyEncoding::Windows1258:
        return QStringLiteral("Windows-1258");
    case LegacyEncoding::Tcvn3:
        return QCoreApplication::translate("agrimap::TextEncoding", "TCVN3 (ABC)");
    case LegacyEncoding::Vni:
        return QStringLiteral("VNI-Windows");
    }
    return {};
}

} // namespace agrimap
