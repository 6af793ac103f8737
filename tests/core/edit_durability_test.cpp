#include "editing/project_store.h"
#include "gdal_environment.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;

// Kills a child process that is editing a project (SIGKILL, at a random moment, many times)
// and checks after each kill that the project opens, passes PRAGMA integrity_check and holds
// every edit the child reported as finished.
class EditDurabilityTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;

    static QString integrityCheck(const QString& path) {
        const char* const drivers[] = {"GPKG", nullptr};
        GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                                       GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
        if (!dataset)
            return QStringLiteral("cannot open: ") + QString::fromUtf8(CPLGetLastErrorMsg());
        OGRLayer* result = dataset->ExecuteSQL("PRAGMA integrity_check", nullptr, nullptr);
        if (!result)
            return QStringLiteral("no result");
        OGRFeatureUniquePtr row(result->GetNextFeature());
        const QString answer =
            row ? QString::fromUtf8(row->GetFieldAsString(0)) : QStringLiteral("no row");
        dataset->ReleaseResultSet(result);
        return answer;
    }

    static QSet<QString> storedCodes(const QString& path) {
        QSet<QString> codes;
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        if (!store)
            return codes;
        const Result<std::vector<GrowingArea>> areas = store.value()->areas();
        if (!areas)
            return codes;
        for (const GrowingArea& area : areas.value())
            codes.insert(area.text(area_field::code));
        return codes;
    }

private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    void killedEditorLosesNothingFinished() {
        const QString path = m_directory.filePath(QStringLiteral("kill.agrimap.gpkg"));
        const int rounds = qEnvironmentVariableIntValue("AGRIMAP_KILL_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("AGRIMAP_KILL_ROUNDS")
                               : 25;
        QSet<int> finished;
        int serial = 0;
        QRandomGenerator random(20261123);
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(EDIT_SERIES_CHILD), {path, QString::number(serial)});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Wait for the child to be editing, then let it run a random while and kill it.
            QElapsedTimer clock;
            clock.start();
            QByteArray output;
            while (!output.contains("ready") && clock.elapsed() < 20000 &&
                   child.state() == QProcess::Running) {
                child.waitForReadyRead(100);
                output += child.readAllStandardOutput();
            }
            QVERIFY2(output.contains("ready"), child.readAllStandardError().constData());
            QTest::qWait(int(random.bounded(5, 120)));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            output += child.readAllStandardOutput();
            int reported = 0;
            for (const QByteArray& line : output.split('\n')) {
                if (line.startsWith("done ")) {
                    finished.insert(line.mid(5).toInt());
                    ++reported;
                }
            }
            QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
            const QSet<QString> codes = storedCodes(path);
            for (int done : std::as_const(finished))
                QVERIFY2(
                    codes.contains(QStringLiteral("VN-DTKT-%1").arg(done, 4, 10, QLatin1Char('0'))),
                    qPrintable(QStringLiteral("round %1: finished edit %2 is missing")
                                   .arg(round)
                                   .arg(done)));
            // The next child starts past anything this one may have half-done.
            serial += reported + 50;
        }
        QVERIFY2(finished.size() > rounds, "the children finished too few edits to mean anything");
        // The last child's lock was left behind by a killed process: the project still opens
        // for editing.
        auto store = ProjectStore::open(path, ProjectStore::Access::Edit);
        QVERIFY(store);
        QVERIFY(!store.value()->isReadOnly());
        qInfo("%d rounds, %lld edits finished before the kills, all kept", rounds,
              qlonglong(finished.size()));
    }
};

QTEST_GUILESS_MAIN(EditDurabilityTest)
#include "edit_durability_test.moc"
