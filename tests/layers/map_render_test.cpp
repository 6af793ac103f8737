#include "gdal_environment.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "map_render_job.h"
#include "test_data.h"
#include "vector_layer.h"

#include <QGuiApplication>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

// Share of pixels whose channels all lie within `tolerance` of the reference.
double matchingShare(const QImage& actual, const QImage& expected, int tolerance) {
    if (actual.size() != expected.size())
        return 0;
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    const QImage b = expected.convertToFormat(QImage::Format_ARGB32);
    qint64 matching = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* lineA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lineB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = lineA[x], q = lineB[x];
            if (qAbs(qRed(p) - qRed(q)) <= tolerance && qAbs(qGreen(p) - qGreen(q)) <= tolerance &&
                qAbs(qBlue(p) - qBlue(q)) <= tolerance)
                ++matching;
        }
    }
    return double(matching) / (double(a.width()) * a.height());
}

} // namespace

class MapRenderTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_gpkg;

    void loadAll(LayerCollection& collection, const QStringList& names) {
        auto layers = openLayers(m_gpkg, names);
        QVERIFY(layers.ok());
        for (MapLayer* layer : layers.value())
            collection.add(layer);
        for (MapLayer* layer : collection.layers())
            QVERIFY(qobject_cast<VectorLayer*>(layer)->loadNow(collection.mapCrs()).ok());
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        m_gpkg = copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
    }

    void landUseColoursAreDrawn() {
        LayerCollection collection;
        loadAll(collection, {QStringLiteral("land_use")});
        auto* landUse = qobject_cast<VectorLayer*>(collection.at(0));
        const MapSettings settings =
            MapSettings::fitting(collection.mapCrs(), collection.fullExtent(), QSize(800, 800));
        const QImage image = renderMapNow(collection, settings);
        // Each zone's centre pixel has its code's colour from land_use_colours.csv.
        const auto snapshot = landUse->snapshot();
        int checked = 0;
        for (uint32_t feature = 0; feature < snapshot->geometries->featureCount(); feature += 17) {
            const QPointF centre =
                settings.toScreen(snapshot->geometries->bounds(feature).toRect().center());
            const QColor expected = landUse->style().fillFor(snapshot->data->categories[feature]);
            const QColor actual = image.pixelColor(centre.toPoint());
            QVERIFY2(qAbs(actual.red() - expected.red()) <= 2 &&
                         qAbs(actual.green() - expected.green()) <= 2 &&
                         qAbs(actual.blue() - expected.blue()) <= 2,
                     qPrintable(QStringLiteral("feature %1: %2 instead of %3")
                                    .arg(feature)
                                    .arg(actual.name(), expected.name())));
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    void sampleMatchesReferenceImage() {
        LayerCollection collection;
        loadAll(collection, {});
        const MapSettings settings =
            MapSettings::fitting(collection.mapCrs(), collection.fullExtent(), QSize(640, 480));
        const QImage image = renderMapNow(collection, settings);
        const QString reference =
            QStringLiteral(AGRIMAP_SOURCE_DIR "/tests/layers/reference/sample_full_extent.png");
        if (qEnvironmentVariableIsSet("AGRIMAP_UPDATE_REFERENCES")) {
            QVERIFY(image.save(reference));
            QSKIP("reference image written");
        }
        const QImage expected(reference);
        QVERIFY2(!expected.isNull(),
                 "missing reference image; run with AGRIMAP_UPDATE_REFERENCES=1");
        const double share = matchingShare(image, expected, 12);
        if (share < 0.99)
            image.save(QDir::temp().filePath(QStringLiteral("sample_full_extent_actual.png")));
        QVERIFY2(share >= 0.99,
                 qPrintable(QStringLiteral("only %1% of pixels match").arg(share * 100)));
    }

    void cancelledRenderReturnsNothing() {
        LayerCollection collection;
        loadAll(collection, {QStringLiteral("cadastral_parcels")});
        const MapSettings settings =
            MapSettings::fitting(collection.mapCrs(), collection.fullExtent(), QSize(400, 300));
        std::atomic_bool cancel(true);
        // Cancellation is checked every few thousand features: with 3 000 parcels the check
        // may come after the last one, so only a non-crash and a valid size are required.
        const QImage image = collection.at(0)->renderFunction()(settings, cancel);
        QVERIFY(image.isNull() || image.size() == QSize(400, 300));
    }

    void largeScaleShowsParcelLabels() {
        LayerCollection collection;
        loadAll(collection, {QStringLiteral("cadastral_parcels")});
        auto* parcels = qobject_cast<VectorLayer*>(collection.at(0));
        const QRectF one = parcels->featureMapExtent(*parcels->featureOfFid(100));
        const MapSettings settings = MapSettings::fitting(
            collection.mapCrs(), one.adjusted(-20, -20, 20, 20), QSize(600, 600));
        QVERIFY(settings.scaleDenominator() < 2500);
        const QImage labelled = renderMapNow(collection, settings);
        // Text is dark: far more dark pixels inside the parcel than its outline alone gives.
        const QRect inner = QRectF(settings.toScreen(one.left(), one.bottom()),
                                   settings.toScreen(one.right(), one.top()))
                                .toRect()
                                .adjusted(6, 6, -6, -6);
        int dark = 0;
        for (int y = inner.top(); y < inner.bottom(); ++y)
            for (int x = inner.left(); x < inner.right(); ++x)
                dark += qGray(labelled.pixel(x, y)) < 100 ? 1 : 0;
        QVERIFY2(dark > 30, qPrintable(QString::number(dark)));
    }
};

QTEST_MAIN(MapRenderTest)
#include "map_render_test.moc"
