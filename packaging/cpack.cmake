# Desktop integration files and the Debian package (`cpack -G DEB` in the build directory).
# Included at the end of the top-level CMakeLists.txt.
include(GNUInstallDirs)

set(LAMBDALENS_APP_ID io.github.lambdalens.Lambdalens)
set(LAMBDALENS_ICON_SIZES 16 32 48 64 128 256)
add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/tools ${CMAKE_BINARY_DIR}/packaging/tools)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/${LAMBDALENS_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${LAMBDALENS_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/lambdalens.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${LAMBDALENS_APP_ID}.svg)
foreach(size IN LISTS LAMBDALENS_ICON_SIZES)
    install(FILES ${LAMBDALENS_ICON_DIR}/${size}x${size}/${LAMBDALENS_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
# Debian policy wants the licence as /usr/share/doc/<package>/copyright.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lambdalens
    RENAME copyright)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lambdalens)
set(CPACK_PACKAGE_VENDOR "The Lambdalens authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Lambdalens maintainers <lambdalens@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/lambdalens/lambdalens")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Debug AWS Lambda fleets from their CloudWatch logs")
# Debian wants the long description wrapped; CPack indents each line.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Lambdalens is a native Qt desktop dashboard that reads CloudWatch Logs with"
    "your own AWS credentials, rebuilds every Lambda invocation from its log lines"
    "and shows the whole fleet in one window: per-function statistics, cold"
    "starts, failures by outcome, memory and cost. It reads AWS CLI log exports,"
    "plain log files and their gzip versions, and its command line prints the"
    "same reports as text or JSON.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the linked libraries; it cannot see plugins Qt loads at run time, so those
# are named here (CPack adds the discovered list to this one): the SQLite driver for the store,
# the platform plugins for the window, and the SVG image plugin for the window icon.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
