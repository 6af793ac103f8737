# CPack: a .deb with the binaries, translations, styles, desktop file and icon.
install(FILES ${PROJECT_SOURCE_DIR}/resources/agrimap.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/agrimap.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME agrimap)
set(CPACK_PACKAGE_VENDOR "AgriMap team")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop GIS for Vietnam's agricultural maps")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Desktop GIS for Vietnam's agricultural maps\n Opens cadastral, land-use and production-area layers in any format GDAL reads,\n reprojected on the fly between the VN-2000 zones, styled as Vietnamese land-use maps.\n Bản đồ địa chính, sử dụng đất và vùng trồng cho cán bộ xã, tỉnh.")
set(CPACK_PACKAGE_CONTACT "AgriMap team <team@agrimap.invalid>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "AgriMap team <team@agrimap.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGE_INSTALL_DIRECTORY agrimap)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
