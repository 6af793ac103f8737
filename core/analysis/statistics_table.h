#pragma once

#include <QLocale>
#include <QString>
#include <QVariantList>
#include <vector>

namespace agrimap {

/// A column of a statistics table: a stable key (for files and scripts), a translated title
/// and what its numbers are.
struct StatisticsColumn {
    enum class Kind { Text, Count, Hectares, Percent, Number };
    QString key;
    QString title;
    Kind kind = Kind::Text;
};

/// A finished statistics table, as shown, printed and exported: text cells are QString,
/// counts qint64, the rest double (hectares, percent).
struct StatisticsTable {
    QString name;  ///< short key, e.g. "land_use_by_code" (file and sheet names)
    QString title; ///< translated, for the dialog and the sheet
    std::vector<StatisticsColumn> columns;
    std::vector<QVariantList> rows;
    QVariantList totals; ///< a last "Total" row, or empty

    int columnOf(const QString& key) const;
};

/// A cell as people read it: hectares and percent with two decimals, counts whole, in
/// `locale` (the dialog) or, with the C locale, as the command line prints it.
QString formatStatisticsCell(const QVariant& value, StatisticsColumn::Kind kind,
                             const QLocale& locale = QLocale::c());

} // namespace agrimap
