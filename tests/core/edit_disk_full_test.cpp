#include "editing/project_store.h"
#include "gdal_environment.h"

#include <QFileInfo>
#include <QProcess>
#include <QtTest>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace agrimap;

// A full disk while editing: the edit that does not fit is refused with a message, and the
// project stays as it was after the last edit that fitted.
class EditDiskFullTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    void fullDiskRefusesTheEditAndKeepsTheProject() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("full.agrimap.gpkg"));
        {
            auto store = ProjectStore::open(path, ProjectStore::Access::Edit);
            QVERIFY(store);
        }
        const qint64 size = QFileInfo(path).size();
        QProcess child;
        child.start(QStringLiteral(EDIT_UNTIL_FULL_CHILD), {path, QString::number(size + 300000)});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitCode(), 0);
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty() && lines.last().startsWith(QStringLiteral("refused: ")),
                 qPrintable(output));
        QVERIFY2(lines.last().contains(QStringLiteral("full.agrimap.gpkg")),
                 qPrintable(lines.last()));
        const int saved = int(lines.size()) - 1;
        QVERIFY2(saved > 0, "some edits should have fitted");

        // The project opens, is intact, and holds exactly the edits that were saved.
        const char* const drivers[] = {"GPKG", nullptr};
        GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                                       GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
        QVERIFY(dataset);
        OGRLayer* check = dataset->ExecuteSQL("PRAGMA integrity_check", nullptr, nullptr);
        OGRFeatureUniquePtr row(check->GetNextFeature());
        QCOMPARE(QString::fromUtf8(row->GetFieldAsString(0)), QStringLiteral("ok"));
        dataset->ReleaseResultSet(check);
        QCOMPARE(dataset->GetLayerByName("production_areas")->GetFeatureCount(), GIntBig(saved));
        QCOMPARE(dataset->GetLayerByName("audit_log")->GetFeatureCount(), GIntBig(saved));
        qInfo("%d edits fitted, the next was refused: %s", saved, qPrintable(lines.last()));
    }
};

QTEST_GUILESS_MAIN(EditDiskFullTest)
#include "edit_disk_full_test.moc"
