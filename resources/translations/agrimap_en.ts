<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/window/main_window.cpp" line="+63"/>
        <source>Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;All files (*)</source>
        <translation>Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;All files (*)</translation>
    </message>
</context>
<context>
    <name>agrimap</name>
    <message>
        <location filename="../../core/publishing/companion_files.cpp" line="+47"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+68"/>
        <source>Cannot move %1 into place</source>
        <translation>Cannot move %1 into place</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/publishing/export_profile_storage.cpp" line="+90"/>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/export_profile_storage.cpp" line="-35"/>
        <source>The export profile cannot be read: %1</source>
        <translation>The export profile cannot be read: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot open %1 for writing</source>
        <translation>Cannot open %1 for writing</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <location line="+14"/>
        <source>Cannot save the export profile in %1</source>
        <translation>Cannot save the export profile in %1</translation>
    </message>
</context>
<context>
    <name>agrimap::AddAreaTool</name>
    <message>
        <location filename="../../app/editing/add_area_tool.cpp" line="+143"/>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <location filename="../../app/editing/add_area_tool.h" line="+31"/>
        <source>Add growing area</source>
        <translation>Add growing area</translation>
    </message>
</context>
<context>
    <name>agrimap::AreaFormDialog</name>
    <message>
        <location filename="../../app/editing/area_form_dialog.cpp" line="+54"/>
        <source>New growing area</source>
        <translation>New growing area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing area %1</source>
        <translation>Growing area %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Production area &amp;code</source>
        <translation>Production area &amp;code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop</source>
        <translation>C&amp;rop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variety</source>
        <translation>&amp;Variety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmune</source>
        <translation>Co&amp;mmune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune (before 2025)</source>
        <translation>Commune (before 2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hamlet</source>
        <translation>&amp;Hamlet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cer&amp;tification</source>
        <translation>Cer&amp;tification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport market</source>
        <translation>E&amp;xport market</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;to</source>
        <translation>Valid &amp;to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, sheet %2, parcel %3</source>
        <translation>%1, sheet %2, parcel %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(drawn by hand: no member parcels)</source>
        <translation>(drawn by hand: no member parcels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member parcels</source>
        <translation>Member parcels</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is not a date: write it as YYYY-MM-DD</source>
        <translation>%1 is not a date: write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>agrimap::AreaHistoryDialog</name>
    <message>
        <location filename="../../app/editing/area_history_dialog.cpp" line="+49"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of growing area %1</source>
        <translation>History of growing area %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot restore this version</source>
        <translation>Cannot restore this version</translation>
    </message>
</context>
<context>
    <name>agrimap::AreaRules</name>
    <message>
        <location filename="../../core/validation/area_rules.cpp" line="+44"/>
        <source>the area has no boundary</source>
        <translation>the area has no boundary</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid boundary: %1 (use Fix geometry)</source>
        <translation>invalid boundary: %1 (use Fix geometry)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an active area needs a production area code</source>
        <translation>an active area needs a production area code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code %1 does not match the province's pattern %2</source>
        <translation>code %1 does not match the province's pattern %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ha is below the minimum of %2 ha for %3</source>
        <translation>%1 ha is below the minimum of %2 ha for %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>valid from %1 is after valid to %2</source>
        <translation>valid from %1 is after valid to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>valid to %1 has passed: the status should be "expired"</source>
        <translation>valid to %1 has passed: the status should be "expired"</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the area reaches outside its commune %1</source>
        <translation>the area reaches outside its commune %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commune %1 is not among the communes</source>
        <translation>commune %1 is not among the communes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>overlaps active area %1 by %2 m²</source>
        <translation>overlaps active area %1 by %2 m²</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+26"/>
        <source>code %1 is already used by area %2</source>
        <translation>code %1 is already used by area %2</translation>
    </message>
    <message>
        <location filename="../../core/validation/commune_boundaries.cpp" line="+21"/>
        <source>Cannot read the communes from %1: %2</source>
        <translation>Cannot read the communes from %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no layer %1</source>
        <translation>no layer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no field %1</source>
        <translation>no field %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot reproject commune %1</source>
        <translation>cannot reproject commune %1</translation>
    </message>
</context>
<context>
    <name>agrimap::AttributeFilterBar</name>
    <message>
        <location filename="../../app/panels/attribute_filter_bar.cpp" line="+19"/>
        <source>Filter (SQL WHERE), e.g. %1 = 'LUC'</source>
        <translation>Filter (SQL WHERE), e.g. %1 = 'LUC'</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An OGR SQL WHERE expression; press Enter to apply.</source>
        <translation>An OGR SQL WHERE expression; press Enter to apply.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search text in column</source>
        <translation>Search text in column</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
</context>
<context>
    <name>agrimap::AttributeTableDialog</name>
    <message>
        <location filename="../../app/panels/attribute_table_dialog.cpp" line="+40"/>
        <location line="+67"/>
        <source>Attribute table — %1</source>
        <translation>Attribute table — %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 features, %2 selected, filter: %3</source>
        <translation>%1 features, %2 selected, filter: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
</context>
<context>
    <name>agrimap::AttributeText</name>
    <message>
        <location filename="../../app/panels/attribute_value_text.cpp" line="+10"/>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
</context>
<context>
    <name>agrimap::CrsPickerDialog</name>
    <message>
        <location filename="../../app/window/crs_picker_dialog.cpp" line="+20"/>
        <source>Coordinate reference system</source>
        <translation>Coordinate reference system</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter, e.g. 105-45 or 5897</source>
        <translation>Filter, e.g. 105-45 or 5897</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or type any EPSG code or WKT, e.g. EPSG:9209</source>
        <translation>Or type any EPSG code or WKT, e.g. EPSG:9209</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not a coordinate reference system PROJ knows.</source>
        <translation>Not a coordinate reference system PROJ knows.</translation>
    </message>
</context>
<context>
    <name>agrimap::DataSource</name>
    <message>
        <location filename="../../layers/data_source_info.cpp" line="+135"/>
        <source>%1: layer %2 cannot be read: %3</source>
        <translation>%1: layer %2 cannot be read: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file holds no layers or images (it is empty).</source>
        <translation>%1: the file holds no layers or images (it is empty).</translation>
    </message>
    <message>
        <location filename="../../layers/gdal_source.cpp" line="+57"/>
        <source>no further detail from GDAL</source>
        <translation>no further detail from GDAL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file does not exist.</source>
        <translation>%1: the file does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file cannot be read (permission denied).</source>
        <translation>%1: the file cannot be read (permission denied).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1: the file is empty (0 bytes).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not a format AgriMap can read, or the file is damaged. Supported are GeoPackage, Shapefile, MapInfo TAB, DGN v7, GeoJSON, KML, CSV, SpatiaLite, FlatGeobuf and GDAL rasters.</source>
        <translation>%1: not a format AgriMap can read, or the file is damaged. Supported are GeoPackage, Shapefile, MapInfo TAB, DGN v7, GeoJSON, KML, CSV, SpatiaLite, FlatGeobuf and GDAL rasters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>agrimap::EditController</name>
    <message>
        <location filename="../../app/editing/edit_controller.cpp" line="+23"/>
        <location line="+208"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+209"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot redo</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the project for editing</source>
        <translation>Cannot open the project for editing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is being edited by %2. It opened read-only: you can look, but not change it. Open it again when the other window is closed.</source>
        <translation>%1 is being edited by %2. It opened read-only: you can look, but not change it. Open it again when the other window is closed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovered after a crash</source>
        <translation>Recovered after a crash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AgriMap was not closed properly the last time this project was edited. Every finished edit was kept.</source>
        <translation>AgriMap was not closed properly the last time this project was edited. Every finished edit was kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+105"/>
        <source>The commune rule is off</source>
        <translation>The commune rule is off</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Cannot edit the project</source>
        <translation>Cannot edit the project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit failed</source>
        <translation>Edit failed</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Read-only: edited by %1</source>
        <translation>Read-only: edited by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing %1</source>
        <translation>Editing %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>agrimap::EditSession</name>
    <message>
        <location filename="../../core/editing/edit_session.cpp" line="+46"/>
        <source>The project is open read-only: it cannot be edited</source>
        <translation>The project is open read-only: it cannot be edited</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The edit was not saved: %1</source>
        <translation>The edit was not saved: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add growing area %1</source>
        <translation>Add growing area %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+25"/>
        <source>Growing area %1 does not exist</source>
        <translation>Growing area %1 does not exist</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Change growing area %1</source>
        <translation>Change growing area %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete growing area %1</source>
        <translation>Delete growing area %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select two or more growing areas to merge</source>
        <translation>Select two or more growing areas to merge</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Merge %n growing areas into %1</source>
        <translation>
            <numerusform>Merge %n growing area into %1</numerusform>
            <numerusform>Merge %n growing areas into %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restore growing area %1 as of %2</source>
        <translation>Restore growing area %1 as of %2</translation>
    </message>
</context>
<context>
    <name>agrimap::EditSettingsDialog</name>
    <message>
        <location filename="../../app/editing/edit_settings_dialog.cpp" line="+43"/>
        <source>Editing rules of the project</source>
        <translation>Editing rules of the project</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forbid: refuse an area that overlaps an active one</source>
        <translation>Forbid: refuse an area that overlaps an active one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip: cut a new area back to its neighbours</source>
        <translation>Clip: cut a new area back to its neighbours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overlaps</source>
        <translation>&amp;Overlaps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A regular expression; examples of codes: VN-BTOR-0008, VN-TGOR-0180</source>
        <translation>A regular expression; examples of codes: VN-BTOR-0008, VN-TGOR-0180</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production area code &amp;pattern</source>
        <translation>Production area code &amp;pattern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overlap &amp;tolerance</source>
        <translation>Overlap &amp;tolerance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commune boundary tolerance</source>
        <translation>Commune boundary tolerance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one crop per line, e.g. xoài = 10</source>
        <translation>one crop per line, e.g. xoài = 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum area per crop (ha)</source>
        <translation>Minimum area per crop (ha)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Communes file (relative to the project)</source>
        <translation>Communes file (relative to the project)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communes layer</source>
        <translation>Communes layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune name field</source>
        <translation>Commune name field</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Crops</source>
        <translation>&amp;Crops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ertifications</source>
        <translation>C&amp;ertifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The code pattern is not a valid regular expression.</source>
        <translation>The code pattern is not a valid regular expression.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>"%1" is not "crop = hectares".</source>
        <translation>"%1" is not "crop = hectares".</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the editing rules</source>
        <translation>Cannot save the editing rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the crop list</source>
        <translation>Cannot save the crop list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the certification list</source>
        <translation>Cannot save the certification list</translation>
    </message>
</context>
<context>
    <name>agrimap::ExportWizard</name>
    <message>
        <location filename="../../app/publishing/export_wizard.cpp" line="+52"/>
        <source>Publish open data</source>
        <translation>Publish open data</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What to publish</source>
        <translation>What to publish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers and fields; personal data is locked and cannot be published.</source>
        <translation>Layers and fields; personal data is locked and cannot be published.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save profile as…</source>
        <translation>Save profile as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer / field</source>
        <translation>Layer / field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinate reference system</source>
        <translation>Coordinate reference system</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the publication</source>
        <translation>About the publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the package as ISO 19115 metadata.</source>
        <translation>Written into the package as ISO 19115 metadata.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also each layer as GeoJSON (EPSG:4326)</source>
        <translation>Also each layer as GeoJSON (EPSG:4326)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also each layer as CSV</source>
        <translation>Also each layer as CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish to</source>
        <translation>Publish to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n feature</numerusform>
            <numerusform>%1 — %n features</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>🔒 personal data: %1</source>
        <translation>🔒 personal data: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not published: %1</source>
        <translation>Not published: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n feature(s)</source>
        <translation>
            <numerusform>%1: %n feature</numerusform>
            <numerusform>%1: %n features</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files: %1</source>
        <translation>Files: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is written, but not the files beside it: %1</source>
        <translation>The package is written, but not the files beside it: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published in %1 ms.</source>
        <translation>Published in %1 ms.</translation>
    </message>
</context>
<context>
    <name>agrimap::FeatureReader</name>
    <message>
        <location filename="../../layers/feature_reader.cpp" line="+55"/>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+96"/>
        <source>%1: there is no layer named %2.</source>
        <translation>%1: there is no layer named %2.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>%1: feature %2 cannot be read: %3</source>
        <translation>%1: feature %2 cannot be read: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot reproject into %2</source>
        <translation>%1: cannot reproject into %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the geometry of feature %2 cannot be read</source>
        <translation>%1: the geometry of feature %2 cannot be read</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The filter "%1" is not valid: %2</source>
        <translation>The filter "%1" is not valid: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The filter "%1" failed: %2</source>
        <translation>The filter "%1" failed: %2</translation>
    </message>
</context>
<context>
    <name>agrimap::IdentifyPanel</name>
    <message>
        <location filename="../../app/panels/identify_panel.cpp" line="+42"/>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+170"/>
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Click a feature on the map.</source>
        <translation>Click a feature on the map.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the Identify tool (I), click a feature on the map to see all its attributes here.</source>
        <translation>With the Identify tool (I), click a feature on the map to see all its attributes here.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 more features are not shown; click closer in.</source>
        <translation>%1 more features are not shown; click closer in.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 features</source>
        <translation>%1 features</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feature %1</source>
        <translation>Feature %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to zoom to this feature.</source>
        <translation>Double-click to zoom to this feature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This feature is no longer in the layer.</source>
        <translation>This feature is no longer in the layer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(geometry)</source>
        <translation>(geometry)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(area)</source>
        <translation>(area)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m² (%2 ha)</source>
        <translation>%1 m² (%2 ha)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Copy feature attributes</source>
        <translation>Copy feature attributes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to feature</source>
        <translation>Zoom to feature</translation>
    </message>
</context>
<context>
    <name>agrimap::IdentifyTool</name>
    <message>
        <location filename="../../app/map/identify_tool.h" line="+16"/>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerFactory</name>
    <message>
        <location filename="../../layers/layer_factory.cpp" line="+56"/>
        <source>%1: no layer named %2.</source>
        <translation>%1: no layer named %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file holds only attribute tables, nothing to draw on a map.</source>
        <translation>%1: the file holds only attribute tables, nothing to draw on a map.</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerTreeDock</name>
    <message>
        <location filename="../../app/panels/layer_tree_dock.cpp" line="+23"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+177"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+181"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+186"/>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Zoom to layer</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open attribute table</source>
        <translation>Open attribute table</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opacity…</source>
        <translation>Opacity…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cadastral parcels</source>
        <translation>Cadastral parcels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production areas</source>
        <translation>Production areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign CRS…</source>
        <translation>Assign CRS…</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerTreeModel</name>
    <message>
        <location filename="../../app/panels/layer_tree_model.cpp" line="+110"/>
        <source>%1 (loading %2 %)</source>
        <translation>%1 (loading %2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (loading…)</source>
        <translation>%1 (loading…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (failed)</source>
        <translation>%1 (failed)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CRS: %1</source>
        <translation>CRS: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRS: unknown (assign one from the context menu)</source>
        <translation>CRS: unknown (assign one from the context menu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(assigned by the user)</source>
        <translation>(assigned by the user)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>agrimap::MainWindow</name>
    <message>
        <location filename="../../app/window/main_window.cpp" line="+39"/>
        <source>Map tools</source>
        <translation>Map tools</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All %1 layers</source>
        <translation>All %1 layers</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>Add layers</source>
        <translation>Add layers</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>%1 holds several layers. Which should be added?</source>
        <translation>%1 holds several layers. Which should be added?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge growing areas</source>
        <translation>Merge growing areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the code and attributes of:</source>
        <translation>Keep the code and attributes of:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no coordinate reference system: use Layer ▸ Assign CRS…</source>
        <translation>%1 has no coordinate reference system: use Layer ▸ Assign CRS…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Area: %1 ha</source>
        <translation>Area: %1 ha</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project</source>
        <translation>&amp;New project</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a project or map data</source>
        <translation>Open a project or map data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add layer…</source>
        <translation>&amp;Add layer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save project</source>
        <translation>&amp;Save project</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save project &amp;as…</source>
        <translation>Save project &amp;as…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish open data…</source>
        <translation>&amp;Publish open data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Growing area from selected &amp;parcels</source>
        <translation>Growing area from selected &amp;parcels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select parcels by &amp;number…</source>
        <translation>Select parcels by &amp;number…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attributes of the selected growing area…</source>
        <translation>&amp;Attributes of the selected growing area…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge the selected growing areas…</source>
        <translation>&amp;Merge the selected growing areas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of the selected growing area…</source>
        <translation>&amp;History of the selected growing area…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix the geometry of the selected growing areas</source>
        <translation>&amp;Fix the geometry of the selected growing areas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the selected growing areas</source>
        <translation>&amp;Delete the selected growing areas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editing &amp;rules and pick lists…</source>
        <translation>Editing &amp;rules and pick lists…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;full extent</source>
        <translation>Zoom to &amp;full extent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to current &amp;layer</source>
        <translation>Zoom to current &amp;layer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous view</source>
        <translation>&amp;Previous view</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next view</source>
        <translation>&amp;Next view</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map &amp;CRS…</source>
        <translation>Map &amp;CRS…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign CRS…</source>
        <translation>&amp;Assign CRS…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;attribute table</source>
        <translation>Open &amp;attribute table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove layer</source>
        <translation>&amp;Remove layer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project and view</source>
        <translation>Project and view</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of AgriMap.</source>
        <translation>The new language is used from the next start of AgriMap.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About AgriMap</source>
        <translation>&amp;About AgriMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About AgriMap</source>
        <translation>About AgriMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;AgriMap %1&lt;/b&gt;&lt;p&gt;A desktop GIS for Vietnam's agricultural maps.&lt;/p&gt;&lt;p&gt;%2, Qt %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;AgriMap %1&lt;/b&gt;&lt;p&gt;A desktop GIS for Vietnam's agricultural maps.&lt;/p&gt;&lt;p&gt;%2, Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cursor position in the map CRS (metres)</source>
        <translation>Cursor position in the map CRS (metres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cursor position as latitude and longitude (WGS 84)</source>
        <translation>Cursor position as latitude and longitude (WGS 84)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map's coordinate reference system: click to change it</source>
        <translation>The map's coordinate reference system: click to change it</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>drawn in %1 ms</source>
        <translation>drawn in %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No CRS</source>
        <translation>No CRS</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+16"/>
        <source>No cadastral parcels</source>
        <translation>No cadastral parcels</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Add a cadastral layer and select parcels first.</source>
        <translation>Add a cadastral layer and select parcels first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot make a growing area from the parcels</source>
        <translation>Cannot make a growing area from the parcels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a cadastral layer first.</source>
        <translation>Add a cadastral layer first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select parcels by number</source>
        <translation>Select parcels by number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune and sheet/parcel numbers in %1, e.g. Mỹ Tân: 12/305, 12/306</source>
        <translation>Commune and sheet/parcel numbers in %1, e.g. Mỹ Tân: 12/305, 12/306</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot select the parcels</source>
        <translation>Cannot select the parcels</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+150"/>
        <source>Select one growing area</source>
        <translation>Select one growing area</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+150"/>
        <source>Select one growing area with the Select tool (S), then try again.</source>
        <translation>Select one growing area with the Select tool (S), then try again.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Split growing area</source>
        <translation>Split growing area</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reshape growing area</source>
        <translation>Reshape growing area</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cut a hole</source>
        <translation>Cut a hole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a hole</source>
        <translation>Remove a hole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill a hole with a new growing area</source>
        <translation>Fill a hole with a new growing area</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;napping</source>
        <translation>S&amp;napping</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snapping &amp;tolerance…</source>
        <translation>Snapping &amp;tolerance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping tolerance</source>
        <translation>Snapping tolerance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap within this many pixels of the cursor:</source>
        <translation>Snap within this many pixels of the cursor:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapping off</source>
        <translation>Snapping off</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Snapping: preparing %n layer(s)…</source>
        <translation>
            <numerusform>Snapping: preparing %n layer…</numerusform>
            <numerusform>Snapping: preparing %n layers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Snapping: %n layer(s) ready</source>
        <translation>
            <numerusform>Snapping: %n layer ready</numerusform>
            <numerusform>Snapping: %n layers ready</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping: no layer to snap to</source>
        <translation>Snapping: no layer to snap to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select growing areas to merge</source>
        <translation>Select growing areas to merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two or more growing areas with the Select tool (S, Shift+click).</source>
        <translation>Select two or more growing areas with the Select tool (S, Shift+click).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot merge the growing areas</source>
        <translation>Cannot merge the growing areas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or save a project first: it is what gets published.</source>
        <translation>Open or save a project first: it is what gets published.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+7"/>
        <source>Cannot fix the geometry</source>
        <translation>Cannot fix the geometry</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fix the geometry of growing area %1</source>
        <translation>Fix the geometry of growing area %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n growing area(s) fixed</source>
        <translation>
            <numerusform>%n growing area fixed</numerusform>
            <numerusform>%n growing areas fixed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot delete the growing area</source>
        <translation>Cannot delete the growing area</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Which coordinate reference system is %1 in? Provincial cadastral maps use VN-2000 with the province's meridian (former Đồng Tháp: EPSG:5897; former Tiền Giang: EPSG:9210).</source>
        <translation>Which coordinate reference system is %1 in? Provincial cadastral maps use VN-2000 with the province's meridian (former Đồng Tháp: EPSG:5897; former Tiền Giang: EPSG:9210).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the map in which coordinate reference system? Layers in other systems are reprojected on the fly.</source>
        <translation>Show the map in which coordinate reference system? Layers in other systems are reprojected on the fly.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AgriMap project (*.agrimap.gpkg)</source>
        <translation>AgriMap project (*.agrimap.gpkg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer list has changed since it was saved. Save it first?</source>
        <translation>The layer list has changed since it was saved. Save it first?</translation>
    </message>
</context>
<context>
    <name>agrimap::MapCanvas</name>
    <message>
        <location filename="../../app/map/map_canvas.cpp" line="+252"/>
        <source>Open a project or add layers (Ctrl+O), or drop files here.</source>
        <translation>Open a project or add layers (Ctrl+O), or drop files here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing…</source>
        <translation>Drawing…</translation>
    </message>
</context>
<context>
    <name>agrimap::OpacityPopup</name>
    <message>
        <location filename="../../app/panels/opacity_popup.cpp" line="+21"/>
        <source>Opacity:</source>
        <translation>Opacity:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>agrimap::OpenDataExporter</name>
    <message>
        <location filename="../../core/publishing/default_export_profile.cpp" line="+53"/>
        <source>Agricultural Product Map — %1</source>
        <translation>Agricultural Product Map — %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/iso_metadata.cpp" line="+110"/>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Cannot write the data dictionary</source>
        <translation>Cannot write the data dictionary</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the metadata: %1</source>
        <translation>Cannot write the metadata: %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/open_data_exporter.cpp" line="+75"/>
        <source>The target CRS %1 is not known</source>
        <translation>The target CRS %1 is not known</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile publishes no layer</source>
        <translation>The profile publishes no layer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no layer %2</source>
        <translation>%1: no layer %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 cannot be published: it is personal data (%3)</source>
        <translation>%1.%2 cannot be published: it is personal data (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no field %2</source>
        <translation>%1 has no field %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot create layer %1: %2</source>
        <translation>Cannot create layer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create field %1: %2</source>
        <translation>Cannot create field %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a name in the Farmer Directory</source>
        <translation>a name in the Farmer Directory</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: %1, field %2, feature %3 holds %4. Remove it from the field or leave the field out.</source>
        <translation>Refused: %1, field %2, feature %3 holds %4. Remove it from the field or leave the field out.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: feature %2 cannot be reprojected</source>
        <translation>%1: feature %2 cannot be reprojected</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Cannot write %1: %2 (is the disk full?)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The export was cancelled; no file was written</source>
        <translation>The export was cancelled; no file was written</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The written package does not read back: %1</source>
        <translation>The written package does not read back: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move the package to %1</source>
        <translation>Cannot move the package to %1</translation>
    </message>
</context>
<context>
    <name>agrimap::PanTool</name>
    <message>
        <location filename="../../app/map/pan_tool.h" line="+15"/>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
</context>
<context>
    <name>agrimap::ProjectController</name>
    <message>
        <location filename="../../app/window/project_controller.cpp" line="+48"/>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Some layers could not be opened</source>
        <translation>Some layers could not be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project opened without these layers:

%1</source>
        <translation>The project opened without these layers:

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>Cannot add the file</source>
        <translation>Cannot add the file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read a layer</source>
        <translation>Cannot read a layer</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+15"/>
        <source>Cannot save the project</source>
        <translation>Cannot save the project</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Nothing was lost: the project is still open as it was.</source>
        <translation>Nothing was lost: the project is still open as it was.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was lost: the map is still open. Choose another folder with Save As, or free some disk space, and save again.</source>
        <translation>Nothing was lost: the map is still open. Choose another folder with Save As, or free some disk space, and save again.</translation>
    </message>
</context>
<context>
    <name>agrimap::ProjectLock</name>
    <message>
        <location filename="../../core/editing/project_lock.cpp" line="+70"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 on %2 since %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot remove the stale lock %1</source>
        <translation>cannot remove the stale lock %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
</context>
<context>
    <name>agrimap::ProjectStore</name>
    <message>
        <location filename="../../core/editing/project_store.cpp" line="+78"/>
        <source>unknown reason</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot lock %1 for editing: %2</source>
        <translation>Cannot lock %1 for editing: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open project %1: %2</source>
        <translation>Cannot open project %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no production_areas layer</source>
        <translation>%1 has no production_areas layer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Growing areas need a projected CRS (metres), such as VN-2000 EPSG:5897</source>
        <translation>Growing areas need a projected CRS (metres), such as VN-2000 EPSG:5897</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the production_areas layer</source>
        <translation>Cannot create the production_areas layer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the project tables</source>
        <translation>Cannot create the project tables</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 is open read-only: changes cannot be saved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start a transaction</source>
        <translation>Cannot start a transaction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the change (is the disk full?)</source>
        <translation>Cannot save the change (is the disk full?)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Growing area %1 does not exist</source>
        <translation>Growing area %1 does not exist</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The boundary of the growing area cannot be read</source>
        <translation>The boundary of the growing area cannot be read</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write growing area %1</source>
        <translation>Cannot write growing area %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Cannot delete growing area %1</source>
        <translation>Cannot delete growing area %1</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Cannot write the copy %1 (is the disk full?)</source>
        <translation>Cannot write the copy %1 (is the disk full?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot replace %1: is it open elsewhere?</source>
        <translation>Cannot replace %1: is it open elsewhere?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no layer %2</source>
        <translation>%1 has no layer %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reproject %1</source>
        <translation>Cannot reproject %1</translation>
    </message>
</context>
<context>
    <name>agrimap::RasterLayer</name>
    <message>
        <location filename="../../layers/raster_layer.cpp" line="+134"/>
        <source>%1: the image has no georeferencing.</source>
        <translation>%1: the image has no georeferencing.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Image %1 × %2 px, %3 band(s)</source>
        <translation>Image %1 × %2 px, %3 band(s)</translation>
    </message>
</context>
<context>
    <name>agrimap::RulesPanel</name>
    <message>
        <location filename="../../app/editing/rules_panel.cpp" line="+21"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The project is open read-only.</source>
        <translation>The project is open read-only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project to check its growing areas.</source>
        <translation>Open a project to check its growing areas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No rule is broken.</source>
        <translation>No rule is broken.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s): double-click one to see it on the map.</source>
        <translation>
            <numerusform>%n problem: double-click it to see it on the map.</numerusform>
            <numerusform>%n problems: double-click one to see it on the map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agrimap::ScaleBox</name>
    <message>
        <location filename="../../app/window/scale_box.cpp" line="+22"/>
        <source>Map scale: pick one or type 1:5000</source>
        <translation>Map scale: pick one or type 1:5000</translation>
    </message>
</context>
<context>
    <name>agrimap::SelectTool</name>
    <message>
        <location filename="../../app/map/select_tool.h" line="+18"/>
        <source>Select</source>
        <translation>Select</translation>
    </message>
</context>
<context>
    <name>agrimap::ShapeEditor</name>
    <message>
        <location filename="../../app/editing/shape_editor.cpp" line="+73"/>
        <source>Split growing area %1</source>
        <translation>Split growing area %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot split growing area %1</source>
        <translation>Cannot split growing area %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The line crosses no growing area</source>
        <translation>The line crosses no growing area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was split</source>
        <translation>Nothing was split</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The line does not cross a growing area's boundary twice</source>
        <translation>The line does not cross a growing area's boundary twice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reshape growing area %1</source>
        <translation>Reshape growing area %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was reshaped</source>
        <translation>Nothing was reshaped</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hole must lie inside a growing area</source>
        <translation>The hole must lie inside a growing area</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cut a hole in growing area %1</source>
        <translation>Cut a hole in growing area %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hole was cut</source>
        <translation>No hole was cut</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>There is no hole here</source>
        <translation>There is no hole here</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Remove a hole of growing area %1</source>
        <translation>Remove a hole of growing area %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hole was removed</source>
        <translation>No hole was removed</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No hole to fill</source>
        <translation>No hole to fill</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change growing area %1</source>
        <translation>Cannot change growing area %1</translation>
    </message>
</context>
<context>
    <name>agrimap::VectorLayer</name>
    <message>
        <location filename="../../layers/vector_layer.cpp" line="+29"/>
        <source>Cannot transform from %1 to %2: %3</source>
        <translation>Cannot transform from %1 to %2: %3</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>%1 — unknown code</source>
        <translation>%1 — unknown code</translation>
    </message>
</context>
<context>
    <name>agrimap::VectorLayerLoader</name>
    <message>
        <location filename="../../layers/vector_layer_loader.cpp" line="+126"/>
        <source>%1: there is no layer named %2.</source>
        <translation>%1: there is no layer named %2.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+17"/>
        <source>Loading %1 was cancelled.</source>
        <translation>Loading %1 was cancelled.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+27"/>
        <source>%1: reading layer %2 failed: %3</source>
        <translation>%1: reading layer %2 failed: %3</translation>
    </message>
</context>
<context>
    <name>agrimap::VertexTool</name>
    <message>
        <location filename="../../app/editing/vertex_tool.cpp" line="+124"/>
        <source>Move a vertex of growing area %1</source>
        <translation>Move a vertex of growing area %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move the vertex</source>
        <translation>Cannot move the vertex</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a vertex to growing area %1</source>
        <translation>Add a vertex to growing area %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot delete the vertex</source>
        <translation>Cannot delete the vertex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a vertex of growing area %1</source>
        <translation>Delete a vertex of growing area %1</translation>
    </message>
    <message>
        <location filename="../../app/editing/vertex_tool.h" line="+27"/>
        <source>Edit vertices</source>
        <translation>Edit vertices</translation>
    </message>
</context>
<context>
    <name>agrimap::ZoomBoxTool</name>
    <message>
        <location filename="../../app/map/zoom_box_tool.h" line="+13"/>
        <source>Zoom to box</source>
        <translation>Zoom to box</translation>
    </message>
</context>
<context>
    <name>agrimap::area_geometry</name>
    <message>
        <location filename="../../core/editing/wkb_geos.cpp" line="+57"/>
        <source>the boundary cannot be read</source>
        <translation>the boundary cannot be read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the geometry operation failed</source>
        <translation>the geometry operation failed</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_geometry.cpp" line="+12"/>
        <source>unreadable geometry</source>
        <translation>unreadable geometry</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_geometry_edits.cpp" line="+95"/>
        <source>there is no hole here</source>
        <translation>there is no hole here</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the boundary is not valid; fix it before splitting it</source>
        <translation>the boundary is not valid; fix it before splitting it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line needs at least two points</source>
        <translation>the line needs at least two points</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the line does not cross the area</source>
        <translation>the line does not cross the area</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a hole needs at least three corners</source>
        <translation>a hole needs at least three corners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outline of the hole crosses itself</source>
        <translation>the outline of the hole crosses itself</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the hole lies outside the area</source>
        <translation>the hole lies outside the area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hole must lie inside one part of the area without touching its edge or its other holes</source>
        <translation>the hole must lie inside one part of the area without touching its edge or its other holes</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_parts.cpp" line="+48"/>
        <source>the boundary is not a polygon</source>
        <translation>the boundary is not a polygon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the boundary is empty</source>
        <translation>the boundary is empty</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_reshape.cpp" line="+186"/>
        <source>the boundary would cross itself along the line</source>
        <translation>the boundary would cross itself along the line</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the line must cross the boundary at least twice</source>
        <translation>the line must cross the boundary at least twice</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_vertex_edits.cpp" line="+27"/>
        <source>the boundary has no such vertex</source>
        <translation>the boundary has no such vertex</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a boundary needs at least three distinct corners</source>
        <translation>a boundary needs at least three distinct corners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a hole needs at least three distinct corners</source>
        <translation>a hole needs at least three distinct corners</translation>
    </message>
</context>
<context>
    <name>agrimap::parcel_area_builder</name>
    <message>
        <location filename="../../app/editing/parcel_area_builder.cpp" line="+28"/>
        <source>Select the cadastral parcels of the growing area first</source>
        <translation>Select the cadastral parcels of the growing area first</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 has no map sheet and parcel number fields</source>
        <translation>%1 has no map sheet and parcel number fields</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no commune field</source>
        <translation>%1 has no commune field</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a sheet/parcel pair such as 12/305</source>
        <translation>%1 is not a sheet/parcel pair such as 12/305</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no parcel %1 in %2</source>
        <translation>There is no parcel %1 in %2</translation>
    </message>
</context>
<context>
    <name>agrimap::personal_data</name>
    <message>
        <location filename="../../core/publishing/personal_data.cpp" line="+26"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>the owner's name</source>
        <translation>the owner's name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a person's name</source>
        <translation>a person's name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a citizen id number</source>
        <translation>a citizen id number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+42"/>
        <source>a phone number</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+1"/>
        <source>a birth date</source>
        <translation>a birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person's address</source>
        <translation>a person's address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>marked as personal data in the project</source>
        <translation>marked as personal data in the project</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a 12-digit citizen id number</source>
        <translation>a 12-digit citizen id number</translation>
    </message>
</context>
<context>
    <name>agrimap::project_file</name>
    <message>
        <location filename="../../core/project_file.cpp" line="+22"/>
        <source>unknown reason</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot open project %1: %2</source>
        <translation>Cannot open project %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a GeoPackage but not an AgriMap project (it has no %2 table). Open it as a layer instead.</source>
        <translation>%1 is a GeoPackage but not an AgriMap project (it has no %2 table). Open it as a layer instead.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+55"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write project %1: %2</source>
        <translation>Cannot write project %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/window/application_setup.cpp" line="+102"/>
        <source>AgriMap: Vietnam's agricultural maps</source>
        <translation>AgriMap: Vietnam's agricultural maps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of the window once the map is drawn, then quit.</source>
        <translation>Save a picture of the window once the map is drawn, then quit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects or map data to open.</source>
        <translation>Projects or map data to open.</translation>
    </message>
</context>
</TS>
