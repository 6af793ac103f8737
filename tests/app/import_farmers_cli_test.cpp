#include "directory/farmer_store.h"
#include "directory/import/rejected_rows_file.h"
#include "editing/project_store.h"
#include "gdal_environment.h"
#include "import_fixtures.h"
#include "program_run.h"

#include <QProcess>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

const QStringList headers = {QStringLiteral("Họ tên"), QStringLiteral("CCCD"),
                             QStringLiteral("Xã")};

} // namespace

// agrimap-cli import-farmers as a script runs it: the report, the exit codes, the files.
class ImportFarmersCliTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    int m_serial = 0;

    QString newPath(const QString& name) {
        return m_directory.filePath(QStringLiteral("%1-%2").arg(++m_serial).arg(name));
    }

    QString newProject() {
        const QString path = newPath(QStringLiteral("p.agrimap.gpkg"));
        auto store = ProjectStore::open(path, ProjectStore::Access::Edit);
        if (!store)
            qFatal("%s", qPrintable(store.errorMessage()));
        return path;
    }

    static qint64 farmerCount(const QString& project) {
        auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
        return FarmerStore(*store.value()).farmerCount();
    }

private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    void allRowsTakenExitsZero() {
        const QString project = newProject();
        const QString csv = newPath(QStringLiteral("ho.csv"));
        writeCsv(
            csv,
            {headers,
             {QStringLiteral("Nguyễn Thị Hường"), "087168001234", QStringLiteral("Tân Thuận Tây")},
             {QStringLiteral("Lê Văn Tám"), "", QStringLiteral("Đồng Tháp")}},
            LegacyEncoding::Vni);
        const ProgramRun run = runCli({QStringLiteral("import-farmers"), project, csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Họ tên -> full_name")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("VNI-Windows (detected)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("imported:  2")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("rejected:  0")), qPrintable(run.out));
        QCOMPARE(farmerCount(project), 2);

        // The same file again: the project remembers the mapping, and nothing changes.
        const ProgramRun again = runCli({QStringLiteral("import-farmers"), project, csv});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("remembered")), qPrintable(again.out));
        QVERIFY2(again.out.contains(QStringLiteral("unchanged: 1")), qPrintable(again.out));
        QCOMPARE(farmerCount(project), 3); // the row without an ID matches nothing: a new one
    }

    void rejectedRowsExitOne() {
        const QString project = newProject();
        const QString csv = newPath(QStringLiteral("loi.csv"));
        writeCsv(csv, {headers,
                       {QStringLiteral("Trần Văn Một"), "087070000001", QStringLiteral("Mỹ Ngãi")},
                       {QStringLiteral("Trần Văn Hai"), "12345", QStringLiteral("Mỹ Ngãi")}});
        const ProgramRun run = runCli({QStringLiteral("import-farmers"), project, csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("Row 3 rejected")) &&
                     run.out.contains(QStringLiteral("12345")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(rejectedRowsPath(csv)), qPrintable(run.out));
        QVERIFY(QFileInfo::exists(rejectedRowsPath(csv)));
        QCOMPARE(farmerCount(project), 1);
    }

    void dryRunStoresNothing() {
        const QString project = newProject();
        const QString csv = newPath(QStringLiteral("thu.csv"));
        writeCsv(csv, {headers, {QStringLiteral("Võ Văn Chín"), "", QStringLiteral("Mỹ Trà")}});
        const ProgramRun run =
            runCli({QStringLiteral("import-farmers"), project, csv, QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Dry run")), qPrintable(run.out));
        QCOMPARE(farmerCount(project), 0);
    }

    void encodingAndMappingOptions() {
        const QString project = newProject();
        const QString xlsx = newPath(QStringLiteral("so.xlsx"));
        writeXlsx(xlsx, QStringLiteral("Hộ"),
                  {{QStringLiteral("A"), QStringLiteral("B")},
                   {asLegacyFontText(QStringLiteral("Đỗ Thị Mến"), LegacyEncoding::Tcvn3),
                    "0912345678"}});
        const QString mapping = newPath(QStringLiteral("cot.json"));
        QFile file(mapping);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "agrimap-import-mapping", "version": 1, "columns": [
            {"header": "A", "field": "full_name"}, {"header": "B", "field": "phone"}]})");
        file.close();
        const ProgramRun run =
            runCli({QStringLiteral("import-farmers"), project, xlsx, QStringLiteral("--encoding"),
                    QStringLiteral("tcvn3"), QStringLiteral("--mapping"), mapping});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("TCVN3 (ABC) (chosen)")), qPrintable(run.out));
        auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
        const std::vector<FarmerRecord> farmers = FarmerStore(*store.value()).farmers().value();
        QCOMPARE(farmers.size(), size_t(1));
        QCOMPARE(farmers[0].fullName, QStringLiteral("Đỗ Thị Mến"));
        QCOMPARE(farmers[0].phone, QStringLiteral("0912345678"));
    }

    void failuresExitTwo_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown encoding")
            << QStringList{QStringLiteral("--encoding"), QStringLiteral("latin9")}
            << QStringLiteral("unknown encoding");
        QTest::newRow("missing mapping file")
            << QStringList{QStringLiteral("--mapping"), QStringLiteral("/nonexistent/m.json")}
            << QStringLiteral("/nonexistent/m.json");
        QTest::newRow("no such sheet")
            << QStringList{QStringLiteral("--sheet"), QStringLiteral("X")}
            << QStringLiteral("sheet");
    }

    void failuresExitTwo() {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const QString project = newProject();
        const QString csv = newPath(QStringLiteral("ho.csv"));
        writeCsv(csv, {headers, {QStringLiteral("Lý Văn Út"), "", ""}});
        const ProgramRun run =
            runCli(QStringList{QStringLiteral("import-farmers"), project, csv} + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(farmerCount(project), 0);
    }

    void missingFilesExitTwo() {
        const QString project = newProject();
        ProgramRun run = runCli({QStringLiteral("import-farmers"), project,
                                 m_directory.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("none.csv")), qPrintable(run.err));
        run = runCli({QStringLiteral("import-farmers"),
                      m_directory.filePath(QStringLiteral("none.gpkg")), project});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("none.gpkg")), qPrintable(run.err));
        run = runCli({QStringLiteral("import-farmers"), project});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(ImportFarmersCliTest)
#include "import_farmers_cli_test.moc"
