# Analysis ▸ Statistics: land use by code and commune with Qt Charts, growing areas, the
# Farmer Directory's aggregates, export to CSV and Excel.
target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/directory_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/growing_area_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/land_use_charts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/land_use_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/statistics_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/statistics_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/statistics_table_model.cpp
)
target_link_libraries(agrimap_gui PUBLIC Qt6::Charts)
