#include "layer_role.h"

#include <QtTest>

using agrimap::LayerRole;

class LayerRoleTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detection_data() {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("codeField");
        QTest::newRow("Circular 25 cadastral")
            << QStringList{"MaXa",     "SoHieuToBanDo",       "SoThuTuThua",
                           "DienTich", "KyHieuMucDichSuDung", "TenChu"}
            << int(LayerRole::Cadastral) << "KyHieuMucDichSuDung";
        QTest::newRow("shapefile short names")
            << QStringList{"MaXa", "SoTo", "SoThua", "DienTich", "MDSD"}
            << int(LayerRole::Cadastral) << "MDSD";
        QTest::newRow("benchmark parcels")
            << QStringList{"map_sheet", "parcel_no", "land_use", "area_m2", "commune"}
            << int(LayerRole::Cadastral) << "land_use";
        QTest::newRow("land-use map")
            << QStringList{"MDSD", "DienTich"} << int(LayerRole::LandUse) << "MDSD";
        QTest::newRow("land use, other case")
            << QStringList{"LAND_USE"} << int(LayerRole::LandUse) << "LAND_USE";
        QTest::newRow("growing areas") << QStringList{"code", "name", "crop", "status", "area_ha"}
                                       << int(LayerRole::ProductionArea) << "";
        QTest::newRow("Vietnamese growing areas")
            << QStringList{"MaVungTrong", "TenVung"} << int(LayerRole::ProductionArea) << "";
        QTest::newRow("communes") << QStringList{"ma_xa", "ten_xa_cu", "ten_xa_moi"}
                                  << int(LayerRole::Other) << "";
        QTest::newRow("code alone is not enough")
            << QStringList{"code", "name"} << int(LayerRole::Other) << "";
        QTest::newRow("nothing") << QStringList{} << int(LayerRole::Other) << "";
    }
    void detection() {
        QFETCH(QStringList, fields);
        QFETCH(int, role);
        QFETCH(QString, codeField);
        const auto detected = agrimap::detectLayerRole(fields);
        QCOMPARE(int(detected.role), role);
        QCOMPARE(detected.fields.landUseCode, codeField);
    }

    void keysRoundTrip() {
        for (LayerRole role : {LayerRole::Cadastral, LayerRole::LandUse, LayerRole::ProductionArea,
                               LayerRole::Other})
            QCOMPARE(agrimap::layerRoleFromKey(agrimap::layerRoleKey(role)), role);
        QCOMPARE(agrimap::layerRoleFromKey(QStringLiteral("nonsense")), LayerRole::Other);
    }
};

QTEST_GUILESS_MAIN(LayerRoleTest)
#include "layer_role_test.moc"
