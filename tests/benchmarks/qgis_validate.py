#!/usr/bin/python3
"""Anchor for the editing benchmark: QGIS doing the checks of `agrimap-cli validate` that it
has — "Check validity" (GEOS) and overlaps between areas — on the same GeoPackage layer.

Usage: qgis_validate.py FILE.gpkg LAYER [MIN_OVERLAP_M2]

The overlap check is what QGIS users do for overlaps inside one layer: "Intersection" of the
layer with itself, then keep the pieces of two different features (each pair once) larger
than MIN_OVERLAP_M2 (default 1 m², AgriMap's default tolerance).

Prints key=value lines: qgis_startup_ms, qgis_open_ms, qgis_validity_ms, qgis_overlap_ms,
qgis_total_ms (open + validity + overlap, without the application start), qgis_features,
qgis_invalid, qgis_overlaps. Exits 2 when QGIS or the layer cannot be loaded."""
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The processing framework ships as a plugin, outside the default module path.
sys.path.append("/usr/share/qgis/python/plugins")


def ms(since):
    return round((time.perf_counter() - since) * 1000)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, layer_name = sys.argv[1], sys.argv[2]
    min_overlap_m2 = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0

    started = time.perf_counter()
    try:
        from qgis.core import (QgsApplication, QgsFeatureRequest, QgsProcessingContext,
                               QgsProcessingFeedback, QgsVectorLayer)
        from qgis.analysis import QgsNativeAlgorithms
    except ImportError as error:
        print(f"qgis_error=python3-qgis missing: {error}", file=sys.stderr)
        return 2
    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing
    Processing.initialize()
    # QGIS 3.22 registers the native provider during initialize(); a second one only warns.
    if QgsApplication.processingRegistry().providerById("native") is None:
        QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    print(f"qgis_startup_ms={ms(started)}")

    started = time.perf_counter()
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        print(f"qgis_error=cannot open {path} layer {layer_name}", file=sys.stderr)
        return 2
    features = layer.featureCount()
    open_ms = ms(started)

    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()

    started = time.perf_counter()
    validity = processing.run("qgis:checkvalidity", {
        "INPUT_LAYER": layer,
        "METHOD": 2,  # GEOS, as AgriMap's geometry-invalid rule
        "IGNORE_RING_SELF_INTERSECTION": False,
        "VALID_OUTPUT": "TEMPORARY_OUTPUT",
        "INVALID_OUTPUT": "TEMPORARY_OUTPUT",
        "ERROR_OUTPUT": "TEMPORARY_OUTPUT",
    }, context=context, feedback=feedback)
    validity_ms = ms(started)

    started = time.perf_counter()
    pieces = processing.run("native:intersection", {
        "INPUT": layer,
        "OVERLAY": layer,
        "INPUT_FIELDS": ["fid"],
        "OVERLAY_FIELDS": ["fid"],
        "OVERLAY_FIELDS_PREFIX": "other_",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }, context=context, feedback=feedback)["OUTPUT"]
    if isinstance(pieces, str):
        pieces = context.getMapLayer(pieces)
    # Every feature meets itself and each pair comes out twice: keep fid < other_fid.
    request = QgsFeatureRequest().setFilterExpression('"fid" < "other_fid"')
    overlaps = sum(1 for piece in pieces.getFeatures(request)
                   if piece.geometry().area() > min_overlap_m2)
    overlap_ms = ms(started)

    # Layers and the context that owns the temporary outputs must go before exitQgis(),
    # or the interpreter's late clean-up crashes.
    del pieces, layer, context
    print(f"qgis_open_ms={open_ms}")
    print(f"qgis_validity_ms={validity_ms}")
    print(f"qgis_overlap_ms={overlap_ms}")
    print(f"qgis_total_ms={open_ms + validity_ms + overlap_ms}")
    print(f"qgis_features={features}")
    print(f"qgis_invalid={validity['INVALID_COUNT'] + validity['ERROR_COUNT']}")
    print(f"qgis_overlaps={overlaps}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
