#!/usr/bin/python3
"""Anchor for the statistics benchmark: QGIS summing parcel areas by commune and land-use code
on the same GeoPackage layer, the way a PyQGIS user does it — read the two fields and the
geometry of every feature, add geometry().area() (planimetric, the layer is projected) per
(commune, code).

Usage: qgis_statistics.py FILE.gpkg LAYER COMMUNE_FIELD CODE_FIELD

Prints key=value lines: qgis_startup_ms, qgis_statistics_ms (open + read + sum, without the
application start), qgis_features, qgis_groups, qgis_total_ha. Exits 2 when QGIS or the
layer cannot be loaded."""
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ms(since):
    return round((time.perf_counter() - since) * 1000)


def main():
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    path, layer_name, commune_field, code_field = sys.argv[1:5]

    started = time.perf_counter()
    try:
        from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer
    except ImportError as error:
        print(f"qgis_error=python3-qgis missing: {error}", file=sys.stderr)
        return 2
    app = QgsApplication([], False)
    app.initQgis()
    print(f"qgis_startup_ms={ms(started)}")

    started = time.perf_counter()
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        print(f"qgis_error=cannot open {path} layer {layer_name}", file=sys.stderr)
        return 2
    request = QgsFeatureRequest().setSubsetOfAttributes([commune_field, code_field],
                                                        layer.fields())
    commune_index = layer.fields().indexOf(commune_field)
    code_index = layer.fields().indexOf(code_field)
    sums = {}
    features = 0
    for feature in layer.getFeatures(request):
        key = (feature.attribute(commune_index), feature.attribute(code_index))
        entry = sums.setdefault(key, [0, 0.0])
        entry[0] += 1
        entry[1] += feature.geometry().area()
        features += 1
    statistics_ms = ms(started)
    total_ha = sum(entry[1] for entry in sums.values()) / 10000.0
    print(f"qgis_statistics_ms={statistics_ms}")
    print(f"qgis_features={features}")
    print(f"qgis_groups={len(sums)}")
    print(f"qgis_total_ha={total_ha:.4f}")
    return 0


if __name__ == "__main__":
    code = main()
    # QGIS 3.22 may crash while tearing down after a script; the figures are printed already.
    sys.stdout.flush()
    os._exit(code)
