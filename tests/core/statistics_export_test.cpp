// Exported statistics are read back through GDAL (its CSV and XLSX drivers), as a user's
// spreadsheet program or a script would read them.
#include "analysis/land_use_statistics.h"
#include "analysis/statistics_export.h"
#include "gdal_environment.h"
#include "test_data.h"

#include <QFile>
#include <QtTest>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

GDALDatasetUniquePtr openRead(const QString& path, const QStringList& openOptions = {}) {
    std::vector<QByteArray> storage;
    std::vector<const char*> options;
    for (const QString& option : openOptions) {
        storage.push_back(option.toUtf8());
        options.push_back(storage.back().constData());
    }
    options.push_back(nullptr);
    return GDALDatasetUniquePtr(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options.data()));
}

// What GDAL reads back, cell by cell as text and number.
struct ReadBack {
    QStringList fieldNames;
    std::vector<QStringList> texts;
    std::vector<std::vector<double>> numbers;
    std::vector<OGRFieldType> types;
};

ReadBack readLayer(OGRLayer& layer) {
    ReadBack back;
    OGRFeatureDefn& definition = *layer.GetLayerDefn();
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        back.fieldNames << QString::fromUtf8(definition.GetFieldDefn(i)->GetNameRef());
        back.types.push_back(definition.GetFieldDefn(i)->GetType());
    }
    for (const auto& feature : layer) {
        QStringList texts;
        std::vector<double> numbers;
        for (int i = 0; i < definition.GetFieldCount(); ++i) {
            texts << QString::fromUtf8(feature->GetFieldAsString(i));
            numbers.push_back(feature->GetFieldAsDouble(i));
        }
        back.texts.push_back(texts);
        back.numbers.push_back(numbers);
    }
    return back;
}

void compareWithTable(const ReadBack& back, const StatisticsTable& table) {
    QCOMPARE(back.fieldNames.size(), qsizetype(table.columns.size()));
    for (size_t c = 0; c < table.columns.size(); ++c)
        QCOMPARE(back.fieldNames[qsizetype(c)], table.columns[c].title);
    QCOMPARE(back.texts.size(), table.rows.size() + 1); // and the total row
    for (size_t r = 0; r <= table.rows.size(); ++r) {
        const QVariantList& row = r < table.rows.size() ? table.rows[r] : table.totals;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const QVariant& value = row.value(qsizetype(c));
            switch (table.columns[c].kind) {
            case StatisticsColumn::Kind::Text:
                QCOMPARE(back.texts[r][qsizetype(c)], value.toString());
                break;
            case StatisticsColumn::Kind::Count:
                QCOMPARE(qint64(back.numbers[r][c]), value.toLongLong());
                break;
            default:
                // The CSV keeps hectares to 4 decimals and percent to 2.
                if (value.isValid())
                    QVERIFY2(std::abs(back.numbers[r][c] - value.toDouble()) <=
                                 (table.columns[c].kind == StatisticsColumn::Kind::Percent
                                      ? 0.005
                                      : 0.00005) +
                                     1e-9,
                             qPrintable(QStringLiteral("row %1 column %2: %3 against %4")
                                            .arg(r)
                                            .arg(c)
                                            .arg(back.numbers[r][c])
                                            .arg(value.toDouble())));
            }
        }
    }
}

} // namespace

class StatisticsExportTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    LandUseStatistics m_statistics;

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        LandUseStatisticsRequest request;
        request.path = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        request.layerName = QStringLiteral("cadastral_parcels");
        const std::atomic_bool cancel{false};
        Result<LandUseStatistics> computed = computeLandUseStatistics(request, cancel);
        QVERIFY2(computed.ok(), qPrintable(computed.errorMessage()));
        m_statistics = std::move(computed).value();
    }

    void csvReadsBackThroughGdal() {
        const StatisticsTable table = m_statistics.communeTable();
        const QString path = m_directory.filePath(QStringLiteral("land_use.csv"));
        const Status written = exportStatisticsCsv(table, path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel needs the mark to read UTF-8
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Mỹ Ngãi")));
        GDALDatasetUniquePtr dataset = openRead(path, {QStringLiteral("AUTODETECT_TYPE=YES")});
        QVERIFY(dataset);
        compareWithTable(readLayer(*dataset->GetLayer(0)), table);
    }

    void csvQuotesWhatNeedsQuoting() {
        StatisticsTable table;
        table.name = QStringLiteral("odd");
        table.columns = {
            {QStringLiteral("name"), QStringLiteral("Tên, đầy đủ"), StatisticsColumn::Kind::Text},
            {QStringLiteral("n"), QStringLiteral("Số"), StatisticsColumn::Kind::Count}};
        table.rows = {{QStringLiteral("Ấp \"Mới\", xã Mỹ Tân"), qint64(3)},
                      {QStringLiteral("  lề  "), qint64(4)}};
        const QString path = m_directory.filePath(QStringLiteral("odd.csv"));
        QVERIFY(exportStatisticsCsv(table, path).ok());
        GDALDatasetUniquePtr dataset = openRead(path);
        QVERIFY(dataset);
        const ReadBack back = readLayer(*dataset->GetLayer(0));
        QCOMPARE(back.fieldNames.value(0), QStringLiteral("Tên, đầy đủ"));
        QCOMPARE(back.texts.size(), size_t(2));
        QCOMPARE(back.texts[0][0], QStringLiteral("Ấp \"Mới\", xã Mỹ Tân"));
        QCOMPARE(back.texts[1][0], QStringLiteral("  lề  "));
    }

    void xlsxKeepsOneSheetPerTableWithNumbers() {
        const std::vector<StatisticsTable> tables = {
            m_statistics.codeTable(), m_statistics.communeTable(),
            m_statistics.codeTable(QStringLiteral("Mỹ Ngãi"))};
        const QString path = m_directory.filePath(QStringLiteral("land_use.xlsx"));
        const Status written = exportStatisticsXlsx(tables, path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        GDALDatasetUniquePtr dataset = openRead(path, {QStringLiteral("HEADERS=FORCE")});
        QVERIFY(dataset);
        QCOMPARE(QString::fromLatin1(dataset->GetDriverName()), QStringLiteral("XLSX"));
        QCOMPARE(dataset->GetLayerCount(), 3);
        for (int i = 0; i < 3; ++i) {
            OGRLayer& layer = *dataset->GetLayer(i);
            QCOMPARE(QString::fromUtf8(layer.GetName()), tables[size_t(i)].title.left(31));
            const ReadBack back = readLayer(layer);
            compareWithTable(back, tables[size_t(i)]);
            // Areas are numbers a spreadsheet can add up, not text.
            const int area = tables[size_t(i)].columnOf(QStringLiteral("area_ha"));
            QCOMPARE(back.types[size_t(area)], OFTReal);
        }
        // No half-written workbook is left beside it.
        QCOMPARE(QDir(m_directory.path())
                     .entryList({QStringLiteral(".*partial*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }

    void unwritableTargetIsAnErrorNamingIt_data() {
        QTest::addColumn<bool>("workbook");
        QTest::newRow("csv") << false;
        QTest::newRow("xlsx") << true;
    }
    void unwritableTargetIsAnErrorNamingIt() {
        QFETCH(bool, workbook);
        const QString path = m_directory.filePath(workbook ? QStringLiteral("no/such/folder/x.xlsx")
                                                           : QStringLiteral("no/such/x.csv"));
        const StatisticsTable table = m_statistics.codeTable();
        const Status written =
            workbook ? exportStatisticsXlsx({table}, path) : exportStatisticsCsv(table, path);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(written.errorMessage()));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(StatisticsExportTest)
#include "statistics_export_test.moc"
