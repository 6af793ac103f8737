#pragma once

#include <QElapsedTimer>
#include <QString>
#include <vector>

namespace agrimap::benchmarks {

/// Milliseconds since `clock` started, to the nanosecond.
double elapsedMs(const QElapsedTimer& clock);
double median(std::vector<double> values);
/// The value below which `fraction` (0…1) of the values lie.
double percentile(std::vector<double> values, double fraction);
/// This process's peak resident memory so far.
double peakResidentMb();
/// "met" or "MISSED", beside a target.
QString verdict(bool met);

} // namespace agrimap::benchmarks
