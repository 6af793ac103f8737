target_sources(agrimap_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/application_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/crs_picker_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/language_settings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/main_window.cpp
  ${CMAKE_CURRENT_LIST_DIR}/message_reporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/project_controller.cpp
  ${CMAKE_CURRENT_LIST_DIR}/qt_standard_texts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scale_box.cpp
)
qt_add_resources(agrimap_gui agrimap_icons
  PREFIX /agrimap/icons
  BASE ${PROJECT_SOURCE_DIR}/resources/icons
  FILES
    ${PROJECT_SOURCE_DIR}/resources/icons/agrimap.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/add-area.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/add-layer.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/add-ring.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/delete-ring.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/edit-vertices.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/fill-ring.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/reshape-area.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/split-area.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/attribute-table.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/identify.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/link-parcel.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/next-view.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/open.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/pan.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/previous-view.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/save.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/select.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/zoom-box.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/zoom-full.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/zoom-in.svg
    ${PROJECT_SOURCE_DIR}/resources/icons/actions/zoom-out.svg)
