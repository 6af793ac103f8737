// A child process for edit_disk_full_test: with the file size limit (RLIMIT_FSIZE) set just
// above the project's size, as a nearly full disk would, it adds growing areas with long
// notes until a write fails; prints "saved N" after each and "refused: MESSAGE" at the end.
#include "area_fixtures.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "gdal_environment.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace agrimap;
using namespace agrimap::testing;

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    ensureGdalReady();
    const QStringList arguments = application.arguments();
    if (arguments.size() < 3)
        return 2;
    // Writes past the limit fail with EFBIG instead of killing the process, like ENOSPC.
    std::signal(SIGXFSZ, SIG_IGN);
    const rlim_t limit = rlim_t(arguments.at(2).toLongLong());
    const rlimit fileSize{limit, limit};
    if (setrlimit(RLIMIT_FSIZE, &fileSize) != 0)
        return 2;
    auto store = ProjectStore::open(arguments.at(1), ProjectStore::Access::Edit);
    if (!store) {
        std::printf("refused at open: %s\n", qPrintable(store.errorMessage()));
        return 0;
    }
    auto session = EditSession::start(*store.value());
    if (!session)
        return 2;
    const QString longNote(20000, QLatin1Char('x'));
    for (int serial = 1; serial < 100000; ++serial) {
        GrowingArea area =
            squareArea(baseX + serial * 120.0, baseY, 100,
                       QStringLiteral("VN-DTFL-%1").arg(serial, 4, 10, QLatin1Char('0')));
        area.attributes.insert(QStringLiteral("notes"), longNote);
        Result<qint64> fid = session.value()->addArea(area);
        if (!fid) {
            std::printf("refused: %s\n", qPrintable(fid.errorMessage()));
            return 0;
        }
        std::printf("saved %d\n", serial);
        std::fflush(stdout);
    }
    return 3; // never full: the limit did not work
}
