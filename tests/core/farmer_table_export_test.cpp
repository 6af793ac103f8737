#include "area_fixtures.h"
#include "directory/farmer_store.h"
#include "directory/farmer_table_export.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"

#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

// The directory exported for internal use, read back through GDAL as Excel or a script would.
class FarmerTableExportTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_projectPath;
    std::vector<qint64> m_fids; ///< in the order they are exported

    /// Every row of the first layer of `path` as header → text.
    static std::vector<QHash<QString, QString>> readBack(const QString& path) {
        const char* const options[] = {"HEADERS=FORCE", nullptr};
        GDALDatasetUniquePtr dataset(GDALDataset::Open(
            path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options));
        std::vector<QHash<QString, QString>> rows;
        if (!dataset || dataset->GetLayerCount() == 0)
            return rows;
        OGRLayer* layer = dataset->GetLayer(0);
        for (const auto& feature : *layer) {
            QHash<QString, QString> row;
            for (int i = 0; i < feature->GetFieldCount(); ++i)
                row.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                           QString::fromUtf8(feature->GetFieldAsString(i)));
            rows.push_back(row);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_projectPath = m_directory.filePath(QStringLiteral("e.agrimap.gpkg"));
        auto project = ProjectStore::open(m_projectPath, ProjectStore::Access::Edit).value();
        FarmerStore farmers(*project);
        const qint64 area =
            project->insertArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0042")))
                .value();
        FarmerRecord first =
            farmerNamed(QStringLiteral("Nguyễn Thị Hường"), QStringLiteral("087185000123"), 1985,
                        QStringLiteral("Tân Thuận Tây"));
        first.memberSince = QDate(2019, 3, 1);
        first.cooperative = QStringLiteral("HTX xoài Đồng Tháp");
        const qint64 a = farmers.insertFarmer(first).value();
        const qint64 b = farmers.insertFarmer(farmerNamed(QStringLiteral("Đỗ Văn Tám"))).value();
        const qint64 c = farmers.insertFarmer(farmerNamed(QStringLiteral("Lê Văn Út"))).value();
        QVERIFY(farmers.linkParcel(
            {-1,
             a,
             {QStringLiteral("Tân Thuận Tây"), QStringLiteral("3"), QStringLiteral("41")},
             2500,
             Tenure::Owner}));
        QVERIFY(farmers.linkArea({-1, a, area}));
        m_fids = {c, a}; // a filtered part, in the table's order; b is left out
        Q_UNUSED(b);
    }

    void xlsxReadsBackThroughGdal() {
        const QString target = m_directory.filePath(QStringLiteral("nông hộ.xlsx"));
        int lastPercent = -1;
        const Result<qint64> written =
            FarmerTableExport(m_projectPath, m_fids).writeTo(target, [&lastPercent](int percent) {
                lastPercent = percent;
                return true;
            });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written.value(), qint64(2));
        QCOMPARE(lastPercent, 100);
        QVERIFY(!QFileInfo::exists(FarmerTableExport::partialPathFor(target)));

        const std::vector<QHash<QString, QString>> rows = readBack(target);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].value(QStringLiteral("Head of household")), QStringLiteral("Lê Văn Út"));
        const QHash<QString, QString>& row = rows[1];
        QCOMPARE(row.value(QStringLiteral("Head of household")),
                 QStringLiteral("Nguyễn Thị Hường"));
        // Citizen IDs keep their leading zero: they are text cells, not numbers.
        QCOMPARE(row.value(QStringLiteral("Citizen ID (CCCD)")), QStringLiteral("087185000123"));
        QCOMPARE(row.value(QStringLiteral("Phone")), QStringLiteral("0912345678"));
        QCOMPARE(row.value(QStringLiteral("Birth year")), QStringLiteral("1985"));
        QCOMPARE(row.value(QStringLiteral("Commune")), QStringLiteral("Tân Thuận Tây"));
        QCOMPARE(row.value(QStringLiteral("Cooperative")), QStringLiteral("HTX xoài Đồng Tháp"));
        QVERIFY2(row.value(QStringLiteral("Member since")).startsWith(QStringLiteral("2019/03/01")),
                 qPrintable(row.value(QStringLiteral("Member since"))));
        QVERIFY2(row.value(QStringLiteral("Parcels"))
                     .startsWith(QStringLiteral("Tân Thuận Tây 3/41 (owner")),
                 qPrintable(row.value(QStringLiteral("Parcels"))));
        QCOMPARE(row.value(QStringLiteral("Growing areas")), QStringLiteral("VN-DTOR-0042"));
    }

    void csvIsUtf8WithByteOrderMark() {
        const QString target = m_directory.filePath(QStringLiteral("nong-ho.csv"));
        const Result<qint64> written = FarmerTableExport(m_projectPath, m_fids).writeTo(target);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // what Excel needs to read UTF-8
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains(QStringLiteral("Nguyễn Thị Hường").toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("Đỗ Văn Tám").toUtf8())); // not among the rows asked

        const std::vector<QHash<QString, QString>> rows = readBack(target);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[1].value(QStringLiteral("Citizen ID (CCCD)")),
                 QStringLiteral("087185000123"));
        QCOMPARE(rows[1].value(QStringLiteral("Head of household")),
                 QStringLiteral("Nguyễn Thị Hường"));
    }

    void cancelledExportLeavesNoFile() {
        const QString target = m_directory.filePath(QStringLiteral("cancelled.xlsx"));
        const Result<qint64> written =
            FarmerTableExport(m_projectPath, m_fids).writeTo(target, [](int) { return false; });
        QVERIFY(!written);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(FarmerTableExport::partialPathFor(target)));
    }

    void otherSuffixIsRefused() {
        const Result<qint64> written = FarmerTableExport(m_projectPath, m_fids)
                                           .writeTo(m_directory.filePath(QStringLiteral("x.ods")));
        QVERIFY(!written);
        QVERIFY(written.errorMessage().contains(QStringLiteral(".xlsx")));
    }
};

QTEST_GUILESS_MAIN(FarmerTableExportTest)
#include "farmer_table_export_test.moc"
