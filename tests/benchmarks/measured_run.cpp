#include "measured_run.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace agrimap::benchmarks {

namespace {

QString contentsOf(QTemporaryFile& file) {
    file.seek(0);
    return QString::fromUtf8(file.readAll());
}

} // namespace

MeasuredRun runMeasured(const QString& program, const QStringList& arguments) {
    MeasuredRun run;
    // Output goes to files, not pipes: a child never blocks on a full pipe while we wait.
    QTemporaryFile output, errors;
    if (!output.open() || !errors.open())
        return run;
    std::vector<QByteArray> texts{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        texts.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& text : texts)
        argv.push_back(text.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, output.handle(), 1);
    posix_spawn_file_actions_adddup2(&actions, errors.handle(), 2);
    QElapsedTimer clock;
    clock.start();
    pid_t child = 0;
    const int spawned = posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    run.started = true;
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        return run;
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.peakResidentMb = double(usage.ru_maxrss) / 1024.0;
    run.output = contentsOf(output);
    run.errors = contentsOf(errors);
    return run;
}

} // namespace agrimap::benchmarks
