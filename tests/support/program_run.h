#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace agrimap::testing {

/// How a program run by a test ended and what it printed.
struct ProgramRun {
    int exitCode = -1; ///< -1 when it crashed or did not end within the time allowed
    QString out;
    QString err;
};

/// Runs `program` with `arguments` to its end (two minutes at most), as a script would.
inline ProgramRun runProgram(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return ProgramRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
}

#ifdef AGRIMAP_CLI
/// The build's own agrimap-cli (AGRIMAP_CLI, set by the test's CMake target).
inline ProgramRun runCli(const QStringList& arguments) {
    return runProgram(QStringLiteral(AGRIMAP_CLI), arguments);
}
#endif

} // namespace agrimap::testing
