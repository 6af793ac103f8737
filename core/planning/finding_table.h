#pragma once

#include "crs.h"
#include "error.h"
#include "planning_job.h"

#include <QByteArray>
#include <QMetaType>
#include <QRectF>
#include <QString>
#include <QVariantList>
#include <vector>

namespace agrimap::planning {

/// One column of a check's findings: the field name in the result layer, and the header a
/// list shows (translated).
struct FindingField {
    QString name;
    QString title;
    QMetaType::Type type = QMetaType::QString;
};

/// What a planning check found, as a table: the rows a list shows, and for each the
/// offending piece (ISO WKB) and its extent, in the check's CRS. The same table is written
/// as the result layer the map shows.
struct FindingTable {
    QString layerName; ///< e.g. "non_agricultural_pieces"
    QString title;     ///< the layer's name in the layer tree (translated)
    Crs crs;
    std::vector<FindingField> fields;
    std::vector<QVariantList> rows;
    std::vector<QByteArray> geometries;
    std::vector<QRectF> extents;

    size_t size() const { return rows.size(); }
    void add(QVariantList row, QByteArray geometry, const QRectF& extent) {
        rows.push_back(std::move(row));
        geometries.push_back(std::move(geometry));
        extents.push_back(extent);
    }
};

/// Writes `table` as a polygon layer of a GeoPackage (created when missing; a layer of the
/// same name is replaced), through GDAL, in one transaction. Errors name the file.
Status writeFindingLayer(const QString& path, const FindingTable& table,
                         const JobControl& control = {});

} // namespace agrimap::planning
