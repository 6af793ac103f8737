#include "gdal_environment.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "map/identify_tool.h"
#include "map/map_canvas.h"
#include "map/pan_tool.h"
#include "map/select_tool.h"
#include "map/zoom_box_tool.h"
#include "test_data.h"
#include "vector_layer.h"

#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

// The canvas driven by real mouse, wheel and key events on the offscreen platform.
class MapCanvasTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_gpkg;
    std::unique_ptr<LayerCollection> m_layers;
    std::unique_ptr<MapCanvas> m_canvas;
    VectorLayer* m_parcels = nullptr;

    void waitForFrame() {
        QTRY_VERIFY_WITH_TIMEOUT(!m_canvas->isRendering(), 10000);
        QTest::qWait(60); // the render timer may start one more frame
        QTRY_VERIFY_WITH_TIMEOUT(!m_canvas->isRendering(), 10000);
    }

    static void sendWheel(QWidget* widget, const QPoint& at, int steps) {
        QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_gpkg = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
    }

    void init() {
        m_layers = std::make_unique<LayerCollection>();
        m_canvas = std::make_unique<MapCanvas>(m_layers.get());
        m_canvas->resize(800, 600);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        auto layers =
            openLayers(m_gpkg, {QStringLiteral("land_use"), QStringLiteral("cadastral_parcels")});
        QVERIFY(layers.ok());
        for (MapLayer* layer : layers.value()) {
            m_layers->add(layer);
            qobject_cast<VectorLayer*>(layer)->startLoading();
        }
        m_parcels = qobject_cast<VectorLayer*>(m_layers->at(1));
        QCOMPARE(m_parcels->sourceLayerName(), QStringLiteral("cadastral_parcels"));
        QTRY_VERIFY_WITH_TIMEOUT(m_parcels->state() == MapLayer::State::Ready &&
                                     m_layers->at(0)->state() == MapLayer::State::Ready,
                                 20000);
        QTRY_VERIFY(m_canvas->settings().isValid());
        m_canvas->zoomToFullExtent();
        waitForFrame();
    }

    void cleanup() {
        m_canvas.reset();
        m_layers.reset();
    }

    void wheelZoomKeepsThePointUnderTheCursor() {
        const QPoint cursor(200, 150);
        const QPointF before = m_canvas->settings().toWorld(cursor);
        const double scale = m_canvas->scaleDenominator();
        sendWheel(m_canvas.get(), cursor, 2);
        QVERIFY(m_canvas->scaleDenominator() < scale / 1.5);
        const QPointF after = m_canvas->settings().toWorld(cursor);
        QVERIFY(qAbs(after.x() - before.x()) < 0.01 && qAbs(after.y() - before.y()) < 0.01);
        sendWheel(m_canvas.get(), cursor, -2);
        QVERIFY(qAbs(m_canvas->scaleDenominator() - scale) < 1);
    }

    void dragPansByTheDraggedDistance() {
        PanTool pan(m_canvas.get());
        m_canvas->setTool(&pan);
        const QPointF centre = m_canvas->settings().centre();
        const double units = m_canvas->settings().unitsPerPixel();
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
        QTest::mouseMove(m_canvas.get(), QPoint(450, 320));
        QTest::mouseMove(m_canvas.get(), QPoint(500, 340));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(500, 340));
        const QPointF moved = m_canvas->settings().centre();
        QVERIFY(qAbs((centre.x() - moved.x()) - 100 * units) < units);
        QVERIFY(qAbs((moved.y() - centre.y()) - 40 * units) < units);
        m_canvas->setTool(nullptr);
    }

    void keysPanAndZoom() {
        m_canvas->setFocus();
        const QPointF centre = m_canvas->settings().centre();
        const double units = m_canvas->settings().unitsPerPixel();
        QTest::keyClick(m_canvas.get(), Qt::Key_Right);
        QVERIFY(qAbs(m_canvas->settings().centre().x() - (centre.x() + 200 * units)) < units);
        QTest::keyClick(m_canvas.get(), Qt::Key_Up);
        QVERIFY(qAbs(m_canvas->settings().centre().y() - (centre.y() + 150 * units)) < units);
        const double scale = m_canvas->scaleDenominator();
        QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
        QVERIFY(qAbs(m_canvas->scaleDenominator() - scale / 2) < 1);
        QTest::keyClick(m_canvas.get(), Qt::Key_Minus);
        QVERIFY(qAbs(m_canvas->scaleDenominator() - scale) < 1);
    }

    void boxZoomShowsTheBox() {
        ZoomBoxTool zoom(m_canvas.get());
        m_canvas->setTool(&zoom);
        const QPointF corner1 = m_canvas->settings().toWorld(QPointF(100, 100));
        const QPointF corner2 = m_canvas->settings().toWorld(QPointF(300, 250));
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
        QTest::mouseMove(m_canvas.get(), QPoint(200, 200));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 250));
        const QRectF visible = m_canvas->settings().visibleExtent();
        QVERIFY(visible.contains(QRectF(corner1, corner2).normalized()));
        QVERIFY(visible.width() < QRectF(corner1, corner2).normalized().width() * 1.4 ||
                visible.height() < QRectF(corner1, corner2).normalized().height() * 1.4);
        m_canvas->setTool(nullptr);
    }

    void previousAndNextView() {
        const double first = m_canvas->scaleDenominator();
        m_canvas->zoomIn();
        const double second = m_canvas->scaleDenominator();
        m_canvas->previousView();
        QVERIFY(qAbs(m_canvas->scaleDenominator() - first) < 1);
        QVERIFY(m_canvas->hasNextView());
        m_canvas->nextView();
        QVERIFY(qAbs(m_canvas->scaleDenominator() - second) < 1);
    }

    void scaleIsSettableAndClamped() {
        m_canvas->setScaleDenominator(5000);
        QVERIFY(qAbs(m_canvas->scaleDenominator() - 5000) < 0.5);
        m_canvas->setScaleDenominator(10);
        QVERIFY(qAbs(m_canvas->scaleDenominator() - 500) < 0.5);
    }

    void identifyClickFindsTheParcel() {
        IdentifyTool identify(m_canvas.get(), m_layers.get());
        m_canvas->setTool(&identify);
        const QRectF parcel = m_parcels->featureMapExtent(*m_parcels->featureOfFid(42));
        m_canvas->zoomToExtent(parcel.adjusted(-50, -50, 50, 50));
        waitForFrame();
        QSignalSpy spy(&identify, &IdentifyTool::featuresIdentified);
        const QPoint at = m_canvas->settings().toScreen(parcel.center()).toPoint();
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(spy.count(), 1);
        const auto hits = spy.at(0).at(0).value<QList<IdentifyHit>>();
        // The parcel (top layer) first, then the land-use zone under it.
        QVERIFY(hits.size() >= 2);
        QCOMPARE(hits.first().layer, m_parcels);
        QCOMPARE(m_parcels->fidOf(hits.first().feature), qint64(42));
        m_canvas->setTool(nullptr);
    }

    void selectByClickShiftClickAndBox() {
        SelectTool select(m_canvas.get(), m_layers.get());
        select.setCurrentLayer(m_parcels);
        m_canvas->setTool(&select);
        const QRectF first = m_parcels->featureMapExtent(*m_parcels->featureOfFid(100));
        const QRectF second = m_parcels->featureMapExtent(*m_parcels->featureOfFid(101));
        m_canvas->zoomToExtent(first.united(second).adjusted(-30, -30, 30, 30));
        waitForFrame();
        const auto screen = [this](const QPointF& p) {
            return m_canvas->settings().toScreen(p).toPoint();
        };
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, screen(first.center()));
        QCOMPARE(m_parcels->selection().size(), size_t(1));
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier,
                          screen(second.center()));
        QCOMPARE(m_parcels->selection().size(), size_t(2));
        QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
        QVERIFY(m_parcels->selection().empty());
        // A box that touches both parcels selects both.
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, screen(first.center()));
        QTest::mouseMove(m_canvas.get(), screen(second.center()));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier,
                            screen(second.center()));
        const auto selected = m_parcels->selection();
        QVERIFY(selected.size() >= 2);
        m_canvas->setTool(nullptr);
    }

    void drawnMapShowsLandUseColours() {
        // Hide the parcels: the land-use zones' colours from land_use_colours.csv show.
        m_parcels->setVisible(false);
        waitForFrame();
        auto* landUse = qobject_cast<VectorLayer*>(m_layers->at(0));
        const QImage image = m_canvas->mapImage();
        const auto snapshot = landUse->snapshot();
        int matched = 0, checked = 0;
        for (uint32_t zone = 0; zone < snapshot->geometries->featureCount(); zone += 11) {
            const QPoint at = m_canvas->settings()
                                  .toScreen(snapshot->geometries->bounds(zone).toRect().center())
                                  .toPoint();
            if (!image.rect().contains(at))
                continue;
            const QColor expected = landUse->style().fillFor(snapshot->data->categories[zone]);
            const QColor actual = image.pixelColor(at);
            ++checked;
            if (qAbs(actual.red() - expected.red()) <= 3 &&
                qAbs(actual.green() - expected.green()) <= 3 &&
                qAbs(actual.blue() - expected.blue()) <= 3)
                ++matched;
        }
        QVERIFY(checked > 5);
        QVERIFY2(matched >= checked * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(matched).arg(checked)));
    }

    void panningMovesTheLastImageAtOnce() {
        // Before the new frame is drawn, the old image is shown shifted by the pan.
        const QImage before = m_canvas->mapImage();
        m_canvas->panByPixels(QPointF(40, 0));
        const QImage moved = m_canvas->mapImage();
        int same = 0, total = 0;
        for (int y = 100; y < 500; y += 20)
            for (int x = 100; x < 600; x += 20, ++total)
                same += moved.pixel(x + 40, y) == before.pixel(x, y) ? 1 : 0;
        QVERIFY2(same > total * 8 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(same).arg(total)));
    }
};

QTEST_MAIN(MapCanvasTest)
#include "map_canvas_test.moc"
