#include "analysis/directory_statistics.h"
#include "analysis/land_use_statistics.h"
#include "directory/import/farmer_import_report.h"
#include "window/application_setup.h"
#include "window/main_window.h"
#include "window/message_reporter.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QWizard>
#include <QXmlStreamReader>
#include <QtTest>

using namespace agrimap;

namespace {

struct CatalogueMessage {
    QString context;
    QString source;
    QStringList translations; ///< one, or the numerus forms
    bool unfinished = false;
    bool numerus = false;
};

QList<CatalogueMessage> readCatalogue(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<CatalogueMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != QLatin1String("message"))
            continue;
        CatalogueMessage message;
        message.context = context;
        message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished") ||
                                     type == QLatin1String("vanished") ||
                                     type == QLatin1String("obsolete");
                if (message.numerus) {
                    while (xml.readNextStartElement())
                        message.translations << xml.readElementText();
                } else {
                    message.translations << xml.readElementText();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        messages << message;
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1, %n, %L2 … in the order of their numbers: a translation must keep every one.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

} // namespace

class TranslationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("Vietnamese") << QStringLiteral("vi");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void catalogueIsComplete() {
        QFETCH(QString, language);
        const QString path =
            QStringLiteral(AGRIMAP_SOURCE_DIR "/resources/translations/agrimap_%1.ts")
                .arg(language);
        QString error;
        const QList<CatalogueMessage> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        for (const CatalogueMessage& message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(!message.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(!message.translations.isEmpty(),
                     qPrintable(QStringLiteral("missing: ") + where));
            for (const QString& translation : message.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(),
                         qPrintable(QStringLiteral("empty: ") + where));
                // Plural forms may leave %n out ("one layer"); everything else must stay.
                QStringList expected = placeholders(message.source);
                QStringList actual = placeholders(translation);
                if (message.numerus) {
                    expected.removeAll(QStringLiteral("n"));
                    actual.removeAll(QStringLiteral("n"));
                }
                QVERIFY2(actual == expected,
                         qPrintable(QStringLiteral("placeholders differ: ") + where +
                                    QStringLiteral(" → ") + translation));
                QVERIFY2(translation.count(QLatin1Char('&')) <=
                             qMax<qsizetype>(1, message.source.count(QLatin1Char('&'))),
                         qPrintable(QStringLiteral("accelerators: ") + translation));
            }
        }
    }

    void vietnameseCatalogueIsNfc() {
        QString error;
        for (const CatalogueMessage& message : readCatalogue(
                 QStringLiteral(AGRIMAP_SOURCE_DIR "/resources/translations/agrimap_vi.ts"),
                 &error)) {
            for (const QString& translation : message.translations)
                QVERIFY2(translation == translation.normalized(QString::NormalizationForm_C),
                         qPrintable(translation));
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The compiled catalogue reaches the window: menus read in Vietnamese.
    void mainWindowSpeaksVietnamese() {
        auto* application = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(installTranslations(*application, QStringLiteral("vi")));
        MainWindow window;
        window.messages()->setShowsBoxes(false);
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        QVERIFY2(titles.contains(QStringLiteral("&Tệp")),
                 qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
        QCOMPARE(window.toolAction(QStringLiteral("IdentifyTool"))->text(),
                 QCoreApplication::translate("agrimap::IdentifyTool", "Identify"));
        QVERIFY(window.toolAction(QStringLiteral("IdentifyTool"))->text() !=
                QStringLiteral("Identify"));
    }

    // Qt has no Vietnamese catalogue: its standard buttons are translated in AgriMap's.
    void qtStandardButtonsSpeakVietnamese() {
        auto* application = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(installTranslations(*application, QStringLiteral("vi")));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QVERIFY(buttons.button(QDialogButtonBox::Ok)->text() != QStringLiteral("OK"));
        QWizard wizard;
        QVERIFY2(!wizard.buttonText(QWizard::NextButton).contains(QLatin1String("Next")),
                 qPrintable(wizard.buttonText(QWizard::NextButton)));
        QVERIFY(!wizard.buttonText(QWizard::FinishButton).contains(QLatin1String("Finish")));
    }

    // Messages of free functions are looked up in the context written in the call; lupdate
    // must have put them in that same context, or they stay English.
    void messagesOutsideClassesSpeakVietnamese_data() {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("english");
        auto* application = qobject_cast<QApplication*>(QCoreApplication::instance());
        if (!installTranslations(*application, QStringLiteral("vi")))
            qFatal("no Vietnamese catalogue");
        QTest::newRow("statistics label") << noCommuneText() << QStringLiteral("(no commune)");
        FarmerImportReport report;
        report.source = QStringLiteral("hộ.csv");
        report.rows = 3;
        QTest::newRow("import report")
            << farmerImportReportText(report) << QStringLiteral("row(s) read");
        QTest::newRow("statistics error")
            << computeDirectoryStatistics(QStringLiteral("/no/such/project.agrimap.gpkg"))
                   .errorMessage()
            << QStringLiteral("Cannot open the project");
    }
    void messagesOutsideClassesSpeakVietnamese() {
        QFETCH(QString, shown);
        QFETCH(QString, english);
        QVERIFY(!shown.isEmpty());
        QVERIFY2(!shown.contains(english), qPrintable(shown));
    }
};

QTEST_MAIN(TranslationTest)
#include "translation_test.moc"
