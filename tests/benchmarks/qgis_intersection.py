#!/usr/bin/python3
"""Anchor for the overlay benchmark: QGIS's "Intersection" (native:intersection) of two
land-use layers, as a QGIS user compares two plan periods, on the same GeoPackages.

Usage: qgis_intersection.py FIRST.gpkg LAYER SECOND.gpkg LAYER

Prints key=value lines: qgis_startup_ms (not counted), qgis_intersection_ms (the algorithm
into a temporary GeoPackage, the second layer reprojected on the fly by QGIS), qgis_pieces.
Exits 2 when QGIS or a layer cannot be loaded."""
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.append("/usr/share/qgis/python/plugins")


def ms(since):
    return round((time.perf_counter() - since) * 1000)


def main():
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback,
                               QgsVectorLayer)
        from qgis.analysis import QgsNativeAlgorithms
    except ImportError as error:
        print(f"qgis_error=python3-qgis missing: {error}", file=sys.stderr)
        return 2
    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing
    Processing.initialize()
    if QgsApplication.processingRegistry().providerById("native") is None:
        QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    print(f"qgis_startup_ms={ms(started)}")

    first = QgsVectorLayer(f"{sys.argv[1]}|layername={sys.argv[2]}", "first", "ogr")
    second = QgsVectorLayer(f"{sys.argv[3]}|layername={sys.argv[4]}", "second", "ogr")
    if not first.isValid() or not second.isValid():
        print("qgis_error=cannot open the layers", file=sys.stderr)
        return 2
    output = os.path.join(tempfile.mkdtemp(), "intersection.gpkg")
    context = QgsProcessingContext()
    started = time.perf_counter()
    result = processing.run("native:intersection",
                            {"INPUT": first, "OVERLAY": second, "OUTPUT": output},
                            context=context, feedback=QgsProcessingFeedback())
    elapsed = ms(started)
    pieces = QgsVectorLayer(result["OUTPUT"], "pieces", "ogr").featureCount()
    print(f"qgis_intersection_ms={elapsed}")
    print(f"qgis_pieces={pieces}")
    sys.stdout.flush()
    # QGIS 3.22 crashes in its clean-up at exit (exitQgis with processing loaded): the
    # figures are out, so leave without it.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
