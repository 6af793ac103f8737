#include "directory/farmer_session.h"
#include "directory/import/rejected_rows_file.h"
#include "directory_import/farmer_import_controller.h"
#include "directory_import/farmer_import_wizard.h"
#include "directory_import/import_columns_page.h"
#include "directory_import/import_source_page.h"
#include "editing/edit_controller.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "gdal_environment.h"
#include "import_fixtures.h"
#include "layer_collection.h"
#include "layer_factory.h"
#include "panels/layer_tree_dock.h"
#include "vector_layer.h"
#include "window/main_window.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

const QStringList headers = {QStringLiteral("Họ tên"), QStringLiteral("Số CCCD"),
                             QStringLiteral("Thông tin thêm")};

/// Presses Down on a closed list until `field` is chosen, as a user would with the keyboard.
void chooseField(QComboBox* box, ImportField field) {
    box->setFocus();
    const int target = box->findData(int(field));
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
}

} // namespace

// The import wizard driven as a user would: a TCVN3 file, a column chosen by hand, the
// import on its worker thread, the report and the rejects file; the mapping remembered.
class FarmerImportWizardTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<EditSession> m_editing;
    std::unique_ptr<FarmerSession> m_farmers;

    QString path(const QString& name) const { return m_directory.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        auto store =
            ProjectStore::open(path(QStringLiteral("p.agrimap.gpkg")), ProjectStore::Access::Edit);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        m_store = std::move(store).value();
        m_editing = EditSession::start(*m_store).value();
        m_farmers = FarmerSession::start(*m_editing).value();
    }

    void importsThroughTheWizard() {
        const QString file = path(QStringLiteral("ho-dan-tcvn3.csv"));
        writeCsv(
            file,
            {headers,
             {QStringLiteral("Nguyễn Thị Hường"), "087168001234", QStringLiteral("trồng xoài")},
             {QStringLiteral("Trương Văn Đức"), "", QStringLiteral("nuôi cá")},
             {QStringLiteral("Lê Văn Sai"), "12", ""}},
            LegacyEncoding::Tcvn3);
        FarmerImportWizard wizard(*m_farmers);
        QList<QUrl> opened;
        wizard.setUrlOpener([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.sourcePage()->setSourcePath(file);
        QTRY_VERIFY(wizard.sourcePage()->isComplete());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("importSourceStatus"))
                    ->text()
                    .contains(QStringLiteral("TCVN3")));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FarmerImportWizard::ColumnsPage));

        // The detected encoding is shown; names and headers read as they were typed.
        ImportColumnsPage* columns = wizard.columnsPage();
        QVERIFY2(columns->encodingBox()->currentText().contains(QStringLiteral("TCVN3")),
                 qPrintable(columns->encodingBox()->currentText()));
        QCOMPARE(columns->mappingTable()->item(0, 0)->text(), QStringLiteral("Họ tên"));
        QCOMPARE(columns->previewTable()->item(0, 0)->text(), QStringLiteral("Nguyễn Thị Hường"));
        QCOMPARE(columns->fieldBox(0)->currentData().toInt(), int(ImportField::FullName));
        QCOMPARE(columns->fieldBox(1)->currentData().toInt(), int(ImportField::Cccd));
        QCOMPARE(columns->fieldBox(2)->currentData().toInt(), int(ImportField::Ignore));
        chooseField(columns->fieldBox(2), ImportField::Notes);
        QVERIFY(columns->previewTable()->horizontalHeaderItem(2)->text().contains(
            importFieldName(ImportField::Notes)));

        // Two columns for one field cannot be imported.
        chooseField(columns->fieldBox(1), ImportField::FullName);
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(
            !wizard.findChild<QLabel*>(QStringLiteral("importMappingProblems"))->text().isEmpty());
        chooseField(columns->fieldBox(1), ImportField::Cccd);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());

        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(FarmerImportWizard::ReportPage), 20000);
        QVERIFY(wizard.report());
        QCOMPARE(wizard.report()->imported, 2);
        QCOMPARE(wizard.report()->rejected.size(), size_t(1));
        const QString report = wizard.reportView()->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Row 4 rejected")), qPrintable(report));
        QVERIFY(wizard.openRejectsButton()->isVisible());
        QTest::mouseClick(wizard.openRejectsButton(), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(rejectedRowsPath(file))});

        // One step on the project's undo stack; the directory's search follows.
        QCOMPARE(m_farmers->store().farmerCount(), 2);
        QCOMPARE(m_farmers->search(QStringLiteral("truong van duc")).size(), size_t(1));
        const std::vector<FarmerRecord> farmers = m_farmers->store().farmers().value();
        QCOMPARE(farmers.front().notes, QStringLiteral("trồng xoài"));
        QCOMPARE(m_editing->undoStack()->count(), 1);
        QVERIFY(m_editing->undo());
        QCOMPARE(m_farmers->store().farmerCount(), 0);
        QVERIFY(m_farmers->search(QStringLiteral("truong van duc")).empty());
        QVERIFY(m_editing->redo());
        QCOMPARE(m_farmers->store().farmerCount(), 2);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    }

    // The next file of the same template opens with the columns as chosen last time.
    void nextFileReusesTheMapping() {
        const QString file = path(QStringLiteral("dot-2.csv"));
        writeCsv(file, {headers, {QStringLiteral("Võ Văn Chín"), "", QStringLiteral("lúa")}});
        FarmerImportWizard wizard(*m_farmers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.sourcePage()->setSourcePath(file);
        QTRY_VERIFY(wizard.sourcePage()->isComplete());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        ImportColumnsPage* columns = wizard.columnsPage();
        QVERIFY(columns->encodingBox()->currentText().contains(QStringLiteral("Unicode")));
        QCOMPARE(columns->fieldBox(2)->currentData().toInt(), int(ImportField::Notes));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("importMappingOrigin"))
                    ->text()
                    .contains(QStringLiteral("last import")));
        // The encoding can be overridden; the preview follows.
        QCOMPARE(columns->encodingBox()->currentIndex(), 0); // automatic
        columns->encodingBox()->setFocus();
        QTest::keyClick(columns->encodingBox(), Qt::Key_Down); // Unicode
        QTest::keyClick(columns->encodingBox(), Qt::Key_Down); // TCVN3
        QVERIFY(columns->encodingBox()->currentText().contains(QStringLiteral("TCVN3")));
        // "lúa" is made of Windows-1252 letters: read as TCVN3 it is another word. ("Võ Văn
        // Chín" has an ă no legacy byte shows as: real Unicode, kept as it is.)
        QVERIFY(columns->previewTable()->item(0, 2)->text() != QStringLiteral("lúa"));
        QCOMPARE(columns->previewTable()->item(0, 0)->text(), QStringLiteral("Võ Văn Chín"));
        wizard.reject();
    }

    void unreadableFileSaysWhy() {
        const QString file = path(QStringLiteral("bang.ods"));
        QFile(file).open(QIODevice::WriteOnly);
        FarmerImportWizard wizard(*m_farmers);
        wizard.show();
        wizard.sourcePage()->setSourcePath(file);
        QTRY_VERIFY(!wizard.sourcePage()->isReading());
        QVERIFY(!wizard.sourcePage()->isComplete());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("importSourceStatus"))
                    ->text()
                    .contains(QStringLiteral("CSV")));
    }

    // File ▸ Import households, on the project the window edits.
    void mainWindowOffersTheImport() {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("importHouseholds"));
        QVERIFY(action);
        FarmerImportController* controller = FarmerImportController::of(&window, window.edits());
        QCOMPARE(FarmerImportController::of(&window, window.edits()), controller);
        QVERIFY(!controller->session()); // no project yet
        QVERIFY(window.edits()->openProject(path(QStringLiteral("window.agrimap.gpkg"))));
        QVERIFY(controller->session());
        QVERIFY(controller->session()->store().exists());
    }

    // Layer ▸ Text encoding in the layer tree: the detected one shown, another chosen.
    void layerTreeChoosesTheTextEncoding() {
        const QString file = path(QStringLiteral("thua.gpkg"));
        {
            GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
            GDALDatasetUniquePtr dataset(
                driver->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            OGRSpatialReference srs;
            srs.importFromEPSG(5897);
            OGRLayer* layer = dataset->CreateLayer("thua", &srs, wkbPoint, nullptr);
            OGRFieldDefn owner("TenChu", OFTString);
            QVERIFY(layer->CreateField(&owner) == OGRERR_NONE);
            for (const QString& name :
                 {QStringLiteral("Nguyễn Thị Hường"), QStringLiteral("Đồng Văn Tháp")}) {
                OGRFeature feature(layer->GetLayerDefn());
                feature.SetField(
                    "TenChu", asLegacyFontText(name, LegacyEncoding::Tcvn3).toUtf8().constData());
                OGRPoint point(568000, 1156000);
                feature.SetGeometry(&point);
                QVERIFY(layer->CreateFeature(&feature) == OGRERR_NONE);
            }
        }
        LayerCollection layers;
        Result<std::vector<MapLayer*>> opened = openLayers(file);
        QVERIFY(opened);
        auto* vector = qobject_cast<VectorLayer*>(opened->front());
        layers.add(vector);
        LayerTreeDock tree(&layers, nullptr);
        std::unique_ptr<QMenu> menu(tree.createLayerMenu(vector, nullptr));
        auto* encodings = menu->findChild<QMenu*>(QStringLiteral("textEncodingMenu"));
        QVERIFY(encodings);
        auto* automatic = encodings->findChild<QAction*>(QStringLiteral("textEncoding_auto"));
        QVERIFY(automatic->isChecked());
        QVERIFY2(automatic->text().contains(QStringLiteral("TCVN3")),
                 qPrintable(automatic->text()));
        encodings->findChild<QAction*>(QStringLiteral("textEncoding_vni"))->trigger();
        QCOMPARE(vector->textEncoding(), TextEncodingChoice::Vni);
        QCOMPARE(describeForProject(*vector).textEncoding, QStringLiteral("vni"));
    }
};

QTEST_MAIN(FarmerImportWizardTest)
#include "farmer_import_wizard_test.moc"
