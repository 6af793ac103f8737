#include "feature_reader.h"
#include "gdal_environment.h"
#include "layer_factory.h"
#include "legacy_text_encoder.h"
#include "project_file.h"
#include "source_text_encoding.h"
#include "vector_layer.h"

#include <QtTest>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

using namespace agrimap;

Q_DECLARE_METATYPE(LegacyEncoding)

namespace {

const QStringList owners = {QStringLiteral("Nguyễn Thị Hường"), QStringLiteral("Trương Văn Đức"),
                            QStringLiteral("Huỳnh Thị Mỹ Lệ"), QStringLiteral("Phạm Quốc Việt")};
const QStringList communes = {QStringLiteral("Tân Thuận Tây"), QStringLiteral("Đồng Tháp"),
                              QStringLiteral("Mỹ Ngãi"), QStringLiteral("Bình Hàng Trung")};

/// A parcel layer as an old cadastral office wrote it: text attributes as `textOf` gives the
/// bytes, one point per parcel. `options` are GDAL's layer creation options.
QString writeParcels(const QString& path, const char* driverName,
                     const std::function<QByteArray(const QString&)>& textOf,
                     const char* const* options = nullptr) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(5897);
    OGRLayer* layer = dataset->CreateLayer("thua_dat", &srs, wkbPoint, const_cast<char**>(options));
    for (const char* name : {"TenChu", "TenXa", "SoThua"}) {
        OGRFieldDefn field(name, OFTString);
        layer->CreateField(&field);
    }
    for (qsizetype i = 0; i < owners.size(); ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("TenChu", textOf(owners[i]).constData());
        feature.SetField("TenXa", textOf(communes[i]).constData());
        feature.SetField("SoThua", QByteArray::number(100 + i).constData());
        OGRPoint point(568000 + 10.0 * double(i), 1156000);
        feature.SetGeometry(&point);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QStringList ownersRead(const QString& path) {
    const FeatureReader reader(path, QString());
    Result<QStringList> fields = reader.fieldNames();
    const qsizetype column = fields->indexOf(QStringLiteral("TenChu"));
    const std::atomic_bool cancel(false);
    Result<std::vector<qint64>> fids = reader.queryFids({}, {}, true, cancel);
    QStringList names;
    const Result<std::vector<FeatureRecord>> records = reader.read(fids.value());
    for (const FeatureRecord& record : records.value())
        names << record.values.value(column).toString();
    return names;
}

} // namespace

// Legacy Vietnamese text in the attributes of any loaded layer: detected, decoded to NFC
// wherever it is read, and overridden per file by the user's choice, which the project keeps.
class SourceTextEncodingTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_directory;
    int m_serial = 0;

    QString newPath(const QString& name) {
        const QString folder = m_directory.filePath(QString::number(++m_serial));
        QDir().mkpath(folder);
        return folder + QLatin1Char('/') + name;
    }

private Q_SLOTS:
    void initTestCase() { ensureGdalReady(); }

    void legacyDbfIsDetectedAndDecoded_data() {
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::newRow("TCVN3") << LegacyEncoding::Tcvn3;
        QTest::newRow("VNI") << LegacyEncoding::Vni;
    }

    // A Shapefile whose DBF holds TCVN3 (or VNI) bytes and no .cpg, as old offices sent them.
    void legacyDbfIsDetectedAndDecoded() {
        QFETCH(LegacyEncoding, encoding);
        const char* const raw[] = {"ENCODING=", nullptr}; // the bytes as given, no .cpg
        const QString path = writeParcels(
            newPath(QStringLiteral("thua.shp")), "ESRI Shapefile",
            [encoding](const QString& text) { return encodeLegacyText(text, encoding); }, raw);
        QFile cpg(QFileInfo(path).path() + QStringLiteral("/thua.cpg"));
        QVERIFY(!cpg.open(QIODevice::ReadOnly) || cpg.readAll().trimmed().isEmpty());
        QCOMPARE(sourceLegacyEncoding(path), std::optional<LegacyEncoding>(encoding));
        QCOMPARE(ownersRead(path), owners);

        // The layer reads the same through the map's loader, and its legend is unaffected.
        Result<std::vector<MapLayer*>> layers = openLayers(path);
        QVERIFY2(layers, qPrintable(layers.errorMessage()));
        std::unique_ptr<MapLayer> layer(layers->front());
        auto* vector = qobject_cast<VectorLayer*>(layer.get());
        QVERIFY(vector->loadNow(Crs::fromEpsg(5897)));
        QCOMPARE(vector->loadedFeatureCount(), owners.size());
        QCOMPARE(vector->textEncoding(), TextEncodingChoice::Auto);
        QCOMPARE(vector->textEncodingInUse(), std::optional<LegacyEncoding>(encoding));
    }

    // The user knows better than the detection: the choice holds for the file, Auto returns
    // to the detection.
    void userChoiceOverridesDetection() {
        const char* const raw[] = {"ENCODING=", nullptr};
        const QString path = writeParcels(
            newPath(QStringLiteral("thua.shp")), "ESRI Shapefile",
            [](const QString& text) { return encodeLegacyText(text, LegacyEncoding::Tcvn3); }, raw);
        Result<std::vector<MapLayer*>> layers = openLayers(path);
        QVERIFY(layers);
        std::unique_ptr<MapLayer> layer(layers->front());
        auto* vector = qobject_cast<VectorLayer*>(layer.get());
        QSignalSpy changed(vector, &VectorLayer::textEncodingChanged);
        vector->setTextEncoding(TextEncodingChoice::Vni);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(sourceTextEncodingChoice(path), TextEncodingChoice::Vni);
        QVERIFY(ownersRead(path) != owners);
        vector->setTextEncoding(TextEncodingChoice::Auto);
        QCOMPARE(ownersRead(path), owners);
        QCOMPARE(describeForProject(*vector).textEncoding, QString());
        vector->setTextEncoding(TextEncodingChoice::Tcvn3);
        QCOMPARE(describeForProject(*vector).textEncoding, QStringLiteral("tcvn3"));
    }

    // A file converted without care (legacy bytes taken for Latin-1, now UTF-8 in a
    // GeoPackage: "NguyÔn Thþ H­êng") is read as its people wrote it.
    void legacyTextInsideUnicodeFilesIsDecoded() {
        const QString path =
            writeParcels(newPath(QStringLiteral("thua.gpkg")), "GPKG", [](const QString& text) {
                return QString::fromLatin1(encodeLegacyText(text, LegacyEncoding::Tcvn3)).toUtf8();
            });
        QCOMPARE(sourceLegacyEncoding(path), std::optional<LegacyEncoding>(LegacyEncoding::Tcvn3));
        QCOMPARE(ownersRead(path), owners);
    }

    void unicodeFilesStayAsTheyAre() {
        const QString path = writeParcels(newPath(QStringLiteral("thua.gpkg")), "GPKG",
                                          [](const QString& text) { return text.toUtf8(); });
        QVERIFY(!sourceLegacyEncoding(path));
        QCOMPARE(ownersRead(path), owners);
        // A UTF-8 DBF without a .cpg: GDAL alone would take it for Latin-1.
        const char* const raw[] = {"ENCODING=", nullptr};
        const QString shapefile = writeParcels(
            newPath(QStringLiteral("thua.shp")), "ESRI Shapefile",
            [](const QString& text) { return text.toUtf8(); }, raw);
        QVERIFY(!sourceLegacyEncoding(shapefile));
        QCOMPARE(ownersRead(shapefile), owners);
    }

    void projectKeepsTheChoice() {
        const QString path = writeParcels(
            newPath(QStringLiteral("thua.shp")), "ESRI Shapefile",
            [](const QString& text) { return encodeLegacyText(text, LegacyEncoding::Vni); });
        ProjectDocument document;
        ProjectLayer entry;
        entry.source = path;
        entry.textEncoding = QStringLiteral("vni");
        document.layers.push_back(entry);
        const QString project = newPath(QStringLiteral("p.agrimap.gpkg"));
        QVERIFY(project_file::write(project, document));
        Result<ProjectDocument> read = project_file::read(project);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(read->layers.front().textEncoding, QStringLiteral("vni"));
        QStringList problems;
        const std::vector<MapLayer*> layers = openProjectLayers(read.value(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(sourceTextEncodingChoice(path), TextEncodingChoice::Vni);
        QCOMPARE(ownersRead(path), owners);
        qDeleteAll(layers);
    }
};

QTEST_GUILESS_MAIN(SourceTextEncodingTest)
#include "source_text_encoding_test.moc"
