# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS): leaves the Debian-only files out of the
# RPM. The Debian changelog and lintian's overrides mean nothing to rpm; the RPM's changelog
# is in its spec (rpm/changelog). Runs for every generator; changes only the RPM's tree.
if(NOT CPACK_GENERATOR STREQUAL "RPM")
    return()
endif()
file(GLOB_RECURSE debian_only
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/changelog.Debian.gz"
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/lintian/overrides/*")
if(NOT debian_only)
    message(FATAL_ERROR "rpm-prebuild: no Debian-only file under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
file(REMOVE ${debian_only})
file(GLOB_RECURSE lintian_dir LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/lintian")
foreach(dir IN LISTS lintian_dir)
    if(IS_DIRECTORY "${dir}" AND dir MATCHES "/share/lintian$")
        file(REMOVE_RECURSE "${dir}")
    endif()
endforeach()
