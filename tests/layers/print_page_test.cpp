#include "gdal_environment.h"
#include "image_difference.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "map_render_job.h"
#include "print/paper_units.h"
#include "print/print_page.h"
#include "print/print_writer.h"
#include "test_data.h"
#include "vector_layer.h"

#include <QGuiApplication>
#include <QPainter>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

// The print's drawing of the map against the canvas's, the legend of what is in view, and
// the page as a whole, on the sample district.
class PrintPageTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_gpkg;
    LayerCollection m_layers;

    VectorLayer* layerNamed(const QString& name) const {
        for (MapLayer* layer : m_layers.layers()) {
            if (layer->title() == name)
                return qobject_cast<VectorLayer*>(layer);
        }
        return nullptr;
    }

    // What the print draws in its frame, painted onto an image as on paper but at 1:1.
    QImage paintedLikeAPrint(const MapSettings& settings) const {
        QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        const std::atomic_bool cancel(false);
        for (const MapLayer* layer : m_layers.layers()) {
            painter.setOpacity(layer->opacity());
            if (!layer->paintFunction()(painter, settings, cancel))
                return {};
        }
        return image;
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_gpkg = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        auto opened =
            openLayers(m_gpkg, {QStringLiteral("land_use"), QStringLiteral("cadastral_parcels"),
                                QStringLiteral("communes")});
        QVERIFY(opened.ok());
        for (MapLayer* layer : opened.value())
            m_layers.add(layer);
        for (MapLayer* layer : m_layers.layers())
            QVERIFY(qobject_cast<VectorLayer*>(layer)->loadNow(m_layers.mapCrs()).ok());
    }

    void vectorPaintingMatchesTheCanvas_data() {
        QTest::addColumn<double>("zoom");
        QTest::newRow("whole district (footprints)") << 1.0;
        QTest::newRow("parcels with labels") << 40.0;
    }
    void vectorPaintingMatchesTheCanvas() {
        QFETCH(double, zoom);
        const QRectF full = m_layers.fullExtent();
        QRectF extent(0, 0, full.width() / zoom, full.height() / zoom);
        extent.moveCenter(full.center());
        const MapSettings settings =
            MapSettings::fitting(m_layers.mapCrs(), extent, QSize(640, 480));
        if (zoom > 1)
            QVERIFY(settings.scaleDenominator() < 2500); // labels are drawn
        const QImage canvas = renderMapNow(m_layers, settings);
        const QImage printed = paintedLikeAPrint(settings);
        const ImageDifference difference = compareImages(printed, canvas);
        if (!difference.within(1.0, 0.01)) {
            printed.save(QDir::temp().filePath(QStringLiteral("print_paint_actual.png")));
            canvas.save(QDir::temp().filePath(QStringLiteral("print_paint_canvas.png")));
        }
        QVERIFY2(difference.within(1.0, 0.01), qPrintable(difference.describe()));
    }

    void legendListsTheCodesInView() {
        VectorLayer* landUse = layerNamed(QStringLiteral("land_use"));
        QVERIFY(landUse);
        print::PrintOptions options;
        options.extent = m_layers.fullExtent();
        const Result<print::PrintPage> whole = print::preparePrintPage(m_layers, options);
        QVERIFY(whole.ok());
        const auto legendOf = [](const print::PrintPage& page, const QString& title) {
            for (const print::PrintLayer& layer : page.layers) {
                if (layer.title == title)
                    return layer.legend;
            }
            return QList<LegendEntry>();
        };
        const QList<LegendEntry> all = legendOf(whole.value(), QStringLiteral("land_use"));
        QVERIFY(all.size() >= 4);

        // Around one zone only its own code (and perhaps a neighbour's) is listed.
        const auto snapshot = landUse->snapshot();
        const uint32_t feature = 3;
        const int category = snapshot->data->categories[feature];
        QVERIFY(category >= 0);
        const QString code = landUse->style().palette->categories()[size_t(category)].code;
        const QRectF zone = landUse->featureMapExtent(feature);
        options.extent = QRectF(zone.center() - QPointF(1, 1), QSizeF(2, 2));
        options.scaleDenominator = 500;
        const Result<print::PrintPage> close = print::preparePrintPage(m_layers, options);
        QVERIFY(close.ok());
        const QList<LegendEntry> near = legendOf(close.value(), QStringLiteral("land_use"));
        QVERIFY(!near.isEmpty());
        QVERIFY2(near.size() < all.size(), qPrintable(QString::number(near.size())));
        QVERIFY(std::any_of(near.begin(), near.end(), [&](const LegendEntry& entry) {
            return entry.label.startsWith(code + QStringLiteral(" — ")) &&
                   entry.fill == landUse->style().fillFor(category);
        }));
        // Entries follow the palette's order, as the layer tree lists them.
        QStringList order;
        for (const LegendEntry& entry : all)
            order << entry.label;
        for (const LegendEntry& entry : near)
            QVERIFY(order.contains(entry.label) || entry.label.contains(QStringLiteral("unknown")));
    }

    void fixedScaleSetsTheFrame() {
        print::PrintOptions options;
        options.paper = print::Paper::A3;
        options.orientation = print::Orientation::Landscape;
        options.extent = m_layers.fullExtent();
        options.scaleDenominator = 2000;
        const Result<print::PrintPage> page = print::preparePrintPage(m_layers, options);
        QVERIFY(page.ok());
        QCOMPARE(page->frame.denominator, 2000.0);
        QCOMPARE(page->frame.extent.center(), options.extent.center());
        // The frame drawn at 96 dpi is a canvas at 1:2 000.
        QVERIFY(qAbs(page->mapSettings().scaleDenominator() - 2000) < 1e-6);
        QCOMPARE(page->mapSettings().visibleExtent().width(), page->frame.extent.width());
        QCOMPARE(page->layers.size(), size_t(3));
    }

    void refusesWhatCannotBePrinted() {
        LayerCollection empty;
        const Result<print::PrintPage> noCrs = print::preparePrintPage(empty, {});
        QVERIFY(!noCrs.ok());
        QVERIFY(noCrs.errorMessage().contains(QStringLiteral("coordinate reference system")));
        print::PrintOptions options;
        options.logoPath = m_directory.filePath(QStringLiteral("missing-logo.png"));
        const Result<print::PrintPage> noLogo = print::preparePrintPage(m_layers, options);
        QVERIFY(!noLogo.ok());
        QVERIFY(noLogo.errorMessage().contains(options.logoPath));
    }

    void pageImageHasTheSheetsSize() {
        print::PrintOptions options;
        options.title = QStringLiteral("Bản đồ");
        const Result<print::PrintPage> page = print::preparePrintPage(m_layers, options);
        QVERIFY(page.ok());
        const std::atomic_bool cancel(false);
        const QImage image = print::renderPrintPage(page.value(), 72, cancel);
        // A4 portrait at 72 dpi.
        QCOMPARE(image.size(), QSize(595, 842));
        // Something dark in the title band, and the map frame is not blank.
        const auto darkIn = [&](const QRectF& millimetres) {
            const QRect area = print::PaperUnits::atDpi(72).rect(millimetres).toRect();
            int dark = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            return dark;
        };
        QVERIFY(darkIn(page->layout.title) > 20);
        QVERIFY(darkIn(page->layout.mapFrame) > 200);
    }

    void cancelledPrintWritesNothing() {
        const Result<print::PrintPage> page = print::preparePrintPage(m_layers, {});
        QVERIFY(page.ok());
        const std::atomic_bool cancel(true);
        QVERIFY(print::renderPrintPage(page.value(), 72, cancel).isNull());
        const QString pdf = m_directory.filePath(QStringLiteral("cancelled.pdf"));
        const Status status = print::writePrintFile(page.value(), pdf, 100, cancel);
        QVERIFY(!status.ok());
        QVERIFY(status.errorMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFileInfo::exists(pdf));
    }
};

QTEST_MAIN(PrintPageTest)
#include "print_page_test.moc"
