#include "area_fixtures.h"
#include "directory/farmer_store.h"
#include "directory/farmer_table_query.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"

#include <QtTest>

Q_DECLARE_METATYPE(agrimap::FarmerFilter)
Q_DECLARE_METATYPE(agrimap::FarmerColumn)

using namespace agrimap;
using namespace agrimap::testing;

// The questions the directory panel asks of the whole table: filters, sort orders, the values
// the filter boxes offer, identifiers typed into the search box, and a page of rows by id.
class FarmerTableQueryTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    std::unique_ptr<ProjectStore> m_project;
    std::unique_ptr<FarmerStore> m_farmers;
    qint64 m_area = -1;
    QHash<QString, qint64> m_fids; ///< by name

    qint64 add(const QString& name, const QString& commune, const QString& cooperative,
               const QString& crops, std::optional<int> birthYear = {}, const QString& cccd = {}) {
        FarmerRecord farmer = farmerNamed(name, cccd, birthYear, commune);
        farmer.cooperative = cooperative;
        farmer.mainCrops = crops;
        const qint64 fid = m_farmers->insertFarmer(farmer).value();
        m_fids.insert(name, fid);
        return fid;
    }

    std::vector<qint64> fidsOf(const QStringList& names) const {
        std::vector<qint64> fids;
        for (const QString& name : names)
            fids.push_back(m_fids.value(name));
        return fids;
    }

    static ParcelKey parcel(const char* number) {
        return {QStringLiteral("Mỹ Tân"), QStringLiteral("12"), QLatin1String(number)};
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_project = ProjectStore::open(m_directory.filePath(QStringLiteral("q.agrimap.gpkg")),
                                       ProjectStore::Access::Edit)
                        .value();
        m_farmers = std::make_unique<FarmerStore>(*m_project);
        m_area =
            m_project->insertArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001")))
                .value();
        add(QStringLiteral("Nguyễn Văn An"), QStringLiteral("Mỹ Tân"),
            QStringLiteral("HTX lúa Mỹ Tân"), QStringLiteral("lúa"), 1970,
            QStringLiteral("087070000001"));
        add(QStringLiteral("Đặng Thị Bích"), QStringLiteral("Tân Thuận Tây"), {},
            QStringLiteral("Xoài, lúa"), 1985);
        add(QStringLiteral("Trần Văn Út"), QStringLiteral("Mỹ Tân"), QStringLiteral("HTX xoài"),
            QStringLiteral("xoài; sen"), 1960, QStringLiteral("087060000002"));
        add(QStringLiteral("Lê Thị Hường"), QStringLiteral("Hòa An"),
            QStringLiteral("HTX lúa Mỹ Tân"), {});
        FarmerRecord moved =
            m_farmers->farmer(m_fids.value(QStringLiteral("Lê Thị Hường"))).value();
        moved.communeOld =
            QStringLiteral("Mỹ Tân"); // merged in 2025: still found under its old name
        QVERIFY(m_farmers->updateFarmer(moved));
        QVERIFY(m_farmers->linkArea({-1, m_fids.value(QStringLiteral("Trần Văn Út")), m_area}));
        QVERIFY(m_farmers->linkArea({-1, m_fids.value(QStringLiteral("Đặng Thị Bích")), m_area}));
        QVERIFY(m_farmers->linkParcel(
            {-1, m_fids.value(QStringLiteral("Trần Văn Út")), parcel("305"), 900, Tenure::Owner}));
        QVERIFY(m_farmers->linkParcel({-1, m_fids.value(QStringLiteral("Nguyễn Văn An")),
                                       parcel("305"), 300, Tenure::Tenant}));
    }

    void filters_data() {
        QTest::addColumn<FarmerFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto filter = [](const char* commune, const char* cooperative, const char* crop) {
            return FarmerFilter{QString::fromUtf8(commune), QString::fromUtf8(cooperative),
                                QString::fromUtf8(crop), -1};
        };
        QTest::newRow("nothing") << FarmerFilter{}
                                 << QStringList{QStringLiteral("Nguyễn Văn An"),
                                                QStringLiteral("Đặng Thị Bích"),
                                                QStringLiteral("Trần Văn Út"),
                                                QStringLiteral("Lê Thị Hường")};
        QTest::newRow("commune, new or old name")
            << filter("Mỹ Tân", "", "")
            << QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn Út"),
                           QStringLiteral("Lê Thị Hường")};
        QTest::newRow("cooperative")
            << filter("", "HTX lúa Mỹ Tân", "")
            << QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Thị Hường")};
        QTest::newRow("crop without marks or case, in a list")
            << filter("", "", "XOAI")
            << QStringList{QStringLiteral("Đặng Thị Bích"), QStringLiteral("Trần Văn Út")};
        QTest::newRow("crop is a whole crop, not a part of one")
            << filter("", "", "xo") << QStringList{};
        QTest::newRow("commune and crop")
            << filter("Mỹ Tân", "", "lúa") << QStringList{QStringLiteral("Nguyễn Văn An")};
        QTest::newRow("a name with a quote finds nothing, safely")
            << filter("Mỹ' OR 1=1 --", "", "") << QStringList{};
    }

    void filters() {
        QFETCH(FarmerFilter, filter);
        QFETCH(QStringList, expected);
        std::vector<qint64> wanted = fidsOf(expected);
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(farmer_queries::matching(*m_farmers, filter), wanted);
        for (const auto& [name, fid] : m_fids.asKeyValueRange())
            QCOMPARE(farmer_queries::matches(*m_farmers, m_farmers->farmer(fid).value(), filter),
                     expected.contains(name));
    }

    void filterByGrowingArea() {
        FarmerFilter filter;
        filter.areaFid = m_area;
        std::vector<qint64> wanted =
            fidsOf({QStringLiteral("Đặng Thị Bích"), QStringLiteral("Trần Văn Út")});
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(farmer_queries::matching(*m_farmers, filter), wanted);
        filter.commune = QStringLiteral("Mỹ Tân");
        QCOMPARE(farmer_queries::matching(*m_farmers, filter),
                 fidsOf({QStringLiteral("Trần Văn Út")}));
        filter.areaFid = 4242;
        QVERIFY(farmer_queries::matching(*m_farmers, filter).empty());
    }

    void choicesForTheFilterBoxes() {
        const FarmerChoices choices = farmer_queries::choices(*m_farmers);
        QCOMPARE(choices.communes, (QStringList{QStringLiteral("Hòa An"), QStringLiteral("Mỹ Tân"),
                                                QStringLiteral("Tân Thuận Tây")}));
        QCOMPARE(choices.cooperatives,
                 (QStringList{QStringLiteral("HTX lúa Mỹ Tân"), QStringLiteral("HTX xoài")}));
        // "Xoài" and "xoài" are one crop, shown as first met.
        QCOMPARE(choices.crops.size(), 3);
        QCOMPARE(choices.crops.at(0), QStringLiteral("lúa"));
        QCOMPARE(choices.crops.at(1), QStringLiteral("sen"));
        QVERIFY(choices.crops.at(2).compare(QStringLiteral("xoài"), Qt::CaseInsensitive) == 0);

        FarmerChoices added = choices;
        FarmerRecord newcomer =
            farmerNamed(QStringLiteral("Võ Văn Tư"), {}, {}, QStringLiteral("Đồng Tháp"));
        newcomer.mainCrops = QStringLiteral("XOÀI, nhãn");
        newcomer.cooperative = QStringLiteral("HTX nhãn");
        added.add(newcomer);
        QCOMPARE(added.communes.at(0), QStringLiteral("Đồng Tháp")); // đ sorts as d
        QCOMPARE(added.crops.size(), 4);
        QVERIFY(added.crops.contains(QStringLiteral("nhãn")));
        QVERIFY(added.cooperatives.contains(QStringLiteral("HTX nhãn")));
    }

    void placesTypedInTheSearchBox() {
        FarmerPlaceIndex places;
        farmer_queries::choices(*m_farmers, &places);
        const auto sorted = [this](const QStringList& names) {
            std::vector<qint64> fids = fidsOf(names);
            std::sort(fids.begin(), fids.end());
            return fids;
        };
        // The commune, new or old, and the cooperative; marks, đ/d and case ignored.
        QCOMPARE(places.search(QStringLiteral("my tan")),
                 sorted({QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn Út"),
                         QStringLiteral("Lê Thị Hường")}));
        QCOMPARE(places.search(QStringLiteral("TAN THUAN")),
                 sorted({QStringLiteral("Đặng Thị Bích")}));
        QCOMPARE(places.search(QStringLiteral("htx xoai")),
                 sorted({QStringLiteral("Trần Văn Út")}));
        QVERIFY(places.search(QStringLiteral("an")).empty());   // too short to name a place
        QVERIFY(places.search(QStringLiteral("huan")).empty()); // inside a word only

        // An edit moves a farmer from place to place.
        const qint64 fid = m_fids.value(QStringLiteral("Đặng Thị Bích"));
        FarmerRecord moved = m_farmers->farmer(fid).value();
        moved.commune = QStringLiteral("Đồng Tháp");
        places.remove(fid);
        places.add(moved);
        QVERIFY(places.search(QStringLiteral("tan thuan")).empty());
        QCOMPARE(places.search(QStringLiteral("dong thap")), std::vector<qint64>{fid});
    }

    void sortOrders_data() {
        QTest::addColumn<FarmerColumn>("column");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name, đ as d, marks ignored")
            << FarmerColumn::FullName
            << QStringList{QStringLiteral("Đặng Thị Bích"), QStringLiteral("Lê Thị Hường"),
                           QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn Út")};
        QTest::newRow("birth year, empty last")
            << FarmerColumn::BirthYear
            << QStringList{QStringLiteral("Trần Văn Út"), QStringLiteral("Nguyễn Văn An"),
                           QStringLiteral("Đặng Thị Bích"), QStringLiteral("Lê Thị Hường")};
        QTest::newRow("commune, ties by id")
            << FarmerColumn::Commune
            << QStringList{QStringLiteral("Lê Thị Hường"), QStringLiteral("Nguyễn Văn An"),
                           QStringLiteral("Trần Văn Út"), QStringLiteral("Đặng Thị Bích")};
    }

    void sortOrders() {
        QFETCH(FarmerColumn, column);
        QFETCH(QStringList, expected);
        QCOMPARE(farmer_queries::orderedBy(*m_farmers, column), fidsOf(expected));
    }

    void identifiersTypedInTheSearchBox() {
        QCOMPARE(farmer_queries::withIdentifier(*m_farmers, QStringLiteral("0870600")),
                 fidsOf({QStringLiteral("Trần Văn Út")}));
        QCOMPARE(farmer_queries::withIdentifier(*m_farmers, QStringLiteral("091234")).size(),
                 size_t(4)); // every fixture farmer has this phone
        QVERIFY(farmer_queries::withIdentifier(*m_farmers, QStringLiteral("08")).empty());
        QVERIFY(farmer_queries::withIdentifier(*m_farmers, QStringLiteral("nguyen")).empty());
        QVERIFY(farmer_queries::withIdentifier(*m_farmers, QStringLiteral("0'; DROP")).empty());
    }

    void pageOfRowsByIdKeepsTheOrderAsked() {
        const std::vector<qint64> asked = {m_fids.value(QStringLiteral("Trần Văn Út")), 4242,
                                           m_fids.value(QStringLiteral("Nguyễn Văn An"))};
        const Result<std::vector<FarmerRecord>> page = m_farmers->farmers(asked);
        QVERIFY(page);
        QCOMPARE(page->size(), size_t(2)); // 4242 is not in the directory
        QCOMPARE(page->at(0).fullName, QStringLiteral("Trần Văn Út"));
        QCOMPARE(page->at(1).fullName, QStringLiteral("Nguyễn Văn An"));
    }

    void farmersOfAParcel() {
        std::vector<qint64> farmers;
        for (const FarmerParcel& link : m_farmers->farmersOfParcel(parcel("305")))
            farmers.push_back(link.farmerFid);
        std::sort(farmers.begin(), farmers.end());
        std::vector<qint64> wanted =
            fidsOf({QStringLiteral("Trần Văn Út"), QStringLiteral("Nguyễn Văn An")});
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(farmers, wanted);
        // The whole key counts: the same number on another sheet or commune is another parcel.
        QVERIFY(m_farmers
                    ->farmersOfParcel(
                        {QStringLiteral("Mỹ Tân"), QStringLiteral("13"), QStringLiteral("305")})
                    .empty());
        QVERIFY(m_farmers
                    ->farmersOfParcel(
                        {QStringLiteral("Hòa An"), QStringLiteral("12"), QStringLiteral("305")})
                    .empty());
    }
};

QTEST_GUILESS_MAIN(FarmerTableQueryTest)
#include "farmer_table_query_test.moc"
