#include "gdal_environment.h"
#include "project_file.h"

#include <QtTest>
#include <gdal_priv.h>
#include <unistd.h>

using namespace agrimap;

class ProjectFileTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip() {
        QTemporaryDir directory;
        QDir(directory.path()).mkpath(QStringLiteral("data"));
        QFile data(directory.filePath(QStringLiteral("data/thửa đất.gpkg")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("x");
        data.close();

        ProjectDocument document;
        document.title = QStringLiteral("Cao Lãnh");
        document.mapCrs = QStringLiteral("EPSG:5897");
        document.viewExtent = QRectF(QPointF(560000.5, 1150000.25), QPointF(575000, 1160000));
        ProjectLayer parcels;
        parcels.source = data.fileName();
        parcels.layerName = QStringLiteral("cadastral_parcels");
        parcels.title = QStringLiteral("Thửa đất");
        parcels.roleKey = QStringLiteral("cadastral");
        parcels.opacity = 0.5;
        ProjectLayer noCrs;
        noCrs.source = QStringLiteral("/somewhere/else.shp");
        noCrs.assignedCrs = QStringLiteral("EPSG:9210");
        noCrs.visible = false;
        document.layers = {parcels, noCrs};

        const QString path = directory.filePath(QStringLiteral("cao-lanh.agrimap.gpkg"));
        Status written = project_file::write(path, document);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(project_file::isProjectFile(path));

        // Writing again replaces the list rather than appending to it.
        QVERIFY(project_file::write(path, document).ok());
        auto read = project_file::read(path);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->title, document.title);
        QCOMPARE(read->mapCrs, document.mapCrs);
        QCOMPARE(read->viewExtent, document.viewExtent);
        QCOMPARE(int(read->layers.size()), 2);
        QCOMPARE(read->layers[0].source, QFileInfo(data.fileName()).absoluteFilePath());
        QCOMPARE(read->layers[0].title, QStringLiteral("Thửa đất"));
        QCOMPARE(read->layers[0].roleKey, QStringLiteral("cadastral"));
        QCOMPARE(read->layers[0].opacity, 0.5);
        QCOMPARE(read->layers[1].visible, false);
        QCOMPARE(read->layers[1].assignedCrs, QStringLiteral("EPSG:9210"));

        // Moving the whole folder keeps the project working: paths are stored relative.
        const QString moved = directory.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().mkpath(moved + QStringLiteral("/data")));
        QVERIFY(QFile::copy(path, moved + QStringLiteral("/p.agrimap.gpkg")));
        auto fromMoved = project_file::read(moved + QStringLiteral("/p.agrimap.gpkg"));
        QVERIFY(fromMoved.ok());
        QCOMPARE(fromMoved->layers[0].source, moved + QStringLiteral("/data/thửa đất.gpkg"));
    }

    void errorsNameTheFile_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("this is not a GeoPackage");
        QTest::newRow("empty") << QByteArray();
    }
    void errorsNameTheFile() {
        QFETCH(QByteArray, content);
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("broken.agrimap.gpkg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto read = project_file::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().contains(path), qPrintable(read.errorMessage()));
        QVERIFY(!project_file::isProjectFile(path));
    }

    void plainGeoPackageIsNotAProject() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("plain.gpkg"));
        agrimap::ensureGdalReady();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        GDALDatasetUniquePtr dataset(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(dataset && dataset->CreateLayer("parcels", nullptr, wkbPolygon, nullptr));
        dataset.reset();
        QVERIFY(!project_file::isProjectFile(path));
        auto read = project_file::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().contains(QStringLiteral("not an AgriMap project")),
                 qPrintable(read.errorMessage()));
        auto missing = project_file::read(directory.filePath(QStringLiteral("none.gpkg")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("none.gpkg")));
    }

    void readOnlyFolderFailsCleanly() {
        QTemporaryDir directory;
        QFile::setPermissions(directory.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString path = directory.filePath(QStringLiteral("p.agrimap.gpkg"));
        Status written = project_file::write(path, ProjectDocument{});
        QFile::setPermissions(directory.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner);
        if (written.ok() && geteuid() == 0)
            QSKIP("running as root: permissions do not stop writing");
        QVERIFY(!written.ok());
        QVERIFY(written.errorMessage().contains(path));
    }
};

QTEST_GUILESS_MAIN(ProjectFileTest)
#include "project_file_test.moc"
