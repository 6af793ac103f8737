#include "attribute_value_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace agrimap::attribute_text {

QString display(const QVariant& value) {
    if (value.isNull())
        return QCoreApplication::translate("agrimap::AttributeText", "NULL");
    switch (value.typeId()) {
    case QMetaType::Double:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    default:
        return value.toString();
    }
}

QString plain(const QVariant& value) {
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace agrimap::attribute_text
