<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/window/main_window.cpp" line="+63"/>
        <source>Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;All files (*)</source>
        <translation>Dữ liệu bản đồ (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>agrimap</name>
    <message>
        <location filename="../../core/publishing/companion_files.cpp" line="+47"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+68"/>
        <source>Cannot move %1 into place</source>
        <translation>Không chuyển được %1 vào vị trí</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/publishing/export_profile_storage.cpp" line="+90"/>
        <source>Cannot open %1</source>
        <translation>Không mở được %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/export_profile_storage.cpp" line="-35"/>
        <source>The export profile cannot be read: %1</source>
        <translation>Không đọc được hồ sơ xuất: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot open %1 for writing</source>
        <translation>Không mở được %1 để ghi</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <location line="+14"/>
        <source>Cannot save the export profile in %1</source>
        <translation>Không lưu được hồ sơ xuất vào %1</translation>
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
        <translation>Thêm vùng trồng</translation>
    </message>
</context>
<context>
    <name>agrimap::AreaFormDialog</name>
    <message>
        <location filename="../../app/editing/area_form_dialog.cpp" line="+54"/>
        <source>New growing area</source>
        <translation>Vùng trồng mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing area %1</source>
        <translation>Vùng trồng %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Production area &amp;code</source>
        <translation>&amp;Mã số vùng trồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;rop</source>
        <translation>&amp;Cây trồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Variety</source>
        <translation>&amp;Giống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmune</source>
        <translation>&amp;Xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune (before 2025)</source>
        <translation>Xã (trước năm 2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hamlet</source>
        <translation>Ấ&amp;p</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cer&amp;tification</source>
        <translation>Chứng &amp;nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport market</source>
        <translation>Thị trường xuất &amp;khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>T&amp;rạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;from</source>
        <translation>Ngày &amp;bắt đầu hiệu lực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid &amp;to</source>
        <translation>Ngày &amp;hết hiệu lực</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Diện tích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, sheet %2, parcel %3</source>
        <translation>%1, tờ %2, thửa %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(drawn by hand: no member parcels)</source>
        <translation>(vẽ tay: không gồm thửa đất nào)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member parcels</source>
        <translation>Các thửa đất thuộc vùng trồng</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is not a date: write it as YYYY-MM-DD</source>
        <translation>%1 không phải là ngày: hãy viết theo dạng YYYY-MM-DD</translation>
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
        <translation>&amp;Khôi phục phiên bản này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of growing area %1</source>
        <translation>Lịch sử của vùng trồng %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot restore this version</source>
        <translation>Không khôi phục được phiên bản này</translation>
    </message>
</context>
<context>
    <name>agrimap::AreaRules</name>
    <message>
        <location filename="../../core/validation/area_rules.cpp" line="+44"/>
        <source>the area has no boundary</source>
        <translation>vùng trồng chưa có ranh giới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid boundary: %1 (use Fix geometry)</source>
        <translation>ranh giới không hợp lệ: %1 (dùng Sửa hình học)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an active area needs a production area code</source>
        <translation>vùng trồng đang hiệu lực phải có mã số vùng trồng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code %1 does not match the province's pattern %2</source>
        <translation>mã %1 không đúng mẫu mã %2 của tỉnh</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ha is below the minimum of %2 ha for %3</source>
        <translation>%1 ha nhỏ hơn mức tối thiểu %2 ha đối với %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>valid from %1 is after valid to %2</source>
        <translation>ngày bắt đầu hiệu lực %1 sau ngày hết hiệu lực %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>valid to %1 has passed: the status should be "expired"</source>
        <translation>ngày hết hiệu lực %1 đã qua: trạng thái cần đặt là "expired"</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the area reaches outside its commune %1</source>
        <translation>vùng trồng lấn ra ngoài xã %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commune %1 is not among the communes</source>
        <translation>xã %1 không có trong danh sách các xã</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>overlaps active area %1 by %2 m²</source>
        <translation>chồng lấn %2 m² với vùng trồng đang hiệu lực %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+26"/>
        <source>code %1 is already used by area %2</source>
        <translation>mã %1 đã được dùng cho vùng trồng %2</translation>
    </message>
    <message>
        <location filename="../../core/validation/commune_boundaries.cpp" line="+21"/>
        <source>Cannot read the communes from %1: %2</source>
        <translation>Không đọc được dữ liệu xã từ %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no layer %1</source>
        <translation>không có lớp %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no field %1</source>
        <translation>không có trường %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot reproject commune %1</source>
        <translation>không chuyển đổi được tọa độ của xã %1</translation>
    </message>
</context>
<context>
    <name>agrimap::AttributeFilterBar</name>
    <message>
        <location filename="../../app/panels/attribute_filter_bar.cpp" line="+19"/>
        <source>Filter (SQL WHERE), e.g. %1 = 'LUC'</source>
        <translation>Lọc (SQL WHERE), ví dụ %1 = 'LUC'</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An OGR SQL WHERE expression; press Enter to apply.</source>
        <translation>Biểu thức OGR SQL WHERE; nhấn Enter để áp dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search text in column</source>
        <translation>Tìm chữ trong cột</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter:</source>
        <translation>Lọc:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search:</source>
        <translation>Tìm:</translation>
    </message>
</context>
<context>
    <name>agrimap::AttributeTableDialog</name>
    <message>
        <location filename="../../app/panels/attribute_table_dialog.cpp" line="+40"/>
        <location line="+67"/>
        <source>Attribute table — %1</source>
        <translation>Bảng thuộc tính — %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Zoom to selection</source>
        <translation>Phóng tới đối tượng đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear selection</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 features, %2 selected, filter: %3</source>
        <translation>%1 đối tượng, %2 đã chọn, bộ lọc: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loading…</source>
        <translation>đang tải…</translation>
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
        <translation>Hệ quy chiếu tọa độ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter, e.g. 105-45 or 5897</source>
        <translation>Lọc, ví dụ 105-45 hoặc 5897</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or type any EPSG code or WKT, e.g. EPSG:9209</source>
        <translation>Hoặc nhập mã EPSG hay chuỗi WKT bất kỳ, ví dụ EPSG:9209</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not a coordinate reference system PROJ knows.</source>
        <translation>PROJ không nhận ra hệ quy chiếu tọa độ này.</translation>
    </message>
</context>
<context>
    <name>agrimap::DataSource</name>
    <message>
        <location filename="../../layers/data_source_info.cpp" line="+135"/>
        <source>%1: layer %2 cannot be read: %3</source>
        <translation>%1: không đọc được lớp %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file holds no layers or images (it is empty).</source>
        <translation>%1: tệp không chứa lớp hay ảnh nào (tệp rỗng).</translation>
    </message>
    <message>
        <location filename="../../layers/gdal_source.cpp" line="+57"/>
        <source>no further detail from GDAL</source>
        <translation>GDAL không cho biết thêm chi tiết</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file does not exist.</source>
        <translation>%1: tệp không tồn tại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file cannot be read (permission denied).</source>
        <translation>%1: không đọc được tệp (không có quyền truy cập).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1: tệp rỗng (0 byte).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not a format AgriMap can read, or the file is damaged. Supported are GeoPackage, Shapefile, MapInfo TAB, DGN v7, GeoJSON, KML, CSV, SpatiaLite, FlatGeobuf and GDAL rasters.</source>
        <translation>%1: AgriMap không đọc được định dạng này, hoặc tệp bị hỏng. Các định dạng được hỗ trợ: GeoPackage, Shapefile, MapInfo TAB, DGN v7, GeoJSON, KML, CSV, SpatiaLite, FlatGeobuf và ảnh raster GDAL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: không mở được: %2</translation>
    </message>
</context>
<context>
    <name>agrimap::EditController</name>
    <message>
        <location filename="../../app/editing/edit_controller.cpp" line="+23"/>
        <location line="+208"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+209"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Cannot undo</source>
        <translation>Không hoàn tác được</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot redo</source>
        <translation>Không làm lại được</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the project for editing</source>
        <translation>Không mở được dự án để chỉnh sửa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened read-only</source>
        <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is being edited by %2. It opened read-only: you can look, but not change it. Open it again when the other window is closed.</source>
        <translation>%1 đang được %2 chỉnh sửa. Dự án đã được mở ở chế độ chỉ đọc: bạn có thể xem nhưng không thể thay đổi. Hãy mở lại khi cửa sổ kia đã đóng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovered after a crash</source>
        <translation>Đã khôi phục sau sự cố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AgriMap was not closed properly the last time this project was edited. Every finished edit was kept.</source>
        <translation>Lần chỉnh sửa dự án này trước đây, AgriMap đã không được đóng đúng cách. Mọi chỉnh sửa đã hoàn tất đều được giữ lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+105"/>
        <source>The commune rule is off</source>
        <translation>Quy tắc kiểm tra xã đã bị tắt</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Cannot edit the project</source>
        <translation>Không chỉnh sửa được dự án</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit failed</source>
        <translation>Chỉnh sửa không thành công</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Read-only: edited by %1</source>
        <translation>Chỉ đọc: đang được %1 chỉnh sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing %1</source>
        <translation>Đang chỉnh sửa %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại %1</translation>
    </message>
</context>
<context>
    <name>agrimap::EditSession</name>
    <message>
        <location filename="../../core/editing/edit_session.cpp" line="+46"/>
        <source>The project is open read-only: it cannot be edited</source>
        <translation>Dự án đang mở ở chế độ chỉ đọc: không thể chỉnh sửa</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The edit was not saved: %1</source>
        <translation>Không lưu được chỉnh sửa: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add growing area %1</source>
        <translation>Thêm vùng trồng %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+25"/>
        <source>Growing area %1 does not exist</source>
        <translation>Vùng trồng %1 không tồn tại</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Change growing area %1</source>
        <translation>Thay đổi vùng trồng %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete growing area %1</source>
        <translation>Xóa vùng trồng %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select two or more growing areas to merge</source>
        <translation>Hãy chọn hai vùng trồng trở lên để gộp</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Merge %n growing areas into %1</source>
        <translation>
            <numerusform>Gộp %n vùng trồng vào %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restore growing area %1 as of %2</source>
        <translation>Khôi phục vùng trồng %1 về trạng thái lúc %2</translation>
    </message>
</context>
<context>
    <name>agrimap::EditSettingsDialog</name>
    <message>
        <location filename="../../app/editing/edit_settings_dialog.cpp" line="+43"/>
        <source>Editing rules of the project</source>
        <translation>Quy tắc chỉnh sửa của dự án</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forbid: refuse an area that overlaps an active one</source>
        <translation>Cấm: không chấp nhận vùng trồng chồng lấn với vùng trồng đang hiệu lực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip: cut a new area back to its neighbours</source>
        <translation>Cắt: cắt bớt vùng trồng mới theo ranh giới các vùng trồng lân cận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overlaps</source>
        <translation>&amp;Chồng lấn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A regular expression; examples of codes: VN-BTOR-0008, VN-TGOR-0180</source>
        <translation>Biểu thức chính quy; ví dụ về mã số: VN-BTOR-0008, VN-TGOR-0180</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production area code &amp;pattern</source>
        <translation>&amp;Mẫu mã số vùng trồng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overlap &amp;tolerance</source>
        <translation>&amp;Dung sai chồng lấn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commune boundary tolerance</source>
        <translation>Dung sai ranh giới xã</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one crop per line, e.g. xoài = 10</source>
        <translation>mỗi dòng một loại cây trồng, ví dụ xoài = 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum area per crop (ha)</source>
        <translation>Diện tích tối thiểu theo cây trồng (ha)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Communes file (relative to the project)</source>
        <translation>Tệp dữ liệu xã (đường dẫn tương đối so với dự án)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communes layer</source>
        <translation>Lớp dữ liệu xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune name field</source>
        <translation>Trường tên xã</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Crops</source>
        <translation>Cây &amp;trồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ertifications</source>
        <translation>Chứng &amp;nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The code pattern is not a valid regular expression.</source>
        <translation>Mẫu mã số không phải là biểu thức chính quy hợp lệ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>"%1" is not "crop = hectares".</source>
        <translation>"%1" không đúng dạng "cây trồng = số ha".</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the editing rules</source>
        <translation>Không lưu được quy tắc chỉnh sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save the crop list</source>
        <translation>Không lưu được danh mục cây trồng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save the certification list</source>
        <translation>Không lưu được danh mục chứng nhận</translation>
    </message>
</context>
<context>
    <name>agrimap::ExportWizard</name>
    <message>
        <location filename="../../app/publishing/export_wizard.cpp" line="+52"/>
        <source>Publish open data</source>
        <translation>Xuất bản dữ liệu mở</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What to publish</source>
        <translation>Nội dung xuất bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers and fields; personal data is locked and cannot be published.</source>
        <translation>Các lớp và trường; dữ liệu cá nhân bị khóa và không thể xuất bản.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save profile as…</source>
        <translation>Lưu hồ sơ thành…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation>Hồ sơ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer / field</source>
        <translation>Lớp / trường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinate reference system</source>
        <translation>Hệ quy chiếu tọa độ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the publication</source>
        <translation>Thông tin về bản xuất bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the package as ISO 19115 metadata.</source>
        <translation>Được ghi vào gói dưới dạng siêu dữ liệu ISO 19115.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also each layer as GeoJSON (EPSG:4326)</source>
        <translation>Kèm mỗi lớp dạng GeoJSON (EPSG:4326)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also each layer as CSV</source>
        <translation>Kèm mỗi lớp dạng CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstract</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Đơn vị xuất bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file</source>
        <translation>Tệp kết quả</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish to</source>
        <translation>Xuất bản vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publishing</source>
        <translation>Đang xuất bản</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n đối tượng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>🔒 personal data: %1</source>
        <translation>🔒 dữ liệu cá nhân: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save profile</source>
        <translation>Lưu hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name:</source>
        <translation>Tên hồ sơ:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not published: %1</source>
        <translation>Chưa xuất bản: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n feature(s)</source>
        <translation>
            <numerusform>%1: %n đối tượng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files: %1</source>
        <translation>Các tệp: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is written, but not the files beside it: %1</source>
        <translation>Gói đã được ghi, nhưng các tệp kèm theo thì chưa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published in %1 ms.</source>
        <translation>Đã xuất bản trong %1 ms.</translation>
    </message>
</context>
<context>
    <name>agrimap::FeatureReader</name>
    <message>
        <location filename="../../layers/feature_reader.cpp" line="+55"/>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: không mở được: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+96"/>
        <source>%1: there is no layer named %2.</source>
        <translation>%1: không có lớp nào tên là %2.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>%1: feature %2 cannot be read: %3</source>
        <translation>%1: không đọc được đối tượng %2: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot reproject into %2</source>
        <translation>%1: không chuyển đổi được tọa độ sang %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the geometry of feature %2 cannot be read</source>
        <translation>%1: không đọc được dữ liệu hình học của đối tượng %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The filter "%1" is not valid: %2</source>
        <translation>Bộ lọc “%1” không hợp lệ: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The filter "%1" failed: %2</source>
        <translation>Không áp dụng được bộ lọc “%1”: %2</translation>
    </message>
</context>
<context>
    <name>agrimap::IdentifyPanel</name>
    <message>
        <location filename="../../app/panels/identify_panel.cpp" line="+42"/>
        <source>Identify</source>
        <translation>Xem thông tin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+170"/>
        <source>Copy value</source>
        <translation>Sao chép giá trị</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Click a feature on the map.</source>
        <translation>Nhấp vào một đối tượng trên bản đồ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the Identify tool (I), click a feature on the map to see all its attributes here.</source>
        <translation>Với công cụ Xem thông tin (I), nhấp vào một đối tượng trên bản đồ để xem mọi thuộc tính của nó tại đây.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 more features are not shown; click closer in.</source>
        <translation>Còn %1 đối tượng nữa không được hiển thị; hãy phóng to thêm rồi nhấp lại.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 features</source>
        <translation>%1 đối tượng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feature %1</source>
        <translation>Đối tượng %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to zoom to this feature.</source>
        <translation>Nhấp đúp để phóng tới đối tượng này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This feature is no longer in the layer.</source>
        <translation>Đối tượng này không còn trong lớp.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(geometry)</source>
        <translation>(kiểu hình học)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(area)</source>
        <translation>(diện tích)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m² (%2 ha)</source>
        <translation>%1 m² (%2 ha)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Copy feature attributes</source>
        <translation>Sao chép thuộc tính đối tượng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to feature</source>
        <translation>Phóng tới đối tượng</translation>
    </message>
</context>
<context>
    <name>agrimap::IdentifyTool</name>
    <message>
        <location filename="../../app/map/identify_tool.h" line="+16"/>
        <source>Identify</source>
        <translation>Xem thông tin</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerFactory</name>
    <message>
        <location filename="../../layers/layer_factory.cpp" line="+56"/>
        <source>%1: no layer named %2.</source>
        <translation>%1: không có lớp nào tên là %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file holds only attribute tables, nothing to draw on a map.</source>
        <translation>%1: tệp chỉ chứa bảng thuộc tính, không có gì để vẽ lên bản đồ.</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerTreeDock</name>
    <message>
        <location filename="../../app/panels/layer_tree_dock.cpp" line="+23"/>
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+177"/>
        <source>Move up</source>
        <translation>Di chuyển lên</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+181"/>
        <source>Move down</source>
        <translation>Di chuyển xuống</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+186"/>
        <source>Remove layer</source>
        <translation>Gỡ bỏ lớp</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Zoom to layer</source>
        <translation>Phóng tới lớp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open attribute table</source>
        <translation>Mở bảng thuộc tính</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opacity…</source>
        <translation>Độ mờ đục…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Loại lớp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cadastral parcels</source>
        <translation>Thửa đất địa chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land use</source>
        <translation>Sử dụng đất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production areas</source>
        <translation>Vùng trồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign CRS…</source>
        <translation>Gán hệ quy chiếu…</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerTreeModel</name>
    <message>
        <location filename="../../app/panels/layer_tree_model.cpp" line="+110"/>
        <source>%1 (loading %2 %)</source>
        <translation>%1 (đang tải %2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (loading…)</source>
        <translation>%1 (đang tải…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (failed)</source>
        <translation>%1 (không tải được)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CRS: %1</source>
        <translation>Hệ quy chiếu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRS: unknown (assign one from the context menu)</source>
        <translation>Hệ quy chiếu: chưa rõ (gán trong menu chuột phải)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(assigned by the user)</source>
        <translation>(do người dùng gán)</translation>
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
        <translation>Công cụ bản đồ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All %1 layers</source>
        <translation>Tất cả %1 lớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+123"/>
        <source>Add layers</source>
        <translation>Thêm lớp</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>%1 holds several layers. Which should be added?</source>
        <translation>%1 chứa nhiều lớp. Cần thêm những lớp nào?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge growing areas</source>
        <translation>Gộp vùng trồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the code and attributes of:</source>
        <translation>Giữ mã số và thuộc tính của:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no coordinate reference system: use Layer ▸ Assign CRS…</source>
        <translation>%1 chưa có hệ quy chiếu tọa độ: dùng Lớp ▸ Gán hệ quy chiếu…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Area: %1 ha</source>
        <translation>Diện tích: %1 ha</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project</source>
        <translation>&amp;Dự án mới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a project or map data</source>
        <translation>Mở dự án hoặc dữ liệu bản đồ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add layer…</source>
        <translation>&amp;Thêm lớp…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent files</source>
        <translation>Tệp gần đây</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save project</source>
        <translation>&amp;Lưu dự án</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save project &amp;as…</source>
        <translation>Lưu dự án t&amp;hành…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish open data…</source>
        <translation>&amp;Xuất bản dữ liệu mở…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Growing area from selected &amp;parcels</source>
        <translation>Tạo &amp;vùng trồng từ các thửa đã chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select parcels by &amp;number…</source>
        <translation>Chọn thửa theo &amp;số…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attributes of the selected growing area…</source>
        <translation>&amp;Thuộc tính của vùng trồng đã chọn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge the selected growing areas…</source>
        <translation>&amp;Gộp các vùng trồng đã chọn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of the selected growing area…</source>
        <translation>Lị&amp;ch sử của vùng trồng đã chọn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix the geometry of the selected growing areas</source>
        <translation>Sửa hình học của các vùng t&amp;rồng đã chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the selected growing areas</source>
        <translation>&amp;Xóa các vùng trồng đã chọn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editing &amp;rules and pick lists…</source>
        <translation>&amp;Quy tắc chỉnh sửa và danh mục chọn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;full extent</source>
        <translation>&amp;Xem toàn bộ bản đồ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to current &amp;layer</source>
        <translation>Phóng tới &amp;lớp hiện tại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous view</source>
        <translation>Khung nhìn t&amp;rước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next view</source>
        <translation>Khung nhìn &amp;sau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map &amp;CRS…</source>
        <translation>&amp;Hệ quy chiếu của bản đồ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Layer</source>
        <translation>&amp;Lớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign CRS…</source>
        <translation>Gán &amp;hệ quy chiếu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;attribute table</source>
        <translation>Mở &amp;bảng thuộc tính</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove layer</source>
        <translation>&amp;Gỡ bỏ lớp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project and view</source>
        <translation>Dự án và khung nhìn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of AgriMap.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần khởi động AgriMap tiếp theo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About AgriMap</source>
        <translation>&amp;Giới thiệu AgriMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About AgriMap</source>
        <translation>Giới thiệu AgriMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;AgriMap %1&lt;/b&gt;&lt;p&gt;A desktop GIS for Vietnam's agricultural maps.&lt;/p&gt;&lt;p&gt;%2, Qt %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;AgriMap %1&lt;/b&gt;&lt;p&gt;Phần mềm GIS trên máy tính cho bản đồ nông nghiệp Việt Nam.&lt;/p&gt;&lt;p&gt;%2, Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cursor position in the map CRS (metres)</source>
        <translation>Vị trí con trỏ theo hệ quy chiếu của bản đồ (mét)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cursor position as latitude and longitude (WGS 84)</source>
        <translation>Vị trí con trỏ theo vĩ độ và kinh độ (WGS 84)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map's coordinate reference system: click to change it</source>
        <translation>Hệ quy chiếu tọa độ của bản đồ: nhấp để thay đổi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>drawn in %1 ms</source>
        <translation>vẽ trong %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No CRS</source>
        <translation>Chưa có hệ quy chiếu</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+16"/>
        <source>No cadastral parcels</source>
        <translation>Không có thửa đất địa chính</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Add a cadastral layer and select parcels first.</source>
        <translation>Hãy thêm lớp thửa đất địa chính và chọn thửa trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot make a growing area from the parcels</source>
        <translation>Không tạo được vùng trồng từ các thửa đất</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a cadastral layer first.</source>
        <translation>Hãy thêm lớp thửa đất địa chính trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select parcels by number</source>
        <translation>Chọn thửa theo số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune and sheet/parcel numbers in %1, e.g. Mỹ Tân: 12/305, 12/306</source>
        <translation>Xã và số tờ/số thửa trong %1, ví dụ Mỹ Tân: 12/305, 12/306</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot select the parcels</source>
        <translation>Không chọn được các thửa đất</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+150"/>
        <source>Select one growing area</source>
        <translation>Hãy chọn một vùng trồng</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+150"/>
        <source>Select one growing area with the Select tool (S), then try again.</source>
        <translation>Hãy chọn một vùng trồng bằng công cụ Chọn (S), rồi thử lại.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Split growing area</source>
        <translation>Tách vùng trồng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reshape growing area</source>
        <translation>Chỉnh hình dạng vùng trồng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cut a hole</source>
        <translation>Tạo lỗ thủng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a hole</source>
        <translation>Xóa lỗ thủng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill a hole with a new growing area</source>
        <translation>Lấp lỗ thủng bằng vùng trồng mới</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;napping</source>
        <translation>&amp;Bắt điểm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snapping &amp;tolerance…</source>
        <translation>&amp;Dung sai bắt điểm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping tolerance</source>
        <translation>Dung sai bắt điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap within this many pixels of the cursor:</source>
        <translation>Bắt điểm trong phạm vi bao nhiêu điểm ảnh quanh con trỏ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapping off</source>
        <translation>Đã tắt bắt điểm</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Snapping: preparing %n layer(s)…</source>
        <translation>
            <numerusform>Bắt điểm: đang chuẩn bị %n lớp…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Snapping: %n layer(s) ready</source>
        <translation>
            <numerusform>Bắt điểm: %n lớp đã sẵn sàng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping: no layer to snap to</source>
        <translation>Bắt điểm: không có lớp nào để bắt điểm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select growing areas to merge</source>
        <translation>Hãy chọn các vùng trồng cần gộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two or more growing areas with the Select tool (S, Shift+click).</source>
        <translation>Hãy chọn hai vùng trồng trở lên bằng công cụ Chọn (S, Shift+nhấp).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot merge the growing areas</source>
        <translation>Không gộp được các vùng trồng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No project</source>
        <translation>Chưa có dự án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or save a project first: it is what gets published.</source>
        <translation>Hãy mở hoặc lưu một dự án trước: dự án là nội dung được xuất bản.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+7"/>
        <source>Cannot fix the geometry</source>
        <translation>Không sửa được hình học</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fix the geometry of growing area %1</source>
        <translation>Sửa hình học của vùng trồng %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n growing area(s) fixed</source>
        <translation>
            <numerusform>Đã sửa %n vùng trồng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot delete the growing area</source>
        <translation>Không xóa được vùng trồng</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Untitled project</source>
        <translation>Dự án chưa đặt tên</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Which coordinate reference system is %1 in? Provincial cadastral maps use VN-2000 with the province's meridian (former Đồng Tháp: EPSG:5897; former Tiền Giang: EPSG:9210).</source>
        <translation>%1 dùng hệ quy chiếu tọa độ nào? Bản đồ địa chính cấp tỉnh dùng VN-2000 với kinh tuyến trục của tỉnh (Đồng Tháp cũ: EPSG:5897; Tiền Giang cũ: EPSG:9210).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the map in which coordinate reference system? Layers in other systems are reprojected on the fly.</source>
        <translation>Hiển thị bản đồ theo hệ quy chiếu tọa độ nào? Các lớp thuộc hệ quy chiếu khác sẽ được tự động chuyển đổi khi hiển thị.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AgriMap project (*.agrimap.gpkg)</source>
        <translation>Dự án AgriMap (*.agrimap.gpkg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer list has changed since it was saved. Save it first?</source>
        <translation>Danh sách lớp đã thay đổi kể từ lần lưu gần nhất. Bạn có muốn lưu trước không?</translation>
    </message>
</context>
<context>
    <name>agrimap::MapCanvas</name>
    <message>
        <location filename="../../app/map/map_canvas.cpp" line="+252"/>
        <source>Open a project or add layers (Ctrl+O), or drop files here.</source>
        <translation>Mở dự án hoặc thêm lớp (Ctrl+O), hoặc kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing…</source>
        <translation>Đang vẽ…</translation>
    </message>
</context>
<context>
    <name>agrimap::OpacityPopup</name>
    <message>
        <location filename="../../app/panels/opacity_popup.cpp" line="+21"/>
        <source>Opacity:</source>
        <translation>Độ mờ đục:</translation>
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
        <translation>Bản đồ sản phẩm nông nghiệp — %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/iso_metadata.cpp" line="+110"/>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Cannot write the data dictionary</source>
        <translation>Không ghi được từ điển dữ liệu</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n đối tượng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the metadata: %1</source>
        <translation>Không ghi được siêu dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/open_data_exporter.cpp" line="+75"/>
        <source>The target CRS %1 is not known</source>
        <translation>Không nhận ra hệ quy chiếu đích %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile publishes no layer</source>
        <translation>Hồ sơ không xuất bản lớp nào</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no layer %2</source>
        <translation>%1: không có lớp %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 cannot be published: it is personal data (%3)</source>
        <translation>Không thể xuất bản %1.%2: đây là dữ liệu cá nhân (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no field %2</source>
        <translation>%1 không có trường %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot create %1: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot create layer %1: %2</source>
        <translation>Không tạo được lớp %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create field %1: %2</source>
        <translation>Không tạo được trường %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a name in the Farmer Directory</source>
        <translation>một họ tên trong Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused: %1, field %2, feature %3 holds %4. Remove it from the field or leave the field out.</source>
        <translation>Từ chối: %1, trường %2, đối tượng %3 chứa %4. Hãy xóa giá trị đó khỏi trường hoặc bỏ trường này ra.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: feature %2 cannot be reprojected</source>
        <translation>%1: không chuyển hệ tọa độ được đối tượng %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Không ghi được %1: %2 (ổ đĩa đã đầy?)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The export was cancelled; no file was written</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The written package does not read back: %1</source>
        <translation>Gói vừa ghi không đọc lại được: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move the package to %1</source>
        <translation>Không chuyển được gói tới %1</translation>
    </message>
</context>
<context>
    <name>agrimap::PanTool</name>
    <message>
        <location filename="../../app/map/pan_tool.h" line="+15"/>
        <source>Pan</source>
        <translation>Di chuyển bản đồ</translation>
    </message>
</context>
<context>
    <name>agrimap::ProjectController</name>
    <message>
        <location filename="../../app/window/project_controller.cpp" line="+48"/>
        <source>Cannot open the project</source>
        <translation>Không mở được dự án</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Some layers could not be opened</source>
        <translation>Không mở được một số lớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project opened without these layers:

%1</source>
        <translation>Dự án đã được mở nhưng thiếu các lớp sau:

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>Cannot add the file</source>
        <translation>Không thêm được tệp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read a layer</source>
        <translation>Không đọc được lớp</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+15"/>
        <source>Cannot save the project</source>
        <translation>Không lưu được dự án</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Nothing was lost: the project is still open as it was.</source>
        <translation>Không có dữ liệu nào bị mất: dự án vẫn đang mở như trước.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was lost: the map is still open. Choose another folder with Save As, or free some disk space, and save again.</source>
        <translation>Không có dữ liệu nào bị mất: bản đồ vẫn đang mở. Hãy chọn thư mục khác bằng lệnh Lưu dự án thành, hoặc giải phóng bớt dung lượng ổ đĩa, rồi lưu lại.</translation>
    </message>
</context>
<context>
    <name>agrimap::ProjectLock</name>
    <message>
        <location filename="../../core/editing/project_lock.cpp" line="+70"/>
        <source>%1 on %2 since %3</source>
        <translation>%1 trên máy %2 từ lúc %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot remove the stale lock %1</source>
        <translation>không xóa được khóa cũ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create %1</source>
        <translation>không tạo được %1</translation>
    </message>
</context>
<context>
    <name>agrimap::ProjectStore</name>
    <message>
        <location filename="../../core/editing/project_store.cpp" line="+78"/>
        <source>unknown reason</source>
        <translation>không rõ lý do</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 in %2: %3</source>
        <translation>%1 trong %2: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot lock %1 for editing: %2</source>
        <translation>Không khóa được %1 để chỉnh sửa: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open project %1: %2</source>
        <translation>Không mở được dự án %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no production_areas layer</source>
        <translation>%1 không có lớp production_areas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Growing areas need a projected CRS (metres), such as VN-2000 EPSG:5897</source>
        <translation>Vùng trồng cần một hệ quy chiếu phẳng (đơn vị mét), ví dụ VN-2000 EPSG:5897</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the production_areas layer</source>
        <translation>Không tạo được lớp production_areas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the project tables</source>
        <translation>Không tạo được các bảng của dự án</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 đang mở ở chế độ chỉ đọc: không thể lưu thay đổi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start a transaction</source>
        <translation>Không bắt đầu được giao dịch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the change (is the disk full?)</source>
        <translation>Không lưu được thay đổi (ổ đĩa đã đầy?)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Growing area %1 does not exist</source>
        <translation>Vùng trồng %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The boundary of the growing area cannot be read</source>
        <translation>Không đọc được ranh giới của vùng trồng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write growing area %1</source>
        <translation>Không ghi được vùng trồng %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Cannot delete growing area %1</source>
        <translation>Không xóa được vùng trồng %1</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Cannot write the copy %1 (is the disk full?)</source>
        <translation>Không ghi được bản sao %1 (ổ đĩa đã đầy?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot replace %1: is it open elsewhere?</source>
        <translation>Không thay thế được %1: tệp có đang được mở ở nơi khác không?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no layer %2</source>
        <translation>%1 không có lớp %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reproject %1</source>
        <translation>Không chuyển đổi được tọa độ của %1</translation>
    </message>
</context>
<context>
    <name>agrimap::RasterLayer</name>
    <message>
        <location filename="../../layers/raster_layer.cpp" line="+134"/>
        <source>%1: the image has no georeferencing.</source>
        <translation>%1: ảnh chưa được gắn tọa độ địa lý.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Image %1 × %2 px, %3 band(s)</source>
        <translation>Ảnh %1 × %2 px, %3 kênh</translation>
    </message>
</context>
<context>
    <name>agrimap::RulesPanel</name>
    <message>
        <location filename="../../app/editing/rules_panel.cpp" line="+21"/>
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Vùng trồng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is wrong</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The project is open read-only.</source>
        <translation>Dự án đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project to check its growing areas.</source>
        <translation>Hãy mở một dự án để kiểm tra các vùng trồng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No rule is broken.</source>
        <translation>Không có quy tắc nào bị vi phạm.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s): double-click one to see it on the map.</source>
        <translation>
            <numerusform>%n vấn đề: nhấp đúp vào một vấn đề để xem trên bản đồ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agrimap::ScaleBox</name>
    <message>
        <location filename="../../app/window/scale_box.cpp" line="+22"/>
        <source>Map scale: pick one or type 1:5000</source>
        <translation>Tỷ lệ bản đồ: chọn trong danh sách hoặc nhập, ví dụ 1:5000</translation>
    </message>
</context>
<context>
    <name>agrimap::SelectTool</name>
    <message>
        <location filename="../../app/map/select_tool.h" line="+18"/>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
</context>
<context>
    <name>agrimap::ShapeEditor</name>
    <message>
        <location filename="../../app/editing/shape_editor.cpp" line="+73"/>
        <source>Split growing area %1</source>
        <translation>Tách vùng trồng %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot split growing area %1</source>
        <translation>Không tách được vùng trồng %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The line crosses no growing area</source>
        <translation>Đường kẻ không cắt qua vùng trồng nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was split</source>
        <translation>Không tách được vùng trồng nào</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The line does not cross a growing area's boundary twice</source>
        <translation>Đường kẻ không cắt ranh giới của vùng trồng nào hai lần</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reshape growing area %1</source>
        <translation>Chỉnh hình dạng vùng trồng %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was reshaped</source>
        <translation>Không chỉnh được hình dạng vùng trồng nào</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hole must lie inside a growing area</source>
        <translation>Lỗ thủng phải nằm bên trong một vùng trồng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cut a hole in growing area %1</source>
        <translation>Tạo lỗ thủng trong vùng trồng %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hole was cut</source>
        <translation>Không tạo được lỗ thủng</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>There is no hole here</source>
        <translation>Ở đây không có lỗ thủng nào</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Remove a hole of growing area %1</source>
        <translation>Xóa lỗ thủng của vùng trồng %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hole was removed</source>
        <translation>Không xóa được lỗ thủng nào</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No hole to fill</source>
        <translation>Không có lỗ thủng nào để lấp</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change growing area %1</source>
        <translation>Không thay đổi được vùng trồng %1</translation>
    </message>
</context>
<context>
    <name>agrimap::VectorLayer</name>
    <message>
        <location filename="../../layers/vector_layer.cpp" line="+29"/>
        <source>Cannot transform from %1 to %2: %3</source>
        <translation>Không chuyển đổi được tọa độ từ %1 sang %2: %3</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>%1 — unknown code</source>
        <translation>%1 — mã không xác định</translation>
    </message>
</context>
<context>
    <name>agrimap::VectorLayerLoader</name>
    <message>
        <location filename="../../layers/vector_layer_loader.cpp" line="+126"/>
        <source>%1: there is no layer named %2.</source>
        <translation>%1: không có lớp nào tên là %2.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+17"/>
        <source>Loading %1 was cancelled.</source>
        <translation>Đã hủy tải %1.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+27"/>
        <source>%1: reading layer %2 failed: %3</source>
        <translation>%1: không đọc được lớp %2: %3</translation>
    </message>
</context>
<context>
    <name>agrimap::VertexTool</name>
    <message>
        <location filename="../../app/editing/vertex_tool.cpp" line="+124"/>
        <source>Move a vertex of growing area %1</source>
        <translation>Di chuyển đỉnh của vùng trồng %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move the vertex</source>
        <translation>Không di chuyển được đỉnh</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a vertex to growing area %1</source>
        <translation>Thêm đỉnh vào vùng trồng %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot delete the vertex</source>
        <translation>Không xóa được đỉnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a vertex of growing area %1</source>
        <translation>Xóa đỉnh của vùng trồng %1</translation>
    </message>
    <message>
        <location filename="../../app/editing/vertex_tool.h" line="+27"/>
        <source>Edit vertices</source>
        <translation>Chỉnh sửa đỉnh</translation>
    </message>
</context>
<context>
    <name>agrimap::ZoomBoxTool</name>
    <message>
        <location filename="../../app/map/zoom_box_tool.h" line="+13"/>
        <source>Zoom to box</source>
        <translation>Phóng to theo khung</translation>
    </message>
</context>
<context>
    <name>agrimap::area_geometry</name>
    <message>
        <location filename="../../core/editing/wkb_geos.cpp" line="+57"/>
        <source>the boundary cannot be read</source>
        <translation>không đọc được ranh giới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the geometry operation failed</source>
        <translation>thao tác hình học không thành công</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_geometry.cpp" line="+12"/>
        <source>unreadable geometry</source>
        <translation>không đọc được dữ liệu hình học</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_geometry_edits.cpp" line="+95"/>
        <source>there is no hole here</source>
        <translation>ở đây không có lỗ thủng nào</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the boundary is not valid; fix it before splitting it</source>
        <translation>ranh giới không hợp lệ; hãy sửa ranh giới trước khi tách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line needs at least two points</source>
        <translation>đường kẻ cần ít nhất hai điểm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the line does not cross the area</source>
        <translation>đường kẻ không cắt qua vùng trồng</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a hole needs at least three corners</source>
        <translation>lỗ thủng cần ít nhất ba đỉnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outline of the hole crosses itself</source>
        <translation>đường bao của lỗ thủng tự cắt chính nó</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the hole lies outside the area</source>
        <translation>lỗ thủng nằm ngoài vùng trồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hole must lie inside one part of the area without touching its edge or its other holes</source>
        <translation>lỗ thủng phải nằm trọn trong một phần của vùng trồng, không chạm vào ranh giới hay các lỗ thủng khác của vùng trồng</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_parts.cpp" line="+48"/>
        <source>the boundary is not a polygon</source>
        <translation>ranh giới không phải là đa giác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the boundary is empty</source>
        <translation>ranh giới rỗng</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_reshape.cpp" line="+186"/>
        <source>the boundary would cross itself along the line</source>
        <translation>ranh giới sẽ tự cắt chính nó dọc theo đường kẻ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the line must cross the boundary at least twice</source>
        <translation>đường kẻ phải cắt ranh giới ít nhất hai lần</translation>
    </message>
    <message>
        <location filename="../../core/editing/area_vertex_edits.cpp" line="+27"/>
        <source>the boundary has no such vertex</source>
        <translation>ranh giới không có đỉnh này</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a boundary needs at least three distinct corners</source>
        <translation>ranh giới cần ít nhất ba đỉnh phân biệt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a hole needs at least three distinct corners</source>
        <translation>lỗ thủng cần ít nhất ba đỉnh phân biệt</translation>
    </message>
</context>
<context>
    <name>agrimap::parcel_area_builder</name>
    <message>
        <location filename="../../app/editing/parcel_area_builder.cpp" line="+28"/>
        <source>Select the cadastral parcels of the growing area first</source>
        <translation>Hãy chọn các thửa đất địa chính của vùng trồng trước</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 has no map sheet and parcel number fields</source>
        <translation>%1 không có trường số tờ bản đồ và số thửa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no commune field</source>
        <translation>%1 không có trường xã</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a sheet/parcel pair such as 12/305</source>
        <translation>%1 không phải là cặp số tờ/số thửa như 12/305</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no parcel %1 in %2</source>
        <translation>Không có thửa %1 trong %2</translation>
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
        <translation>họ tên chủ sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a person's name</source>
        <translation>họ tên một người</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a citizen id number</source>
        <translation>số căn cước công dân</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+42"/>
        <source>a phone number</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+1"/>
        <source>a birth date</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person's address</source>
        <translation>địa chỉ của một người</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>marked as personal data in the project</source>
        <translation>được đánh dấu là dữ liệu cá nhân trong dự án</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a 12-digit citizen id number</source>
        <translation>một số căn cước công dân 12 chữ số</translation>
    </message>
</context>
<context>
    <name>agrimap::project_file</name>
    <message>
        <location filename="../../core/project_file.cpp" line="+22"/>
        <source>unknown reason</source>
        <translation>không rõ lý do</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cannot open project %1: %2</source>
        <translation>Không mở được dự án %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a GeoPackage but not an AgriMap project (it has no %2 table). Open it as a layer instead.</source>
        <translation>%1 là tệp GeoPackage nhưng không phải dự án AgriMap (không có bảng %2). Hãy mở tệp này như một lớp bản đồ.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+55"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write project %1: %2</source>
        <translation>Không ghi được dự án %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/window/application_setup.cpp" line="+102"/>
        <source>AgriMap: Vietnam's agricultural maps</source>
        <translation>AgriMap: bản đồ nông nghiệp Việt Nam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of the window once the map is drawn, then quit.</source>
        <translation>Lưu ảnh chụp cửa sổ sau khi vẽ xong bản đồ, rồi thoát.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects or map data to open.</source>
        <translation>Các dự án hoặc dữ liệu bản đồ cần mở.</translation>
    </message>
</context>
</TS>
