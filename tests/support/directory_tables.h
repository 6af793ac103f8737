#pragma once

#include "directory/directory_schema.h"

#include <QString>
#include <QtGlobal>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::testing {

/// Removes the Farmer Directory's tables from a copy of a project (the sample has 40
/// households), for tests that count their own households or need a project without one.
/// Opening the project for editing creates the tables again, empty.
inline void dropFarmerDirectory(const QString& project) {
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(project.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!dataset)
        qFatal("cannot open %s", qPrintable(project));
    for (const char* table : {directory_table::farmers, directory_table::cooperatives,
                              directory_table::farmerParcels, directory_table::farmerAreas}) {
        for (int i = 0; i < dataset->GetLayerCount(); ++i) {
            if (QLatin1String(dataset->GetLayer(i)->GetName()) == QLatin1String(table) &&
                dataset->DeleteLayer(i) != OGRERR_NONE)
                qFatal("cannot drop %s from %s", table, qPrintable(project));
        }
    }
}

} // namespace agrimap::testing
