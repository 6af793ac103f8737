#include "print_fonts.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace agrimap::print {

QString printFontFamily() {
    static const QString family = [] {
        for (const QString& candidate :
             {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
              QStringLiteral("Liberation Sans"), QStringLiteral("Arial")}) {
            if (QFontDatabase::hasFamily(candidate) &&
                QFontDatabase::writingSystems(candidate).contains(QFontDatabase::Vietnamese))
                return candidate;
        }
        return QGuiApplication::font().family();
    }();
    return family;
}

QFont printFont(double points, bool bold) {
    QFont font(printFontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    // Outlines as designed: hinting would snap glyphs to the pixels of one resolution and
    // make the PDF and the PNG differ.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace agrimap::print
