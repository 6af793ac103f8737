target_sources(agrimap-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/cli_main.cpp
  ${CMAKE_CURRENT_LIST_DIR}/info_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/render_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cli_map_loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/print_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/make_project_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/validate_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/export_opendata_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/planning_commands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stats_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/import_farmers_command.cpp
)
