# Importing households into the Farmer Directory: the wizard and its File menu controller.
target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/farmer_import_controller.cpp
  ${CMAKE_CURRENT_LIST_DIR}/farmer_import_controller.h
  ${CMAKE_CURRENT_LIST_DIR}/farmer_import_state.h
  ${CMAKE_CURRENT_LIST_DIR}/farmer_import_wizard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/farmer_import_wizard.h
  ${CMAKE_CURRENT_LIST_DIR}/import_columns_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/import_columns_page.h
  ${CMAKE_CURRENT_LIST_DIR}/import_source_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/import_source_page.h
)
