#include "panel_test_data.h"

#include <QStringList>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::testing::panel_data {

namespace {
constexpr double side = 10.0;
} // namespace

QString codeOf(int i) {
    static const QStringList codes = {
        QStringLiteral("LUC"), QStringLiteral("LUC"), QStringLiteral("CLN"), QStringLiteral("ONT"),
        QStringLiteral("LUC"), QStringLiteral("NTS"), QStringLiteral("CLN"), QStringLiteral("LUK"),
        QStringLiteral("LUC"), QStringLiteral("XYZ")};
    return codes.at(i % codes.size());
}

QString ownerOf(int i) {
    static const QStringList names = {
        QStringLiteral("Nguyễn Văn Ánh"), QStringLiteral("Trần Thị Bích Ngọc"),
        QStringLiteral("Lê Hoàng Dũng"), QStringLiteral("Phạm Thị Hường")};
    return names.at(i % names.size()).normalized(QString::NormalizationForm_C);
}

double areaOf(int i) {
    return 100.0 + i % 7;
}

double xOf(int i) {
    return 566000.0 + (i % 1000) * side;
}

double yOf(int i) {
    return 1154000.0 + (i / 1000) * side;
}

void writeParcels(const QString& path, const QString& layerName, int count, Kind kind) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!dataset) {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!dataset)
        qFatal("cannot create %s", qPrintable(path));
    OGRSpatialReference srs;
    srs.importFromEPSG(5897);
    OGRLayer* layer =
        dataset->CreateLayer(layerName.toUtf8().constData(), &srs, wkbPolygon, nullptr);
    if (!layer)
        qFatal("cannot create layer %s", qPrintable(layerName));
    const auto addField = [layer](const char* name, OGRFieldType type) {
        OGRFieldDefn field(name, type);
        if (layer->CreateField(&field) != OGRERR_NONE)
            qFatal("cannot create field %s", name);
    };
    if (kind == Kind::Cadastral) {
        addField("SoHieuToBanDo", OFTInteger);
        addField("SoThuTuThua", OFTInteger);
        addField("KyHieuMucDichSuDung", OFTString);
        addField("TenChu", OFTString);
    } else {
        addField("MDSD", OFTString);
    }
    addField("DienTich", OFTReal);

    if (dataset->StartTransaction() != OGRERR_NONE)
        qFatal("no transaction");
    for (int i = 0; i < count; ++i) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        if (kind == Kind::Cadastral) {
            feature->SetField("SoHieuToBanDo", 1 + i / 1000);
            feature->SetField("SoThuTuThua", count - i);
            feature->SetField("KyHieuMucDichSuDung", codeOf(i).toUtf8().constData());
            // Decomposed on purpose: macOS and some converters write Vietnamese this way.
            feature->SetField(
                "TenChu", ownerOf(i).normalized(QString::NormalizationForm_D).toUtf8().constData());
        } else {
            feature->SetField("MDSD", codeOf(i).toUtf8().constData());
        }
        feature->SetField("DienTich", areaOf(i));
        OGRLinearRing ring;
        const double x = xOf(i);
        const double y = yOf(i);
        ring.addPoint(x, y);
        ring.addPoint(x + side, y);
        ring.addPoint(x + side, y + side);
        ring.addPoint(x, y + side);
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        feature->SetGeometry(&polygon);
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
            qFatal("cannot write feature %d", i);
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        qFatal("commit failed");
}

} // namespace agrimap::testing::panel_data
