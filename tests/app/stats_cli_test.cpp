// `agrimap-cli stats` as a script would run it: the printed table against SQL on the same
// file, the commune filter, the CSV it writes, and exit codes 0 and 2.
#include "gdal_environment.h"
#include "program_run.h"
#include "test_data.h"

#include <QProcess>
#include <QtTest>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

// agrimap-cli stats with `arguments`.
ProgramRun runStats(const QStringList& arguments) {
    return runCli(QStringList{QStringLiteral("stats")} + arguments);
}

// The printed table: the header's column names, then one map per row. Cells are separated by
// two or more spaces (names such as "Land specialised for rice" have single ones).
struct PrintedTable {
    QStringList columns;
    std::vector<QStringList> rows;

    QString cell(size_t row, const QString& column) const {
        return rows.at(row).value(columns.indexOf(column));
    }
    const QStringList* rowStarting(const QString& first) const {
        for (const QStringList& row : rows)
            if (row.value(0) == first)
                return &row;
        return nullptr;
    }
};

PrintedTable parse(const QString& out) {
    PrintedTable table;
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(gap);
        if (table.columns.isEmpty())
            table.columns = cells;
        else
            table.rows.push_back(cells);
    }
    return table;
}

// Hectares of one code (and commune) by SQL through GDAL's SQLite dialect.
double sqlHectares(const QString& path, const QString& where) {
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    const QString sql =
        QStringLiteral("SELECT SUM(ST_Area(geom)) / 10000 FROM cadastral_parcels WHERE %1")
            .arg(where);
    OGRLayer* result = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, "SQLite");
    OGRFeatureUniquePtr row(result->GetNextFeature());
    const double hectares = row->GetFieldAsDouble(0);
    dataset->ReleaseResultSet(result);
    return hectares;
}

} // namespace

class StatsCliTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_sample;
    QString m_project;

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_sample = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        m_project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
    }

    void byCodePrintsHectaresAsSqlSumsThem() {
        const ProgramRun run = runStats({m_sample, QStringLiteral("--by"), QStringLiteral("code")});
        QCOMPARE(run.exitCode, 0);
        const PrintedTable table = parse(run.out);
        QCOMPARE(table.columns, (QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                             QStringLiteral("parcels"), QStringLiteral("area_ha"),
                                             QStringLiteral("share_pct")}));
        const QStringList* luc = table.rowStarting(QStringLiteral("LUC"));
        QVERIFY(luc);
        QCOMPARE(luc->value(1), QStringLiteral("Land specialised for rice"));
        QCOMPARE(
            luc->value(3).toDouble(),
            std::round(sqlHectares(m_sample, QStringLiteral("KyHieuMucDichSuDung = 'LUC'")) * 100) /
                100);
        // Legacy codes are listed, never dropped.
        QVERIFY(table.rowStarting(QStringLiteral("COC")));
        const QStringList* total = table.rowStarting(QStringLiteral("Total"));
        QVERIFY(total);
        QCOMPARE(total->value(total->size() - 3), QStringLiteral("3000"));
        QCOMPARE(total->constLast(), QStringLiteral("100.00"));
        QVERIFY(run.err.contains(QLatin1String("EPSG:5897")));
    }

    // A project: its cadastral layer (with communes) is the one summed.
    void byCommuneOfAProjectAddsUpPerCommune() {
        const ProgramRun run =
            runStats({m_project, QStringLiteral("--by"), QStringLiteral("commune")});
        QCOMPARE(run.exitCode, 0);
        const PrintedTable table = parse(run.out);
        QCOMPARE(table.columns.value(0), QStringLiteral("commune"));
        QMap<QString, double> shares;
        for (size_t i = 0; i + 1 < table.rows.size(); ++i)
            shares[table.cell(i, QStringLiteral("commune"))] +=
                table.cell(i, QStringLiteral("share_pct")).toDouble();
        QVERIFY(shares.size() >= 5);
        for (auto it = shares.cbegin(); it != shares.cend(); ++it)
            QVERIFY2(std::abs(it.value() - 100.0) < 0.1, qPrintable(it.key()));
        QVERIFY(run.err.contains(QLatin1String("cadastral_parcels")));
    }

    void communeFilterAndCsv() {
        const QString csv = m_directory.filePath(QStringLiteral("mỹ ngãi.csv"));
        const ProgramRun run = runStats({m_sample, QStringLiteral("--by"), QStringLiteral("code"),
                                         QStringLiteral("--commune"), QStringLiteral("Mỹ Ngãi"),
                                         QStringLiteral("--csv"), csv});
        QCOMPARE(run.exitCode, 0);
        const PrintedTable table = parse(run.out);
        const QStringList* total = table.rowStarting(QStringLiteral("Total"));
        QVERIFY(total);
        QCOMPARE(total->value(total->size() - 2).toDouble(),
                 std::round(sqlHectares(m_sample, QStringLiteral("TenXa = 'Mỹ Ngãi'")) * 100) /
                     100);
        GDALDatasetUniquePtr written(
            GDALDataset::Open(csv.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(written);
        OGRLayer* layer = written->GetLayer(0);
        QCOMPARE(layer->GetFeatureCount(), qint64(table.rows.size()));
        QCOMPARE(QString::fromUtf8(layer->GetLayerDefn()->GetFieldDefn(0)->GetNameRef()),
                 QStringLiteral("Code"));
    }

    void growingAreasByCrop() {
        const ProgramRun run =
            runStats({m_project, QStringLiteral("--by"), QStringLiteral("crop")});
        QCOMPARE(run.exitCode, 0);
        const PrintedTable table = parse(run.out);
        QCOMPARE(table.columns.value(0), QStringLiteral("crop"));
        const QStringList* total = table.rowStarting(QStringLiteral("Total"));
        QVERIFY(total);
        QCOMPARE(total->value(1), QStringLiteral("36"));
    }

    void failuresExitWithTwo_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no path") << QStringList() << "expected PATH";
        QTest::newRow("unknown grouping")
            << QStringList{QStringLiteral("SAMPLE"), QStringLiteral("--by"),
                           QStringLiteral("owner")}
            << "expected PATH";
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("/no/such/file.gpkg")} << "/no/such/file.gpkg";
        QTest::newRow("layer without codes")
            << QStringList{QStringLiteral("SAMPLE"), QStringLiteral("--layer"),
                           QStringLiteral("communes")}
            << "land-use code field";
        QTest::newRow("unknown commune")
            << QStringList{QStringLiteral("SAMPLE"), QStringLiteral("--commune"),
                           QStringLiteral("Atlantis")}
            << "Atlantis";
        QTest::newRow("unwritable CSV")
            << QStringList{QStringLiteral("SAMPLE"), QStringLiteral("--csv"),
                           QStringLiteral("/no/such/folder/x.csv")}
            << "/no/such/folder/x.csv";
    }
    void failuresExitWithTwo() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("SAMPLE"), m_sample);
        const ProgramRun run = runStats(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(StatsCliTest)
#include "stats_cli_test.moc"
