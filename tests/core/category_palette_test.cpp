#include "category_palette.h"
#include "style_file_locator.h"

#include <QtTest>

using agrimap::CategoryPalette;

class CategoryPaletteTest : public QObject {
    Q_OBJECT
private:
    CategoryPalette shipped() {
        const QString path =
            QStringLiteral(AGRIMAP_SOURCE_DIR "/resources/styles/land_use_colours.csv");
        auto palette = CategoryPalette::fromFile(path);
        if (!palette)
            qFatal("%s", qPrintable(palette.errorMessage()));
        return palette.value();
    }

private Q_SLOTS:
    void landUseColours_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QColor>("colour");
        // DOMAIN.md's table.
        QTest::newRow("LUC") << "LUC" << QColor(255, 252, 140);
        QTest::newRow("LUK") << "LUK" << QColor(255, 252, 150);
        QTest::newRow("CLN") << "CLN" << QColor(255, 210, 160);
        QTest::newRow("NTS") << "NTS" << QColor(170, 255, 255);
        QTest::newRow("ONT") << "ONT" << QColor(255, 208, 255);
        QTest::newRow("ODT") << "ODT" << QColor(255, 160, 255);
        QTest::newRow("DGT") << "DGT" << QColor(255, 170, 50);
        QTest::newRow("RPH") << "RPH" << QColor(190, 255, 30);
        QTest::newRow("lower case and spaces") << " luc " << QColor(255, 252, 140);
        QTest::newRow("mixed takes first known") << "LUC+ONT" << QColor(255, 252, 140);
        QTest::newRow("mixed, first unknown") << "TSN+ONT" << QColor(255, 208, 255);
        QTest::newRow("legacy code is neutral") << "LNK" << QColor(200, 200, 200);
        QTest::newRow("empty is neutral") << "" << QColor(200, 200, 200);
    }
    void landUseColours() {
        QFETCH(QString, code);
        QFETCH(QColor, colour);
        QCOMPARE(shipped().colourOf(code), colour);
    }

    void unknownCodesHaveNoIndex() {
        QCOMPARE(shipped().indexOf(QStringLiteral("COC")), -1);
        QVERIFY(shipped().indexOf(QStringLiteral("LUA")) >= 0);
    }

    void badFilesAreReportedWithTheLine_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("channel out of range")
            << QByteArray("code,r,g,b\nLUC,300,0,0\n") << "line 2";
        QTest::newRow("not a number") << QByteArray("code,r,g,b\nLUC,red,0,0\n") << "red";
        QTest::newRow("too few cells") << QByteArray("LUC,1,2\n") << "line 1";
        QTest::newRow("duplicate") << QByteArray("LUC,1,2,3\nluc,1,2,3\n") << "twice";
        QTest::newRow("nothing") << QByteArray("# only a comment\n") << "no codes";
    }
    void badFilesAreReportedWithTheLine() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const auto palette = CategoryPalette::fromCsv(csv, QStringLiteral("my_colours.csv"));
        QVERIFY(!palette.ok());
        QVERIFY2(palette.errorMessage().contains(QStringLiteral("my_colours.csv")),
                 qPrintable(palette.errorMessage()));
        QVERIFY2(palette.errorMessage().contains(expected), qPrintable(palette.errorMessage()));
    }

    void builtInCopyIsFound() {
        // The copy compiled into the library is the last resort of the locator.
        auto palette =
            CategoryPalette::fromFile(QStringLiteral(":/agrimap/styles/land_use_colours.csv"));
        QVERIFY2(palette.ok(), qPrintable(palette.errorMessage()));
        QVERIFY(!agrimap::locateStyleFile(QStringLiteral("production_area_status.csv")).isEmpty());
    }

    void userCopyWins() {
        QTemporaryDir directory;
        QFile file(directory.filePath(QStringLiteral("land_use_colours.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,red,green,blue\nLUC,1,2,3\n");
        file.close();
        qputenv("AGRIMAP_STYLE_DIR", directory.path().toUtf8());
        const QString found = agrimap::locateStyleFile(QStringLiteral("land_use_colours.csv"));
        qunsetenv("AGRIMAP_STYLE_DIR");
        QCOMPARE(QFileInfo(found).absolutePath(), QFileInfo(directory.path()).absoluteFilePath());
    }
};

QTEST_GUILESS_MAIN(CategoryPaletteTest)
#include "category_palette_test.moc"
