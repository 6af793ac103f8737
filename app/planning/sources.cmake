target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/agricultural_codes_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/finding_table_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/layer_field_picker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/planning_dock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/planning_tasks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/transition_matrix_model.cpp
)
