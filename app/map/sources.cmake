target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/feature_highlight.cpp
  ${CMAKE_CURRENT_LIST_DIR}/identify_tool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/map_canvas.cpp
  ${CMAKE_CURRENT_LIST_DIR}/map_tool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pan_tool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rubber_band.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scale_bar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/select_tool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/zoom_box_tool.cpp
)
