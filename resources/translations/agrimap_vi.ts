<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../app/window/qt_standard_texts.cpp" line="+29"/>
        <source>&amp;OK</source>
        <translation>Đồng &amp;ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/window/main_window.cpp" line="+65"/>
        <source>Map data (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;All files (*)</source>
        <translation>Dữ liệu bản đồ (*.agrimap.gpkg *.gpkg *.shp *.tab *.mif *.dgn *.geojson *.json *.kml *.kmz *.csv *.sqlite *.db *.fgb *.tif *.tiff *.jpg *.png *.ecw *.jp2);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/window/qt_standard_texts.cpp" line="-38"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+7"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Xác nhận</translation>
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
    <name>agrimap::AgriculturalCodesDialog</name>
    <message>
        <location filename="../../app/planning/agricultural_codes_dialog.cpp" line="+17"/>
        <source>Agricultural land-use codes</source>
        <translation>Mã loại đất nông nghiệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growing areas on land with any other code are reported. One code per line; a mixed code such as LUC+ONT counts as agricultural only when all its parts are. The list is saved in the project.</source>
        <translation>Vùng trồng nằm trên đất có mã loại đất khác sẽ được báo cáo. Mỗi dòng một mã; mã ghép như LUC+ONT chỉ được tính là đất nông nghiệp khi tất cả các thành phần đều là đất nông nghiệp. Danh sách được lưu trong dự án.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore the default</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>agrimap::AreaCommands</name>
    <message>
        <location filename="../../app/editing/area_commands.cpp" line="+41"/>
        <source>Merge growing areas</source>
        <translation>Gộp vùng trồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the code and attributes of:</source>
        <translation>Giữ mã số và thuộc tính của:</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+40"/>
        <source>Select one growing area</source>
        <translation>Hãy chọn một vùng trồng</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Select one growing area with the Select tool (S), then try again.</source>
        <translation>Hãy chọn một vùng trồng bằng công cụ Chọn (S), rồi thử lại.</translation>
    </message>
    <message>
        <location line="-28"/>
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
        <location line="+35"/>
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
    <name>agrimap::AreaLinksEditor</name>
    <message>
        <location filename="../../app/directory/area_links_editor.cpp" line="+21"/>
        <source>&amp;Link</source>
        <translation>&amp;Liên kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Growing area %1</source>
        <translation>Vùng trồng %1</translation>
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
    <name>agrimap::AreaStatistics</name>
    <message>
        <location filename="../../core/analysis/area_statistics.cpp" line="+41"/>
        <source>Cannot open %1 for statistics: %2. Check that the file exists and is a map layer GDAL reads.</source>
        <translation>Không mở được %1 để thống kê: %2. Hãy kiểm tra tệp có tồn tại và có phải là lớp bản đồ mà GDAL đọc được không.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a vector data file</source>
        <translation>không phải là tệp dữ liệu vector</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no vector layer to sum up.</source>
        <translation>%1 không chứa lớp vector nào để tổng hợp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no layer named %2.</source>
        <translation>%1 không có lớp nào tên là %2.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot reproject %1 to %2 to measure areas: %3</source>
        <translation>Không chuyển đổi được tọa độ của %1 sang %2 để đo diện tích: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The statistics of %1 were cancelled.</source>
        <translation>Đã hủy thống kê %1.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Reading %1 failed: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Layer %1 of %2 has no field %3: choose one of its fields.</source>
        <translation>Lớp %1 của %2 không có trường %3: hãy chọn một trong các trường của lớp này.</translation>
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
        <location filename="../../layers/data_source_info.cpp" line="+102"/>
        <source>%1: layer %2 cannot be read: %3</source>
        <translation>%1: không đọc được lớp %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file holds no layers or images (it is empty).</source>
        <translation>%1: tệp không chứa lớp hay ảnh nào (tệp rỗng).</translation>
    </message>
    <message>
        <location filename="../../layers/gdal_source.cpp" line="+42"/>
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
    <name>agrimap::DirectoryController</name>
    <message>
        <location filename="../../app/directory/directory_controller.cpp" line="+61"/>
        <location line="+6"/>
        <source>Farmer &amp;Directory</source>
        <translation>&amp;Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Click the parcels of %1 on the map: each click links one (Ctrl+Z undoes it)</source>
        <translation>Nhấp vào các thửa đất của %1 trên bản đồ: mỗi lần nhấp liên kết một thửa (Ctrl+Z để hoàn tác)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cadastral parcel there</source>
        <translation>Không có thửa đất địa chính tại vị trí này</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a project to see its Farmer Directory.</source>
        <translation>Hãy mở một dự án để xem Danh bạ nông hộ của dự án.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This project has no Farmer Directory yet: open it for editing once (it is read-only now) to add one.</source>
        <translation>Dự án này chưa có Danh bạ nông hộ: hãy mở dự án để chỉnh sửa một lần (hiện đang ở chế độ chỉ đọc) để thêm danh bạ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: the directory can be searched and exported, not changed.</source>
        <translation>: có thể tìm kiếm và xuất danh bạ, nhưng không thể thay đổi.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add the cadastral map to see this household's parcels</source>
        <translation>Hãy thêm bản đồ địa chính để xem các thửa đất của hộ này</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot link the parcel</source>
        <translation>Không liên kết được thửa đất</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The project is open read-only: its directory cannot be changed.</source>
        <translation>Dự án đang mở ở chế độ chỉ đọc: không thể thay đổi danh bạ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a household first</source>
        <translation>Hãy chọn một hộ trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a household in the Farmer Directory (Ctrl+Shift+D), then click its parcels on the map.</source>
        <translation>Hãy chọn một hộ trong Danh bạ nông hộ (Ctrl+Shift+D), rồi nhấp vào các thửa đất của hộ đó trên bản đồ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parcel %1/%2 (%3) linked to %4; Ctrl+Z undoes it</source>
        <translation>Đã liên kết thửa %1/%2 (%3) với %4; Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2 m²</source>
        <translation>%1, %2 m²</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the household</source>
        <translation>Không mở được thông tin hộ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The project was closed</source>
        <translation>Dự án đã bị đóng</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete household</source>
        <translation>Xóa hộ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %1 with their %n parcel link(s) and growing-area links? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Xóa %1 cùng %n liên kết thửa đất và các liên kết vùng trồng? Có thể khôi phục bằng Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete the household</source>
        <translation>Không xóa được hộ</translation>
    </message>
</context>
<context>
    <name>agrimap::DirectoryEdits</name>
    <message>
        <location filename="../../core/directory/directory_edits.cpp" line="+21"/>
        <source>parcel %1 of sheet %2 in %3</source>
        <translation>thửa %1, tờ %2 tại %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (farmer %2)</source>
        <translation>%1 (nông hộ %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A parcel of %1 needs its commune, map sheet and parcel number (got "%2", "%3", "%4")</source>
        <translation>Thửa đất của %1 cần có xã, số tờ bản đồ và số thửa (nhận được "%2", "%3", "%4")</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Farmed area %1 m² of %2 cannot be negative</source>
        <translation>Diện tích canh tác %1 m² của %2 không được là số âm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already linked to %2</source>
        <translation>%1 đã được liên kết với %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growing area %1 is already linked to %2</source>
        <translation>Vùng trồng %1 đã được liên kết với %2</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Farmer %1 cannot be merged with itself</source>
        <translation>Không thể gộp nông hộ %1 với chính nó</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2 have different citizen IDs (%3, %4): they are not the same person</source>
        <translation>%1 và %2 có số CCCD khác nhau (%3, %4): đây không phải cùng một người</translation>
    </message>
</context>
<context>
    <name>agrimap::DirectoryPage</name>
    <message>
        <location filename="../../app/statistics/directory_page.cpp" line="+22"/>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per growing area</source>
        <translation>Theo vùng trồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per commune</source>
        <translation>Theo xã</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Farmer Directory belongs to a project: open or save a project first.</source>
        <translation>Danh bạ nông hộ thuộc về một dự án: hãy mở hoặc lưu một dự án trước.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This project has no Farmer Directory yet.</source>
        <translation>Dự án này chưa có Danh bạ nông hộ.</translation>
    </message>
</context>
<context>
    <name>agrimap::DirectoryStatistics</name>
    <message>
        <location filename="../../core/analysis/directory_statistics.cpp" line="+47"/>
        <source>Cannot read the Farmer Directory of %1: %2</source>
        <translation>Không đọc được Danh bạ nông hộ của %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no commune)</source>
        <translation>(không có xã)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Households by growing area</source>
        <translation>Số hộ theo vùng trồng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growing area</source>
        <translation>Vùng trồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Households (declared)</source>
        <translation>Số hộ (kê khai)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Farmed area (ha)</source>
        <translation>Diện tích canh tác (ha)</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Households by commune</source>
        <translation>Số hộ theo xã</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Farmed parcels</source>
        <translation>Thửa đất canh tác</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open the project %1: %2</source>
        <translation>Không mở được dự án %1: %2</translation>
    </message>
</context>
<context>
    <name>agrimap::DuplicateFinderDialog</name>
    <message>
        <location filename="../../app/directory/duplicate_finder_dialog.cpp" line="+27"/>
        <source>&amp;Keep the chosen household, merge the others into it</source>
        <translation>&amp;Giữ hộ đã chọn, gộp các hộ còn lại vào hộ này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households entered twice</source>
        <translation>Hộ bị nhập trùng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households with the same citizen ID, or the same name, birth year and commune. Choose the one to keep: the others' parcels and growing areas move to it and they are deleted. Ctrl+Z undoes a merge.</source>
        <translation>Các hộ có cùng số CCCD, hoặc cùng họ tên, năm sinh và xã. Chọn hộ cần giữ lại: thửa đất và vùng trồng của các hộ còn lại được chuyển sang hộ này, sau đó các hộ còn lại bị xóa. Nhấn Ctrl+Z để hoàn tác thao tác gộp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Household</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parcels / areas</source>
        <translation>Thửa đất / vùng trồng</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Same citizen ID %1</source>
        <translation>Trùng số CCCD %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same name, birth year and commune: %1</source>
        <translation>Trùng họ tên, năm sinh và xã: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No household seems to be entered twice.</source>
        <translation>Không thấy hộ nào bị nhập trùng.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) of households that may be one.</source>
        <translation>
            <numerusform>%n nhóm hộ có thể là cùng một hộ.</numerusform>
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
            <numerusform>Đã gộp %n hộ vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agrimap::EditController</name>
    <message>
        <location filename="../../app/editing/edit_controller.cpp" line="+25"/>
        <location line="+229"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+230"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="-223"/>
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
        <location line="+126"/>
        <source>The commune rule is off</source>
        <translation>Quy tắc kiểm tra xã đã bị tắt</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Cannot edit the project</source>
        <translation>Không chỉnh sửa được dự án</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Edit failed</source>
        <translation>Chỉnh sửa không thành công</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot open the Farmer Directory</source>
        <translation>Không mở được Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+72"/>
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
        <location filename="../../app/publishing/export_wizard.cpp" line="+54"/>
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
        <location line="+12"/>
        <source>Σ aggregate from the Farmer Directory, no personal data</source>
        <translation>Σ số liệu tổng hợp từ Danh bạ nông hộ, không chứa dữ liệu cá nhân</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>agrimap::FarmerColumns</name>
    <message>
        <location filename="../../core/directory/farmer_columns.cpp" line="+54"/>
        <source>Household ID</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen ID (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune (before 2025)</source>
        <translation>Xã (trước năm 2025)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hamlet</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperative</source>
        <translation>Hợp tác xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member since</source>
        <translation>Thành viên từ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main crops</source>
        <translation>Cây trồng chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified by</source>
        <translation>Người chỉnh sửa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modified at</source>
        <translation>Thời điểm chỉnh sửa</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tenant</source>
        <translation>người thuê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owner</source>
        <translation>chủ sở hữu</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerDirectoryPanel</name>
    <message>
        <location filename="../../app/directory/farmer_directory_panel.cpp" line="+29"/>
        <source>Farmer Directory</source>
        <translation>Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new household (Insert)</source>
        <translation>Thêm hộ mới (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The chosen household's form (Enter, F2)</source>
        <translation>Mở phiếu thông tin của hộ đã chọn (Enter, F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen household with its links (Delete); Ctrl+Z brings it back</source>
        <translation>Xóa hộ đã chọn cùng các liên kết của hộ (Delete); nhấn Ctrl+Z để khôi phục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link parcels on map</source>
        <translation>&amp;Liên kết thửa đất trên bản đồ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click cadastral parcels on the map to link them to the chosen household, one undo step each (L)</source>
        <translation>Nhấp vào các thửa đất địa chính trên bản đồ để liên kết với hộ đã chọn, mỗi thửa là một bước hoàn tác (L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicates…</source>
        <translation>&amp;Bản ghi trùng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households entered twice: same citizen ID, or same name, birth year and commune</source>
        <translation>Các hộ bị nhập trùng: cùng số CCCD, hoặc cùng họ tên, năm sinh và xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The households shown, or all, to Excel (.xlsx) or CSV</source>
        <translation>Xuất các hộ đang hiển thị, hoặc tất cả các hộ, ra Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 households</source>
        <translation>%1 hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 households</source>
        <translation>%1 trong số %2 hộ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View…</source>
        <translation>Xe&amp;m…</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerExportFlow</name>
    <message>
        <location filename="../../app/directory/farmer_export_flow.cpp" line="+25"/>
        <source>Export the Farmer Directory</source>
        <translation>Xuất Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 for Excel (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 cho Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Personal data</source>
        <translation>Dữ liệu cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file will hold personal data: names, citizen ID numbers, phone numbers, birth years and addresses of households.</source>
        <translation>Tệp sẽ chứa dữ liệu cá nhân: họ tên, số CCCD, số điện thoại, năm sinh và địa chỉ của các hộ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decree 13/2023/NĐ-CP on personal data protection applies: use the file only for the work it is made for, keep it where only the officials concerned can open it, do not send or publish it, and delete it when it is no longer needed. Open data is published with File ▸ Publish open data, which leaves personal data out.</source>
        <translation>Áp dụng Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân: chỉ sử dụng tệp cho đúng công việc đã tạo ra tệp, lưu tệp ở nơi chỉ các cán bộ có liên quan mới mở được, không gửi hoặc công bố tệp, và xóa tệp khi không còn cần đến. Để công bố dữ liệu mở, dùng Tệp ▸ Xuất bản dữ liệu mở; chức năng này loại bỏ dữ liệu cá nhân.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the %1 households shown</source>
        <translation>Xuất %1 hộ đang hiển thị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all %1 households</source>
        <translation>Xuất toàn bộ %1 hộ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>farmers-%1.xlsx</source>
        <translation>farmers-%1.xlsx</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot export the Farmer Directory</source>
        <translation>Không xuất được Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Farmer Directory exported</source>
        <translation>Đã xuất Danh bạ nông hộ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n household(s) written to %1. The file holds personal data: keep it for internal use.</source>
        <translation>
            <numerusform>Đã ghi %n hộ vào %1. Tệp chứa dữ liệu cá nhân: chỉ sử dụng nội bộ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerFilterBar</name>
    <message>
        <location filename="../../app/directory/farmer_filter_bar.cpp" line="+16"/>
        <source>Search: name (marks optional), citizen ID or phone</source>
        <translation>Tìm: họ tên (có dấu hoặc không dấu), số CCCD hoặc số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>"nguyen van a" finds Nguyễn Văn A; words may be partial and in any order. Digits find citizen IDs, phones and household IDs.</source>
        <translation>"nguyen van a" sẽ tìm thấy Nguyễn Văn A; có thể nhập một phần của từ, theo thứ tự bất kỳ. Nhập chữ số để tìm số CCCD, số điện thoại và mã hộ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Households of this commune (new or old name)</source>
        <translation>Các hộ thuộc xã này (tên mới hoặc tên cũ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households of this cooperative</source>
        <translation>Các hộ thuộc hợp tác xã này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households growing this crop</source>
        <translation>Các hộ trồng cây trồng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households linked to this growing area</source>
        <translation>Các hộ liên kết với vùng trồng này</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cooperatives</source>
        <translation>Tất cả hợp tác xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All crops</source>
        <translation>Tất cả cây trồng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All growing areas</source>
        <translation>Tất cả vùng trồng</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerFormDialog</name>
    <message>
        <location filename="../../app/directory/farmer_form_dialog.cpp" line="+42"/>
        <source>New household</source>
        <translation>Hộ mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household: %1</source>
        <translation>Hộ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Household ID</source>
        <translation>&amp;Mã hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household's &amp;name</source>
        <translation>&amp;Họ tên chủ hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name, as on the citizen ID</source>
        <translation>Họ và tên, ghi đúng như trên CCCD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not given)</source>
        <translation>(không khai báo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gender</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year</source>
        <translation>&amp;Năm sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1975</source>
        <translation>ví dụ 1975</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizen ID (CCCD)</source>
        <translation>Số &amp;CCCD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Số điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0912 345 678 or +84 912 345 678</source>
        <translation>0912 345 678 hoặc +84 912 345 678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmune</source>
        <translation>&amp;Xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune (before &amp;2025)</source>
        <translation>Xã (trước năm &amp;2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ha&amp;mlet (ấp)</source>
        <translation>Ấ&amp;p</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ooperative</source>
        <translation>Hợp &amp;tác xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member &amp;since</source>
        <translation>Thành &amp;viên từ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main c&amp;rops</source>
        <translation>Cây t&amp;rồng chính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. xoài, lúa</source>
        <translation>ví dụ xoài, lúa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;tes</source>
        <translation>Gh&amp;i chú</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created by %1 on %2; last changed by %3 on %4</source>
        <translation>Do %1 tạo ngày %2; %3 sửa lần cuối ngày %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Birth year %1 is not a year: write four digits</source>
        <translation>Năm sinh %1 không phải là một năm: hãy viết đủ bốn chữ số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a date: write it as YYYY-MM-DD</source>
        <translation>%1 không phải là ngày: hãy viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citizen ID %1 is already recorded for %2 (household %3)</source>
        <translation>Số CCCD %1 đã được ghi cho %2 (hộ %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parcels (%1)</source>
        <translation>Thửa đất (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing areas (%1)</source>
        <translation>Vùng trồng (%1)</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportController</name>
    <message>
        <location filename="../../app/directory_import/farmer_import_controller.cpp" line="+57"/>
        <source>Import households</source>
        <translation>Nhập danh sách hộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project is open read-only (%1), so households cannot be imported into it.</source>
        <translation>Dự án đang mở ở chế độ chỉ đọc (%1) nên không thể nhập hộ vào dự án.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households are imported into the Farmer Directory of a project: open or create a project (File ▸ Open) first.</source>
        <translation>Các hộ được nhập vào Danh bạ nông hộ của một dự án: hãy mở hoặc tạo dự án (Tệp ▸ Mở) trước.</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportPlan</name>
    <message>
        <location filename="../../core/directory/import/farmer_import_plan.cpp" line="+33"/>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>parcel %1 of sheet %2 in %3</source>
        <translation>thửa %1, tờ %2 tại %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Citizen ID (CCCD) %1 is already recorded for %2 (farmer %3)</source>
        <translation>Số CCCD %1 đã được ghi cho %2 (nông hộ %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Citizen ID (CCCD) %1 is given to %2 in row %3 too</source>
        <translation>Số CCCD %1 cũng được ghi cho %2 ở dòng %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Parcel %1 of sheet %2 needs its commune: map a column to %3 or %4</source>
        <translation>Thửa %1 thuộc tờ %2 cần có xã: hãy ghép một cột với %3 hoặc %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No name, citizen ID or household id: the row names no household</source>
        <translation>Không có họ tên, số CCCD hay mã hộ: dòng này không xác định hộ nào</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its citizen ID %1 is the household of row %2, its household id %3 that of row %4</source>
        <translation>Số CCCD %1 thuộc hộ ở dòng %2, còn mã hộ %3 thuộc hộ ở dòng %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Its citizen ID %1 is %2 (farmer %3) but its household id %4 is %5 (farmer %6)</source>
        <translation>Số CCCD %1 là của %2 (nông hộ %3) nhưng mã hộ %4 là của %5 (nông hộ %6)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Citizen ID (CCCD) %1 is recorded for %2 (farmer %3), not for %4: check the ID or the name</source>
        <translation>Số CCCD %1 được ghi cho %2 (nông hộ %3), không phải cho %4: hãy kiểm tra lại số CCCD hoặc họ tên</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A new household needs a name (its citizen ID and household id match no farmer of the directory)</source>
        <translation>Hộ mới phải có họ tên (số CCCD và mã hộ không khớp với nông hộ nào trong danh bạ)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>It is the household of row %1 but gives another %2: "%3" here, "%4" there</source>
        <translation>Đây là hộ ở dòng %1 nhưng ghi %2 khác: "%3" ở dòng này, "%4" ở dòng kia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It repeats %1 of the household of row %2</source>
        <translation>Dòng này lặp lại %1 của hộ ở dòng %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It repeats the household of row %1 and adds nothing</source>
        <translation>Dòng này lặp lại hộ ở dòng %1 và không bổ sung thông tin gì</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportReport</name>
    <message>
        <location filename="../../core/directory/import/farmer_import_report.cpp" line="+16"/>
        <source>Dry run of the import of %1 (nothing was stored)</source>
        <translation>Chạy thử nhập %1 (chưa lưu dữ liệu nào)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import of %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text encoding: %1 (detected)</source>
        <translation>Bảng mã: %1 (tự nhận dạng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text encoding: %1 (chosen)</source>
        <translation>Bảng mã: %1 (đã chọn)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>Đã đọc %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  imported:  %1</source>
        <translation>  đã nhập:     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  updated:   %1</source>
        <translation>  đã cập nhật: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  unchanged: %1</source>
        <translation>  không đổi:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  rejected:  %1</source>
        <translation>  bị từ chối:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households added: %1, households updated: %2, parcels linked: %3</source>
        <translation>Số hộ thêm mới: %1, số hộ cập nhật: %2, số thửa đã liên kết: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng trống</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n citizen ID(s) or phone number(s) had lost their leading 0 in a spreadsheet; it was put back</source>
        <translation>
            <numerusform>%n số CCCD hoặc số điện thoại bị mất số 0 ở đầu do bảng tính; số 0 đã được thêm lại</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 rejected: %2</source>
        <translation>Dòng %1 bị từ chối: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows were written to %1</source>
        <translation>Các dòng bị từ chối đã được ghi vào %1</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportRow</name>
    <message>
        <location filename="../../core/directory/import/farmer_import_row.cpp" line="+149"/>
        <source>%1 "%2" (column "%3") is not understood: %4</source>
        <translation>Không hiểu được %1 "%2" (cột "%3"): %4</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>write Nam or Nữ (male or female)</source>
        <translation>hãy ghi Nam hoặc Nữ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a year such as 1965 or a date such as 12/03/1965</source>
        <translation>cần ghi năm, ví dụ 1965, hoặc ngày, ví dụ 12/03/1965</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>expected a date such as 01/07/2018, or a year</source>
        <translation>cần ghi ngày, ví dụ 01/07/2018, hoặc năm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected square metres, 0 or more</source>
        <translation>cần ghi số mét vuông, từ 0 trở lên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write chủ sở hữu, thuê or khác (owner, tenant or other)</source>
        <translation>hãy ghi chủ sở hữu, thuê hoặc khác</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parcel is incomplete: %1 "%2" and %3 "%4" are both needed</source>
        <translation>Thửa đất chưa đủ thông tin: cần có cả %1 "%2" và %3 "%4"</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerImportWizard</name>
    <message>
        <location filename="../../app/directory_import/farmer_import_wizard.cpp" line="+44"/>
        <source>Import households</source>
        <translation>Nhập danh sách hộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the import: nothing is stored</source>
        <translation>Dừng nhập: không lưu dữ liệu nào</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import report</source>
        <translation>Báo cáo kết quả nhập</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open rejects file</source>
        <translation>Mở tệp dòng bị từ chối</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 imported, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Đã nhập %1, cập nhật %2, không thay đổi %3, từ chối %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rejected rows, each with its reason, are in %1: correct them there and import that file.</source>
        <translation>Các dòng bị từ chối, kèm lý do của từng dòng, được ghi trong %1: hãy sửa các dòng đó trong tệp này rồi nhập tệp này.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Checking and storing %n row(s)…</source>
        <translation>
            <numerusform>Đang kiểm tra và lưu %n dòng…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import households from %1</source>
        <translation>Nhập hộ từ %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported: %1</source>
        <translation>Không có dữ liệu nào được nhập: %1</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerSession</name>
    <message>
        <location filename="../../core/directory/farmer_session.cpp" line="+21"/>
        <source>%1 has no Farmer Directory</source>
        <translation>%1 không có Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+62"/>
        <source>Add farmer %1</source>
        <translation>Thêm nông hộ %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+60"/>
        <source>Change farmer %1</source>
        <translation>Thay đổi nông hộ %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Delete farmer %1</source>
        <translation>Xóa nông hộ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link parcel %1/%2 (%3) to %4</source>
        <translation>Liên kết thửa đất %1/%2 (%3) với %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlink parcel %1/%2 (%3) from %4</source>
        <translation>Hủy liên kết thửa đất %1/%2 (%3) với %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link growing area %1 to %2</source>
        <translation>Liên kết vùng trồng %1 với %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unlink growing area %1 from %2</source>
        <translation>Hủy liên kết vùng trồng %1 với %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge farmer %1 into %2</source>
        <translation>Gộp nông hộ %1 vào %2</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerStore</name>
    <message>
        <location filename="../../core/directory/farmer_store.cpp" line="+103"/>
        <source>%1 has no Farmer Directory yet: open it for editing once to add one</source>
        <translation>%1 chưa có Danh bạ nông hộ: hãy mở ở chế độ chỉnh sửa một lần để tạo danh bạ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Farmer %1 is not in the Farmer Directory</source>
        <translation>Nông hộ %1 không có trong Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Parcel link %1 does not exist</source>
        <translation>Liên kết thửa đất %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Growing area link %1 does not exist</source>
        <translation>Liên kết vùng trồng %1 không tồn tại</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Citizen ID (CCCD) %1 is already recorded for %2 (farmer %3)</source>
        <translation>Số CCCD %1 đã được ghi cho %2 (nông hộ %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The farmer %1 was not saved: %2</source>
        <translation>Không lưu được nông hộ %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write row %1 of %2</source>
        <translation>Không ghi được dòng %1 của %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot delete row %1 of %2</source>
        <translation>Không xóa được dòng %1 của %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cancelled: nothing was stored</source>
        <translation>Đã hủy: không lưu dữ liệu nào</translation>
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
        <translation>%1: hãy chọn tệp có đuôi .xlsx hoặc .csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no Farmer Directory to export</source>
        <translation>%1 không có Danh bạ nông hộ để xuất</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create %1: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Farmer Directory</source>
        <translation>Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Parcels</source>
        <translation>Thửa đất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing areas</source>
        <translation>Vùng trồng</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write row %1 of %2: %3</source>
        <translation>Không ghi được dòng %1 của %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export was cancelled</source>
        <translation>Đã hủy xuất</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot move the finished file to %1</source>
        <translation>Không chuyển được tệp đã hoàn tất tới %1</translation>
    </message>
</context>
<context>
    <name>agrimap::FarmerValidation</name>
    <message>
        <location filename="../../core/directory/farmer_validation.cpp" line="+34"/>
        <source>Phone %1: 11-digit mobile numbers starting with 01 became 10-digit numbers in 2018 (e.g. 0168… is now 038…)</source>
        <translation>Số điện thoại %1: từ năm 2018, số di động 11 chữ số bắt đầu bằng 01 đã chuyển thành số 10 chữ số (ví dụ 0168… nay là 038…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone %1 is not a Vietnamese number: expected 0 and 9 digits for a mobile (03, 05, 07, 08, 09…), 0 and 10 digits for a landline (02…), or +84 instead of the 0</source>
        <translation>Số điện thoại %1 không phải là số của Việt Nam: số di động phải gồm số 0 và 9 chữ số (03, 05, 07, 08, 09…), số cố định gồm số 0 và 10 chữ số (02…), hoặc thay số 0 bằng +84</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Full name: a farmer needs a name</source>
        <translation>Họ tên: nông hộ phải có họ tên</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Citizen ID (CCCD) %1 must be exactly 12 digits (it has %n characters)</source>
        <translation>
            <numerusform>Số CCCD %1 phải gồm đúng 12 chữ số (hiện có %n ký tự)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Birth year %1 is not plausible for a farmer: expected %2 to %3</source>
        <translation>Năm sinh %1 không hợp lý đối với chủ hộ: phải từ %2 đến %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member since %1 is in the future</source>
        <translation>Thành viên từ %1: đây là ngày trong tương lai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member since %1 is before the birth year %2</source>
        <translation>Thời điểm gia nhập %1 sớm hơn năm sinh %2</translation>
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
    <name>agrimap::GrowingAreaPage</name>
    <message>
        <location filename="../../app/statistics/growing_area_page.cpp" line="+24"/>
        <source>&amp;Layer:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Nhóm theo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No growing-area layer is open (a layer with a crop field, such as the project's production areas).</source>
        <translation>Chưa mở lớp vùng trồng nào (lớp có trường cây trồng, ví dụ lớp vùng trồng của dự án).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
</context>
<context>
    <name>agrimap::GrowingAreaStatistics</name>
    <message>
        <location filename="../../core/analysis/growing_area_statistics.cpp" line="+62"/>
        <source>Crop</source>
        <translation>Cây trồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certification</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Growing areas by %1</source>
        <translation>Vùng trồng theo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Growing areas</source>
        <translation>Vùng trồng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area (ha)</source>
        <translation>Diện tích (ha)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households (declared)</source>
        <translation>Số hộ (kê khai)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(not set)</source>
        <translation>(chưa xác định)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>agrimap::IdentifyPanel</name>
    <message>
        <location filename="../../app/panels/identify_panel.cpp" line="+45"/>
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
        <location line="+202"/>
        <source>Copy value</source>
        <translation>Sao chép giá trị</translation>
    </message>
    <message>
        <location line="-185"/>
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
        <location line="+23"/>
        <source>Double-click to show it</source>
        <translation>Nhấp đúp để hiển thị</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+58"/>
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
    <name>agrimap::ImportColumnsPage</name>
    <message>
        <location filename="../../app/directory_import/import_columns_page.cpp" line="+23"/>
        <source>The columns are mapped as in the last import of a file with these columns.</source>
        <translation>Các cột được ghép như lần nhập gần nhất của tệp có các cột này.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns are mapped from their names: check each one. AgriMap remembers your choice for the next file with these columns.</source>
        <translation>Các cột được ghép theo tên cột: hãy kiểm tra từng cột. AgriMap sẽ ghi nhớ lựa chọn của bạn cho tệp tiếp theo có các cột này.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text and columns</source>
        <translation>Văn bản và các cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that names read correctly and say what each column holds. Rows whose citizen ID or household id is already in the directory update it.</source>
        <translation>Hãy kiểm tra họ tên đã được đọc đúng chưa và cho biết nội dung của từng cột. Các dòng có số CCCD hoặc mã hộ đã có trong danh bạ sẽ cập nhật thông tin của hộ đó.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Các giá trị đầu tiên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text encoding:</source>
        <translation>Bảng mã:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first rows as they will be read:</source>
        <translation>Các dòng đầu tiên sẽ được đọc như sau:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Automatic (detected: %1)</source>
        <translation>Tự động (nhận dạng được: %1)</translation>
    </message>
</context>
<context>
    <name>agrimap::ImportMapping</name>
    <message>
        <location filename="../../core/directory/import/farmer_import_mapping.cpp" line="+155"/>
        <source>This is not an AgriMap column mapping: %1</source>
        <translation>Đây không phải là tệp ghép cột của AgriMap: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(not imported)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household id</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name (head of household)</source>
        <translation>Họ tên (chủ hộ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen ID (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune before the 2025 merger</source>
        <translation>Xã trước khi sáp nhập năm 2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hamlet (ấp)</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperative</source>
        <translation>Hợp tác xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member since</source>
        <translation>Thành viên từ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main crops</source>
        <translation>Cây trồng chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: commune</source>
        <translation>Thửa đất: xã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: map sheet</source>
        <translation>Thửa đất: số tờ bản đồ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: parcel number</source>
        <translation>Thửa đất: số thửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: farmed area (m²)</source>
        <translation>Thửa đất: diện tích canh tác (m²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel: tenure</source>
        <translation>Thửa đất: hình thức sử dụng</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is given to several columns (%2): choose one</source>
        <translation>%1 được gán cho nhiều cột (%2): hãy chọn một cột</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column is mapped to %1, which every household needs</source>
        <translation>chưa có cột nào được ghép với %1, là trường bắt buộc đối với mọi hộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a parcel needs both %1 and %2</source>
        <translation>thửa đất cần có cả %1 và %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parcel columns are mapped without %1 and %2</source>
        <translation>đã ghép các cột thửa đất nhưng thiếu %1 và %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column mapping cannot be used: %1</source>
        <translation>Không dùng được cách ghép cột: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>"format" is not "%1"</source>
        <translation>"format" không phải là "%1"</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown field "%1" for column "%2"</source>
        <translation>trường "%1" của cột "%2" không xác định</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the column mapping %1: %2</source>
        <translation>Không đọc được tệp ghép cột %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the column mapping %1: %2</source>
        <translation>Không ghi được tệp ghép cột %1: %2</translation>
    </message>
</context>
<context>
    <name>agrimap::ImportSourcePage</name>
    <message>
        <location filename="../../app/directory_import/import_source_page.cpp" line="+21"/>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading</source>
        <translation>Dừng đọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households file</source>
        <translation>Tệp danh sách hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file or an Excel workbook (.xlsx) whose first row names the columns. Text typed with the old TCVN3 (.VnTime) or VNI fonts is recognised.</source>
        <translation>Tệp CSV hoặc sổ làm việc Excel (.xlsx) có dòng đầu tiên là tên các cột. Văn bản gõ bằng phông chữ TCVN3 (.VnTime) hoặc VNI cũ cũng được nhận dạng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import households</source>
        <translation>Nhập danh sách hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households tables (*.csv *.xlsx *.xlsm *.tsv *.txt);;All files (*)</source>
        <translation>Bảng danh sách hộ (*.csv *.xlsx *.xlsm *.tsv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n row(s), %1 column(s)</source>
        <translation>
            <numerusform>%n dòng, %1 cột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n empty row(s) will be skipped)</source>
        <translation>
            <numerusform>(sẽ bỏ qua %n dòng trống)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is in %1: it will be converted to Unicode.</source>
        <translation>Văn bản dùng bảng mã %1: sẽ được chuyển sang Unicode.</translation>
    </message>
</context>
<context>
    <name>agrimap::ImportTable</name>
    <message>
        <location filename="../../core/directory/import/import_table.cpp" line="+19"/>
        <source>no further detail from GDAL</source>
        <translation>GDAL không cho biết thêm chi tiết</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: households are imported from CSV (.csv, .tsv, .txt) and Excel (.xlsx) files; save the table in one of these formats</source>
        <translation>%1: chỉ nhập được danh sách hộ từ tệp CSV (.csv, .tsv, .txt) và Excel (.xlsx); hãy lưu bảng theo một trong các định dạng này</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+83"/>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>%1 has no sheet named "%2" (it has %3)</source>
        <translation>%1 không có trang tính nào tên là "%2" (các trang tính hiện có: %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a CSV file: it has no sheet "%2"</source>
        <translation>%1 là tệp CSV: không có trang tính "%2"</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no table: the first row should name the columns</source>
        <translation>%1 không chứa bảng nào: dòng đầu tiên phải là tên các cột</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>agrimap::LandUseCharts</name>
    <message>
        <location filename="../../app/statistics/land_use_charts.cpp" line="+52"/>
        <source>Land use of %1 (ha)</source>
        <translation>Sử dụng đất của %1 (ha)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land use by commune (ha)</source>
        <translation>Sử dụng đất theo xã (ha)</translation>
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
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code and commune &amp;fields:</source>
        <translation>&amp;Trường mã và trường xã:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;mmune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field that holds the land-use codes</source>
        <translation>Trường chứa mã loại đất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field that names the commune of each parcel</source>
        <translation>Trường chứa tên xã của từng thửa đất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By code</source>
        <translation>Theo mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By commune and code</source>
        <translation>Theo xã và mã</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No vector layer is open. Add a land-use or cadastral layer to the map first.</source>
        <translation>Chưa mở lớp vector nào. Hãy thêm lớp sử dụng đất hoặc lớp địa chính vào bản đồ trước.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no commune field)</source>
        <translation>(không có trường xã)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no field named like a land-use code (KyHieuMucDichSuDung, MDSD, land_use…). Choose the field that holds the codes.</source>
        <translation>%1 không có trường nào có tên giống trường mã loại đất (KyHieuMucDichSuDung, MDSD, land_use…). Hãy chọn trường chứa mã loại đất.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n feature(s) without a readable geometry are counted without area.</source>
        <translation>
            <numerusform>%n đối tượng không đọc được dữ liệu hình học vẫn được đếm nhưng không tính diện tích.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Areas measured in %1.</source>
        <translation>Diện tích được đo theo %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer has no CRS: its coordinates were taken as metres. Assign its CRS in the map window for true areas.</source>
        <translation>Lớp chưa có hệ quy chiếu: tọa độ được coi là mét. Hãy gán hệ quy chiếu cho lớp trong cửa sổ bản đồ để có diện tích chính xác.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
</context>
<context>
    <name>agrimap::LandUseStatistics</name>
    <message>
        <location filename="../../core/analysis/land_use_statistics.cpp" line="+34"/>
        <source>(no commune)</source>
        <translation>(không có xã)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no code)</source>
        <translation>(không có mã)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Land use of %1</source>
        <translation>Sử dụng đất của %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+27"/>
        <source>Land use</source>
        <translation>Sử dụng đất</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+27"/>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+27"/>
        <location line="+33"/>
        <source>Parcels</source>
        <translation>Thửa đất</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+27"/>
        <location line="+33"/>
        <source>Area (ha)</source>
        <translation>Diện tích (ha)</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>Share (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+34"/>
        <location line="+26"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Land use by commune</source>
        <translation>Sử dụng đất theo xã</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Share of commune (%)</source>
        <translation>Tỷ lệ trong xã (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Communes</source>
        <translation>Các xã</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 has no land-use code field (such as KyHieuMucDichSuDung, MDSD or land_use). Choose the field that holds the codes.</source>
        <translation>%1 không có trường mã loại đất (như KyHieuMucDichSuDung, MDSD hoặc land_use). Hãy chọn trường chứa mã loại đất.</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerFactory</name>
    <message>
        <location filename="../../layers/layer_factory.cpp" line="+57"/>
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
    <name>agrimap::LayerFieldPicker</name>
    <message>
        <location filename="../../app/planning/layer_field_picker.cpp" line="+37"/>
        <source>The field that holds the code</source>
        <translation>Trường chứa mã</translation>
    </message>
</context>
<context>
    <name>agrimap::LayerTreeDock</name>
    <message>
        <location filename="../../app/panels/layer_tree_dock.cpp" line="+24"/>
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+178"/>
        <source>Move up</source>
        <translation>Di chuyển lên</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+182"/>
        <source>Move down</source>
        <translation>Di chuyển xuống</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+187"/>
        <source>Remove layer</source>
        <translation>Gỡ bỏ lớp</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <location line="+16"/>
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
        <location line="+44"/>
        <source>All %1 layers</source>
        <translation>Tất cả %1 lớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>Add layers</source>
        <translation>Thêm lớp</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1 holds several layers. Which should be added?</source>
        <translation>%1 chứa nhiều lớp. Cần thêm những lớp nào?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no coordinate reference system: use Layer ▸ Assign CRS…</source>
        <translation>%1 chưa có hệ quy chiếu tọa độ: dùng Lớp ▸ Gán hệ quy chiếu…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Area: %1 ha</source>
        <translation>Diện tích: %1 ha</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <source>&amp;Print map…</source>
        <translation>&amp;In bản đồ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish open data…</source>
        <translation>&amp;Xuất bản dữ liệu mở…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import households…</source>
        <translation>&amp;Nhập danh sách hộ…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+6"/>
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
        <location line="+7"/>
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
        <source>A&amp;nalysis</source>
        <translation>&amp;Phân tích</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Statistics…</source>
        <translation>&amp;Thống kê…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Planning checks…</source>
        <translation>&amp;Kiểm tra quy hoạch…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+68"/>
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
        <location line="+30"/>
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
        <location filename="../../core/publishing/open_data_exporter.cpp" line="+94"/>
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
        <location filename="../../core/publishing/source_layer_reader.cpp" line="+24"/>
        <source>%1: no layer %2</source>
        <translation>%1: không có lớp %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 cannot be published: it is personal data (%3)</source>
        <translation>Không thể xuất bản %1.%2: đây là dữ liệu cá nhân (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 comes from the Farmer Directory and only the project's growing areas have it</source>
        <translation>%1: %2 lấy từ Danh bạ nông hộ và chỉ các vùng trồng của dự án mới có thông tin này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no field %2</source>
        <translation>%1 không có trường %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot create %1: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot create layer %1: %2</source>
        <translation>Không tạo được lớp %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create field %1: %2</source>
        <translation>Không tạo được trường %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/publishing/text_value_guard.cpp" line="+29"/>
        <source>a name in the Farmer Directory</source>
        <translation>một họ tên trong Danh bạ nông hộ</translation>
    </message>
    <message>
        <location filename="../../core/publishing/source_layer_reader.cpp" line="+21"/>
        <source>%1: cannot reproject from %2 to %3: %4</source>
        <translation>%1: không chuyển đổi được tọa độ từ %2 sang %3: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused: %1, field %2, feature %3 holds %4. Remove it from the field or leave the field out.</source>
        <translation>Từ chối: %1, trường %2, đối tượng %3 chứa %4. Hãy xóa giá trị đó khỏi trường hoặc bỏ trường này ra.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: feature %2 cannot be reprojected</source>
        <translation>%1: không chuyển hệ tọa độ được đối tượng %2</translation>
    </message>
    <message>
        <location filename="../../core/publishing/layer_publisher.cpp" line="+60"/>
        <location line="+14"/>
        <location line="+27"/>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>Không ghi được %1: %2 (ổ đĩa đã đầy?)</translation>
    </message>
    <message>
        <location line="-11"/>
        <location filename="../../core/publishing/open_data_exporter.cpp" line="-67"/>
        <source>The export was cancelled; no file was written</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi</translation>
    </message>
    <message>
        <location filename="../../core/publishing/open_data_exporter.cpp" line="+9"/>
        <source>The written package does not read back: %1</source>
        <translation>Gói vừa ghi không đọc lại được: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move the package to %1</source>
        <translation>Không chuyển được gói tới %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/companion_files.cpp" line="+42"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>Cannot move %1 into place</source>
        <translation>Không chuyển được %1 vào vị trí</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/publishing/export_profile_storage.cpp" line="+88"/>
        <source>Cannot open %1</source>
        <translation>Không mở được %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/directory_aggregates.cpp" line="+76"/>
        <source>Cannot compute %1 from the Farmer Directory of %2: %3</source>
        <translation>Không tính được %1 từ Danh bạ nông hộ của %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/publishing/export_profile_storage.cpp" line="-37"/>
        <source>The export profile cannot be read: %1</source>
        <translation>Không đọc được hồ sơ xuất: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot open %1 for writing</source>
        <translation>Không mở được %1 để ghi</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+16"/>
        <source>Cannot save the export profile in %1</source>
        <translation>Không lưu được hồ sơ xuất vào %1</translation>
    </message>
    <message>
        <location filename="../../core/publishing/external_sorter.h" line="+97"/>
        <source>Cannot write the temporary file of the spatial index (is the temporary folder full?)</source>
        <translation>Không ghi được tệp tạm của chỉ mục không gian (thư mục tạm đã đầy?)</translation>
    </message>
    <message>
        <location filename="../../core/publishing/gpkg_spatial_index.cpp" line="+109"/>
        <source>Cannot build the spatial index of %1: %2</source>
        <translation>Không tạo được chỉ mục không gian của %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot build the spatial indexes of %1: %2</source>
        <translation>Không tạo được chỉ mục không gian của %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/publishing/rtree_packer.cpp" line="+41"/>
        <source>Cannot write the spatial index %1: %2</source>
        <translation>Không ghi được chỉ mục không gian %1: %2</translation>
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
    <name>agrimap::ParcelLinkTool</name>
    <message>
        <location filename="../../app/directory/parcel_link_tool.h" line="+18"/>
        <source>Link parcels to the household</source>
        <translation>Liên kết thửa đất với hộ</translation>
    </message>
</context>
<context>
    <name>agrimap::ParcelLinksEditor</name>
    <message>
        <location filename="../../app/directory/parcel_links_editor.cpp" line="+32"/>
        <source>&amp;Add parcel</source>
        <translation>&amp;Thêm thửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove parcel</source>
        <translation>&amp;Gỡ bỏ thửa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map sheet</source>
        <translation>Tờ bản đồ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parcel</source>
        <translation>Thửa đất</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Farmed area (m²)</source>
        <translation>Diện tích canh tác (m²)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenure</source>
        <translation>Hình thức sử dụng</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Parcel row %1: fill in the commune, map sheet and parcel number</source>
        <translation>Dòng thửa đất %1: hãy điền xã, số tờ bản đồ và số thửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcel row %1: the farmed area %2 is not a number of m² (0 or more)</source>
        <translation>Dòng thửa đất %1: diện tích canh tác %2 không phải là số m² hợp lệ (từ 0 trở lên)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel row %1: %2/%3 in %4 is listed twice</source>
        <translation>Dòng thửa đất %1: thửa %2/%3 tại %4 bị liệt kê hai lần</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parcel row %1: there is no parcel %2/%3 in %4 on the cadastral layers of the map</source>
        <translation>Dòng thửa đất %1: không có thửa %2/%3 tại %4 trên các lớp địa chính của bản đồ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cadastral layer is on the map: the parcels cannot be checked. Add the cadastral map to check them.</source>
        <translation>Bản đồ chưa có lớp địa chính: không kiểm tra được các thửa đất. Hãy thêm bản đồ địa chính để kiểm tra.</translation>
    </message>
</context>
<context>
    <name>agrimap::PlanningDock</name>
    <message>
        <location filename="../../app/planning/planning_dock.cpp" line="+62"/>
        <source>Planning checks</source>
        <translation>Kiểm tra quy hoạch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Non-agricultural land</source>
        <translation>Đất phi nông nghiệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel codes</source>
        <translation>Mã loại đất của thửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare land use</source>
        <translation>So sánh sử dụng đất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growing areas on land whose land-use code is not agricultural</source>
        <translation>Vùng trồng nằm trên đất có mã loại đất không phải đất nông nghiệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcels whose recorded code differs from the land-use map</source>
        <translation>Thửa đất có mã loại đất đã ghi khác với bản đồ sử dụng đất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed between two land-use layers</source>
        <translation>Những thay đổi giữa hai lớp sử dụng đất</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Run the check</source>
        <translation>Thực hiện kiểm tra</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a row to see the piece on the map</source>
        <translation>Nhấp đúp vào một dòng để xem phần tương ứng trên bản đồ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the findings as…</source>
        <translation>Lưu kết quả kiểm tra thành…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The findings layer is temporary; save it to keep it</source>
        <translation>Lớp kết quả kiểm tra là lớp tạm; hãy lưu lại để giữ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the findings</source>
        <translation>Lưu kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the findings</source>
        <translation>Không lưu được kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no findings to save: run the check first.</source>
        <translation>Không có kết quả kiểm tra nào để lưu: hãy chạy kiểm tra trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be replaced: it may be open in another program.</source>
        <translation>Không thay thế được %1: tệp có thể đang được mở trong chương trình khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written: choose a folder you may write to.</source>
        <translation>Không ghi được %1: hãy chọn thư mục mà bạn có quyền ghi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Growing areas:</source>
        <translation>Vùng trồng:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Land use:</source>
        <translation>Sử dụng đất:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parcels:</source>
        <translation>Thửa đất:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Land-use map:</source>
        <translation>Bản đồ sử dụng đất:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the parcel</source>
        <translation>% diện tích thửa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report when the differing part reaches</source>
        <translation>Báo cáo khi phần khác biệt đạt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First (from):</source>
        <translation>Lớp thứ nhất (từ):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second (to):</source>
        <translation>Lớp thứ hai (sang):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hectares that went from the row's code to the column's code</source>
        <translation>Số ha chuyển từ mã ở dòng sang mã ở cột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the matrix as CSV…</source>
        <translation>Xuất ma trận ra CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the transition matrix</source>
        <translation>Xuất ma trận chuyển đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the matrix</source>
        <translation>Không xuất được ma trận</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transition matrix (ha)</source>
        <translation>Ma trận chuyển đổi (ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed pieces</source>
        <translation>Các phần thay đổi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Agricultural codes: %1</source>
        <translation>Mã đất nông nghiệp: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the list in the project</source>
        <translation>Không lưu được danh sách vào dự án</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check failed: %1</source>
        <translation>Kiểm tra không thành công: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The layer of findings cannot be shown: %1</source>
        <translation>Không hiển thị được lớp kết quả kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>agrimap::PlanningTasks</name>
    <message numerus="yes">
        <location filename="../../app/planning/planning_tasks.cpp" line="+40"/>
        <source>%n pair(s) of polygons could not be overlaid (invalid shapes).</source>
        <translation>
            <numerusform>%n cặp đa giác không chồng lớp được (hình dạng không hợp lệ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n feature(s) without a readable polygon were left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %n đối tượng không có đa giác đọc được.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>No growing area lies on non-agricultural land (%n area(s) checked).</source>
        <translation>
            <numerusform>Không có vùng trồng nào nằm trên đất phi nông nghiệp (đã kiểm tra %n vùng trồng).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %2 growing areas lie partly on non-agricultural land: %n piece(s), %3 ha.</source>
        <translation>
            <numerusform>%1 trên %2 vùng trồng nằm một phần trên đất phi nông nghiệp: %n mảnh, %3 ha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n parcel(s) differ from the land-use map beyond the threshold</source>
        <translation>
            <numerusform>%n thửa đất sai khác với bản đồ sử dụng đất vượt quá ngưỡng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n parcel(s) checked).</source>
        <translation>
            <numerusform>(đã kiểm tra %n thửa đất).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parcel(s) have no code and were not checked.</source>
        <translation>
            <numerusform>%n thửa đất không có mã nên không được kiểm tra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Compared %1 ha (in %2): %3 ha changed code, in %n piece(s) listed.</source>
        <translation>
            <numerusform>Đã so sánh %1 ha (theo %2): %3 ha đã thay đổi mã, gồm %n mảnh được liệt kê.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only in the first layer: %1 ha; only in the second: %2 ha.</source>
        <translation>Chỉ có trong lớp thứ nhất: %1 ha; chỉ có trong lớp thứ hai: %2 ha.</translation>
    </message>
</context>
<context>
    <name>agrimap::PrintDialog</name>
    <message>
        <location filename="../../app/print/print_dialog.cpp" line="+46"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel printing</source>
        <translation>Hủy in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print map</source>
        <translation>In bản đồ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>map.pdf or map.png</source>
        <translation>map.pdf hoặc map.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Xuất ra tệp:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the map to</source>
        <translation>In bản đồ ra tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Printing %1…</source>
        <translation>Đang in %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
</context>
<context>
    <name>agrimap::PrintOptionsForm</name>
    <message>
        <location filename="../../app/print/print_options_form.cpp" line="+64"/>
        <source>Legend of the visible layers</source>
        <translation>Chú giải các lớp đang hiển thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphic scale bar</source>
        <translation>Thước tỷ lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>Mũi tên chỉ hướng bắc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate grid</source>
        <translation>Lưới tọa độ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current view</source>
        <translation>Khung nhìn hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This extent (xmin, ymin, xmax, ymax)</source>
        <translation>Phạm vi này (xmin, ymin, xmax, ymax)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit the area</source>
        <translation>Vừa phạm vi in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a scale or type one, e.g. 1:7500</source>
        <translation>Chọn tỷ lệ hoặc nhập tỷ lệ, ví dụ 1:7500</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>printed above the map</source>
        <translation>in phía trên bản đồ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Hướng giấy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>Tiêu đề &amp;phụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>Phạm &amp;vi in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;cale:</source>
        <translation>Tỷ &amp;lệ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source:</source>
        <translation>Ng&amp;uồn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au&amp;thor:</source>
        <translation>Tác &amp;giả:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an image file; empty for none</source>
        <translation>tệp ảnh; để trống nếu không dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a logo</source>
        <translation>Chọn logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The extent must be four numbers, xmin, ymin, xmax, ymax, in the map's CRS; the current view is printed instead.</source>
        <translation>Phạm vi phải gồm bốn số xmin, ymin, xmax, ymax theo hệ quy chiếu của bản đồ; khung nhìn hiện tại sẽ được in thay thế.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a scale: type one like 1:5000. The scale fits the area instead.</source>
        <translation>“%1” không phải là tỷ lệ: hãy nhập theo dạng 1:5000. Tỷ lệ sẽ được chọn vừa phạm vi in.</translation>
    </message>
</context>
<context>
    <name>agrimap::PrintPreview</name>
    <message>
        <location filename="../../app/print/print_preview.cpp" line="+64"/>
        <source>Drawing the preview…</source>
        <translation>Đang vẽ bản xem trước…</translation>
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
        <location line="+17"/>
        <source>Cannot save the project</source>
        <translation>Không lưu được dự án</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Nothing was lost: the project is still open as it was.</source>
        <translation>Không có dữ liệu nào bị mất: dự án vẫn đang mở như trước.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../../core/editing/project_store.cpp" line="+74"/>
        <source>unknown reason</source>
        <translation>không rõ lý do</translation>
    </message>
    <message>
        <location line="+124"/>
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
        <location line="+40"/>
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
        <location line="+105"/>
        <source>Cannot delete growing area %1</source>
        <translation>Không xóa được vùng trồng %1</translation>
    </message>
    <message>
        <location line="+191"/>
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
    <message>
        <location filename="../../core/directory/directory_schema.cpp" line="+65"/>
        <source>Cannot create the Farmer Directory table %1</source>
        <translation>Không tạo được bảng Danh bạ nông hộ %1</translation>
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
    <name>agrimap::RejectedRowsFile</name>
    <message>
        <location filename="../../core/directory/import/rejected_rows_file.cpp" line="+24"/>
        <source>Cannot write the rejected rows to %1: %2. Nothing was imported; make the folder writable, or close the file if it is open in Excel</source>
        <translation>Không ghi được các dòng bị từ chối vào %1: %2. Chưa có dữ liệu nào được nhập; hãy cấp quyền ghi cho thư mục, hoặc đóng tệp nếu tệp đang mở trong Excel</translation>
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
    <name>agrimap::SampleHouseholds</name>
    <message>
        <location filename="../../core/directory/sample_households.cpp" line="+48"/>
        <source>Cannot read the parcels %1 of %2</source>
        <translation>Không đọc được các thửa đất %1 của %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no commune, map sheet and parcel number fields</source>
        <translation>%1 không có trường xã, số tờ bản đồ và số thửa</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The project has no cooperatives table</source>
        <translation>Dự án không có bảng hợp tác xã</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the cooperative %1</source>
        <translation>Không ghi được hợp tác xã %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A sample needs at least two households</source>
        <translation>Mẫu cần có ít nhất hai hộ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cadastral parcel lies inside a growing area of the project</source>
        <translation>Không có thửa đất địa chính nào nằm trong vùng trồng của dự án</translation>
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
    <name>agrimap::StatisticsDialog</name>
    <message>
        <location filename="../../app/statistics/statistics_dialog.cpp" line="+29"/>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export E&amp;xcel…</source>
        <translation>Xuất E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Land use</source>
        <translation>&amp;Sử dụng đất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Growing areas</source>
        <translation>&amp;Vùng trồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Farmer Directory</source>
        <translation>&amp;Danh bạ nông hộ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the layers again, with the latest edits (F5)</source>
        <translation>Đọc lại các lớp, kèm các chỉnh sửa mới nhất (F5)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Export the table to Excel</source>
        <translation>Xuất bảng ra Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the table to CSV</source>
        <translation>Xuất bảng ra CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files, UTF-8 (*.csv)</source>
        <translation>Tệp CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Growing areas (project)</source>
        <translation>Vùng trồng (dự án)</translation>
    </message>
</context>
<context>
    <name>agrimap::StatisticsExport</name>
    <message>
        <location filename="../../core/analysis/statistics_export.cpp" line="+100"/>
        <source>Cannot write the statistics to %1: %2. Choose a folder you may write to, and close the file if another program has it open.</source>
        <translation>Không ghi được số liệu thống kê vào %1: %2. Hãy chọn thư mục được phép ghi và đóng tệp nếu tệp đang được mở trong chương trình khác.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this GDAL has no XLSX driver</source>
        <translation>phiên bản GDAL này không có trình điều khiển XLSX</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the workbook was not written</source>
        <translation>không ghi được bảng tính</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot replace the file</source>
        <translation>không thay thế được tệp</translation>
    </message>
</context>
<context>
    <name>agrimap::StatisticsPage</name>
    <message>
        <location filename="../../app/statistics/statistics_page.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>agrimap::StatisticsSources</name>
    <message>
        <location filename="../../core/analysis/statistics_sources.cpp" line="+64"/>
        <source>Growing areas (project)</source>
        <translation>Vùng trồng (dự án)</translation>
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
        <translation>Bảng mã</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (detected: %1)</source>
        <translation>Tự động (nhận dạng được: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unicode (as the file says)</source>
        <translation>Unicode (theo khai báo của tệp)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the names and other text of this file are read. Old Vietnamese files were typed in TCVN3 (.VnTime) or VNI fonts; AgriMap detects them.</source>
        <translation>Cách đọc họ tên và các nội dung chữ khác trong tệp này. Các tệp tiếng Việt cũ được gõ bằng phông TCVN3 (.VnTime) hoặc VNI; AgriMap tự nhận dạng được các bảng mã này.</translation>
    </message>
</context>
<context>
    <name>agrimap::TransitionMatrixModel</name>
    <message>
        <location filename="../../app/planning/transition_matrix_model.cpp" line="+76"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>agrimap::VectorLayer</name>
    <message>
        <location filename="../../layers/vector_layer.cpp" line="+30"/>
        <source>Cannot transform from %1 to %2: %3</source>
        <translation>Không chuyển đổi được tọa độ từ %1 sang %2: %3</translation>
    </message>
    <message>
        <location line="+223"/>
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
    <name>agrimap::parcel_lookup</name>
    <message>
        <location filename="../../app/directory/parcel_lookup.cpp" line="+66"/>
        <source>Feature %1 of %2 has no map sheet and parcel number</source>
        <translation>Đối tượng %1 của %2 không có số tờ bản đồ và số thửa</translation>
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
        <location line="+55"/>
        <source>a phone number</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location line="-54"/>
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
        <location line="+43"/>
        <source>a 12-digit citizen id number</source>
        <translation>một số căn cước công dân 12 chữ số</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::FindingTable</name>
    <message>
        <location filename="../../core/planning/finding_table.cpp" line="+15"/>
        <source>%1 cannot be written: %2. Choose a folder you may write to, with free space.</source>
        <translation>Không ghi được %1: %2. Hãy chọn thư mục có quyền ghi và còn dung lượng trống.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>GDAL has no GeoPackage driver.</source>
        <translation>GDAL không có trình điều khiển GeoPackage.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the CRS %2 cannot be written.</source>
        <translation>%1: không ghi được hệ quy chiếu %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::LandUseComparison</name>
    <message>
        <location filename="../../core/planning/land_use_comparison.cpp" line="+55"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Land-use changes</source>
        <translation>Biến động sử dụng đất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Sang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (ha)</source>
        <translation>Diện tích (ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First id</source>
        <translation>ID lớp thứ nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second id</source>
        <translation>ID lớp thứ hai</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::NonAgriculturalCheck</name>
    <message>
        <location filename="../../core/planning/non_agricultural_check.cpp" line="+46"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Growing areas on non-agricultural land</source>
        <translation>Vùng trồng trên đất phi nông nghiệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area id</source>
        <translation>ID vùng trồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing area</source>
        <translation>Vùng trồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land-use code</source>
        <translation>Mã loại đất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land-use id</source>
        <translation>ID đối tượng sử dụng đất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlap (ha)</source>
        <translation>Diện tích chồng lấn (ha)</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::ParcelCodeCheck</name>
    <message>
        <location filename="../../core/planning/parcel_code_check.cpp" line="+106"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parcels whose code differs from the land-use map</source>
        <translation>Thửa đất có mã khác với bản đồ sử dụng đất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcel id</source>
        <translation>ID thửa đất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet/parcel</source>
        <translation>Tờ/thửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded code</source>
        <translation>Mã đã ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land-use map code</source>
        <translation>Mã theo bản đồ sử dụng đất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differing area (m²)</source>
        <translation>Diện tích sai khác (m²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differing share (%)</source>
        <translation>Tỷ lệ sai khác (%)</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::PolygonSet</name>
    <message>
        <location filename="../../core/planning/polygon_set.cpp" line="+35"/>
        <source>%1 cannot be opened: %2. Check that the file exists and is map data.</source>
        <translation>Không mở được %1: %2. Hãy kiểm tra xem tệp có tồn tại và có phải là dữ liệu bản đồ không.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no layer named %2.</source>
        <translation>%1 không có lớp nào tên là %2.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 has no coordinate reference system: assign one (Layer ▸ Assign CRS…) before comparing it with other layers.</source>
        <translation>%1 chưa có hệ quy chiếu tọa độ: hãy gán hệ quy chiếu (Lớp ▸ Gán hệ quy chiếu…) trước khi so sánh với các lớp khác.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 and %2 are both in latitude and longitude: areas need metres. Use a layer in a projected CRS (VN-2000 / TM-3, e.g. EPSG:5897) for one of them.</source>
        <translation>%1 và %2 đều dùng vĩ độ và kinh độ: tính diện tích cần đơn vị mét. Hãy dùng một lớp theo hệ tọa độ phẳng (VN-2000 / TM-3, ví dụ EPSG:5897) cho một trong hai lớp.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no field %2: choose the field that holds the code.</source>
        <translation>%1 không có trường %2: hãy chọn trường chứa mã.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be reprojected from %2 to %3: %4</source>
        <translation>Không chuyển đổi được tọa độ của %1 từ %2 sang %3: %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
</context>
<context>
    <name>agrimap::planning::TransitionMatrix</name>
    <message>
        <location filename="../../core/planning/transition_matrix.cpp" line="+83"/>
        <source>(no code)</source>
        <translation>(không có mã)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GDAL has no CSV driver.</source>
        <translation>GDAL không có trình điều khiển CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be replaced: it may be open in another program.</source>
        <translation>Không thay thế được %1: tệp có thể đang được mở trong chương trình khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written: %2. Choose a folder you may write to.</source>
        <translation>Không ghi được %1: %2. Hãy chọn thư mục có quyền ghi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>total</source>
        <translation>tổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from \ to (ha)</source>
        <translation>từ \ sang (ha)</translation>
    </message>
</context>
<context>
    <name>agrimap::print</name>
    <message>
        <location filename="../../layers/print/print_legend_entries.cpp" line="+54"/>
        <source>Other codes</source>
        <translation>Mã khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — unknown codes</source>
        <translation>%1 — các mã không xác định</translation>
    </message>
    <message>
        <location filename="../../layers/print/print_legend_painter.cpp" line="+117"/>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../layers/print/print_page.cpp" line="+32"/>
        <source>The map has no coordinate reference system, so it has no scale to print at. Add a layer that has one, or choose the map's CRS.</source>
        <translation>Bản đồ chưa có hệ quy chiếu tọa độ nên không có tỷ lệ để in. Hãy thêm một lớp có hệ quy chiếu, hoặc chọn hệ quy chiếu cho bản đồ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is nothing to print: no visible layer has an extent yet.</source>
        <translation>Không có gì để in: chưa có lớp hiển thị nào có phạm vi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scale 1:%1 cannot be printed; give a positive number.</source>
        <translation>Không in được ở tỷ lệ 1:%1; hãy nhập một số dương.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read the logo %1: %2. Choose a PNG, JPEG or SVG image.</source>
        <translation>Không đọc được logo %1: %2. Hãy chọn ảnh PNG, JPEG hoặc SVG.</translation>
    </message>
    <message>
        <location filename="../../layers/print/print_panel_painter.cpp" line="+44"/>
        <source>Grid north</source>
        <translation>Bắc lưới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>North</source>
        <translation>Bắc</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scale %1</source>
        <translation>Tỷ lệ %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation>Tác giả: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: %1</source>
        <translation>Ngày: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system: %1</source>
        <translation>Hệ tọa độ: %1</translation>
    </message>
    <message>
        <location filename="../../layers/print/print_writer.cpp" line="+28"/>
        <source>Printing %1 was cancelled; no file was written.</source>
        <translation>Đã hủy in %1; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <location line="+16"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cannot start a PDF in %1.</source>
        <translation>Không tạo được tệp PDF tại %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 dpi cannot be printed: choose between %2 and %3.</source>
        <translation>Không in được ở %1 dpi: hãy chọn trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: a printed map is written as .pdf or .png.</source>
        <translation>%1: bản đồ in phải được ghi dưới dạng .pdf hoặc .png.</translation>
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
        <location line="+68"/>
        <location line="+27"/>
        <location line="+7"/>
        <location line="+56"/>
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
