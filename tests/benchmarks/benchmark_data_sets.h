#pragma once

#include <QString>
#include <QTemporaryDir>

namespace agrimap::benchmarks {

/// Where generated sets are kept: AGRIMAP_BENCH_DIR when set (kept between runs), else
/// `fallback`, a temporary folder of this run.
QString benchmarkDirectory(const QTemporaryDir& fallback);

/// The parcel set of `parcels` features (layer cadastral_parcels) in `directory`, made with
/// agrimap-sample-gen (seed 1) unless it is already there.
QString generatedParcelSet(const QString& directory, qint64 parcels);

} // namespace agrimap::benchmarks
