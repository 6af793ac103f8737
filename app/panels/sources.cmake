# panels files are listed here by their owner: the layer tree, identify and attribute table.
target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/attribute_filter_bar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attribute_filter_bar.h
  ${CMAKE_CURRENT_LIST_DIR}/attribute_page_cache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attribute_page_cache.h
  ${CMAKE_CURRENT_LIST_DIR}/attribute_table_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attribute_table_dialog.h
  ${CMAKE_CURRENT_LIST_DIR}/attribute_table_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attribute_table_model.h
  ${CMAKE_CURRENT_LIST_DIR}/attribute_value_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attribute_value_text.h
  ${CMAKE_CURRENT_LIST_DIR}/identify_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/identify_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/layer_icons.cpp
  ${CMAKE_CURRENT_LIST_DIR}/layer_icons.h
  ${CMAKE_CURRENT_LIST_DIR}/layer_tree_dock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/layer_tree_dock.h
  ${CMAKE_CURRENT_LIST_DIR}/layer_tree_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/layer_tree_model.h
  ${CMAKE_CURRENT_LIST_DIR}/opacity_popup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/opacity_popup.h
  ${CMAKE_CURRENT_LIST_DIR}/text_encoding_menu.cpp
  ${CMAKE_CURRENT_LIST_DIR}/text_encoding_menu.h
)
