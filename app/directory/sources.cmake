target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/area_links_editor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory_controller.cpp
  ${CMAKE_CURRENT_LIST_DIR}/duplicate_finder_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/farmer_directory_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/farmer_export_flow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/farmer_filter_bar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/farmer_form_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/farmer_page_cache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/farmer_table_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parcel_link_tool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parcel_links_editor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parcel_lookup.cpp
)
