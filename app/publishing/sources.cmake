target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/export_wizard.cpp
)
