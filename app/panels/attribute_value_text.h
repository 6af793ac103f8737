#pragma once

#include <QString>
#include <QVariant>

namespace agrimap::attribute_text {

/// A field value as the panels show it: numbers in the user's locale (identifiers and other
/// integers without grouping), text as read (already NFC), missing values as "NULL".
QString display(const QVariant& value);
/// The value as plain text for the clipboard: no locale formatting, empty for NULL.
QString plain(const QVariant& value);

} // namespace agrimap::attribute_text
