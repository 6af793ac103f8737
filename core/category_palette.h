#pragma once

#include "error.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <vector>

namespace agrimap {

/// One category of a palette: a code (e.g. a land-use code "LUC" or a status "active")
/// with its colour and names.
struct PaletteCategory {
    QString code;
    QColor colour;
    QString nameVi;
    QString nameEn;
};

/// A code → colour table read from an editable CSV style file
/// (`code,red,green,blue,name_vi,name_en`), so officials can correct colours without a
/// new release. Codes match case- and space-insensitively; a mixed code such as
/// "LUC+ONT" takes the colour of its first known part. Unknown codes get the neutral colour.
class CategoryPalette {
public:
    static Result<CategoryPalette> fromCsv(const QByteArray& csv, const QString& sourceName);
    static Result<CategoryPalette> fromFile(const QString& path);

    const std::vector<PaletteCategory>& categories() const { return m_categories; }
    /// Index into categories(), or -1 for a code the palette does not know.
    int indexOf(const QString& code) const;
    QColor neutralColour() const { return m_neutral; }
    QColor colourOf(const QString& code) const;

private:
    std::vector<PaletteCategory> m_categories;
    QHash<QString, int> m_indexByCode;
    QColor m_neutral{200, 200, 200};
};

} // namespace agrimap
