#include "area_fixtures.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "gdal_environment.h"

#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

class EditSessionTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    int m_serial = 0;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<EditSession> m_session;

    void startSession(OverlapPolicy policy = OverlapPolicy::Forbid) {
        m_session.reset();
        m_store.reset();
        auto store = ProjectStore::open(
            m_directory.filePath(QStringLiteral("s%1.agrimap.gpkg").arg(++m_serial)),
            ProjectStore::Access::Edit);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        m_store = std::move(store).value();
        EditSettings settings;
        settings.overlapPolicy = policy;
        QVERIFY(m_store->saveSettings(settings));
        auto session = EditSession::start(*m_store);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = std::move(session).value();
    }

    QStringList actions(qint64 fid) const {
        QStringList list;
        for (const AuditEntry& entry : m_store->history(fid))
            list << entry.action;
        return list;
    }

private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    void addUndoRedoAreTransactions() {
        startSession();
        Result<qint64> fid =
            m_session->addArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0001")));
        QVERIFY2(fid, qPrintable(fid.errorMessage()));
        QCOMPARE(m_store->areaCount(), 1);
        QVERIFY(m_session->undoStack()->canUndo());
        QVERIFY(m_session->undo());
        QCOMPARE(m_store->areaCount(), 0);
        QVERIFY(m_session->redo());
        QCOMPARE(m_store->areaCount(), 1);
        QCOMPARE(m_store->area(fid.value())->text("code"),
                 QStringLiteral("VN-DTOR-0001")); // same id back
        QCOMPARE(actions(fid.value()),
                 QStringList({QStringLiteral("insert"), QStringLiteral("undo insert"),
                              QStringLiteral("redo insert")}));
    }

    void changeAndDeleteUndoToTheExactState() {
        startSession();
        const qint64 fid =
            m_session->addArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0002")))
                .value();
        GrowingArea changed = *m_session->cached(fid);
        changed.attributes.insert(QStringLiteral("crop"), QStringLiteral("nhãn"));
        changed.geometryWkb = squareArea(baseX, baseY, 300, QString()).geometryWkb;
        QVERIFY(m_session->changeArea(changed));
        QCOMPARE(m_store->area(fid)->attributes.value(QStringLiteral("area_ha")).toDouble(), 9.0);
        QVERIFY(m_session->removeArea(fid));
        QCOMPARE(m_store->areaCount(), 0);
        QVERIFY(m_session->undo()); // the delete
        QCOMPARE(m_store->area(fid)->text("crop"), QStringLiteral("nhãn"));
        QVERIFY(m_session->undo()); // the change
        QCOMPARE(m_store->area(fid)->text("crop"), QStringLiteral("xoài"));
        QCOMPARE(m_store->area(fid)->attributes.value(QStringLiteral("area_ha")).toDouble(), 1.0);
        QVERIFY(m_session->redo());
        QVERIFY(m_session->redo());
        QCOMPARE(m_store->areaCount(), 0);
    }

    void historyIsUnlimited() {
        startSession();
        const qint64 fid =
            m_session->addArea(squareArea(baseX, baseY, 50, QStringLiteral("VN-DTOR-0003")))
                .value();
        for (int i = 0; i < 150; ++i) {
            GrowingArea next = *m_session->cached(fid);
            next.attributes.insert(QStringLiteral("households"), i + 1);
            QVERIFY(m_session->changeArea(next));
        }
        QCOMPARE(m_session->undoStack()->count(), 151);
        while (m_session->undoStack()->canUndo())
            QVERIFY(m_session->undo());
        QCOMPARE(m_store->areaCount(), 0);
    }

    void overlapIsRefusedUnderForbid() {
        startSession(OverlapPolicy::Forbid);
        QVERIFY(m_session->addArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0004"))));
        Result<qint64> overlapping =
            m_session->addArea(squareArea(baseX + 50, baseY, 100, QStringLiteral("VN-DTOR-0005")));
        QVERIFY(!overlapping);
        QVERIFY2(overlapping.errorMessage().contains(QStringLiteral("VN-DTOR-0004")),
                 qPrintable(overlapping.errorMessage()));
        QCOMPARE(m_store->areaCount(), 1);
        bool shown = false;
        for (const AreaViolation& violation : m_session->lastViolations())
            shown = shown || (violation.rule == QLatin1String("overlap") &&
                              qFuzzyCompare(violation.where.width(), 50.0));
        QVERIFY(shown); // the overlap's place, for the map
        // Touching neighbours are fine; so is an overlap with an area that is not active.
        QVERIFY(m_session->addArea(
            squareArea(baseX + 100, baseY, 100, QStringLiteral("VN-DTOR-0006"))));
        QVERIFY(m_session->addArea(squareArea(baseX + 20, baseY + 20, 30,
                                              QStringLiteral("VN-DTOR-0007"),
                                              QStringLiteral("revoked"))));
    }

    void overlapIsClippedUnderClip() {
        startSession(OverlapPolicy::Clip);
        QVERIFY(m_session->addArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0008"))));
        Result<qint64> clipped =
            m_session->addArea(squareArea(baseX + 50, baseY, 100, QStringLiteral("VN-DTOR-0009")));
        QVERIFY2(clipped, qPrintable(clipped.errorMessage()));
        QCOMPARE(
            m_store->area(clipped.value())->attributes.value(QStringLiteral("area_ha")).toDouble(),
            0.5);
    }

    void duplicateCodeAndInvalidShapeAreRefused() {
        startSession();
        QVERIFY(m_session->addArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0010"))));
        Result<qint64> duplicate =
            m_session->addArea(squareArea(baseX + 500, baseY, 100, QStringLiteral("VN-DTOR-0010")));
        QVERIFY(!duplicate);
        QVERIFY(duplicate.errorMessage().contains(QStringLiteral("VN-DTOR-0010")));
        GrowingArea bowtie = squareArea(0, 0, 1, QStringLiteral("VN-DTOR-0011"));
        bowtie.geometryWkb = area_geometry::polygonFromRing({{baseX, baseY + 1000},
                                                             {baseX + 100, baseY + 1100},
                                                             {baseX + 100, baseY + 1000},
                                                             {baseX, baseY + 1100}});
        Result<qint64> invalid = m_session->addArea(bowtie);
        QVERIFY(!invalid);
        QVERIFY2(invalid.errorMessage().contains(QStringLiteral("Self-intersection")),
                 qPrintable(invalid.errorMessage()));
        // "Fix geometry" makes it acceptable.
        Result<QByteArray> fixed = area_geometry::fixed(bowtie.geometryWkb);
        QVERIFY(fixed);
        QVERIFY(area_geometry::invalidityReason(fixed.value()).isEmpty());
        bowtie.geometryWkb = fixed.value();
        QVERIFY(m_session->addArea(bowtie));
        QCOMPARE(m_store->areaCount(), 2);
    }

    void restoringAnEarlierVersionIsAnUndoableEdit() {
        startSession();
        const qint64 fid =
            m_session->addArea(squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0012")))
                .value();
        GrowingArea renamed = *m_session->cached(fid);
        renamed.attributes.insert(QStringLiteral("name"), QStringLiteral("Vùng xoài Mỹ Xương"));
        QVERIFY(m_session->changeArea(renamed));
        const AuditEntry firstVersion = m_store->history(fid).front();
        QVERIFY(m_session->restoreVersion(firstVersion));
        QCOMPARE(m_store->area(fid)->text("name"), QStringLiteral("Vùng VN-DTOR-0012"));
        QVERIFY(m_session->undo());
        QCOMPARE(m_store->area(fid)->text("name"), QStringLiteral("Vùng xoài Mỹ Xương"));
        // A deleted area comes back from its delete row.
        QVERIFY(m_session->removeArea(fid));
        QVERIFY(m_session->restoreVersion(m_store->history(fid).back()));
        QCOMPARE(m_store->area(fid)->text("name"), QStringLiteral("Vùng xoài Mỹ Xương"));
    }

    void mergeIsOneStep() {
        startSession();
        GrowingArea left = squareArea(baseX, baseY, 100, QStringLiteral("VN-DTOR-0020"));
        left.members = {{QStringLiteral("Mỹ Tân"), QStringLiteral("1"), QStringLiteral("1")}};
        GrowingArea right = squareArea(baseX + 100, baseY, 100, QStringLiteral("VN-DTOR-0021"));
        right.members = {{QStringLiteral("Mỹ Tân"), QStringLiteral("1"), QStringLiteral("2")}};
        const qint64 a = m_session->addArea(left).value();
        const qint64 b = m_session->addArea(right).value();
        QVERIFY(m_session->mergeAreas({a, b}, b));
        QCOMPARE(m_store->areaCount(), 1);
        const GrowingArea merged = m_store->area(b).value();
        QCOMPARE(merged.text("code"), QStringLiteral("VN-DTOR-0021"));
        QCOMPARE(merged.attributes.value(QStringLiteral("area_ha")).toDouble(), 2.0);
        QCOMPARE(merged.members.size(), size_t(2));
        QCOMPARE(m_session->undoStack()->count(), 3);
        QVERIFY(m_session->undo());
        QCOMPARE(m_store->areaCount(), 2);
        QCOMPARE(m_store->area(a)->text("code"), QStringLiteral("VN-DTOR-0020"));
        QCOMPARE(m_store->area(b)->attributes.value(QStringLiteral("area_ha")).toDouble(), 1.0);
        QCOMPARE(m_session->cached(a)->members.size(), size_t(1));
        QVERIFY(m_session->redo());
        QCOMPARE(m_store->areaCount(), 1);
    }

    void replacingByPiecesIsOneStep() {
        startSession();
        const qint64 fid =
            m_session->addArea(squareArea(baseX, baseY, 200, QStringLiteral("VN-DTOR-0030")))
                .value();
        const QByteArray west = area_geometry::polygonFromRing(
            {{baseX, baseY}, {baseX + 50, baseY}, {baseX + 50, baseY + 200}, {baseX, baseY + 200}});
        const QByteArray east = area_geometry::polygonFromRing({{baseX + 50, baseY},
                                                                {baseX + 200, baseY},
                                                                {baseX + 200, baseY + 200},
                                                                {baseX + 50, baseY + 200}});
        QVERIFY(m_session->replaceArea(fid, {west, east}, QStringLiteral("Split")));
        QCOMPARE(m_store->areaCount(), 2);
        QCOMPARE(m_store->area(fid)->attributes.value(QStringLiteral("area_ha")).toDouble(), 1.0);
        QCOMPARE(m_store->area(fid)->text("code"), QStringLiteral("VN-DTOR-0030"));
        const qint64 piece = m_session->lastEditedFids().back();
        QCOMPARE(m_store->area(piece)->attributes.value(QStringLiteral("area_ha")).toDouble(), 3.0);
        QVERIFY(m_store->area(piece)->text("code").isEmpty()); // codes stay unique
        QCOMPARE(m_store->area(piece)->text("crop"), QStringLiteral("xoài"));
        QVERIFY(m_session->undo());
        QCOMPARE(m_store->areaCount(), 1);
        QCOMPARE(m_store->area(fid)->attributes.value(QStringLiteral("area_ha")).toDouble(), 4.0);
    }

    void readOnlyProjectCannotStartASession() {
        startSession();
        auto second = ProjectStore::open(m_store->path(), ProjectStore::Access::Edit);
        QVERIFY(second);
        QVERIFY(second.value()->isReadOnly());
        QVERIFY(!EditSession::start(*second.value()));
    }
};

QTEST_GUILESS_MAIN(EditSessionTest)
#include "edit_session_test.moc"
