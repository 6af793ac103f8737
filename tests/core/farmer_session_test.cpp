#include "area_fixtures.h"
#include "directory/farmer_session.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"

#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

// Farmer Directory edits are steps on the project's one undo stack, beside growing-area edits.
class FarmerSessionTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    int m_serial = 0;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<EditSession> m_editing;
    std::unique_ptr<FarmerSession> m_farmers;

    void startSessions() {
        m_farmers.reset();
        m_editing.reset();
        m_store.reset();
        auto store = ProjectStore::open(
            m_directory.filePath(QStringLiteral("d%1.agrimap.gpkg").arg(++m_serial)),
            ProjectStore::Access::Edit);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        m_store = std::move(store).value();
        auto editing = EditSession::start(*m_store);
        QVERIFY2(editing, qPrintable(editing.errorMessage()));
        m_editing = std::move(editing).value();
        auto farmers = FarmerSession::start(*m_editing);
        QVERIFY2(farmers, qPrintable(farmers.errorMessage()));
        m_farmers = std::move(farmers).value();
    }

    QStringList farmerActions(qint64 fid) const {
        QStringList list;
        for (const AuditEntry& entry : m_farmers->store().history(fid))
            list << entry.action;
        return list;
    }

    static ParcelKey parcel(const char* number) {
        return {QStringLiteral("Mỹ Ngãi"), QStringLiteral("12"), QLatin1String(number)};
    }

private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    void farmerAndAreaEditsShareOneUndoStack() {
        startSessions();
        const qint64 area =
            m_editing->addArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001")))
                .value();
        Result<qint64> farmer = m_farmers->addFarmer(farmerNamed(QStringLiteral("Nguyễn Văn A")));
        QVERIFY2(farmer, qPrintable(farmer.errorMessage()));
        const qint64 link = m_farmers->linkArea({-1, farmer.value(), area}).value();
        FarmerRecord renamed = m_farmers->store().farmer(farmer.value()).value();
        renamed.fullName = QStringLiteral("Nguyễn Văn Ánh");
        QVERIFY(m_farmers->changeFarmer(renamed));
        QUndoStack* stack = m_editing->undoStack();
        QCOMPARE(stack->count(), 4);
        QVERIFY(stack->undoText().contains(QStringLiteral("Nguyễn Văn Ánh")));
        QCOMPARE(m_farmers->search(QStringLiteral("nguyen van anh")),
                 std::vector<qint64>{farmer.value()});

        QVERIFY(m_editing->undo()); // the rename
        QCOMPARE(m_farmers->store().farmer(farmer.value())->fullName,
                 QStringLiteral("Nguyễn Văn A"));
        QVERIFY(m_farmers->search(QStringLiteral("nguyen van anh")).empty());
        QCOMPARE(m_farmers->search(QStringLiteral("ngu van a")),
                 std::vector<qint64>{farmer.value()});
        QVERIFY(m_editing->undo()); // the link
        QVERIFY(m_farmers->store().areasOf(farmer.value()).empty());
        QVERIFY(m_editing->undo()); // the farmer
        QCOMPARE(m_farmers->store().farmerCount(), 0);
        QVERIFY(m_farmers->search(QStringLiteral("nguyen")).empty());
        QVERIFY(m_editing->undo()); // the growing area, through the same stack
        QCOMPARE(m_store->areaCount(), 0);
        QVERIFY(!m_editing->cached(area));

        for (int i = 0; i < 4; ++i)
            QVERIFY(m_editing->redo());
        QVERIFY(m_editing->cached(area));
        QCOMPARE(m_farmers->store().farmer(farmer.value())->fullName,
                 QStringLiteral("Nguyễn Văn Ánh")); // the same id back
        QCOMPARE(m_farmers->store().areasOf(farmer.value()),
                 (std::vector<FarmerArea>{{link, farmer.value(), area}}));
        QCOMPARE(m_farmers->search(QStringLiteral("anh")), std::vector<qint64>{farmer.value()});
        QCOMPARE(farmerActions(farmer.value()),
                 (QStringList{QStringLiteral("insert"), QStringLiteral("update"),
                              QStringLiteral("undo update"), QStringLiteral("undo insert"),
                              QStringLiteral("redo insert"), QStringLiteral("redo update")}));
    }

    void undoOfDeleteBringsBackTheLinks() {
        startSessions();
        const qint64 area =
            m_editing->addArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0002")))
                .value();
        const qint64 farmer =
            m_farmers->addFarmer(farmerNamed(QStringLiteral("Trần Thị Bích"))).value();
        const qint64 parcelLink =
            m_farmers->linkParcel({-1, farmer, parcel("305"), 500, Tenure::Owner}).value();
        const qint64 areaLink = m_farmers->linkArea({-1, farmer, area}).value();
        QVERIFY(m_farmers->removeFarmer(farmer));
        QVERIFY(!m_farmers->store().farmer(farmer));
        QVERIFY(m_farmers->store().parcelsOf(farmer).empty());
        QVERIFY(m_editing->undo());
        QCOMPARE(m_farmers->store().farmer(farmer)->fullName, QStringLiteral("Trần Thị Bích"));
        QCOMPARE(
            m_farmers->store().parcelsOf(farmer),
            (std::vector<FarmerParcel>{{parcelLink, farmer, parcel("305"), 500, Tenure::Owner}}));
        QCOMPARE(m_farmers->store().areasOf(farmer),
                 (std::vector<FarmerArea>{{areaLink, farmer, area}}));
        QCOMPARE(m_farmers->search(QStringLiteral("bich")), std::vector<qint64>{farmer});
        QVERIFY(m_editing->redo());
        QVERIFY(!m_farmers->store().farmer(farmer));
        QVERIFY(m_farmers->search(QStringLiteral("bich")).empty());
    }

    void mergeIsOneUndoStep() {
        startSessions();
        const qint64 keep = m_farmers
                                ->addFarmer(farmerNamed(QStringLiteral("Đặng Văn Đức"),
                                                        QStringLiteral("087062000111"), 1962))
                                .value();
        const qint64 other =
            m_farmers->addFarmer(farmerNamed(QStringLiteral("Dang Van Duc"), {}, 1962)).value();
        QVERIFY(m_farmers->linkParcel({-1, keep, parcel("1"), {}, Tenure::Owner}));
        const qint64 shared =
            m_farmers->linkParcel({-1, other, parcel("1"), {}, Tenure::Owner}).value();
        const qint64 own =
            m_farmers->linkParcel({-1, other, parcel("2"), {}, Tenure::Tenant}).value();

        Result<std::vector<DuplicateGroup>> duplicates = m_farmers->duplicates();
        QVERIFY(duplicates);
        QCOMPARE(duplicates->size(), size_t(1));
        QCOMPARE(duplicates->front().fids, (std::vector<qint64>{keep, other}));

        const int steps = m_editing->undoStack()->count();
        QVERIFY(m_farmers->mergeFarmers(keep, other));
        QCOMPARE(m_editing->undoStack()->count(), steps + 1);
        QCOMPARE(m_farmers->search(QStringLiteral("duc")), std::vector<qint64>{keep});
        QCOMPARE(m_farmers->store().parcelsOf(keep).size(), size_t(2));

        QVERIFY(m_editing->undo());
        QCOMPARE(m_farmers->search(QStringLiteral("duc")), (std::vector<qint64>{keep, other}));
        QCOMPARE(m_farmers->store().parcelsOf(keep).size(), size_t(1));
        std::vector<qint64> links;
        for (const FarmerParcel& link : m_farmers->store().parcelsOf(other))
            links.push_back(link.fid);
        QCOMPARE(links, (std::vector<qint64>{shared, own})); // the dropped duplicate is back too
        QCOMPARE(m_farmers->duplicates()->size(), size_t(1));
        QVERIFY(m_editing->redo());
        QVERIFY(!m_farmers->store().farmer(other));
        QVERIFY(m_farmers->duplicates()->empty());
    }

    // An undo view moves the stack itself (QUndoStack::undo): the project and the search follow.
    void stackMovedFromOutsideKeepsTheSearchCurrent() {
        startSessions();
        const qint64 farmer =
            m_farmers->addFarmer(farmerNamed(QStringLiteral("Huỳnh Ngọc Ẩn"))).value();
        m_editing->undoStack()->undo();
        QVERIFY(!m_farmers->store().farmer(farmer));
        QVERIFY(m_farmers->search(QStringLiteral("huynh")).empty());
        m_editing->undoStack()->redo();
        QCOMPARE(m_farmers->search(QStringLiteral("huynh an")), std::vector<qint64>{farmer});
    }

    void refusedEditPushesNothing() {
        startSessions();
        const qint64 farmer = m_farmers
                                  ->addFarmer(farmerNamed(QStringLiteral("Lê Văn Tám"),
                                                          QStringLiteral("087060000888"), 1960))
                                  .value();
        const int steps = m_editing->undoStack()->count();
        FarmerRecord bad = m_farmers->store().farmer(farmer).value();
        bad.birthYear = 1850;
        Status refused = m_farmers->changeFarmer(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("1850")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!m_farmers->addFarmer(
            farmerNamed(QStringLiteral("Lê Văn Chín"), QStringLiteral("087060000888"))));
        QVERIFY(!m_farmers->unlinkParcel(4242));
        QCOMPARE(m_editing->undoStack()->count(), steps);
        QCOMPARE(m_farmers->store().farmer(farmer)->birthYear, std::optional<int>(1960));
    }
};

QTEST_GUILESS_MAIN(FarmerSessionTest)
#include "farmer_session_test.moc"
