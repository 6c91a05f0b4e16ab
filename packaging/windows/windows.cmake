# Windows: an NSIS installer (cpack -G NSIS) of sinch-console.exe with Qt deployed beside it.
# Included from packaging/CMakeLists.txt on WIN32 only; packaging/README.md says how to build.

# Qt's DLLs, its plugins (platforms, styles, image formats, icon engines, the SQLite driver,
# TLS) and Qt's own translations, copied next to the installed executable by windeployqt
# when `cmake --install` (and so CPack) runs. QtKeychain is no Qt module: its DLL is
# installed beside them (it stores the key secrets in the Windows Credential Manager).
find_program(SINCH_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION bin)
install(CODE "
    execute_process(
        COMMAND \"${SINCH_WINDEPLOYQT}\" --release --no-compiler-runtime
                --dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\"
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/sinch-console.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
# The compiler's runtime (MSVC's vcruntime and msvcp DLLs) for machines without it.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_NSIS_DISPLAY_NAME "Sinch Provisioning Console")
set(CPACK_NSIS_PACKAGE_NAME "Sinch Provisioning Console")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\sinch-console.exe")
# A Start menu entry (CPACK_PACKAGE_EXECUTABLES) and the licence page (CPACK_RESOURCE_FILE_LICENSE).
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "sinch-console.exe")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "SinchConsole")
