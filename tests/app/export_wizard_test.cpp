#include "directory/farmer_store.h"
#include "directory_tables.h"
#include "editing/project_store.h"
#include "farmer_fixtures.h"
#include "gdal_environment.h"
#include "publishing/export_wizard.h"
#include "test_data.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;
using namespace agrimap::testing;

// The export wizard driven with keys and clicks, on a copy of the sample project.
class ExportWizardTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_project;

    static QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& layer,
                                      const QString& field = {}) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* layerItem = tree->topLevelItem(i);
            if (layerItem->text(0) != layer)
                continue;
            if (field.isEmpty())
                return layerItem;
            for (int f = 0; f < layerItem->childCount(); ++f) {
                if (layerItem->child(f)->text(0) == field)
                    return layerItem->child(f);
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        m_project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
    }

    void publishesWhatTheUserChose() {
        ExportWizard wizard(m_project);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTreeWidget* tree = wizard.layerTree();
        QCOMPARE(tree->topLevelItemCount(), 4);
        QVERIFY(itemNamed(tree, QStringLiteral("cadastral_parcels"))
                    ->text(1)
                    .contains(QStringLiteral("3000")));

        // The owner's name is there, locked, with the reason.
        QTreeWidgetItem* owner =
            itemNamed(tree, QStringLiteral("cadastral_parcels"), QStringLiteral("TenChu"));
        QVERIFY(owner);
        QVERIFY(!(owner->flags() & Qt::ItemIsEnabled));
        QVERIFY(owner->text(1).contains(QStringLiteral("personal")));

        // Leave the communes out: pick the row and press Space.
        QTreeWidgetItem* communes = itemNamed(tree, QStringLiteral("communes"));
        tree->setFocus();
        tree->setCurrentItem(communes);
        QTest::keyClick(tree->viewport(), Qt::Key_Space);
        QCOMPARE(communes->checkState(0), Qt::Unchecked);

        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        const QString output = m_directory.filePath(QStringLiteral("published.gpkg"));
        wizard.outputEdit()->selectAll();
        QTest::keyClicks(wizard.outputEdit(), output);
        wizard.geojsonBox()->click();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning() &&
                                     wizard.summary()->text().contains(QStringLiteral("Published")),
                                 60000);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        GDALDatasetUniquePtr package(
            GDALDataset::Open(output.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(package);
        QVERIFY(package->GetLayerByName("growing_areas"));
        QVERIFY(!package->GetLayerByName("communes"));
        QVERIFY(QFileInfo::exists(
            m_directory.filePath(QStringLiteral("published_growing_areas.geojson"))));
        QVERIFY(QFileInfo::exists(m_directory.filePath(QStringLiteral("published.sha256"))));
    }

    // With a Farmer Directory, the growing areas offer its aggregates: selectable, not locked,
    // while the directory's personal fields are nowhere to pick.
    void offersFarmerDirectoryAggregates() {
        QTemporaryDir scratch;
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), scratch);
        const QString project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), scratch);
        dropFarmerDirectory(project); // only the households below are counted
        QString code;
        {
            auto store = ProjectStore::open(project, ProjectStore::Access::Edit);
            QVERIFY(store);
            FarmerStore farmers(*store.value());
            const qint64 farmer =
                farmers.insertFarmer(farmerNamed(QStringLiteral("Hồ Văn Mẫu Năm"))).value();
            QVERIFY(farmers.linkArea({-1, farmer, 3}));
            code = store.value()->area(3).value().text("code");
        }
        ExportWizard wizard(project);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTreeWidget* tree = wizard.layerTree();
        QTreeWidgetItem* households = itemNamed(tree, QStringLiteral("growing_areas"),
                                                QStringLiteral("directory_households"));
        QVERIFY(households);
        QVERIFY(itemNamed(tree, QStringLiteral("growing_areas"),
                          QStringLiteral("directory_farmed_area_ha")));
        QVERIFY(households->flags() & Qt::ItemIsEnabled);
        QVERIFY(households->flags() & Qt::ItemIsUserCheckable);
        QCOMPARE(households->checkState(0), Qt::Unchecked);
        QVERIFY(households->text(1).contains(QStringLiteral("Farmer Directory")));
        QVERIFY(!itemNamed(tree, QStringLiteral("growing_areas"), QStringLiteral("full_name")));

        tree->setFocus();
        tree->setCurrentItem(households);
        QTest::keyClick(tree->viewport(), Qt::Key_Space);
        QCOMPARE(households->checkState(0), Qt::Checked);
        QVERIFY(wizard.profile().layers.front().fields.contains(
            QStringLiteral("directory_households")));

        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        const QString output = scratch.filePath(QStringLiteral("with-households.gpkg"));
        wizard.outputEdit()->selectAll();
        QTest::keyClicks(wizard.outputEdit(), output);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning() &&
                                     wizard.summary()->text().contains(QStringLiteral("Published")),
                                 60000);
        GDALDatasetUniquePtr package(
            GDALDataset::Open(output.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(package);
        OGRLayer* areas = package->GetLayerByName("growing_areas");
        QVERIFY(areas->GetLayerDefn()->GetFieldIndex("directory_households") >= 0);
        QVERIFY(areas->GetLayerDefn()->GetFieldIndex("directory_farmed_area_ha") < 0);
        int linked = 0;
        for (const auto& area : *areas) {
            const bool isLinked = QString::fromUtf8(area->GetFieldAsString("code")) == code;
            QCOMPARE(area->GetFieldAsInteger("directory_households"), isLinked ? 1 : 0);
            linked += isLinked ? 1 : 0;
        }
        QCOMPARE(linked, 1);
    }
};

QTEST_MAIN(ExportWizardTest)
#include "export_wizard_test.moc"
