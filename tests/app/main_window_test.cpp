#include "area_fixtures.h"
#include "editing/edit_controller.h"
#include "editing/edit_session.h"
#include "gdal_environment.h"
#include "layer_collection.h"
#include "map/map_canvas.h"
#include "map_layer.h"
#include "test_data.h"
#include "vector_layer.h"
#include "window/main_window.h"
#include "window/message_reporter.h"
#include "window/project_controller.h"
#include "window/scale_box.h"

#include <QLineEdit>
#include <QMimeData>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

class MainWindowTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    int m_chooserCalls = 0;

    std::unique_ptr<MainWindow> newWindow() {
        auto window = std::make_unique<MainWindow>();
        window->messages()->setShowsBoxes(false);
        window->setDiscardQuestion([] { return true; });
        // Multi-layer files: take every layer, as the "All layers" choice does.
        window->project()->setLayerChooser([this](const QString&, const QStringList& names) {
            ++m_chooserCalls;
            return names;
        });
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not shown");
        return window;
    }

    static bool allReady(const MainWindow& window) {
        for (const MapLayer* layer : window.layers()->layers()) {
            if (layer->state() != MapLayer::State::Ready)
                return false;
        }
        return window.layers()->count() > 0;
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        QCoreApplication::setOrganizationName(QStringLiteral("AgriMapTests"));
        QStandardPaths::setTestModeEnabled(true);
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
    }

    void opensTheSampleProject() {
        auto window = newWindow();
        window->openFiles({m_directory.filePath(QStringLiteral("cao-lanh.agrimap.gpkg"))});
        QCOMPARE(window->layers()->count(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(allReady(*window), 20000);
        QCOMPARE(window->layers()->mapCrs().authId(), QStringLiteral("EPSG:5897"));
        QVERIFY(window->messages()->errors().isEmpty());
        QVERIFY(window->windowTitle().contains(QStringLiteral("cao-lanh.agrimap.gpkg")));
        QVERIFY(window->project()->recentFiles().contains(
            m_directory.filePath(QStringLiteral("cao-lanh.agrimap.gpkg"))));
    }

    void corruptFileIsReportedNotFatal() {
        auto window = newWindow();
        const QString path = m_directory.filePath(QStringLiteral("broken.gpkg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3 — but not really");
        file.close();
        window->openFiles({path});
        QCOMPARE(window->layers()->count(), 0);
        QCOMPARE(window->messages()->errors().size(), 1);
        QVERIFY(window->messages()->errors().first().contains(path));
    }

    void saveAndReopenRestoresLayersAndView() {
        const QString saved = m_directory.filePath(QStringLiteral("copy.agrimap.gpkg"));
        QRectF view;
        {
            auto window = newWindow();
            window->openFiles({m_directory.filePath(QStringLiteral("cao-lanh-sample.gpkg"))});
            QTRY_VERIFY_WITH_TIMEOUT(allReady(*window), 20000);
            QCOMPARE(window->layers()->count(), 4);
            QCOMPARE(m_chooserCalls, 1);
            window->layers()->move(0, 3);
            window->layers()->at(1)->setVisible(false);
            window->layers()->at(2)->setOpacity(0.4);
            window->canvas()->setScaleDenominator(10000);
            view = window->canvas()->settings().visibleExtent();
            QVERIFY(window->project()->isModified());
            QVERIFY(window->windowTitle().contains(QLatin1Char('*')));
            QVERIFY(window->project()->saveAs(saved));
            QVERIFY(!window->project()->isModified());
        }
        auto reopened = newWindow();
        reopened->openFiles({saved});
        // The four layers, and on top the project's own (empty) growing areas for editing.
        QCOMPARE(reopened->layers()->count(), 5);
        QCOMPARE(reopened->layers()->at(4)->sourcePath(), saved);
        QCOMPARE(reopened->layers()->at(4)->sourceLayerName(), QStringLiteral("production_areas"));
        QVERIFY(reopened->edits()->isEditing());
        QCOMPARE(reopened->layers()->at(3)->sourceLayerName(), QStringLiteral("land_use"));
        QVERIFY(!reopened->layers()->at(1)->isVisible());
        QCOMPARE(reopened->layers()->at(2)->opacity(), 0.4);
        const QRectF restored = reopened->canvas()->settings().visibleExtent();
        QVERIFY(restored.contains(view.center()));
        QVERIFY(qAbs(restored.width() / view.width() - 1) < 0.2 ||
                qAbs(restored.height() / view.height() - 1) < 0.2);
    }

    void editsUndoAndRedoFromTheKeyboard() {
        QTemporaryDir scratch;
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), scratch);
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), scratch);
        auto window = newWindow();
        window->openFiles({project});
        QVERIFY(window->edits()->isEditing());
        VectorLayer* areas = window->edits()->areasLayer();
        QVERIFY(areas);
        QTRY_COMPARE_WITH_TIMEOUT(areas->loadedFeatureCount(), qint64(36), 20000);
        GrowingArea added = squareArea(566000, 1154000, 100, QStringLiteral("VN-DTOR-0900"));
        added.attributes.insert(QStringLiteral("commune"), QStringLiteral("Mỹ Tân"));
        QVERIFY(window->edits()->session()->addArea(added));
        QTRY_COMPARE_WITH_TIMEOUT(areas->loadedFeatureCount(), qint64(37), 20000);
        QVERIFY(window->edits()->undoAction()->isEnabled());
        window->canvas()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(areas->loadedFeatureCount(), qint64(36), 20000);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(areas->loadedFeatureCount(), qint64(37), 20000);
        QVERIFY(window->edits()->stateText().contains(QStringLiteral("cao-lanh.agrimap.gpkg")));
    }

    void secondWindowOpensTheProjectReadOnly() {
        QTemporaryDir scratch;
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), scratch);
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), scratch);
        auto first = newWindow();
        first->openFiles({project});
        QVERIFY(first->edits()->isEditing());
        auto second = newWindow();
        second->openFiles({project});
        QVERIFY(!second->edits()->isEditing());
        QVERIFY(second->edits()->isReadOnly());
        QVERIFY(second->edits()->stateText().contains(QSysInfo::machineHostName()));
        QCOMPARE(second->messages()->notices().size(), 1);
        QCOMPARE(second->layers()->count(), 4);
        first.reset(); // the first window closes: its lock goes with it
        auto third = newWindow();
        third->openFiles({project});
        QVERIFY(third->edits()->isEditing());
    }

    void scaleBoxTakesTypedScales() {
        auto window = newWindow();
        window->openFiles({m_directory.filePath(QStringLiteral("cao-lanh.agrimap.gpkg"))});
        QTRY_VERIFY_WITH_TIMEOUT(window->canvas()->settings().isValid(), 20000);
        QLineEdit* edit = window->scaleBox()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("1:5000"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(qAbs(window->canvas()->scaleDenominator() - 5000) < 0.5);
        QCOMPARE(ScaleBox::parse(QStringLiteral("1:25 000")), 25000.0);
        QCOMPARE(ScaleBox::format(10000), QStringLiteral("1:10 000"));
    }

    void toolShortcuts() {
        auto window = newWindow();
        window->canvas()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_I);
        QVERIFY(window->toolAction(QStringLiteral("IdentifyTool"))->isChecked());
        QTest::keyClick(window.get(), Qt::Key_S);
        QVERIFY(window->toolAction(QStringLiteral("SelectTool"))->isChecked());
        QTest::keyClick(window.get(), Qt::Key_P);
        QVERIFY(window->toolAction(QStringLiteral("PanTool"))->isChecked());
    }

    void droppedFilesAreAdded() {
        auto window = newWindow();
        QMimeData data;
        data.setUrls(
            {QUrl::fromLocalFile(m_directory.filePath(QStringLiteral("cao-lanh-sample.gpkg")))});
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QCOMPARE(window->layers()->count(), 4);
    }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
