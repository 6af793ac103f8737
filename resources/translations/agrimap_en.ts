<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/window/main_window.cpp" line="+45"/>
        <source>Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;All files (*)</source>
        <translation>Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;All files (*)</translation>
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
        <source>code %1 does not match the province&apos;s pattern %2</source>
        <translation>code %1 does not match the province&apos;s pattern %2</translation>
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
        <source>valid to %1 has passed: the status should be &quot;expired&quot;</source>
        <translation>valid to %1 has passed: the status should be &quot;expired&quot;</translation>
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
        <location line="+21"/>
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
        <source>Filter (SQL WHERE), e.g. %1 = &apos;LUC&apos;</source>
        <translation>Filter (SQL WHERE), e.g. %1 = &apos;LUC&apos;</translation>
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
    <name>agrimap::EditSession</name>
    <message>
        <location filename="../../core/editing/edit_session.cpp" line="+54"/>
        <source>The project is open read-only: it cannot be edited</source>
        <translation>The project is open read-only: it cannot be edited</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The edit was not saved: %1</source>
        <translation>The edit was not saved: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add growing area %1</source>
        <translation>Add growing area %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Growing area %1 does not exist</source>
        <translation>Growing area %1 does not exist</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Change growing area %1</source>
        <translation>Change growing area %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete growing area %1</source>
        <translation>Delete growing area %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore growing area %1 as of %2</source>
        <translation>Restore growing area %1 as of %2</translation>
    </message>
</context>
<context>
    <name>agrimap::FeatureReader</name>
    <message>
        <location filename="../../layers/feature_reader.cpp" line="+54"/>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+57"/>
        <source>%1: there is no layer named %2.</source>
        <translation>%1: there is no layer named %2.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1: feature %2 cannot be read: %3</source>
        <translation>%1: feature %2 cannot be read: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The filter &quot;%1&quot; is not valid: %2</source>
        <translation>The filter &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The filter &quot;%1&quot; failed: %2</source>
        <translation>The filter &quot;%1&quot; failed: %2</translation>
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
        <location line="+21"/>
        <source>All %1 layers</source>
        <translation>All %1 layers</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Add layers</source>
        <translation>Add layers</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 holds several layers. Which should be added?</source>
        <translation>%1 holds several layers. Which should be added?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no coordinate reference system: use Layer ▸ Assign CRS…</source>
        <translation>%1 has no coordinate reference system: use Layer ▸ Assign CRS…</translation>
    </message>
    <message>
        <location line="+60"/>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
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
        <source>&lt;b&gt;AgriMap %1&lt;/b&gt;&lt;p&gt;A desktop GIS for Vietnam&apos;s agricultural maps.&lt;/p&gt;&lt;p&gt;%2, Qt %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;AgriMap %1&lt;/b&gt;&lt;p&gt;A desktop GIS for Vietnam&apos;s agricultural maps.&lt;/p&gt;&lt;p&gt;%2, Qt %3&lt;/p&gt;</translation>
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
        <source>The map&apos;s coordinate reference system: click to change it</source>
        <translation>The map&apos;s coordinate reference system: click to change it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drawn in %1 ms</source>
        <translation>drawn in %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No CRS</source>
        <translation>No CRS</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Which coordinate reference system is %1 in? Provincial cadastral maps use VN-2000 with the province&apos;s meridian (former Đồng Tháp: EPSG:5897; former Tiền Giang: EPSG:9210).</source>
        <translation>Which coordinate reference system is %1 in? Provincial cadastral maps use VN-2000 with the province&apos;s meridian (former Đồng Tháp: EPSG:5897; former Tiền Giang: EPSG:9210).</translation>
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
        <location filename="../../app/map/map_canvas.cpp" line="+251"/>
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
        <source>Cannot add the file</source>
        <translation>Cannot add the file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read a layer</source>
        <translation>Cannot read a layer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot save the project</source>
        <translation>Cannot save the project</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../core/editing/project_store.cpp" line="+77"/>
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
        <location line="+34"/>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 is open read-only: changes cannot be saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot start a transaction</source>
        <translation>Cannot start a transaction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the change (is the disk full?)</source>
        <translation>Cannot save the change (is the disk full?)</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+85"/>
        <source>Cannot delete growing area %1</source>
        <translation>Cannot delete growing area %1</translation>
    </message>
    <message>
        <location line="+175"/>
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
        <location filename="../../core/editing/area_geometry.cpp" line="+62"/>
        <source>the boundary cannot be read</source>
        <translation>the boundary cannot be read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the geometry operation failed</source>
        <translation>the geometry operation failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unreadable geometry</source>
        <translation>unreadable geometry</translation>
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
        <location line="+58"/>
        <source>Cannot open project %1: %2</source>
        <translation>Cannot open project %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a GeoPackage but not an AgriMap project (it has no %2 table). Open it as a layer instead.</source>
        <translation>%1 is a GeoPackage but not an AgriMap project (it has no %2 table). Open it as a layer instead.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+47"/>
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
        <source>AgriMap: Vietnam&apos;s agricultural maps</source>
        <translation>AgriMap: Vietnam&apos;s agricultural maps</translation>
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
