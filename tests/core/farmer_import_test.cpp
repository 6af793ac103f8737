#include "directory/farmer_session.h"
#include "directory/farmer_store.h"
#include "directory/import/farmer_import.h"
#include "directory/import/import_table.h"
#include "directory/import/rejected_rows_file.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"
#include "import_fixtures.h"
#include "legacy_source_text.h"

#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

Q_DECLARE_METATYPE(ImportField)
Q_DECLARE_METATYPE(LegacyEncoding)

namespace {

const QStringList vietnameseHeaders = {
    QStringLiteral("Mã hộ"),    QStringLiteral("Họ và tên"), QStringLiteral("Giới tính"),
    QStringLiteral("Năm sinh"), QStringLiteral("Số CCCD"),   QStringLiteral("SĐT"),
    QStringLiteral("Xã"),       QStringLiteral("Ấp"),        QStringLiteral("Cây trồng chính")};

QStringList household(const QString& id, const QString& name, const QString& cccd,
                      const QString& phone = QStringLiteral("0912345678"),
                      const QString& hamlet = QStringLiteral("Ấp 3")) {
    return {id,
            name,
            QStringLiteral("Nam"),
            QStringLiteral("1968"),
            cccd,
            phone,
            QStringLiteral("Tân Thuận Tây"),
            hamlet,
            QStringLiteral("lúa")};
}

QStringList auditActions(ProjectStore& project, const char* table) {
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(project.path().toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    QStringList actions;
    OGRLayer* result = dataset->ExecuteSQL(QStringLiteral("SELECT action FROM audit_log WHERE "
                                                          "layer_name = '%1' ORDER BY fid")
                                               .arg(QLatin1String(table))
                                               .toUtf8()
                                               .constData(),
                                           nullptr, nullptr);
    for (const auto& row : *result)
        actions << QString::fromUtf8(row->GetFieldAsString(0));
    dataset->ReleaseResultSet(result);
    return actions;
}

/// The rows of a CSV file as GDAL reads them (the header too).
std::vector<QStringList> csvRows(const QString& path) {
    const char* const drivers[] = {"CSV", nullptr};
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    std::vector<QStringList> rows;
    if (!dataset)
        return rows;
    OGRLayer* layer = dataset->GetLayer(0);
    QStringList header;
    for (int i = 0; i < layer->GetLayerDefn()->GetFieldCount(); ++i)
        header << QString::fromUtf8(layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef());
    rows.push_back(header);
    for (const auto& feature : *layer) {
        QStringList row;
        for (int i = 0; i < header.size(); ++i)
            row << QString::fromUtf8(feature->GetFieldAsString(i));
        rows.push_back(row);
    }
    return rows;
}

} // namespace

// Importing households from CSV and Excel files: mapping, updates, rejects, encodings.
class FarmerImportTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    int m_serial = 0;

    QString newPath(const QString& name) {
        return m_directory.filePath(QStringLiteral("%1-%2").arg(++m_serial).arg(name));
    }

    std::unique_ptr<ProjectStore> newProject() {
        auto store = ProjectStore::open(newPath(QStringLiteral("p.agrimap.gpkg")),
                                        ProjectStore::Access::Edit);
        if (!store)
            qFatal("%s", qPrintable(store.errorMessage()));
        return std::move(store).value();
    }

    /// Imports `path` as the app does by default: the encoding detected (or chosen), the
    /// mapping remembered or guessed (or given).
    static Result<FarmerImportReport>
    importFile(FarmerStore& store, const QString& path,
               TextEncodingChoice encoding = TextEncodingChoice::Auto,
               std::optional<ImportMapping> mapping = std::nullopt,
               const FarmerImportOptions& options = {}) {
        Result<ImportTable> table = ImportTable::read(path);
        if (!table)
            return table.error();
        const ImportEncoding resolved = resolveImportEncoding(table.value(), encoding);
        if (!mapping)
            mapping =
                startingImportMapping(table->headers(resolved.legacy), store.project()).mapping;
        return runFarmerImport(table.value(), *mapping, resolved, store, options);
    }

    static std::optional<FarmerRecord> farmerNamed(const FarmerStore& store, const QString& name) {
        const Result<std::vector<FarmerRecord>> all = store.farmers();
        for (const FarmerRecord& farmer : all.value()) {
            if (farmer.fullName == name)
                return farmer;
        }
        return std::nullopt;
    }

    static QString reasonsText(const FarmerImportReport& report) {
        QStringList reasons;
        for (const RejectedImportRow& row : report.rejected)
            reasons << QStringLiteral("row %1: %2").arg(row.rowNumber).arg(row.reason);
        return reasons.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    void guessesTheMappingFromHeaders_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<ImportField>("field");
        const std::pair<const char*, ImportField> cases[] = {
            {"Họ tên", ImportField::FullName},
            {"ho ten", ImportField::FullName},
            {"HỌ VÀ TÊN CHỦ HỘ", ImportField::FullName},
            {"Full name", ImportField::FullName},
            {"full_name", ImportField::FullName},
            {"CCCD", ImportField::Cccd},
            {"CMND/CCCD", ImportField::Cccd},
            {"Số CCCD chủ hộ", ImportField::Cccd},
            {"SĐT", ImportField::Phone},
            {"so dien thoai", ImportField::Phone},
            {"Phone", ImportField::Phone},
            {"Năm sinh", ImportField::BirthYear},
            {"Ngày sinh (dd/mm/yyyy)", ImportField::BirthYear},
            {"Giới tính", ImportField::Gender},
            {"Mã hộ", ImportField::HouseholdId},
            {"Xã", ImportField::Commune},
            {"Xã cũ", ImportField::CommuneOld},
            {"Ấp/Khóm", ImportField::Hamlet},
            {"HTX", ImportField::Cooperative},
            {"Hợp tác xã", ImportField::Cooperative},
            {"Cây trồng chính", ImportField::MainCrops},
            {"Ghi chú", ImportField::Notes},
            {"Tờ bản đồ số", ImportField::ParcelSheet},
            {"Số thửa", ImportField::ParcelNumber},
            {"Diện tích (m²)", ImportField::FarmedArea},
            {"Hình thức sử dụng", ImportField::Tenure},
            {"Tên cây trồng", ImportField::Ignore}, // not the farmer's name
            {"STT", ImportField::Ignore},
        };
        for (const auto& [header, field] : cases)
            QTest::newRow(header) << QString::fromUtf8(header) << field;
    }

    void guessesTheMappingFromHeaders() {
        QFETCH(QString, header);
        QFETCH(ImportField, field);
        QCOMPARE(guessImportMapping({QStringLiteral("STT"), header}).fields.back(), field);
    }

    void importsCsvWithItsColumnsMapped() {
        auto project = newProject();
        FarmerStore store(*project);
        const QString path = newPath(QStringLiteral("ho-dan.csv"));
        QStringList withParcel = vietnameseHeaders;
        withParcel << QStringLiteral("Tờ bản đồ") << QStringLiteral("Số thửa")
                   << QStringLiteral("Diện tích (m²)") << QStringLiteral("Hình thức");
        writeCsv(path, {withParcel,
                        household(QStringLiteral("HH-1"), QStringLiteral("Nguyễn Thị Hường"),
                                  QStringLiteral("087 168 001 234"))
                            << QStringLiteral("12") << QStringLiteral("305")
                            << QStringLiteral("1.250,5") << QStringLiteral("thuê"),
                        household(QStringLiteral("HH-2"), QStringLiteral("Trần Văn Bình"),
                                  QStringLiteral("087068004321"))
                            << QString() << QString() << QString() << QString()});
        Result<FarmerImportReport> report = importFile(store, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->rows, 2);
        QCOMPARE(report->imported, 2);
        QVERIFY2(report->allRowsTaken(), qPrintable(reasonsText(report.value())));
        QCOMPARE(report->householdsAdded, 2);
        QCOMPARE(report->parcelsLinked, 1);
        QVERIFY(!report->encoding);
        QVERIFY(report->rejectsFile.isEmpty());

        const FarmerRecord farmer = farmerNamed(store, QStringLiteral("Nguyễn Thị Hường")).value();
        QCOMPARE(farmer.householdId, QStringLiteral("HH-1"));
        QCOMPARE(farmer.cccd, QStringLiteral("087168001234")); // grouping removed
        QCOMPARE(farmer.gender, Gender::Male);
        QCOMPARE(farmer.birthYear, std::optional<int>(1968));
        QCOMPARE(farmer.commune, QStringLiteral("Tân Thuận Tây"));
        QCOMPARE(farmer.hamlet, QStringLiteral("Ấp 3"));
        QCOMPARE(farmer.mainCrops, QStringLiteral("lúa"));
        QCOMPARE(farmer.createdBy, project->userName());
        const std::vector<FarmerParcel> parcels = store.parcelsOf(farmer.fid);
        QCOMPARE(parcels.size(), size_t(1));
        QCOMPARE(parcels[0].parcel, (ParcelKey{QStringLiteral("Tân Thuận Tây"),
                                               QStringLiteral("12"), QStringLiteral("305")}));
        QCOMPARE(parcels[0].farmedAreaM2, std::optional<double>(1250.5));
        QCOMPARE(parcels[0].tenure, Tenure::Tenant);
        QCOMPARE(auditActions(*project, "farmers"), QStringList(2, QStringLiteral("import")));
        QCOMPARE(auditActions(*project, "farmer_parcels"), QStringList{QStringLiteral("import")});
    }

    // A mapping chosen once is offered again for the next file made from the same template
    // (the same headers, whatever their case and marks), and travels as a JSON file.
    void remembersTheMapping() {
        auto project = newProject();
        FarmerStore store(*project);
        const QStringList headers = {QStringLiteral("Cột A"), QStringLiteral("Cột B"),
                                     QStringLiteral("Cột C")};
        const QString first = newPath(QStringLiteral("dot-1.csv"));
        writeCsv(first, {headers,
                         {QStringLiteral("Lê Văn Tám"), QStringLiteral("087070001111"),
                          QStringLiteral("ghi chú 1")}});
        ImportMapping chosen = guessImportMapping(headers);
        QCOMPARE(chosen.fields, std::vector<ImportField>(3, ImportField::Ignore));
        QVERIFY(!checkImportMapping(chosen)); // nothing is a name yet
        chosen.fields = {ImportField::FullName, ImportField::Cccd, ImportField::Notes};
        QVERIFY(importFile(store, first, TextEncodingChoice::Auto, chosen));

        const QStringList sameTemplate = {QStringLiteral("cot a"), QStringLiteral("CỘT B"),
                                          QStringLiteral("Cột  C")};
        const StartingMapping again = startingImportMapping(sameTemplate, *project);
        QCOMPARE(again.origin, MappingOrigin::Remembered);
        QCOMPARE(again.mapping.fields, chosen.fields);
        QCOMPARE(again.mapping.headers, sameTemplate);
        QCOMPARE(startingImportMapping({QStringLiteral("Họ tên")}, *project).origin,
                 MappingOrigin::Guessed);

        const QString json = newPath(QStringLiteral("mapping.json"));
        QVERIFY(saveImportMapping(chosen, json));
        Result<ImportMapping> loaded = loadImportMapping(json, sameTemplate);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->fields, chosen.fields);
        QVERIFY(!importMappingFromJson("{\"columns\": []}", headers));
    }

    void updatesMatchedByCitizenIdOrHouseholdId() {
        auto project = newProject();
        FarmerStore store(*project);
        FarmerRecord byCccd = testing::farmerNamed(QStringLiteral("Nguyễn Văn Út"),
                                                   QStringLiteral("087066001001"), 1966);
        byCccd.commune = QStringLiteral("Tân Thuận Tây");
        const qint64 first = store.insertFarmer(byCccd).value();
        FarmerRecord byHousehold = testing::farmerNamed(QStringLiteral("Phạm Thị Lài"), {}, 1971);
        byHousehold.householdId = QStringLiteral("HH-0002");
        byHousehold.phone = QStringLiteral("0987654321");
        const qint64 second = store.insertFarmer(byHousehold).value();
        FarmerRecord same = testing::farmerNamed(QStringLiteral("Võ Văn Chín"),
                                                 QStringLiteral("087060009999"), 1960);
        same.householdId = QStringLiteral("HH-0003");
        same.commune = QStringLiteral("Mỹ Ngãi");
        same.hamlet = QStringLiteral("Ấp 1");
        same.mainCrops = QStringLiteral("xoài");
        same.phone = QStringLiteral("0912345678");
        store.insertFarmer(same).value();

        const QString path = newPath(QStringLiteral("cap-nhat.csv"));
        const QStringList headers = {QStringLiteral("Mã hộ"), QStringLiteral("Họ tên"),
                                     QStringLiteral("CCCD"),  QStringLiteral("SĐT"),
                                     QStringLiteral("Ấp"),    QStringLiteral("Cây trồng")};
        writeCsv(path, {headers,
                        // matched by citizen ID: a new phone and crop
                        {QString(), QStringLiteral("Nguyễn Văn Út"), QStringLiteral("087066001001"),
                         QStringLiteral("0398765432"), QString(), QStringLiteral("sen")},
                        // matched by household id: a new hamlet; the empty phone keeps its value
                        {QStringLiteral("HH-0002"), QStringLiteral("Phạm Thị Lài"), QString(),
                         QString(), QStringLiteral("Ấp 5"), QString()},
                        // matched, nothing new
                        {QStringLiteral("HH-0003"), QStringLiteral("Võ Văn Chín"),
                         QStringLiteral("087060009999"), QStringLiteral("0912345678"),
                         QStringLiteral("Ấp 1"), QStringLiteral("xoài")},
                        {QStringLiteral("HH-0004"), QStringLiteral("Đặng Thị Mến"), QString(),
                         QString(), QStringLiteral("Ấp 2"), QStringLiteral("lúa")}});
        Result<FarmerImportReport> report = importFile(store, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->allRowsTaken(), qPrintable(reasonsText(report.value())));
        QCOMPARE(report->updated, 2);
        QCOMPARE(report->unchanged, 1);
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->householdsUpdated, 2);
        QCOMPARE(store.farmerCount(), 4);

        const FarmerRecord updatedFirst = store.farmer(first).value();
        QCOMPARE(updatedFirst.phone, QStringLiteral("0398765432"));
        QCOMPARE(updatedFirst.mainCrops, QStringLiteral("sen"));
        QCOMPARE(updatedFirst.commune, QStringLiteral("Tân Thuận Tây")); // not in the file: kept
        const FarmerRecord updatedSecond = store.farmer(second).value();
        QCOMPARE(updatedSecond.hamlet, QStringLiteral("Ấp 5"));
        QCOMPARE(updatedSecond.phone, QStringLiteral("0987654321"));
        const QStringList actions = auditActions(*project, "farmers");
        QCOMPARE(actions.count(QStringLiteral("import")), 3); // two updates, one insert
    }

    void rejectsRowsWithTheirReasonsIntoAFileBeside() {
        auto project = newProject();
        FarmerStore store(*project);
        store
            .insertFarmer(testing::farmerNamed(QStringLiteral("Lê Văn Hai"),
                                               QStringLiteral("087070002222"), 1970))
            .value();
        FarmerRecord other = testing::farmerNamed(QStringLiteral("Lê Thị Ba"), {}, 1975);
        other.householdId = QStringLiteral("HH-9");
        store.insertFarmer(other).value();

        const QString path = newPath(QStringLiteral("loi.csv"));
        const std::vector<QStringList> rows = {
            vietnameseHeaders,
            household("HH-1", QStringLiteral("Trần Văn Một"), "08707000111"), // 11 digits: a lost 0
            household("HH-2", QStringLiteral("Trần Văn Hai"), "0870700011"),  // 10 digits
            household("HH-3", QStringLiteral("Trần Văn Ba"), "087070000333", "0412345678"),
            household("HH-9", QStringLiteral("Lê Thị Ba"), "087070002222"), // ID is Lê Văn Hai's
            household("HH-5", QStringLiteral("Trần Văn Năm"), "087070000555"),
            household("HH-6", QStringLiteral("Trần Văn Sáu"), "087070000555"), // ID of row 6
            {"HH-7", QStringLiteral("Trần Văn Bảy"), "X", "1970", "", "", "", "", ""},
            {"HH-8", QStringLiteral("Trần Văn Tám"), "Nam", "năm 70", "", "", "", "", ""},
            {"HH-10", "", "Nữ", "1980", "", "", "", "", ""},
        };
        writeCsv(path, rows);
        Result<FarmerImportReport> report = importFile(store, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->rows, 9);
        QCOMPARE(report->imported, 2); // rows 2 (its 0 put back) and 6
        QCOMPARE(report->repairedCells, 1);
        QCOMPARE(report->rejected.size(), size_t(7));
        const auto reasonOf = [&](int rowNumber) {
            for (const RejectedImportRow& row : report->rejected) {
                if (row.rowNumber == rowNumber)
                    return row.reason;
            }
            return QString();
        };
        QVERIFY2(reasonOf(3).contains(QStringLiteral("0870700011")) &&
                     reasonOf(3).contains(QStringLiteral("12 digits")),
                 qPrintable(reasonOf(3)));
        QVERIFY2(reasonOf(4).contains(QStringLiteral("0412345678")), qPrintable(reasonOf(4)));
        QVERIFY2(reasonOf(5).contains(QStringLiteral("Lê Văn Hai")) &&
                     reasonOf(5).contains(QStringLiteral("Lê Thị Ba")),
                 qPrintable(reasonOf(5)));
        QVERIFY2(reasonOf(7).contains(QStringLiteral("row 6")), qPrintable(reasonOf(7)));
        QVERIFY2(reasonOf(8).contains(QStringLiteral("\"X\"")) &&
                     reasonOf(8).contains(QStringLiteral("Giới tính")),
                 qPrintable(reasonOf(8)));
        QVERIFY2(reasonOf(9).contains(QStringLiteral("năm 70")), qPrintable(reasonOf(9)));
        QVERIFY2(!reasonOf(10).isEmpty(), qPrintable(reasonsText(report.value())));
        QCOMPARE(store.farmerCount(), 4);

        // Beside the source, every rejected row with its columns, number and reason.
        QCOMPARE(report->rejectsFile, rejectedRowsPath(path));
        QVERIFY(report->rejectsFile.endsWith(QStringLiteral("loi.rejected.csv")));
        QFile rejects(report->rejectsFile);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QVERIFY(rejects.read(3) == QByteArray("\xEF\xBB\xBF")); // UTF-8 with its mark, for Excel
        const std::vector<QStringList> written = csvRows(report->rejectsFile);
        QCOMPARE(written.size(), size_t(8));
        const QStringList writtenHeaders =
            vietnameseHeaders +
            QStringList{QLatin1String(rejectedRowColumn), QLatin1String(rejectedReasonColumn)};
        QCOMPARE(written[0], writtenHeaders);
        QCOMPARE(written[1].mid(0, 9), rows[2]);
        QCOMPARE(written[1][9], QStringLiteral("3"));
        QCOMPARE(written[1][10], reasonOf(3));
        const QString text = farmerImportReportText(report.value());
        QVERIFY2(text.contains(QStringLiteral("Row 8 rejected")) &&
                     text.contains(report->rejectsFile),
                 qPrintable(text));

        // The corrected rejects file imports with the same mapping.
        std::vector<QStringList> corrected = written;
        corrected[1][4] = QStringLiteral("087070001112");
        writeCsv(report->rejectsFile, corrected);
        const StartingMapping again = startingImportMapping(corrected[0], *project);
        QCOMPARE(again.origin, MappingOrigin::Remembered);
        Result<FarmerImportReport> second = importFile(store, report->rejectsFile);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(second->imported, 1);
        QCOMPARE(second->rejected.size(), size_t(6));
    }

    // One household on several rows, one per parcel, as officials list them.
    void rowsOfOneHouseholdAddItsParcels() {
        auto project = newProject();
        FarmerStore store(*project);
        const QString path = newPath(QStringLiteral("thua.csv"));
        const QStringList headers = {QStringLiteral("Mã hộ"), QStringLiteral("Họ tên"),
                                     QStringLiteral("SĐT"),   QStringLiteral("Xã"),
                                     QStringLiteral("Tờ"),    QStringLiteral("Thửa")};
        writeCsv(path, {headers,
                        {"HH-1", QStringLiteral("Huỳnh Văn Lợi"), "", QStringLiteral("Mỹ Ngãi"),
                         "12", "305"},
                        {"HH-1", QStringLiteral("HUỲNH VĂN LỢI"), "0912345678", "", "12", "306"},
                        {"HH-1", QStringLiteral("Huỳnh Văn Lợi"), "", "", "12", "306"},
                        {"HH-1", QStringLiteral("Huỳnh Văn Lộc"), "", "", "12", "307"},
                        {"HH-1", QStringLiteral("Huỳnh Văn Lợi"), "", "", "", ""}});
        Result<FarmerImportReport> report = importFile(store, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->imported == 2, qPrintable(reasonsText(report.value())));
        QCOMPARE(report->householdsAdded, 1);
        QCOMPARE(report->parcelsLinked, 2);
        QCOMPARE(report->rejected.size(), size_t(3));
        QVERIFY2(report->rejected[0].reason.contains(QStringLiteral("306")),
                 qPrintable(report->rejected[0].reason));
        QVERIFY2(report->rejected[1].reason.contains(QStringLiteral("Huỳnh Văn Lộc")),
                 qPrintable(report->rejected[1].reason));
        QVERIFY2(report->rejected[2].reason.contains(QStringLiteral("row 2")),
                 qPrintable(report->rejected[2].reason));
        const FarmerRecord farmer = store.farmers()->front();
        QCOMPARE(farmer.phone, QStringLiteral("0912345678")); // filled in by its second row
        QCOMPARE(store.parcelsOf(farmer.fid).size(), size_t(2));
    }

    void importsExcelWorkbooks() {
        auto project = newProject();
        FarmerStore store(*project);
        const QString path = newPath(QStringLiteral("ho-dan.xlsx"));
        // The citizen ID column holds numbers, so Excel dropped their leading 0.
        writeXlsx(path, QStringLiteral("Danh sách"),
                  {{QStringLiteral("Họ tên"), QStringLiteral("CCCD"), QStringLiteral("Ngày sinh"),
                    QStringLiteral("Xã")},
                   {QStringLiteral("Nguyễn Thị Hường"), "87168001234", "12/03/1968",
                    QStringLiteral("Đồng Tháp")},
                   {QStringLiteral("Lâm Văn Hậu"), "87170001234", "1970",
                    QStringLiteral("Tân Thuận Tây")},
                   {QStringLiteral("Lâm Văn Hậu"), "123", "", ""}},
                  {1});
        Result<ImportTable> table = ImportTable::read(path);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(table->sheet(), QStringLiteral("Danh sách"));
        QCOMPARE(table->rowNumber(0), 2);
        Result<FarmerImportReport> report = importFile(store, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->repairedCells, 2);
        QCOMPARE(report->rejected.size(), size_t(1));
        QCOMPARE(report->rejected[0].rowNumber, 4); // as Excel numbers the row
        QCOMPARE(report->sheet, QStringLiteral("Danh sách"));
        const FarmerRecord farmer = farmerNamed(store, QStringLiteral("Nguyễn Thị Hường")).value();
        QCOMPARE(farmer.cccd, QStringLiteral("087168001234"));
        QCOMPARE(farmer.birthYear, std::optional<int>(1968));
        QCOMPARE(farmer.commune, QStringLiteral("Đồng Tháp"));
        QVERIFY(QFileInfo::exists(rejectedRowsPath(path)));
    }

    void legacyEncodingsRoundTrip_data() {
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::addColumn<bool>("spreadsheet");
        for (const auto& [name, encoding] :
             {std::pair{"TCVN3", LegacyEncoding::Tcvn3}, std::pair{"VNI", LegacyEncoding::Vni},
              std::pair{"Windows-1258", LegacyEncoding::Windows1258}}) {
            QTest::addRow("%s CSV", name) << encoding << false;
            QTest::addRow("%s in Excel cells", name) << encoding << true;
        }
    }

    // Names and places typed with the old fonts come back as they were written, in NFC.
    void legacyEncodingsRoundTrip() {
        QFETCH(LegacyEncoding, encoding);
        QFETCH(bool, spreadsheet);
        const QStringList names = {
            QStringLiteral("Nguyễn Thị Hường"), QStringLiteral("Trương Văn Đức"),
            QStringLiteral("Huỳnh Thị Mỹ Lệ"),  QStringLiteral("Phạm Quốc Việt"),
            QStringLiteral("Lê Hữu Nghĩa"),     QStringLiteral("Dương Thị Thủy"),
            QStringLiteral("Đoàn Văn Nhựt"),    QStringLiteral("Quách Thị Yến")};
        const QStringList places = {QStringLiteral("Tân Thuận Tây"), QStringLiteral("Đồng Tháp"),
                                    QStringLiteral("Mỹ Ngãi"), QStringLiteral("Bình Hàng Trung")};
        const QStringList headers = {QStringLiteral("Họ tên"), QStringLiteral("Xã"),
                                     QStringLiteral("Ghi chú")};
        std::vector<QStringList> rows{headers};
        for (qsizetype i = 0; i < names.size(); ++i)
            rows.push_back(
                {names[i], places[i % places.size()], QStringLiteral("trồng xoài, nuôi cá")});
        QString path;
        if (spreadsheet) {
            path = newPath(QStringLiteral("cu.xlsx"));
            std::vector<QStringList> typed;
            for (const QStringList& row : rows) {
                QStringList cells;
                for (const QString& cell : row)
                    cells << asLegacyFontText(cell, encoding);
                typed.push_back(cells);
            }
            writeXlsx(path, QStringLiteral("Sheet1"), typed);
        } else {
            path = newPath(QStringLiteral("cu.csv"));
            writeCsv(path, rows, encoding);
        }
        auto project = newProject();
        FarmerStore store(*project);
        Result<FarmerImportReport> report = importFile(store, path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->encoding, std::optional<LegacyEncoding>(encoding));
        QVERIFY(report->encodingDetected);
        QVERIFY2(report->allRowsTaken(), qPrintable(reasonsText(report.value())));
        QCOMPARE(report->imported, names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            const std::optional<FarmerRecord> farmer = farmerNamed(store, names[i]);
            QVERIFY2(farmer, qPrintable(names[i]));
            QCOMPARE(farmer->commune, places[i % places.size()]);
            QCOMPARE(farmer->notes, QStringLiteral("trồng xoài, nuôi cá"));
            QCOMPARE(farmer->fullName, farmer->fullName.normalized(QString::NormalizationForm_C));
        }
    }

    // The user's choice wins over the detection, and a Unicode file stays as it is.
    void chosenEncodingOverridesDetection() {
        const QString path = newPath(QStringLiteral("tcvn3.csv"));
        writeCsv(path, {{QStringLiteral("Ho ten")}, {QStringLiteral("Nguyễn Thị Hường")}},
                 LegacyEncoding::Tcvn3);
        auto project = newProject();
        FarmerStore store(*project);
        Result<FarmerImportReport> asVni = importFile(store, path, TextEncodingChoice::Vni);
        QVERIFY2(asVni, qPrintable(asVni.errorMessage()));
        QVERIFY(!asVni->encodingDetected);
        QCOMPARE(asVni->encoding, std::optional<LegacyEncoding>(LegacyEncoding::Vni));
        QVERIFY(!farmerNamed(store, QStringLiteral("Nguyễn Thị Hường")));

        const QString unicode = newPath(QStringLiteral("utf8.csv"));
        writeCsv(unicode, {{QStringLiteral("Họ tên")}, {QStringLiteral("Võ Thị Ánh")}});
        Result<ImportTable> table = ImportTable::read(unicode);
        QVERIFY(table);
        QVERIFY(!table->detectEncoding());
    }

    // Unicode cells that happen to be Windows-1252 letters ("Tháp", "café") are not taken
    // for legacy text; legacy text in Unicode clothing is.
    void detectionTellsUnicodeFromLegacyFontText() {
        QVERIFY(!detectSourceEncoding(
            {QByteArray("Th\xC3\xA1p"), QByteArray("Tân Thuận Tây"), QByteArray("café")}));
        const QByteArray disguised =
            asLegacyFontText(QStringLiteral("Nguyễn Thị Hường, Đồng Tháp"), LegacyEncoding::Tcvn3)
                .toUtf8();
        QCOMPARE(detectSourceEncoding({disguised}),
                 std::optional<LegacyEncoding>(LegacyEncoding::Tcvn3));
        QCOMPARE(decodeSourceText(disguised, LegacyEncoding::Tcvn3),
                 QStringLiteral("Nguyễn Thị Hường, Đồng Tháp"));
        // A real Unicode value in a legacy file is kept.
        QCOMPARE(decodeSourceText(QByteArray("Nguyễn"), LegacyEncoding::Tcvn3),
                 QStringLiteral("Nguyễn"));
    }

    void dryRunAndCancelStoreNothing() {
        auto project = newProject();
        FarmerStore store(*project);
        const QString path = newPath(QStringLiteral("thu.csv"));
        writeCsv(path, {vietnameseHeaders,
                        household("HH-1", QStringLiteral("Mai Văn Tín"), "087070001234"),
                        household("HH-2", QStringLiteral("Mai Văn Hậu"), "12")});
        FarmerImportOptions dryRun;
        dryRun.dryRun = true;
        Result<FarmerImportReport> report =
            importFile(store, path, TextEncodingChoice::Auto, std::nullopt, dryRun);
        QVERIFY(report);
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->rejected.size(), size_t(1));
        QVERIFY(report->rejectsFile.isEmpty());
        QVERIFY(!QFileInfo::exists(rejectedRowsPath(path)));
        QCOMPARE(store.farmerCount(), 0);

        Result<ImportTable> table = ImportTable::read(path);
        const ImportEncoding encoding =
            resolveImportEncoding(table.value(), TextEncodingChoice::Auto);
        const ImportMapping mapping = guessImportMapping(table->headers(encoding.legacy));
        std::atomic_bool cancel = false;
        Result<FarmerImportReport> cancelled = runFarmerImport(
            table.value(), mapping, encoding, store, {}, {}, &cancel, [&cancel](int percent) {
                if (percent >= 50)
                    cancel = true; // while storing
            });
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.errorMessage().contains(QStringLiteral("Cancelled")),
                 qPrintable(cancelled.errorMessage()));
        QCOMPARE(store.farmerCount(), 0);
        QVERIFY(!QFileInfo::exists(rejectedRowsPath(path))); // removed with the import
        QVERIFY(auditActions(*project, "farmers").isEmpty());
    }

    // In the app an import is one step on the project's undo stack, and the search follows.
    void importIsOneUndoStep() {
        auto project = newProject();
        auto editing = EditSession::start(*project);
        QVERIFY(editing);
        auto session = FarmerSession::start(*editing.value());
        QVERIFY(session);
        FarmerSession& farmers = *session.value();
        const QString path = newPath(QStringLiteral("mot-buoc.csv"));
        writeCsv(path, {vietnameseHeaders,
                        household("HH-1", QStringLiteral("Nguyễn Thị Hường"), "087070001234"),
                        household("HH-2", QStringLiteral("Châu Văn Phát"), "087070001235")});
        Result<ImportTable> table = ImportTable::read(path);
        const ImportEncoding encoding =
            resolveImportEncoding(table.value(), TextEncodingChoice::Auto);
        const ImportMapping mapping = guessImportMapping(table->headers(encoding.legacy));
        const FarmerImportApply apply = [&](std::vector<DirectoryChange>& changes,
                                            const FarmerStore::Progress& progress) {
            std::unique_ptr<FarmerEditCommand> step =
                farmers.makeStep(changes, QStringLiteral("Import mot-buoc.csv"));
            step->setProgress(progress);
            if (Status stored = step->forward(); !stored)
                return stored;
            return farmers.pushStep(std::move(step));
        };
        Result<FarmerImportReport> report =
            runFarmerImport(table.value(), mapping, encoding, farmers.store(), {}, apply);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(farmers.store().farmerCount(), 2);
        QCOMPARE(editing.value()->undoStack()->count(), 1);
        QCOMPARE(farmers.search(QStringLiteral("nguyen thi huong")).size(), size_t(1));
        QVERIFY(editing.value()->undo());
        QCOMPARE(farmers.store().farmerCount(), 0);
        QVERIFY(farmers.search(QStringLiteral("chau van")).empty());
        QVERIFY(editing.value()->redo());
        QCOMPARE(farmers.store().farmerCount(), 2);
        QCOMPARE(farmers.search(QStringLiteral("chau van")).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(FarmerImportTest)
#include "farmer_import_test.moc"
