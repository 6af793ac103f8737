#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace agrimap::personal_data {

/// Why a field is personal data (Decree 13/2023, DOMAIN.md), or empty when it is not:
/// names, citizen ids, phones, birth dates and addresses of persons, and parcel owners'
/// names in cadastral layers. `marked` holds "table.column" pairs the project marks itself
/// (its agrimap_personal_fields table).
QString reasonFor(const QString& table, const QString& field, const QSet<QString>& marked = {});

/// The "table.column" pairs a GeoPackage marks as personal (empty when it has no such table).
QSet<QString> markedFields(const QString& path);

/// How names of persons compare: NFC, without case and surrounding spaces.
QString nameKey(const QString& name);

/// What in a text value looks like personal data: a 12-digit citizen id or a Vietnamese phone
/// number; empty when nothing does.
QString patternIn(const QString& value);

} // namespace agrimap::personal_data
