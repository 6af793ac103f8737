<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../app/window/qt_standard_texts.cpp" line="+29"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/window/main_window.cpp" line="+65"/>
        <source>Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;All files (*)</source>
        <translation>Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;All files (*)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/window/qt_standard_texts.cpp" line="-38"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+7"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Commit</translation>
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
    <name>agrimap::AgriculturalCodesDialog</name>
    <message>
        <location filename="../../app/planning/agricultural_codes_dialog.cpp" line="+17"/>
        <source>Agricultural land-use codes</source>
        <translation>Agricultural land-use codes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growing areas on land with any other code are reported. One code per line; a mixed code such as LUC+ONT counts as agricultural only when all its parts are. The list is saved in the project.</source>
        <translation>Growing areas on land with any other code are reported. One code per line; a mixed code such as LUC+ONT counts as agricultural only when all its parts are. The list is saved in the project.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore the default</source>
        <translation>Restore the default</translation>
    </message>
</context>
<context>
    <name>agrimap::AreaCommands</name>
    <message>
        <location filename="../../app/editing/area_commands.cpp" line="+41"/>
        <source>Merge growing areas</source>
        <translation>Merge growing areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the code and attributes of:</source>
        <translation>Keep the code and attributes of:</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+40"/>
        <source>Select one growing area</source>
        <translation>Select one growing area</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Select one growing area with the Select tool (S), then try again.</source>
        <translation>Select one growing area with the Select tool (S), then try again.</translation>
    </message>
    <message>
        <location line="-28"/>
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
        <location line="+35"/>
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
    <name>agrimap::AreaLinksEditor</name>
    <message>
        <location filename="../../app/directory/area_links_editor.cpp" line="+21"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Growing area %1</source>
        <translation>Growing area %1</translation>
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
    <name>agrimap::AreaStatistics</name>
    <message>
        <location filename="../../core/analysis/area_statistics.cpp" line="+41"/>
        <source>Cannot open %1 for statistics: %2. Check that the file exists and is a map layer GDAL reads.</source>
        <translation>Cannot open %1 for statistics: %2. Check that the file exists and is a map layer GDAL reads.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a vector data file</source>
        <translation>not a vector data file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no vector layer to sum up.</source>
        <translation>%1 holds no vector layer to sum up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no layer named %2.</source>
        <translation>%1 has no layer named %2.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot reproject %1 to %2 to measure areas: %3</source>
        <translation>Cannot reproject %1 to %2 to measure areas: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The statistics of %1 were cancelled.</source>
        <translation>The statistics of %1 were cancelled.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Layer %1 of %2 has no field %3: choose one of its fields.</source>
        <translation>Layer %1 of %2 has no field %3: choose one of its fields.</translation>
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
        <location filename="../../layers/data_source_info.cpp" line="+102"/>
        <source>%1: layer %2 cannot be read: %3</source>
        <translation>%1: layer %2 cannot be read: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file holds no layers or images (it is empty).</source>
        <translation>%1: the file holds no layers or images (it is empty).</translation>
    </message>
    <message>
        <location filename="../../layers/gdal_source.cpp" line="+42"/>
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
    <name>agrimap::DirectoryController</name>
    <message>
        <location filename="../../app/directory/directory_controller.cpp" line="+61"/>
        <location line="+6"/>
        <source>Farmer &amp;Directory</source>
        <translation>Farmer &amp;Directory</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Click the parcels of %1 on the map: each click links one (Ctrl+Z undoes it)</source>
        <translation>Click the parcels of %1 on the map: each click links one (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cadastral parcel there</source>
        <translation>No cadastral parcel there</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a project to see its Farmer Directory.</source>
        <translation>Open a project to see its Farmer Directory.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This project has no Farmer Directory yet: open it for editing once (it is read-only now) to add one.</source>
        <translation>This project has no Farmer Directory yet: open it for editing once (it is read-only now) to add one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: the directory can be searched and exported, not changed.</source>
        <translation>: the directory can be searched and exported, not changed.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add the cadastral map to see this household's parcels</source>
        <translation>Add the cadastral map to see this household's parcels</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot link the parcel</source>
        <translation>Cannot link the parcel</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The project is open read-only: its directory cannot be changed.</source>
        <translation>The project is open read-only: its directory cannot be changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a household first</source>
        <translation>Choose a household first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a household in the Farmer Directory (Ctrl+Shift+D), then click its parcels on the map.</source>
        <translation>Choose a household in the Farmer Directory (Ctrl+Shift+D), then click its parcels on the map.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parcel %1/%2 (%3) linked to %4; Ctrl+Z undoes it</source>
        <translation>Parcel %1/%2 (%3) linked to %4; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2 m²</source>
        <translation>%1, %2 m²</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the household</source>
        <translation>Cannot open the household</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The project was closed</source>
        <translation>The project was closed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %1 with their %n parcel link(s) and growing-area links? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Delete %1 with their %n parcel link and growing-area links? Ctrl+Z brings them back.</numerusform>
            <numerusform>Delete %1 with their %n parcel links and growing-area links? Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete the household</source>
        <translation>Cannot delete the household</translation>
    </message>
</context>
<context>
    <name>agrimap::DirectoryEdits</name>
    <message>
        <location filename="../../core/directory/directory_edits.cpp" line="+21"/>
        <source>parcel %1 of sheet %2 in %3</source>
        <translation>parcel %1 of sheet %2 in %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (farmer %2)</source>
        <translation>%1 (farmer %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A parcel of %1 needs its commune, map sheet and parcel number (got "%2", "%3", "%4")</source>
        <translation>A parcel of %1 needs its commune, map sheet and parcel number (got "%2", "%3", "%4")</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Farmed area %1 m² of %2 cannot be negative</source>
        <translation>Farmed area %1 m² of %2 cannot be negative</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already linked to %2</source>
        <translation>%1 is already linked to %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growing area %1 is already linked to %2</source>
        <translation>Growing area %1 is already linked to %2</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Farmer %1 cannot be merged with itself</source>
        <translation>Farmer %1 cannot be merged with itself</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2 have different citizen IDs (%3, %4): they are not the same person</source>
        <translation>%1 and %2 have different citizen IDs (%3, %4): they are not the same person</translation>
    </message>
</context>
<context>
    <name>agrimap::DirectoryPage</name>
    <message>
        <location filename="../../app/statistics/directory_page.cpp" line="+22"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per growing area</source>
        <translation>Per growing area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per commune</source>
        <translation>Per commune</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Farmer Directory belongs to a project: open or save a project first.</source>
        <translation>The Farmer Directory belongs to a project: open or save a project first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This project has no Farmer Directory yet.</source>
        <translation>This project has no Farmer Directory yet.</translation>
    </message>
</context>
<context>
    <name>agrimap::DirectoryStatistics</name>
    <message>
        <location filename="../../core/analysis/directory_statistics.cpp" line="+47"/>
        <source>Cannot read the Farmer Directory of %1: %2</source>
        <translation>Cannot read the Farmer Directory of %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no commune)</source>
        <translation>(no commune)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Households by growing area</source>
        <translation>Households by growing area</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growing area</source>
        <translation>Growing area</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Households (declared)</source>
        <translation>Households (declared)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Farmed area (ha)</source>
        <translation>Farmed area (ha)</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Households by commune</source>
        <translation>Households by commune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Farmed parcels</source>
        <translation>Farmed parcels</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open the project %1: %2</source>
        <translation>Cannot open the project %1: %2</translation>
    </message>
</context>
<context>
    <name>agrimap::DuplicateFinderDialog</name>
    <message>
        <location filename="../../app/directory/duplicate_finder_dialog.cpp" line="+27"/>
        <source>&amp;Keep the chosen household, merge the others into it</source>
        <translation>&amp;Keep the chosen household, merge the others into it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households entered twice</source>
        <translation>Households entered twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households with the same citizen ID, or the same name, birth year and commune. Choose the one to keep: the others' parcels and growing areas move to it and they are deleted. Ctrl+Z undoes a merge.</source>
        <translation>Households with the same citizen ID, or the same name, birth year and commune. Choose the one to keep: the others' parcels and growing areas move to it and they are deleted. Ctrl+Z undoes a merge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parcels / areas</source>
        <translation>Parcels / areas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Same citizen ID %1</source>
        <translation>Same citizen ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same name, birth year and commune: %1</source>
        <translation>Same name, birth year and commune: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No household seems to be entered twice.</source>
        <translation>No household seems to be entered twice.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) of households that may be one.</source>
        <translation>
            <numerusform>%n group of households that may be one.</numerusform>
            <numerusform>%n groups of households that may be one.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Merged %n household(s) into %1.</source>
        <translation>
            <numerusform>Merged %n household into %1.</numerusform>
            <numerusform>Merged %n households into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agrimap::EditController</name>
    <message>
        <location filename="../../app/editing/edit_controller.cpp" line="+25"/>
        <location line="+229"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+230"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="-223"/>
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
        <location line="+126"/>
        <source>The commune rule is off</source>
        <translation>The commune rule is off</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Cannot edit the project</source>
        <translation>Cannot edit the project</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Edit failed</source>
        <translation>Edit failed</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot open the Farmer Directory</source>
        <translation>Cannot open the Farmer Directory</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+72"/>
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
        <location filename="../../app/publishing/export_wizard.cpp" line="+54"/>
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
        <location line="+12"/>
        <source>Σ aggregate from the Farmer Directory, no personal data</source>
        <translation>Σ aggregate from the Farmer Directory, no personal data</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>agrimap::FarmerColumns</name>
    <message>
        <location filename="../../core/directory/farmer_columns.cpp" line="+54"/>
        <source>Household ID</source>
        <translation>Household ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen ID (CCCD)</source>
        <translation>Citizen ID (CCCD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune (before 2025)</source>
        <translation>Commune (before 2025)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main crops</source>
        <translation>Main crops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified by</source>
        <translation>Modified by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modified at</source>
        <translation>Modified at</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerDirectoryPanel</name>
    <message>
        <location filename="../../app/directory/farmer_directory_panel.cpp" line="+29"/>
        <source>Farmer Directory</source>
        <translation>Farmer Directory</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new household (Insert)</source>
        <translation>A new household (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The chosen household's form (Enter, F2)</source>
        <translation>The chosen household's form (Enter, F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen household with its links (Delete); Ctrl+Z brings it back</source>
        <translation>Delete the chosen household with its links (Delete); Ctrl+Z brings it back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link parcels on map</source>
        <translation>&amp;Link parcels on map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click cadastral parcels on the map to link them to the chosen household, one undo step each (L)</source>
        <translation>Click cadastral parcels on the map to link them to the chosen household, one undo step each (L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicates…</source>
        <translation>D&amp;uplicates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households entered twice: same citizen ID, or same name, birth year and commune</source>
        <translation>Households entered twice: same citizen ID, or same name, birth year and commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The households shown, or all, to Excel (.xlsx) or CSV</source>
        <translation>The households shown, or all, to Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 households</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 households</source>
        <translation>%1 of %2 households</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View…</source>
        <translation>&amp;View…</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerExportFlow</name>
    <message>
        <location filename="../../app/directory/farmer_export_flow.cpp" line="+25"/>
        <source>Export the Farmer Directory</source>
        <translation>Export the Farmer Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 for Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file will hold personal data: names, citizen ID numbers, phone numbers, birth years and addresses of households.</source>
        <translation>The file will hold personal data: names, citizen ID numbers, phone numbers, birth years and addresses of households.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decree 13/2023/NĐ-CP on personal data protection applies: use the file only for the work it is made for, keep it where only the officials concerned can open it, do not send or publish it, and delete it when it is no longer needed. Open data is published with File ▸ Publish open data, which leaves personal data out.</source>
        <translation>Decree 13/2023/NĐ-CP on personal data protection applies: use the file only for the work it is made for, keep it where only the officials concerned can open it, do not send or publish it, and delete it when it is no longer needed. Open data is published with File ▸ Publish open data, which leaves personal data out.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the %1 households shown</source>
        <translation>Export the %1 households shown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all %1 households</source>
        <translation>Export all %1 households</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>farmers-%1.xlsx</source>
        <translation>farmers-%1.xlsx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot export the Farmer Directory</source>
        <translation>Cannot export the Farmer Directory</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Farmer Directory exported</source>
        <translation>Farmer Directory exported</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n household(s) written to %1. The file holds personal data: keep it for internal use.</source>
        <translation>
            <numerusform>%n household written to %1. The file holds personal data: keep it for internal use.</numerusform>
            <numerusform>%n households written to %1. The file holds personal data: keep it for internal use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerFilterBar</name>
    <message>
        <location filename="../../app/directory/farmer_filter_bar.cpp" line="+16"/>
        <source>Search: name (marks optional), citizen ID or phone</source>
        <translation>Search: name (marks optional), citizen ID or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>"nguyen van a" finds Nguyễn Văn A; words may be partial and in any order. Digits find citizen IDs, phones and household IDs.</source>
        <translation>"nguyen van a" finds Nguyễn Văn A; words may be partial and in any order. Digits find citizen IDs, phones and household IDs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Households of this commune (new or old name)</source>
        <translation>Households of this commune (new or old name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households of this cooperative</source>
        <translation>Households of this cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households growing this crop</source>
        <translation>Households growing this crop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households linked to this growing area</source>
        <translation>Households linked to this growing area</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cooperatives</source>
        <translation>All cooperatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All crops</source>
        <translation>All crops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All growing areas</source>
        <translation>All growing areas</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerFormDialog</name>
    <message>
        <location filename="../../app/directory/farmer_form_dialog.cpp" line="+42"/>
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household: %1</source>
        <translation>Household: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Household ID</source>
        <translation>&amp;Household ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household's &amp;name</source>
        <translation>Head of household's &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, as on the citizen ID</source>
        <translation>Full name, as on the citizen ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year</source>
        <translation>&amp;Birth year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1975</source>
        <translation>e.g. 1975</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizen ID (CCCD)</source>
        <translation>&amp;Citizen ID (CCCD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0912 345 678 or +84 912 345 678</source>
        <translation>0912 345 678 or +84 912 345 678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmune</source>
        <translation>Co&amp;mmune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune (before &amp;2025)</source>
        <translation>Commune (before &amp;2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ha&amp;mlet (ấp)</source>
        <translation>Ha&amp;mlet (ấp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ooperative</source>
        <translation>C&amp;ooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member &amp;since</source>
        <translation>Member &amp;since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main c&amp;rops</source>
        <translation>Main c&amp;rops</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. xoài, lúa</source>
        <translation>e.g. xoài, lúa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created by %1 on %2; last changed by %3 on %4</source>
        <translation>Created by %1 on %2; last changed by %3 on %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Birth year %1 is not a year: write four digits</source>
        <translation>Birth year %1 is not a year: write four digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a date: write it as YYYY-MM-DD</source>
        <translation>%1 is not a date: write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citizen ID %1 is already recorded for %2 (household %3)</source>
        <translation>Citizen ID %1 is already recorded for %2 (household %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parcels (%1)</source>
        <translation>Parcels (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing areas (%1)</source>
        <translation>Growing areas (%1)</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportController</name>
    <message>
        <location filename="../../app/directory_import/farmer_import_controller.cpp" line="+57"/>
        <source>Import households</source>
        <translation>Import households</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project is open read-only (%1), so households cannot be imported into it.</source>
        <translation>The project is open read-only (%1), so households cannot be imported into it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households are imported into the Farmer Directory of a project: open or create a project (File ▸ Open) first.</source>
        <translation>Households are imported into the Farmer Directory of a project: open or create a project (File ▸ Open) first.</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportPlan</name>
    <message>
        <location filename="../../core/directory/import/farmer_import_plan.cpp" line="+33"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>parcel %1 of sheet %2 in %3</source>
        <translation>parcel %1 of sheet %2 in %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Citizen ID (CCCD) %1 is already recorded for %2 (farmer %3)</source>
        <translation>Citizen ID (CCCD) %1 is already recorded for %2 (farmer %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Citizen ID (CCCD) %1 is given to %2 in row %3 too</source>
        <translation>Citizen ID (CCCD) %1 is given to %2 in row %3 too</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Parcel %1 of sheet %2 needs its commune: map a column to %3 or %4</source>
        <translation>Parcel %1 of sheet %2 needs its commune: map a column to %3 or %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No name, citizen ID or household id: the row names no household</source>
        <translation>No name, citizen ID or household id: the row names no household</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its citizen ID %1 is the household of row %2, its household id %3 that of row %4</source>
        <translation>Its citizen ID %1 is the household of row %2, its household id %3 that of row %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Its citizen ID %1 is %2 (farmer %3) but its household id %4 is %5 (farmer %6)</source>
        <translation>Its citizen ID %1 is %2 (farmer %3) but its household id %4 is %5 (farmer %6)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Citizen ID (CCCD) %1 is recorded for %2 (farmer %3), not for %4: check the ID or the name</source>
        <translation>Citizen ID (CCCD) %1 is recorded for %2 (farmer %3), not for %4: check the ID or the name</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A new household needs a name (its citizen ID and household id match no farmer of the directory)</source>
        <translation>A new household needs a name (its citizen ID and household id match no farmer of the directory)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>It is the household of row %1 but gives another %2: "%3" here, "%4" there</source>
        <translation>It is the household of row %1 but gives another %2: "%3" here, "%4" there</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It repeats %1 of the household of row %2</source>
        <translation>It repeats %1 of the household of row %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It repeats the household of row %1 and adds nothing</source>
        <translation>It repeats the household of row %1 and adds nothing</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportReport</name>
    <message>
        <location filename="../../core/directory/import/farmer_import_report.cpp" line="+16"/>
        <source>Dry run of the import of %1 (nothing was stored)</source>
        <translation>Dry run of the import of %1 (nothing was stored)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import of %1</source>
        <translation>Import of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text encoding: %1 (detected)</source>
        <translation>Text encoding: %1 (detected)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text encoding: %1 (chosen)</source>
        <translation>Text encoding: %1 (chosen)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  imported:  %1</source>
        <translation>  imported:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  updated:   %1</source>
        <translation>  updated:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  unchanged: %1</source>
        <translation>  unchanged: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  rejected:  %1</source>
        <translation>  rejected:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households added: %1, households updated: %2, parcels linked: %3</source>
        <translation>Households added: %1, households updated: %2, parcels linked: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n empty row skipped</numerusform>
            <numerusform>%n empty rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n citizen ID(s) or phone number(s) had lost their leading 0 in a spreadsheet; it was put back</source>
        <translation>
            <numerusform>%n citizen ID or phone number had lost their leading 0 in a spreadsheet; it was put back</numerusform>
            <numerusform>%n citizen IDs or phone numbers had lost their leading 0 in a spreadsheet; it was put back</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 rejected: %2</source>
        <translation>Row %1 rejected: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows were written to %1</source>
        <translation>Rejected rows were written to %1</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportRow</name>
    <message>
        <location filename="../../core/directory/import/farmer_import_row.cpp" line="+149"/>
        <source>%1 "%2" (column "%3") is not understood: %4</source>
        <translation>%1 "%2" (column "%3") is not understood: %4</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>write Nam or Nữ (male or female)</source>
        <translation>write Nam or Nữ (male or female)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a year such as 1965 or a date such as 12/03/1965</source>
        <translation>expected a year such as 1965 or a date such as 12/03/1965</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>expected a date such as 01/07/2018, or a year</source>
        <translation>expected a date such as 01/07/2018, or a year</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected square metres, 0 or more</source>
        <translation>expected square metres, 0 or more</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write chủ sở hữu, thuê or khác (owner, tenant or other)</source>
        <translation>write chủ sở hữu, thuê or khác (owner, tenant or other)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parcel is incomplete: %1 "%2" and %3 "%4" are both needed</source>
        <translation>The parcel is incomplete: %1 "%2" and %3 "%4" are both needed</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportWizard</name>
    <message>
        <location filename="../../app/directory_import/farmer_import_wizard.cpp" line="+44"/>
        <source>Import households</source>
        <translation>Import households</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the import: nothing is stored</source>
        <translation>Stops the import: nothing is stored</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open rejects file</source>
        <translation>Open rejects file</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 imported, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 imported, %2 updated, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rejected rows, each with its reason, are in %1: correct them there and import that file.</source>
        <translation>The rejected rows, each with its reason, are in %1: correct them there and import that file.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Checking and storing %n row(s)…</source>
        <translation>
            <numerusform>Checking and storing %n row…</numerusform>
            <numerusform>Checking and storing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import households from %1</source>
        <translation>Import households from %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerSession</name>
    <message>
        <location filename="../../core/directory/farmer_session.cpp" line="+21"/>
        <source>%1 has no Farmer Directory</source>
        <translation>%1 has no Farmer Directory</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+62"/>
        <source>Add farmer %1</source>
        <translation>Add farmer %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+60"/>
        <source>Change farmer %1</source>
        <translation>Change farmer %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Delete farmer %1</source>
        <translation>Delete farmer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link parcel %1/%2 (%3) to %4</source>
        <translation>Link parcel %1/%2 (%3) to %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlink parcel %1/%2 (%3) from %4</source>
        <translation>Unlink parcel %1/%2 (%3) from %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link growing area %1 to %2</source>
        <translation>Link growing area %1 to %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unlink growing area %1 from %2</source>
        <translation>Unlink growing area %1 from %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge farmer %1 into %2</source>
        <translation>Merge farmer %1 into %2</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerStore</name>
    <message>
        <location filename="../../core/directory/farmer_store.cpp" line="+103"/>
        <source>%1 has no Farmer Directory yet: open it for editing once to add one</source>
        <translation>%1 has no Farmer Directory yet: open it for editing once to add one</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Farmer %1 is not in the Farmer Directory</source>
        <translation>Farmer %1 is not in the Farmer Directory</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Parcel link %1 does not exist</source>
        <translation>Parcel link %1 does not exist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Growing area link %1 does not exist</source>
        <translation>Growing area link %1 does not exist</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Citizen ID (CCCD) %1 is already recorded for %2 (farmer %3)</source>
        <translation>Citizen ID (CCCD) %1 is already recorded for %2 (farmer %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The farmer %1 was not saved: %2</source>
        <translation>The farmer %1 was not saved: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write row %1 of %2</source>
        <translation>Cannot write row %1 of %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot delete row %1 of %2</source>
        <translation>Cannot delete row %1 of %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cancelled: nothing was stored</source>
        <translation>Cancelled: nothing was stored</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerTableExport</name>
    <message>
        <location filename="../../core/directory/farmer_table_export.cpp" line="+75"/>
        <source> (%1, %2 m²)</source>
        <translation> (%1, %2 m²)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: choose a file ending in .xlsx or .csv</source>
        <translation>%1: choose a file ending in .xlsx or .csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no Farmer Directory to export</source>
        <translation>%1 has no Farmer Directory to export</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Farmer Directory</source>
        <translation>Farmer Directory</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing areas</source>
        <translation>Growing areas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write row %1 of %2: %3</source>
        <translation>Cannot write row %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export was cancelled</source>
        <translation>The export was cancelled</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the finished file to %1</source>
        <translation>Cannot move the finished file to %1</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerValidation</name>
    <message>
        <location filename="../../core/directory/farmer_validation.cpp" line="+34"/>
        <source>Phone %1: 11-digit mobile numbers starting with 01 became 10-digit numbers in 2018 (e.g. 0168… is now 038…)</source>
        <translation>Phone %1: 11-digit mobile numbers starting with 01 became 10-digit numbers in 2018 (e.g. 0168… is now 038…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone %1 is not a Vietnamese number: expected 0 and 9 digits for a mobile (03, 05, 07, 08, 09…), 0 and 10 digits for a landline (02…), or +84 instead of the 0</source>
        <translation>Phone %1 is not a Vietnamese number: expected 0 and 9 digits for a mobile (03, 05, 07, 08, 09…), 0 and 10 digits for a landline (02…), or +84 instead of the 0</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Full name: a farmer needs a name</source>
        <translation>Full name: a farmer needs a name</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Citizen ID (CCCD) %1 must be exactly 12 digits (it has %n characters)</source>
        <translation>
            <numerusform>Citizen ID (CCCD) %1 must be exactly 12 digits (it has %n characters)</numerusform>
            <numerusform>Citizen ID (CCCD) %1 must be exactly 12 digits (it has %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Birth year %1 is not plausible for a farmer: expected %2 to %3</source>
        <translation>Birth year %1 is not plausible for a farmer: expected %2 to %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member since %1 is in the future</source>
        <translation>Member since %1 is in the future</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member since %1 is before the birth year %2</source>
        <translation>Member since %1 is before the birth year %2</translation>
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
    <name>agrimap::GrowingAreaPage</name>
    <message>
        <location filename="../../app/statistics/growing_area_page.cpp" line="+24"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Layer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No growing-area layer is open (a layer with a crop field, such as the project's production areas).</source>
        <translation>No growing-area layer is open (a layer with a crop field, such as the project's production areas).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
</context>
<context>
    <name>agrimap::GrowingAreaStatistics</name>
    <message>
        <location filename="../../core/analysis/growing_area_statistics.cpp" line="+62"/>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Growing areas by %1</source>
        <translation>Growing areas by %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growing areas</source>
        <translation>Growing areas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households (declared)</source>
        <translation>Households (declared)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>agrimap::IdentifyPanel</name>
    <message>
        <location filename="../../app/panels/identify_panel.cpp" line="+45"/>
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
        <location line="+202"/>
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
    <message>
        <location line="-185"/>
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
        <location line="+23"/>
        <source>Double-click to show it</source>
        <translation>Double-click to show it</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+58"/>
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
    <name>agrimap::ImportColumnsPage</name>
    <message>
        <location filename="../../app/directory_import/import_columns_page.cpp" line="+23"/>
        <source>The columns are mapped as in the last import of a file with these columns.</source>
        <translation>The columns are mapped as in the last import of a file with these columns.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns are mapped from their names: check each one. AgriMap remembers your choice for the next file with these columns.</source>
        <translation>The columns are mapped from their names: check each one. AgriMap remembers your choice for the next file with these columns.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text and columns</source>
        <translation>Text and columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that names read correctly and say what each column holds. Rows whose citizen ID or household id is already in the directory update it.</source>
        <translation>Check that names read correctly and say what each column holds. Rows whose citizen ID or household id is already in the directory update it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first rows as they will be read:</source>
        <translation>The first rows as they will be read:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Automatic (detected: %1)</source>
        <translation>Automatic (detected: %1)</translation>
    </message>
</context>
<context>
    <name>agrimap::ImportMapping</name>
    <message>
        <location filename="../../core/directory/import/farmer_import_mapping.cpp" line="+155"/>
        <source>This is not an AgriMap column mapping: %1</source>
        <translation>This is not an AgriMap column mapping: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household id</source>
        <translation>Household id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name (head of household)</source>
        <translation>Full name (head of household)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen ID (CCCD)</source>
        <translation>Citizen ID (CCCD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune before the 2025 merger</source>
        <translation>Commune before the 2025 merger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hamlet (ấp)</source>
        <translation>Hamlet (ấp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main crops</source>
        <translation>Main crops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: commune</source>
        <translation>Parcel: commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: map sheet</source>
        <translation>Parcel: map sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: parcel number</source>
        <translation>Parcel: parcel number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: farmed area (m²)</source>
        <translation>Parcel: farmed area (m²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: tenure</source>
        <translation>Parcel: tenure</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is given to several columns (%2): choose one</source>
        <translation>%1 is given to several columns (%2): choose one</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column is mapped to %1, which every household needs</source>
        <translation>no column is mapped to %1, which every household needs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a parcel needs both %1 and %2</source>
        <translation>a parcel needs both %1 and %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parcel columns are mapped without %1 and %2</source>
        <translation>parcel columns are mapped without %1 and %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column mapping cannot be used: %1</source>
        <translation>The column mapping cannot be used: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>"format" is not "%1"</source>
        <translation>"format" is not "%1"</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown field "%1" for column "%2"</source>
        <translation>unknown field "%1" for column "%2"</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the column mapping %1: %2</source>
        <translation>Cannot read the column mapping %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the column mapping %1: %2</source>
        <translation>Cannot write the column mapping %1: %2</translation>
    </message>
</context>
<context>
    <name>agrimap::ImportSourcePage</name>
    <message>
        <location filename="../../app/directory_import/import_source_page.cpp" line="+21"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households file</source>
        <translation>Households file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file or an Excel workbook (.xlsx) whose first row names the columns. Text typed with the old TCVN3 (.VnTime) or VNI fonts is recognised.</source>
        <translation>A CSV file or an Excel workbook (.xlsx) whose first row names the columns. Text typed with the old TCVN3 (.VnTime) or VNI fonts is recognised.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import households</source>
        <translation>Import households</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households tables (*.csv *.xlsx *.xlsm *.tsv *.txt);;All files (*)</source>
        <translation>Households tables (*.csv *.xlsx *.xlsm *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n row(s), %1 column(s)</source>
        <translation>
            <numerusform>%n row, %1 column</numerusform>
            <numerusform>%n rows, %1 columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n empty row(s) will be skipped)</source>
        <translation>
            <numerusform>(%n empty row will be skipped)</numerusform>
            <numerusform>(%n empty rows will be skipped)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is in %1: it will be converted to Unicode.</source>
        <translation>The text is in %1: it will be converted to Unicode.</translation>
    </message>
</context>
<context>
    <name>agrimap::ImportTable</name>
    <message>
        <location filename="../../core/directory/import/import_table.cpp" line="+19"/>
        <source>no further detail from GDAL</source>
        <translation>no further detail from GDAL</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: households are imported from CSV (.csv, .tsv, .txt) and Excel (.xlsx) files; save the table in one of these formats</source>
        <translation>%1: households are imported from CSV (.csv, .tsv, .txt) and Excel (.xlsx) files; save the table in one of these formats</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+83"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>%1 has no sheet named "%2" (it has %3)</source>
        <translation>%1 has no sheet named "%2" (it has %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a CSV file: it has no sheet "%2"</source>
        <translation>%1 is a CSV file: it has no sheet "%2"</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no table: the first row should name the columns</source>
        <translation>%1 holds no table: the first row should name the columns</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>agrimap::LandUseCharts</name>
    <message>
        <location filename="../../app/statistics/land_use_charts.cpp" line="+52"/>
        <source>Land use of %1 (ha)</source>
        <translation>Land use of %1 (ha)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land use by commune (ha)</source>
        <translation>Land use by commune (ha)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
</context>
<context>
    <name>agrimap::LandUsePage</name>
    <message>
        <location filename="../../app/statistics/land_use_page.cpp" line="+54"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Layer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code and commune &amp;fields:</source>
        <translation>Code and commune &amp;fields:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field that holds the land-use codes</source>
        <translation>The field that holds the land-use codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field that names the commune of each parcel</source>
        <translation>The field that names the commune of each parcel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By code</source>
        <translation>By code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By commune and code</source>
        <translation>By commune and code</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No vector layer is open. Add a land-use or cadastral layer to the map first.</source>
        <translation>No vector layer is open. Add a land-use or cadastral layer to the map first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no commune field)</source>
        <translation>(no commune field)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no field named like a land-use code (KyHieuMucDichSuDung, MDSD, land_use…). Choose the field that holds the codes.</source>
        <translation>%1 has no field named like a land-use code (KyHieuMucDichSuDung, MDSD, land_use…). Choose the field that holds the codes.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n feature(s) without a readable geometry are counted without area.</source>
        <translation>
            <numerusform>%n feature without a readable geometry are counted without area.</numerusform>
            <numerusform>%n features without a readable geometry are counted without area.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Areas measured in %1.</source>
        <translation>Areas measured in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer has no CRS: its coordinates were taken as metres. Assign its CRS in the map window for true areas.</source>
        <translation>The layer has no CRS: its coordinates were taken as metres. Assign its CRS in the map window for true areas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
</context>
<context>
    <name>agrimap::LandUseStatistics</name>
    <message>
        <location filename="../../core/analysis/land_use_statistics.cpp" line="+34"/>
        <source>(no commune)</source>
        <translation>(no commune)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no code)</source>
        <translation>(no code)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Land use of %1</source>
        <translation>Land use of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+27"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+27"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+27"/>
        <location line="+33"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+27"/>
        <location line="+33"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+34"/>
        <location line="+26"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Land use by commune</source>
        <translation>Land use by commune</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Share of commune (%)</source>
        <translation>Share of commune (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 has no land-use code field (such as KyHieuMucDichSuDung, MDSD or land_use). Choose the field that holds the codes.</source>
        <translation>%1 has no land-use code field (such as KyHieuMucDichSuDung, MDSD or land_use). Choose the field that holds the codes.</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerFactory</name>
    <message>
        <location filename="../../layers/layer_factory.cpp" line="+57"/>
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
    <name>agrimap::LayerFieldPicker</name>
    <message>
        <location filename="../../app/planning/layer_field_picker.cpp" line="+37"/>
        <source>The field that holds the code</source>
        <translation>The field that holds the code</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerTreeDock</name>
    <message>
        <location filename="../../app/panels/layer_tree_dock.cpp" line="+24"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+178"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+182"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+187"/>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <location line="+16"/>
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
        <location line="+44"/>
        <source>All %1 layers</source>
        <translation>All %1 layers</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>Add layers</source>
        <translation>Add layers</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1 holds several layers. Which should be added?</source>
        <translation>%1 holds several layers. Which should be added?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no coordinate reference system: use Layer ▸ Assign CRS…</source>
        <translation>%1 has no coordinate reference system: use Layer ▸ Assign CRS…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Area: %1 ha</source>
        <translation>Area: %1 ha</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <source>&amp;Print map…</source>
        <translation>&amp;Print map…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish open data…</source>
        <translation>&amp;Publish open data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import households…</source>
        <translation>&amp;Import households…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+6"/>
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
        <location line="+7"/>
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
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalysis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Planning checks…</source>
        <translation>&amp;Planning checks…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+68"/>
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
        <location line="+30"/>
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
        <location filename="../../core/publishing/open_data_exporter.cpp" line="+94"/>
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
        <location filename="../../core/publishing/source_layer_reader.cpp" line="+24"/>
        <source>%1: no layer %2</source>
        <translation>%1: no layer %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 cannot be published: it is personal data (%3)</source>
        <translation>%1.%2 cannot be published: it is personal data (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 comes from the Farmer Directory and only the project's growing areas have it</source>
        <translation>%1: %2 comes from the Farmer Directory and only the project's growing areas have it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no field %2</source>
        <translation>%1 has no field %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot create layer %1: %2</source>
        <translation>Cannot create layer %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create field %1: %2</source>
        <translation>Cannot create field %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/publishing/text_value_guard.cpp" line="+29"/>
        <source>a name in the Farmer Directory</source>
        <translation>a name in the Farmer Directory</translation>
    </message>
    <message>
        <location filename="../../core/publishing/source_layer_reader.cpp" line="+21"/>
        <source>%1: cannot reproject from %2 to %3: %4</source>
        <translation>%1: cannot reproject from %2 to %3: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused: %1, field %2, feature %3 holds %4. Remove it from the field or leave the field out.</source>
        <translation>Refused: %1, field %2, feature %3 holds %4. Remove it from the field or leave the field out.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: feature %2 cannot be reprojected</source>
        <translation>%1: feature %2 cannot be reprojected</translation>
    </message>
    <message>
        <location filename="../../core/publishing/layer_publisher.cpp" line="+60"/>
        <location line="+14"/>
        <location line="+27"/>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Cannot write %1: %2 (is the disk full?)</translation>
    </message>
    <message>
        <location line="-11"/>
        <location filename="../../core/publishing/open_data_exporter.cpp" line="-67"/>
        <source>The export was cancelled; no file was written</source>
        <translation>The export was cancelled; no file was written</translation>
    </message>
    <message>
        <location filename="../../core/publishing/open_data_exporter.cpp" line="+9"/>
        <source>The written package does not read back: %1</source>
        <translation>The written package does not read back: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move the package to %1</source>
        <translation>Cannot move the package to %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/companion_files.cpp" line="+42"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>Cannot move %1 into place</source>
        <translation>Cannot move %1 into place</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/publishing/export_profile_storage.cpp" line="+88"/>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/directory_aggregates.cpp" line="+76"/>
        <source>Cannot compute %1 from the Farmer Directory of %2: %3</source>
        <translation>Cannot compute %1 from the Farmer Directory of %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/publishing/export_profile_storage.cpp" line="-37"/>
        <source>The export profile cannot be read: %1</source>
        <translation>The export profile cannot be read: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot open %1 for writing</source>
        <translation>Cannot open %1 for writing</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+16"/>
        <source>Cannot save the export profile in %1</source>
        <translation>Cannot save the export profile in %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/external_sorter.h" line="+97"/>
        <source>Cannot write the temporary file of the spatial index (is the temporary folder full?)</source>
        <translation>Cannot write the temporary file of the spatial index (is the temporary folder full?)</translation>
    </message>
    <message>
        <location filename="../../core/publishing/gpkg_spatial_index.cpp" line="+109"/>
        <source>Cannot build the spatial index of %1: %2</source>
        <translation>Cannot build the spatial index of %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot build the spatial indexes of %1: %2</source>
        <translation>Cannot build the spatial indexes of %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/publishing/rtree_packer.cpp" line="+41"/>
        <source>Cannot write the spatial index %1: %2</source>
        <translation>Cannot write the spatial index %1: %2</translation>
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
    <name>agrimap::ParcelLinkTool</name>
    <message>
        <location filename="../../app/directory/parcel_link_tool.h" line="+18"/>
        <source>Link parcels to the household</source>
        <translation>Link parcels to the household</translation>
    </message>
</context>
<context>
    <name>agrimap::ParcelLinksEditor</name>
    <message>
        <location filename="../../app/directory/parcel_links_editor.cpp" line="+32"/>
        <source>&amp;Add parcel</source>
        <translation>&amp;Add parcel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove parcel</source>
        <translation>&amp;Remove parcel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map sheet</source>
        <translation>Map sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Farmed area (m²)</source>
        <translation>Farmed area (m²)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenure</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Parcel row %1: fill in the commune, map sheet and parcel number</source>
        <translation>Parcel row %1: fill in the commune, map sheet and parcel number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel row %1: the farmed area %2 is not a number of m² (0 or more)</source>
        <translation>Parcel row %1: the farmed area %2 is not a number of m² (0 or more)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel row %1: %2/%3 in %4 is listed twice</source>
        <translation>Parcel row %1: %2/%3 in %4 is listed twice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel row %1: there is no parcel %2/%3 in %4 on the cadastral layers of the map</source>
        <translation>Parcel row %1: there is no parcel %2/%3 in %4 on the cadastral layers of the map</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cadastral layer is on the map: the parcels cannot be checked. Add the cadastral map to check them.</source>
        <translation>No cadastral layer is on the map: the parcels cannot be checked. Add the cadastral map to check them.</translation>
    </message>
</context>
<context>
    <name>agrimap::PlanningDock</name>
    <message>
        <location filename="../../app/planning/planning_dock.cpp" line="+62"/>
        <source>Planning checks</source>
        <translation>Planning checks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Non-agricultural land</source>
        <translation>Non-agricultural land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel codes</source>
        <translation>Parcel codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare land use</source>
        <translation>Compare land use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growing areas on land whose land-use code is not agricultural</source>
        <translation>Growing areas on land whose land-use code is not agricultural</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcels whose recorded code differs from the land-use map</source>
        <translation>Parcels whose recorded code differs from the land-use map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed between two land-use layers</source>
        <translation>What changed between two land-use layers</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Run the check</source>
        <translation>Run the check</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a row to see the piece on the map</source>
        <translation>Double-click a row to see the piece on the map</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the findings as…</source>
        <translation>Save the findings as…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The findings layer is temporary; save it to keep it</source>
        <translation>The findings layer is temporary; save it to keep it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the findings</source>
        <translation>Save the findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the findings</source>
        <translation>Cannot save the findings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no findings to save: run the check first.</source>
        <translation>There are no findings to save: run the check first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be replaced: it may be open in another program.</source>
        <translation>%1 cannot be replaced: it may be open in another program.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written: choose a folder you may write to.</source>
        <translation>%1 cannot be written: choose a folder you may write to.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Growing areas:</source>
        <translation>Growing areas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Land use:</source>
        <translation>Land use:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parcels:</source>
        <translation>Parcels:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Land-use map:</source>
        <translation>Land-use map:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the parcel</source>
        <translation>% of the parcel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report when the differing part reaches</source>
        <translation>Report when the differing part reaches</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First (from):</source>
        <translation>First (from):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second (to):</source>
        <translation>Second (to):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hectares that went from the row's code to the column's code</source>
        <translation>Hectares that went from the row's code to the column's code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the matrix as CSV…</source>
        <translation>Export the matrix as CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the transition matrix</source>
        <translation>Export the transition matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the matrix</source>
        <translation>Cannot export the matrix</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transition matrix (ha)</source>
        <translation>Transition matrix (ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed pieces</source>
        <translation>Changed pieces</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Agricultural codes: %1</source>
        <translation>Agricultural codes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the list in the project</source>
        <translation>Cannot save the list in the project</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check failed: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The layer of findings cannot be shown: %1</source>
        <translation>The layer of findings cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>agrimap::PlanningTasks</name>
    <message numerus="yes">
        <location filename="../../app/planning/planning_tasks.cpp" line="+40"/>
        <source>%n pair(s) of polygons could not be overlaid (invalid shapes).</source>
        <translation>
            <numerusform>%n pair of polygons could not be overlaid (invalid shapes).</numerusform>
            <numerusform>%n pairs of polygons could not be overlaid (invalid shapes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n feature(s) without a readable polygon were left out.</source>
        <translation>
            <numerusform>%n feature without a readable polygon were left out.</numerusform>
            <numerusform>%n features without a readable polygon were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>No growing area lies on non-agricultural land (%n area(s) checked).</source>
        <translation>
            <numerusform>No growing area lies on non-agricultural land (%n area checked).</numerusform>
            <numerusform>No growing area lies on non-agricultural land (%n areas checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %2 growing areas lie partly on non-agricultural land: %n piece(s), %3 ha.</source>
        <translation>
            <numerusform>%1 of %2 growing areas lie partly on non-agricultural land: %n piece, %3 ha.</numerusform>
            <numerusform>%1 of %2 growing areas lie partly on non-agricultural land: %n pieces, %3 ha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n parcel(s) differ from the land-use map beyond the threshold</source>
        <translation>
            <numerusform>%n parcel differ from the land-use map beyond the threshold</numerusform>
            <numerusform>%n parcels differ from the land-use map beyond the threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n parcel(s) checked).</source>
        <translation>
            <numerusform>(%n parcel checked).</numerusform>
            <numerusform>(%n parcels checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parcel(s) have no code and were not checked.</source>
        <translation>
            <numerusform>%n parcel have no code and were not checked.</numerusform>
            <numerusform>%n parcels have no code and were not checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Compared %1 ha (in %2): %3 ha changed code, in %n piece(s) listed.</source>
        <translation>
            <numerusform>Compared %1 ha (in %2): %3 ha changed code, in %n piece listed.</numerusform>
            <numerusform>Compared %1 ha (in %2): %3 ha changed code, in %n pieces listed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only in the first layer: %1 ha; only in the second: %2 ha.</source>
        <translation>Only in the first layer: %1 ha; only in the second: %2 ha.</translation>
    </message>
</context>
<context>
    <name>agrimap::PrintDialog</name>
    <message>
        <location filename="../../app/print/print_dialog.cpp" line="+46"/>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel printing</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print map</source>
        <translation>Print map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>map.pdf or map.png</source>
        <translation>map.pdf or map.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the map to</source>
        <translation>Print the map to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Printing %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>agrimap::PrintOptionsForm</name>
    <message>
        <location filename="../../app/print/print_options_form.cpp" line="+64"/>
        <source>Legend of the visible layers</source>
        <translation>Legend of the visible layers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphic scale bar</source>
        <translation>Graphic scale bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>North arrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate grid</source>
        <translation>Coordinate grid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current view</source>
        <translation>The current view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This extent (xmin, ymin, xmax, ymax)</source>
        <translation>This extent (xmin, ymin, xmax, ymax)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit the area</source>
        <translation>Fit the area</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a scale or type one, e.g. 1:7500</source>
        <translation>Choose a scale or type one, e.g. 1:7500</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>printed above the map</source>
        <translation>printed above the map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>S&amp;ubtitle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thor:</source>
        <translation>Au&amp;thor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an image file; empty for none</source>
        <translation>an image file; empty for none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The extent must be four numbers, xmin, ymin, xmax, ymax, in the map's CRS; the current view is printed instead.</source>
        <translation>The extent must be four numbers, xmin, ymin, xmax, ymax, in the map's CRS; the current view is printed instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a scale: type one like 1:5000. The scale fits the area instead.</source>
        <translation>“%1” is not a scale: type one like 1:5000. The scale fits the area instead.</translation>
    </message>
</context>
<context>
    <name>agrimap::PrintPreview</name>
    <message>
        <location filename="../../app/print/print_preview.cpp" line="+64"/>
        <source>Drawing the preview…</source>
        <translation>Drawing the preview…</translation>
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
        <location line="+17"/>
        <source>Cannot save the project</source>
        <translation>Cannot save the project</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Nothing was lost: the project is still open as it was.</source>
        <translation>Nothing was lost: the project is still open as it was.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../../core/editing/project_store.cpp" line="+74"/>
        <source>unknown reason</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <location line="+124"/>
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
        <location line="+40"/>
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
        <location line="+105"/>
        <source>Cannot delete growing area %1</source>
        <translation>Cannot delete growing area %1</translation>
    </message>
    <message>
        <location line="+191"/>
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
    <message>
        <location filename="../../core/directory/directory_schema.cpp" line="+65"/>
        <source>Cannot create the Farmer Directory table %1</source>
        <translation>Cannot create the Farmer Directory table %1</translation>
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
    <name>agrimap::RejectedRowsFile</name>
    <message>
        <location filename="../../core/directory/import/rejected_rows_file.cpp" line="+24"/>
        <source>Cannot write the rejected rows to %1: %2. Nothing was imported; make the folder writable, or close the file if it is open in Excel</source>
        <translation>Cannot write the rejected rows to %1: %2. Nothing was imported; make the folder writable, or close the file if it is open in Excel</translation>
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
    <name>agrimap::SampleHouseholds</name>
    <message>
        <location filename="../../core/directory/sample_households.cpp" line="+48"/>
        <source>Cannot read the parcels %1 of %2</source>
        <translation>Cannot read the parcels %1 of %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no commune, map sheet and parcel number fields</source>
        <translation>%1 has no commune, map sheet and parcel number fields</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The project has no cooperatives table</source>
        <translation>The project has no cooperatives table</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the cooperative %1</source>
        <translation>Cannot write the cooperative %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A sample needs at least two households</source>
        <translation>A sample needs at least two households</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cadastral parcel lies inside a growing area of the project</source>
        <translation>No cadastral parcel lies inside a growing area of the project</translation>
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
    <name>agrimap::StatisticsDialog</name>
    <message>
        <location filename="../../app/statistics/statistics_dialog.cpp" line="+29"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Land use</source>
        <translation>&amp;Land use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Growing areas</source>
        <translation>&amp;Growing areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Farmer Directory</source>
        <translation>&amp;Farmer Directory</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the layers again, with the latest edits (F5)</source>
        <translation>Read the layers again, with the latest edits (F5)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Export the table to Excel</source>
        <translation>Export the table to Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the table to CSV</source>
        <translation>Export the table to CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files, UTF-8 (*.csv)</source>
        <translation>CSV files, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Growing areas (project)</source>
        <translation>Growing areas (project)</translation>
    </message>
</context>
<context>
    <name>agrimap::StatisticsExport</name>
    <message>
        <location filename="../../core/analysis/statistics_export.cpp" line="+100"/>
        <source>Cannot write the statistics to %1: %2. Choose a folder you may write to, and close the file if another program has it open.</source>
        <translation>Cannot write the statistics to %1: %2. Choose a folder you may write to, and close the file if another program has it open.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this GDAL has no XLSX driver</source>
        <translation>this GDAL has no XLSX driver</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the workbook was not written</source>
        <translation>the workbook was not written</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot replace the file</source>
        <translation>cannot replace the file</translation>
    </message>
</context>
<context>
    <name>agrimap::StatisticsPage</name>
    <message>
        <location filename="../../app/statistics/statistics_page.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>agrimap::StatisticsSources</name>
    <message>
        <location filename="../../core/analysis/statistics_sources.cpp" line="+64"/>
        <source>Growing areas (project)</source>
        <translation>Growing areas (project)</translation>
    </message>
</context>
<context>
    <name>agrimap::TextEncoding</name>
    <message>
        <location filename="../../core/text_encoding_choice.cpp" line="+70"/>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TCVN3 (ABC)</source>
        <translation>TCVN3 (ABC)</translation>
    </message>
</context>
<context>
    <name>agrimap::TextEncodingMenu</name>
    <message>
        <location filename="../../app/panels/text_encoding_menu.cpp" line="+15"/>
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (detected: %1)</source>
        <translation>Automatic (detected: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unicode (as the file says)</source>
        <translation>Unicode (as the file says)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the names and other text of this file are read. Old Vietnamese files were typed in TCVN3 (.VnTime) or VNI fonts; AgriMap detects them.</source>
        <translation>How the names and other text of this file are read. Old Vietnamese files were typed in TCVN3 (.VnTime) or VNI fonts; AgriMap detects them.</translation>
    </message>
</context>
<context>
    <name>agrimap::TransitionMatrixModel</name>
    <message>
        <location filename="../../app/planning/transition_matrix_model.cpp" line="+76"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>agrimap::VectorLayer</name>
    <message>
        <location filename="../../layers/vector_layer.cpp" line="+30"/>
        <source>Cannot transform from %1 to %2: %3</source>
        <translation>Cannot transform from %1 to %2: %3</translation>
    </message>
    <message>
        <location line="+223"/>
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
    <name>agrimap::parcel_lookup</name>
    <message>
        <location filename="../../app/directory/parcel_lookup.cpp" line="+66"/>
        <source>Feature %1 of %2 has no map sheet and parcel number</source>
        <translation>Feature %1 of %2 has no map sheet and parcel number</translation>
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
        <location line="+55"/>
        <source>a phone number</source>
        <translation>a phone number</translation>
    </message>
    <message>
        <location line="-54"/>
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
        <location line="+43"/>
        <source>a 12-digit citizen id number</source>
        <translation>a 12-digit citizen id number</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::FindingTable</name>
    <message>
        <location filename="../../core/planning/finding_table.cpp" line="+15"/>
        <source>%1 cannot be written: %2. Choose a folder you may write to, with free space.</source>
        <translation>%1 cannot be written: %2. Choose a folder you may write to, with free space.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>GDAL has no GeoPackage driver.</source>
        <translation>GDAL has no GeoPackage driver.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the CRS %2 cannot be written.</source>
        <translation>%1: the CRS %2 cannot be written.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::LandUseComparison</name>
    <message>
        <location filename="../../core/planning/land_use_comparison.cpp" line="+55"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Land-use changes</source>
        <translation>Land-use changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First id</source>
        <translation>First id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second id</source>
        <translation>Second id</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::NonAgriculturalCheck</name>
    <message>
        <location filename="../../core/planning/non_agricultural_check.cpp" line="+46"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Growing areas on non-agricultural land</source>
        <translation>Growing areas on non-agricultural land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area id</source>
        <translation>Area id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing area</source>
        <translation>Growing area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land-use code</source>
        <translation>Land-use code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land-use id</source>
        <translation>Land-use id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlap (ha)</source>
        <translation>Overlap (ha)</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::ParcelCodeCheck</name>
    <message>
        <location filename="../../core/planning/parcel_code_check.cpp" line="+106"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parcels whose code differs from the land-use map</source>
        <translation>Parcels whose code differs from the land-use map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcel id</source>
        <translation>Parcel id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet/parcel</source>
        <translation>Sheet/parcel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded code</source>
        <translation>Recorded code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land-use map code</source>
        <translation>Land-use map code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differing area (m²)</source>
        <translation>Differing area (m²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differing share (%)</source>
        <translation>Differing share (%)</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::PolygonSet</name>
    <message>
        <location filename="../../core/planning/polygon_set.cpp" line="+35"/>
        <source>%1 cannot be opened: %2. Check that the file exists and is map data.</source>
        <translation>%1 cannot be opened: %2. Check that the file exists and is map data.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no layer named %2.</source>
        <translation>%1 has no layer named %2.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 has no coordinate reference system: assign one (Layer ▸ Assign CRS…) before comparing it with other layers.</source>
        <translation>%1 has no coordinate reference system: assign one (Layer ▸ Assign CRS…) before comparing it with other layers.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 and %2 are both in latitude and longitude: areas need metres. Use a layer in a projected CRS (VN-2000 / TM-3, e.g. EPSG:5897) for one of them.</source>
        <translation>%1 and %2 are both in latitude and longitude: areas need metres. Use a layer in a projected CRS (VN-2000 / TM-3, e.g. EPSG:5897) for one of them.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no field %2: choose the field that holds the code.</source>
        <translation>%1 has no field %2: choose the field that holds the code.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be reprojected from %2 to %3: %4</source>
        <translation>%1 cannot be reprojected from %2 to %3: %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::TransitionMatrix</name>
    <message>
        <location filename="../../core/planning/transition_matrix.cpp" line="+83"/>
        <source>(no code)</source>
        <translation>(no code)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GDAL has no CSV driver.</source>
        <translation>GDAL has no CSV driver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be replaced: it may be open in another program.</source>
        <translation>%1 cannot be replaced: it may be open in another program.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written: %2. Choose a folder you may write to.</source>
        <translation>%1 cannot be written: %2. Choose a folder you may write to.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from \ to (ha)</source>
        <translation>from \ to (ha)</translation>
    </message>
</context>
<context>
    <name>agrimap::print</name>
    <message>
        <location filename="../../layers/print/print_legend_entries.cpp" line="+54"/>
        <source>Other codes</source>
        <translation>Other codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — unknown codes</source>
        <translation>%1 — unknown codes</translation>
    </message>
    <message>
        <location filename="../../layers/print/print_legend_painter.cpp" line="+117"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../layers/print/print_page.cpp" line="+32"/>
        <source>The map has no coordinate reference system, so it has no scale to print at. Add a layer that has one, or choose the map's CRS.</source>
        <translation>The map has no coordinate reference system, so it has no scale to print at. Add a layer that has one, or choose the map's CRS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is nothing to print: no visible layer has an extent yet.</source>
        <translation>There is nothing to print: no visible layer has an extent yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scale 1:%1 cannot be printed; give a positive number.</source>
        <translation>The scale 1:%1 cannot be printed; give a positive number.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read the logo %1: %2. Choose a PNG, JPEG or SVG image.</source>
        <translation>Cannot read the logo %1: %2. Choose a PNG, JPEG or SVG image.</translation>
    </message>
    <message>
        <location filename="../../layers/print/print_panel_painter.cpp" line="+44"/>
        <source>Grid north</source>
        <translation>Grid north</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>North</source>
        <translation>North</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scale %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation>Author: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system: %1</source>
        <translation>Coordinate system: %1</translation>
    </message>
    <message>
        <location filename="../../layers/print/print_writer.cpp" line="+28"/>
        <source>Printing %1 was cancelled; no file was written.</source>
        <translation>Printing %1 was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <location line="+16"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cannot start a PDF in %1.</source>
        <translation>Cannot start a PDF in %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 dpi cannot be printed: choose between %2 and %3.</source>
        <translation>%1 dpi cannot be printed: choose between %2 and %3.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: a printed map is written as .pdf or .png.</source>
        <translation>%1: a printed map is written as .pdf or .png.</translation>
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
        <location line="+68"/>
        <location line="+27"/>
        <location line="+7"/>
        <location line="+56"/>
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
