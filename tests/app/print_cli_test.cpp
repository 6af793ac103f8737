#include "gdal_environment.h"
#include "image_difference.h"
#include "print/paper_layout.h"
#include "program_run.h"
#include "test_data.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace agrimap;
using namespace agrimap::testing;

namespace {

// A `key=value` line of the command's output.
QString value(const ProgramRun& run, const QString& key) {
    const QRegularExpression line(QStringLiteral("^%1=(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(run.out).captured(1).trimmed();
}

QRectF rectValue(const ProgramRun& run, const QString& key) {
    const QStringList parts = value(run, key).split(QLatin1Char(','));
    if (parts.size() != 4)
        return {};
    return QRectF(QPointF(parts[0].toDouble(), parts[1].toDouble()),
                  QPointF(parts[2].toDouble(), parts[3].toDouble()));
}

// The first page of a PDF as poppler draws it (pdftoppm, poppler-utils).
QImage rasterisePdf(const QString& pdf, int dpi) {
    const QString prefix = pdf + QStringLiteral("-%1dpi").arg(dpi);
    const ProgramRun run =
        runProgram(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                    QStringLiteral("-singlefile"), pdf, prefix});
    if (run.exitCode != 0)
        qWarning("pdftoppm failed (is poppler-utils installed?): %s", qPrintable(run.err));
    return QImage(prefix + QStringLiteral(".png"));
}

const QString vietnameseTitle = QStringLiteral("Bản đồ hiện trạng sử dụng đất phường Mỹ Trà");
const QString vietnameseSubtitle = QStringLiteral("Tỉnh Đồng Tháp — số liệu mẫu");

} // namespace

// agrimap-cli print on a copy of the sample project: the PDF as poppler sees it (pixels, text,
// fonts), the PNG, the map frame against the canvas's drawing, and the exit codes.
class PrintCliTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    QString m_project;
    QString m_samplePdf;

    QString path(const QString& name) const { return m_directory.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        ensureGdalReady();
        copySample(QStringLiteral("cao-lanh-sample.gpkg"), m_directory);
        m_project = copySample(QStringLiteral("cao-lanh.agrimap.gpkg"), m_directory);
        QVERIFY2(runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-v")}).exitCode == 0,
                 "pdftoppm is missing: install poppler-utils (installer/debian-packages.txt)");
        m_samplePdf = path(QStringLiteral("sample-a4.pdf"));
        const ProgramRun run =
            runCli({QStringLiteral("print"), m_project, QStringLiteral("--out"), m_samplePdf,
                    QStringLiteral("--landscape"), QStringLiteral("--title"), vietnameseTitle,
                    QStringLiteral("--subtitle"), vietnameseSubtitle, QStringLiteral("--source"),
                    QStringLiteral("Sở Nông nghiệp (mẫu)"), QStringLiteral("--author"),
                    QStringLiteral("Cán bộ địa chính"), QStringLiteral("--date"),
                    QStringLiteral("2025-07-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(value(run, QStringLiteral("paper")), QStringLiteral("A4 landscape"));
        QVERIFY(value(run, QStringLiteral("scale")).startsWith(QStringLiteral("1:")));
    }

    void pdfMatchesTheReferenceImage() {
        QFile pdf(m_samplePdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QImage page = rasterisePdf(m_samplePdf, 100);
        QVERIFY(!page.isNull());
        // A4 landscape at 100 dpi (poppler rounds 1169.3 up).
        QVERIFY(qAbs(page.width() - 1169) <= 1 && qAbs(page.height() - 827) <= 1);
        const QString reference =
            QStringLiteral(AGRIMAP_SOURCE_DIR "/tests/app/reference/print_sample_a4.png");
        if (qEnvironmentVariableIsSet("AGRIMAP_UPDATE_REFERENCES")) {
            QVERIFY(page.save(reference));
            QSKIP("reference image written");
        }
        const QImage expected(reference);
        QVERIFY2(!expected.isNull(), "missing reference; run with AGRIMAP_UPDATE_REFERENCES=1");
        const ImageDifference difference = compareImages(page, expected);
        if (!difference.within(1.5, 0.005))
            page.save(QDir::temp().filePath(QStringLiteral("print_sample_a4_actual.png")));
        QVERIFY2(difference.within(1.5, 0.005), qPrintable(difference.describe()));
    }

    void vietnameseTextIsRealText() {
        // pdftotext reads the glyphs back through the embedded ToUnicode maps: the title
        // comes back letter for letter, tone marks included.
        const ProgramRun run = runProgram(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_samplePdf, QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(vietnameseTitle), qPrintable(run.out.left(400)));
        QVERIFY(lines.contains(vietnameseSubtitle));
        QVERIFY(run.out.contains(QStringLiteral("Cán bộ địa chính")));
        QVERIFY(run.out.contains(QStringLiteral("01/07/2025")));
        // Legend: the land-use codes of the sample, with their names.
        QVERIFY(run.out.contains(QStringLiteral("LUC")));
    }

    void fontsAreEmbedded() {
        const ProgramRun run = runProgram(QStringLiteral("pdffonts"), {m_samplePdf});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(run.out)); // header, rule, one font at least
        for (const QString& line : lines.mid(2)) {
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY(columns.size() >= 7);
            // …  emb sub uni object-id generation
            QVERIFY2(columns[columns.size() - 5] == QLatin1String("yes"), qPrintable(line));
            QVERIFY2(columns[columns.size() - 3] == QLatin1String("yes"), qPrintable(line));
        }
        QVERIFY2(run.out.contains(QStringLiteral("NotoSans")) ||
                     run.out.contains(QStringLiteral("DejaVuSans")),
                 qPrintable(run.out));
    }

    void mapFrameMatchesTheCanvas() {
        // At 96 dpi a frame pixel is a canvas pixel: the print's map must be the canvas's
        // drawing of the same extent (agrimap-cli render draws as the canvas does).
        const QString pdf = path(QStringLiteral("frame.pdf"));
        const ProgramRun printed = runCli({QStringLiteral("print"), m_project,
                                           QStringLiteral("--out"), pdf, QStringLiteral("--scale"),
                                           QStringLiteral("1:5000"), QStringLiteral("--no-grid"),
                                           QStringLiteral("--date"), QStringLiteral("2025-07-01")});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QCOMPARE(value(printed, QStringLiteral("scale")), QStringLiteral("1:5000"));
        const QRectF extent = rectValue(printed, QStringLiteral("extent"));
        const QRectF frameMm = rectValue(printed, QStringLiteral("map_frame_mm"));
        QVERIFY(!extent.isEmpty() && !frameMm.isEmpty());
        // 1:5 000: a millimetre of frame is five metres.
        QVERIFY(qAbs(extent.width() - frameMm.width() * 5) < 0.01);
        const QStringList size = value(printed, QStringLiteral("map_frame_px96")).split('x');
        QCOMPARE(size.size(), 2);

        const QString canvasPng = path(QStringLiteral("canvas.png"));
        const ProgramRun rendered =
            runCli({QStringLiteral("render"), m_project, QStringLiteral("--out"), canvasPng,
                    QStringLiteral("--size"), size.join('x'), QStringLiteral("--extent"),
                    QStringLiteral("%1,%2,%3,%4")
                        .arg(extent.left(), 0, 'f', 3)
                        .arg(extent.top(), 0, 'f', 3)
                        .arg(extent.right(), 0, 'f', 3)
                        .arg(extent.bottom(), 0, 'f', 3)});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        QCOMPARE(value(rendered, QStringLiteral("scale")), QStringLiteral("1:5000"));
        const QImage canvas(canvasPng);

        const QImage page = rasterisePdf(pdf, 96);
        const QRect frame(qRound(frameMm.left() / print::millimetresPerScreenPixel),
                          qRound(frameMm.top() / print::millimetresPerScreenPixel), size[0].toInt(),
                          size[1].toInt());
        QCOMPARE(canvas.size(), frame.size());
        // The frame's border covers the outermost pixels.
        const QRect inner = QRect(QPoint(0, 0), frame.size()).adjusted(3, 3, -3, -3);
        const QImage printedMap = page.copy(frame).copy(inner);
        const QImage canvasMap = canvas.copy(inner);
        // Poppler strokes the 0.6-pixel outlines a little darker than Qt does; the geometry
        // is the same pixel for pixel (measured: 4.8 and 3 %; a map one pixel off gives 14 and
        // 14 %).
        const ImageDifference difference = compareImages(printedMap, canvasMap);
        if (!difference.within(6.0, 0.04)) {
            printedMap.save(QDir::temp().filePath(QStringLiteral("print_frame_actual.png")));
            canvasMap.save(QDir::temp().filePath(QStringLiteral("print_frame_canvas.png")));
        }
        QVERIFY2(difference.within(6.0, 0.04), qPrintable(difference.describe()));
    }

    void pngAtTheChosenResolution() {
        const QString png = path(QStringLiteral("a3.png"));
        const ProgramRun run =
            runCli({QStringLiteral("print"), m_project, QStringLiteral("--out"), png,
                    QStringLiteral("--paper"), QStringLiteral("a3"), QStringLiteral("--landscape"),
                    QStringLiteral("--dpi"), QStringLiteral("120"), QStringLiteral("--title"),
                    vietnameseTitle});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        // 420 × 297 mm at 120 dpi.
        QCOMPARE(image.size(), QSize(1984, 1403));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 120);
        // The same sheet as the PDF at that resolution, near enough.
        const QString pdf = path(QStringLiteral("a3.pdf"));
        QCOMPARE(runCli({QStringLiteral("print"), m_project, QStringLiteral("--out"), pdf,
                         QStringLiteral("--paper"), QStringLiteral("A3"),
                         QStringLiteral("--landscape"), QStringLiteral("--title"), vietnameseTitle})
                     .exitCode,
                 0);
        // Poppler rounds the page size up where the PNG rounds to the nearest pixel.
        const QImage fromPdf = rasterisePdf(pdf, 120);
        const QRect common(0, 0, qMin(image.width(), fromPdf.width()),
                           qMin(image.height(), fromPdf.height()));
        const ImageDifference difference = compareImages(image.copy(common), fromPdf.copy(common));
        QVERIFY2(difference.within(6.0, 0.04), qPrintable(difference.describe()));
    }

    void logoIsPrinted() {
        QImage logo(200, 100, QImage::Format_RGB32);
        logo.fill(QColor(200, 30, 30));
        const QString logoPath = path(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoPath));
        const QString png = path(QStringLiteral("logo-print.png"));
        const ProgramRun run = runCli({QStringLiteral("print"), m_project, QStringLiteral("--out"),
                                       png, QStringLiteral("--logo"), logoPath,
                                       QStringLiteral("--dpi"), QStringLiteral("60")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage page(png);
        int red = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                red += page.pixelColor(x, y) == QColor(200, 30, 30) ? 1 : 0;
        // 36 × 18 mm at 60 dpi is about 85 × 42 pixels.
        QVERIFY2(red > 2500, qPrintable(QString::number(red)));
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("--out");
        QTest::newRow("no output") << QStringList{QStringLiteral("PROJECT")} << "--out";
        QTest::newRow("other format")
            << QStringList{QStringLiteral("PROJECT"), out, QStringLiteral("map.svg")} << ".pdf";
        QTest::newRow("unknown paper")
            << QStringList{QStringLiteral("PROJECT"), out, QStringLiteral("map.pdf"),
                           QStringLiteral("--paper"), QStringLiteral("Letter")}
            << "A4 or A3";
        QTest::newRow("bad scale")
            << QStringList{QStringLiteral("PROJECT"), out, QStringLiteral("map.pdf"),
                           QStringLiteral("--scale"), QStringLiteral("big")}
            << "--scale";
        QTest::newRow("bad extent")
            << QStringList{QStringLiteral("PROJECT"), out, QStringLiteral("map.pdf"),
                           QStringLiteral("--extent"), QStringLiteral("1,2,3")}
            << "--extent";
        QTest::newRow("dpi out of range")
            << QStringList{QStringLiteral("PROJECT"), out, QStringLiteral("map.png"),
                           QStringLiteral("--dpi"), QStringLiteral("5000")}
            << "--dpi";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("PROJECT"), out, QStringLiteral("map.pdf"),
                           QStringLiteral("--colour")}
            << "--colour";
        QTest::newRow("missing project")
            << QStringList{QStringLiteral("missing.agrimap.gpkg"), out, QStringLiteral("map.pdf")}
            << "missing.agrimap.gpkg";
        QTest::newRow("unreadable logo")
            << QStringList{QStringLiteral("PROJECT"), out, QStringLiteral("map.pdf"),
                           QStringLiteral("--logo"), QStringLiteral("no-logo.png")}
            << "no-logo.png";
        QTest::newRow("folder that does not exist")
            << QStringList{QStringLiteral("PROJECT"), out, QStringLiteral("no/such/map.pdf")}
            << "no/such/map.pdf";
    }
    void refusals() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("PROJECT"), m_project);
        for (QString& argument : arguments) {
            if (argument.startsWith(QLatin1String("map.")) || argument.startsWith("no"))
                argument = path(argument);
        }
        const ProgramRun run = runCli(QStringList{QStringLiteral("print")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("map.pdf"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("map.png"))));
    }
};

QTEST_GUILESS_MAIN(PrintCliTest)
#include "print_cli_test.moc"
