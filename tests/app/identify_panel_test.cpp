#include "layer_collection.h"
#include "layer_factory.h"
#include "panel_test_data.h"
#include "panels/identify_panel.h"
#include "vector_layer.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

QTreeWidgetItem* childNamed(QTreeWidgetItem* parent, const QString& name) {
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == name)
            return parent->child(i);
    }
    return nullptr;
}

} // namespace

class IdentifyPanelTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_gpkg;
    std::unique_ptr<LayerCollection> m_collection;
    std::unique_ptr<IdentifyPanel> m_panel;
    VectorLayer* m_parcels = nullptr;
    VectorLayer* m_landUse = nullptr;

    VectorLayer* addLoaded(const QString& path, const QString& name) {
        auto layers = openLayers(path, {name});
        if (!layers.ok())
            qFatal("%s", qPrintable(layers.errorMessage()));
        auto* layer = qobject_cast<VectorLayer*>(layers->front());
        m_collection->add(layer);
        if (const Status loaded = layer->loadNow(m_collection->mapCrs()); !loaded.ok())
            qFatal("%s", qPrintable(loaded.errorMessage()));
        return layer;
    }

    QTreeWidget* tree() const { return m_panel->tree(); }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<VectorLayer*>();
        qRegisterMetaType<uint32_t>("uint32_t");
        m_gpkg = m_directory.filePath(QStringLiteral("identify.gpkg"));
        panel_data::writeParcels(m_gpkg, QStringLiteral("parcels"), 20,
                                 panel_data::Kind::Cadastral);
        panel_data::writeParcels(m_gpkg, QStringLiteral("land_use"), 20, panel_data::Kind::LandUse);
    }

    void init() {
        m_collection = std::make_unique<LayerCollection>();
        m_parcels = addLoaded(m_gpkg, QStringLiteral("parcels"));
        m_landUse = addLoaded(m_gpkg, QStringLiteral("land_use"));
        m_panel = std::make_unique<IdentifyPanel>(nullptr);
        m_panel->resize(420, 640);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup() {
        m_panel.reset();
        m_collection.reset();
    }

    void showsTheAttributesOfAKnownFeature() {
        const int i = 6; // fid 7
        const uint32_t feature = *m_parcels->featureOfFid(i + 1);
        m_panel->showHits({{m_parcels, feature}});
        QCOMPARE(tree()->topLevelItemCount(), 1);
        QTreeWidgetItem* layerItem = tree()->topLevelItem(0);
        QCOMPARE(layerItem->text(0), m_parcels->title());
        QCOMPARE(layerItem->childCount(), 1);
        QTreeWidgetItem* featureItem = layerItem->child(0);
        QCOMPARE(featureItem->text(0), QStringLiteral("Feature 7"));
        QVERIFY(featureItem->isExpanded());

        QCOMPARE(childNamed(featureItem, QStringLiteral("SoHieuToBanDo"))->text(1),
                 QStringLiteral("1"));
        QCOMPARE(childNamed(featureItem, QStringLiteral("SoThuTuThua"))->text(1),
                 QString::number(20 - i));
        QCOMPARE(childNamed(featureItem, QStringLiteral("KyHieuMucDichSuDung"))->text(1),
                 panel_data::codeOf(i));
        QCOMPARE(childNamed(featureItem, QStringLiteral("DienTich"))->text(1),
                 QString::number(panel_data::areaOf(i)));
        // The file holds the name decomposed; the panel shows it composed (NFC).
        const QString owner = childNamed(featureItem, QStringLiteral("TenChu"))->text(1);
        QCOMPARE(owner, panel_data::ownerOf(i));
        QCOMPARE(owner, QStringLiteral("Lê Hoàng Dũng"));
        QCOMPARE(owner.normalized(QString::NormalizationForm_C), owner);
        QVERIFY(owner != owner.normalized(QString::NormalizationForm_D));

        QCOMPARE(childNamed(featureItem, QStringLiteral("(geometry)"))->text(1).toUpper(),
                 QStringLiteral("POLYGON"));
        // A 10 m square in a metric CRS.
        QTreeWidgetItem* area = childNamed(featureItem, QStringLiteral("(area)"));
        QVERIFY(area);
        QCOMPARE(area->text(1), QStringLiteral("100.0 m² (0.0100 ha)"));
        QCOMPARE(IdentifyPanel::valueOf(area).toDouble(), 100.0);
    }

    void groupsHitsByLayerInOrder() {
        m_panel->showHits({{m_landUse, 3}, {m_parcels, 3}, {m_parcels, 4}});
        QCOMPARE(tree()->topLevelItemCount(), 2);
        QCOMPARE(tree()->topLevelItem(0)->text(0), m_landUse->title());
        QCOMPARE(tree()->topLevelItem(0)->childCount(), 1);
        QCOMPARE(tree()->topLevelItem(1)->text(0), m_parcels->title());
        QCOMPARE(tree()->topLevelItem(1)->childCount(), 2);
        QCOMPARE(childNamed(tree()->topLevelItem(0)->child(0), QStringLiteral("MDSD"))->text(1),
                 panel_data::codeOf(3));
        // Nothing under the click: a hint, not an empty panel.
        m_panel->showHits({});
        QCOMPARE(tree()->topLevelItemCount(), 1);
        QVERIFY(!tree()->topLevelItem(0)->text(0).isEmpty());
    }

    void doubleClickingAFeatureAsksForAZoom() {
        QSignalSpy zoom(m_panel.get(), &IdentifyPanel::zoomToFeatureRequested);
        m_panel->showHits({{m_parcels, 5}, {m_parcels, 9}});
        QTreeWidgetItem* second = tree()->topLevelItem(0)->child(1);
        const QPoint centre = tree()->visualItemRect(second).center();
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(zoom.count(), 1);
        QCOMPARE(zoom.first().at(0).value<VectorLayer*>(), m_parcels);
        QCOMPARE(zoom.first().at(1).value<uint32_t>(), 9u);
    }

    void copiesAValue() {
        m_panel->showHits({{m_parcels, 1}});
        QTreeWidgetItem* owner = childNamed(tree()->topLevelItem(0)->child(0), "TenChu");
        tree()->setCurrentItem(owner);
        m_panel->copyCurrentValue();
        QCOMPARE(QApplication::clipboard()->text(), panel_data::ownerOf(1));
        // Numbers are copied without locale formatting.
        tree()->setCurrentItem(childNamed(tree()->topLevelItem(0)->child(0), "DienTich"));
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("101"));
        // A feature row copies all its attributes, one "name<tab>value" per line.
        tree()->setCurrentItem(tree()->topLevelItem(0)->child(0));
        m_panel->copyCurrentValue();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("TenChu\t") +
                                                           panel_data::ownerOf(1)));
    }

    void errorsAreShownInThePanel() {
        // The layer's file disappears after loading: the attributes cannot be read.
        const QString copy = m_directory.filePath(QStringLiteral("vanishing.gpkg"));
        QVERIFY(QFile::copy(m_gpkg, copy));
        VectorLayer* vanishing = addLoaded(copy, QStringLiteral("parcels"));
        QVERIFY(QFile::remove(copy));
        m_panel->showHits({{vanishing, 0}, {m_parcels, 100000}});
        QTreeWidgetItem* error = childNamed(tree()->topLevelItem(0)->child(0), "Error");
        QVERIFY(error);
        QVERIFY2(error->text(1).contains(QStringLiteral("vanishing.gpkg")),
                 qPrintable(error->text(1)));
        // A feature index the layer does not have.
        QVERIFY(childNamed(tree()->topLevelItem(1)->child(0), "Error"));
    }

    void manyHitsAreCappedAndCounted() {
        QList<IdentifyHit> hits;
        for (int round = 0; round < 8; ++round) {
            for (uint32_t feature = 0; feature < 20; ++feature)
                hits.append({m_parcels, feature});
        }
        m_panel->showHits(hits);
        QCOMPARE(tree()->topLevelItem(0)->childCount(), IdentifyPanel::maximumFeatures);
        QCOMPARE(tree()->topLevelItemCount(), 2);
        QVERIFY(tree()->topLevelItem(1)->text(0).contains(QStringLiteral("60")));
    }

    void removedLayersAreNotZoomedTo() {
        QSignalSpy zoom(m_panel.get(), &IdentifyPanel::zoomToFeatureRequested);
        m_panel->showHits({{m_landUse, 2}});
        m_collection->remove(m_landUse);
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTreeWidgetItem* feature = tree()->topLevelItem(0)->child(0);
        const QPoint centre = tree()->visualItemRect(feature).center();
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(zoom.count(), 0);
    }
};

QTEST_MAIN(IdentifyPanelTest)
#include "identify_panel_test.moc"
