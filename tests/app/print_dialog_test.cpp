#include "gdal_environment.h"
#include "layer_collection.h"
#include "map/map_canvas.h"
#include "map_layer.h"
#include "print/print_dialog.h"
#include "print/print_options_form.h"
#include "print/print_preview.h"
#include "test_data.h"
#include "window/main_window.h"
#include "window/message_reporter.h"
#include "window/project_controller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

// File ▸ Print map driven as a user would: Ctrl+P in the map window, options changed with
// keys and clicks, the preview following, then a PDF and a PNG written.
class PrintDialogTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    std::unique_ptr<MainWindow> m_window;
    const QString m_title = QStringLiteral("Bản đồ vùng trồng xã Mỹ Tân");

    static bool allReady(const MainWindow& window) {
        for (const MapLayer* layer : window.layers()->layers()) {
            if (layer->state() != MapLayer::State::Ready)
                return false;
        }
        return window.layers()->count() > 0;
    }

    // Ctrl+P in the map window; `view` receives the canvas's extent at that moment.
    PrintDialog* openDialog(QRectF* view = nullptr) {
        m_window->activateWindow();
        if (!QTest::qWaitFor([this] { return m_window->isActiveWindow(); }, 5000))
            return nullptr;
        if (view)
            *view = m_window->canvas()->settings().visibleExtent();
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        PrintDialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<PrintDialog*>();
                return dialog && dialog->isVisible();
            },
            5000);
        return shown ? dialog : nullptr;
    }

    // Until the preview shows the options as they are now (a change restarts it at once).
    static bool waitForPreview(PrintDialog* dialog) {
        return QTest::qWaitFor(
            [dialog] {
                return !dialog->isPreviewPending() && (!dialog->preview()->image().isNull() ||
                                                       !dialog->preview()->problem().isEmpty());
            },
            20000);
    }

    static void chooseScale(PrintDialog* dialog, const QString& typed) {
        QLineEdit* edit = dialog->form()->scaleBox()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        QCoreApplication::setOrganizationName(QStringLiteral("AgriMapTests"));
        QStandardPaths::setTestModeEnabled(true);
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
        m_window = std::make_unique<MainWindow>();
        m_window->messages()->setShowsBoxes(false);
        m_window->setDiscardQuestion([] { return true; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFiles({m_directory.filePath(QStringLiteral("cao-lanh.agrimap.gpkg"))});
        QTRY_VERIFY_WITH_TIMEOUT(allReady(*m_window), 20000);
        // Let the docks settle: the canvas's size, and so its extent, must stay put.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->canvas()->isRendering(), 20000);
        QTest::qWait(300);
    }
    // A failed check leaves its dialog open; the next test starts without it.
    void cleanup() {
        for (PrintDialog* dialog : m_window->findChildren<PrintDialog*>())
            delete dialog;
    }
    void cleanupTestCase() { m_window.reset(); }

    void ctrlPPrintsAPdfAndAPng() {
        QRectF view;
        PrintDialog* dialog = openDialog(&view);
        QVERIFY(dialog);
        QVERIFY(waitForPreview(dialog));
        // The current view is the default area.
        QCOMPARE(dialog->form()->options().extent, view);

        dialog->form()->titleEdit()->setText(m_title); // keyClicks types ASCII only
        QComboBox* paper = dialog->form()->paperBox();
        paper->setFocus();
        QTest::keyClick(paper, Qt::Key_Down);
        QCOMPARE(paper->currentText(), QStringLiteral("A3"));
        chooseScale(dialog, QStringLiteral("1:5000"));
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog->scaleLabel()->text().startsWith(QStringLiteral("1:5") + QChar(0x00A0) +
                                                        QStringLiteral("000")));
        QCOMPARE(dialog->form()->options().scaleDenominator, 5000.0);
        QCOMPARE(dialog->form()->options().title, m_title);

        // No file yet: nothing to print to.
        QVERIFY(!dialog->printButton()->isEnabled());
        const QString pdf = m_directory.filePath(QStringLiteral("dialog.pdf"));
        dialog->outputEdit()->setFocus();
        QTest::keyClicks(dialog->outputEdit(), pdf);
        QVERIFY(dialog->printButton()->isEnabled());
        QVERIFY(!dialog->dpiBox()->isEnabled()); // a PDF has no resolution to choose
        QSignalSpy finished(dialog, &PrintDialog::printFinished);
        QTest::mouseClick(dialog->printButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Written")),
                 qPrintable(dialog->statusLabel()->text()));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(5), QByteArray("%PDF-"));

        const QString png = m_directory.filePath(QStringLiteral("dialog.png"));
        dialog->outputEdit()->selectAll();
        QTest::keyClicks(dialog->outputEdit(), png);
        QVERIFY(dialog->dpiBox()->isEnabled());
        dialog->dpiBox()->setValue(100);
        QTest::mouseClick(dialog->printButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        const QImage image(png);
        // A3 in the orientation of the view, at 100 dpi.
        QVERIFY2(image.size() == QSize(1654, 1169) || image.size() == QSize(1169, 1654),
                 qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
        dialog->close();
    }

    void previewFollowsTheOptions() {
        PrintDialog* dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(waitForPreview(dialog));
        const QImage withLegend = dialog->preview()->image();
        QTest::mouseClick(dialog->form()->legendBox(), Qt::LeftButton);
        QVERIFY(!dialog->form()->legendBox()->isChecked());
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog->preview()->image() != withLegend);
        QVERIFY(!dialog->form()->options().legend);
        dialog->close();
    }

    void unreadableChoicesAreExplained() {
        PrintDialog* dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(waitForPreview(dialog));
        chooseScale(dialog, QStringLiteral("big"));
        QVERIFY(waitForPreview(dialog));
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("not a scale")),
                 qPrintable(dialog->statusLabel()->text()));

        // A logo that cannot be read: the preview says so and nothing is written.
        dialog->form()->logoEdit()->setText(m_directory.filePath(QStringLiteral("none.png")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview()->problem().contains(QStringLiteral("logo")),
                                 5000);
        chooseScale(dialog, QStringLiteral("1:2000"));
        const QString pdf = m_directory.filePath(QStringLiteral("refused.pdf"));
        dialog->outputEdit()->setText(pdf);
        QTest::mouseClick(dialog->printButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(QStringLiteral("logo")),
                                 5000);
        QVERIFY(!QFileInfo::exists(pdf));
        dialog->close();
    }
};

QTEST_MAIN(PrintDialogTest)
#include "print_dialog_test.moc"
