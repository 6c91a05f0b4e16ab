# macOS: sinch-console as an app bundle in a DMG (cpack -G DragNDrop), Qt deployed into it.
# Included from packaging/CMakeLists.txt on APPLE only; packaging/README.md says how to build.

set_target_properties(sinch-console PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SINCH_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "Sinch Provisioning Console"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "© ${SINCH_COPYRIGHT_YEAR} Sinch Console Developers, MIT licence"
    MACOSX_BUNDLE_ICON_FILE sinch-console.icns)

# The bundle's icon: the SVG rendered into an iconset, made an .icns by iconutil.
add_executable(sinch-icon-render icons/iconrender.cpp)
target_link_libraries(sinch-icon-render PRIVATE Qt6::Gui Qt6::Svg)
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/sinch-console.iconset)
set(icns ${CMAKE_CURRENT_BINARY_DIR}/sinch-console.icns)
set(render)
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND render
        COMMAND sinch-icon-render ${PROJECT_SOURCE_DIR}/resources/app/sinch-console.svg ${iconset}/icon_${size}x${size}.png ${size}
        COMMAND sinch-icon-render ${PROJECT_SOURCE_DIR}/resources/app/sinch-console.svg ${iconset}/icon_${size}x${size}@2x.png ${double})
endforeach()
add_custom_command(OUTPUT ${icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    ${render}
    COMMAND iconutil -c icns -o ${icns} ${iconset}
    DEPENDS sinch-icon-render ${PROJECT_SOURCE_DIR}/resources/app/sinch-console.svg
    VERBATIM)
# The rule lives here, the target in app/: a custom target makes it run first, and the
# source's properties are set in the target's directory scope.
add_custom_target(sinch-icns DEPENDS ${icns})
add_dependencies(sinch-console sinch-icns)
target_sources(sinch-console PRIVATE ${icns})
set_source_files_properties(${icns} TARGET_DIRECTORY sinch-console
    PROPERTIES GENERATED ON MACOSX_PACKAGE_LOCATION Resources)

# Qt's frameworks and plugins (and the QtKeychain dylib, which uses the macOS Keychain)
# copied into the installed bundle by macdeployqt when `cmake --install` (and so CPack) runs.
find_program(SINCH_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${SINCH_MACDEPLOYQT}\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/sinch-console.app\"
        COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_DMG_VOLUME_NAME "Sinch Provisioning Console")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "sinch-console-${PROJECT_VERSION}-macos")
