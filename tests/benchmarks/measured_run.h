#pragma once

#include <QString>
#include <QStringList>

namespace agrimap::benchmarks {

/// What one run of a program cost, measured from outside it the same way for every tool.
struct MeasuredRun {
    bool started = false;
    int exitCode = -1;
    double wallMs = 0;
    double cpuMs = 0;          ///< user and system time of the child and all its threads
    double peakResidentMb = 0; ///< the child's own peak (wait4), not this process's
    QString output;            ///< what it printed on standard output
    QString errors;            ///< what it printed on standard error
};

/// Runs `program` with `arguments` to its end. The peak resident memory is the child's
/// alone, so a run per size shows how memory grows with the size.
MeasuredRun runMeasured(const QString& program, const QStringList& arguments);

} // namespace agrimap::benchmarks
