#pragma once

#include "error.h"
#include "statistics_table.h"

namespace agrimap {

/// Writes `table` (its rows, then its totals) as CSV: UTF-8 with a byte order mark, so that
/// Excel shows Vietnamese letters; comma-separated, a header of the column titles, numbers
/// with a decimal point and full precision (hectares to 4 decimals, percent to 2).
/// Written to a temporary file and renamed into place: a failed export leaves no half file.
Status exportStatisticsCsv(const StatisticsTable& table, const QString& path);

/// Writes the tables as an Excel workbook (GDAL's XLSX driver), one sheet per table named
/// after its title; numbers stay numbers. An existing file at `path` is replaced.
Status exportStatisticsXlsx(const std::vector<StatisticsTable>& tables, const QString& path);

} // namespace agrimap
