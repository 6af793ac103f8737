// A child process for edit_durability_test: opens a project, then adds, changes and deletes
// growing areas as fast as it can, printing "done N" after each edit is committed, until
// it is killed.
#include "area_fixtures.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "gdal_environment.h"

#include <QCoreApplication>
#include <cstdio>

using namespace agrimap;
using namespace agrimap::testing;

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    ensureGdalReady();
    const QStringList arguments = application.arguments();
    if (arguments.size() < 3)
        return 2;
    const int firstSerial = arguments.at(2).toInt();
    auto store = ProjectStore::open(arguments.at(1), ProjectStore::Access::Edit);
    if (!store || store.value()->isReadOnly()) {
        std::fprintf(stderr, "cannot edit: %s\n",
                     store ? "read-only" : qPrintable(store.errorMessage()));
        return 2;
    }
    auto session = EditSession::start(*store.value());
    if (!session)
        return 2;
    std::printf("ready\n");
    std::fflush(stdout);
    for (int serial = firstSerial;; ++serial) {
        // Each area in its own 100 m cell: no overlaps; every third is changed, then deleted
        // and restored by undo, so that inserts, updates, deletes and undos all get killed.
        const double x = baseX + (serial % 100) * 120.0;
        const double y = baseY + (serial / 100) * 120.0;
        Result<qint64> fid = session.value()->addArea(squareArea(
            x, y, 100, QStringLiteral("VN-DTKT-%1").arg(serial, 4, 10, QLatin1Char('0'))));
        if (!fid) {
            std::fprintf(stderr, "%s\n", qPrintable(fid.errorMessage()));
            return 3;
        }
        if (serial % 3 == 0) {
            GrowingArea changed = *session.value()->cached(fid.value());
            changed.attributes.insert(QStringLiteral("households"), serial);
            if (!session.value()->changeArea(changed) ||
                !session.value()->removeArea(fid.value()) || !session.value()->undo())
                return 4;
        }
        std::printf("done %d\n", serial);
        std::fflush(stdout);
    }
}
