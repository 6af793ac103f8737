#pragma once

#include <QString>

namespace agrimap {

/// What a published field means, in Vietnamese and English, its unit and its allowed values
/// (land-use and status codes spelled out), for the package's data dictionary.
struct FieldMeaning {
    QString unit;
    QString meaningVi;
    QString meaningEn;
    QString allowedValues; ///< "CODE = name vi / name en; …", or empty
};

FieldMeaning meaningOfField(const QString& field);

} // namespace agrimap
