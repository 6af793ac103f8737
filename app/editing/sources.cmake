target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/add_area_tool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/area_commands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/area_form_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/area_history_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/edit_controller.cpp
  ${CMAKE_CURRENT_LIST_DIR}/edit_settings_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parcel_area_builder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/point_pick_tool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rules_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shape_editor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/vertex_tool.cpp
)
