#include "statistics_table.h"

namespace agrimap {

int StatisticsTable::columnOf(const QString& key) const {
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].key == key)
            return int(i);
    }
    return -1;
}

QString formatStatisticsCell(const QVariant& value, StatisticsColumn::Kind kind,
                             const QLocale& locale) {
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case StatisticsColumn::Kind::Text:
        return value.toString();
    case StatisticsColumn::Kind::Count:
        return locale.toString(value.toLongLong());
    case StatisticsColumn::Kind::Hectares:
    case StatisticsColumn::Kind::Percent:
        return locale.toString(value.toDouble(), 'f', 2);
    case StatisticsColumn::Kind::Number:
        return locale.toString(value.toDouble(), 'g', 10);
    }
    return value.toString();
}

} // namespace agrimap
