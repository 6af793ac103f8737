#pragma once

#include "crs.h"
#include "error.h"

#include <QStringList>
#include <QVariant>
#include <atomic>
#include <cstdint>
#include <vector>

namespace agrimap {

/// One feature's attributes as read from its source.
struct FeatureRecord {
    qint64 fid = -1;
    QStringList fieldNames;
    QVariantList values; ///< null QVariant for unset/null fields; text is NFC
    QString geometryType;
};

/// Reads attributes straight from a layer's file through GDAL, with a dataset kept open per
/// thread: identify and the attribute table never load a whole table into memory.
class FeatureReader {
public:
    FeatureReader(QString path, QString layerName);

    QString path() const { return m_path; }
    QString layerName() const { return m_layerName; }

    Result<QStringList> fieldNames() const;
    Result<FeatureRecord> read(qint64 fid) const;
    /// Several features in one pass (a page of the attribute table).
    Result<std::vector<FeatureRecord>> read(const std::vector<qint64>& fids) const;

    /// The geometries of these features as ISO WKB, reprojected into `target` (the layer's
    /// own CRS is `source`; no reprojection when either is invalid or they are the same).
    Result<std::vector<QByteArray>> readGeometries(const std::vector<qint64>& fids,
                                                   const Crs& source, const Crs& target) const;

    /// Feature ids matching an attribute filter (OGR SQL WHERE syntax, e.g.
    /// "KyHieuMucDichSuDung = 'LUC'"; empty for all), ordered by `sortField` when given.
    /// Runs on any thread; checks `cancel` as it goes.
    Result<std::vector<qint64>> queryFids(const QString& whereClause, const QString& sortField,
                                          bool ascending, const std::atomic_bool& cancel) const;

private:
    QString m_path;
    QString m_layerName;
};

} // namespace agrimap
