target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/print_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/print_options_form.cpp
  ${CMAKE_CURRENT_LIST_DIR}/print_preview.cpp
)
