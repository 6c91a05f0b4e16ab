# cmake -DBUILD_DIR=<build> -DSOURCE_DIR=<repo> -DLUPDATE=<lupdate> -P scripts/check-ts-sync.cmake
#
# The .ts files list every translatable string of the sources: lupdate runs over the sources
# into a copy of each .ts (the committed ones stay as they are) and the copy must have no
# unfinished entry, i.e. no string the last `scripts/update-translations` missed. Run by
# ctest (translations_in_sync) next to tst_translations, which checks the files themselves.
set(lupdate_dir "${BUILD_DIR}/translations/.lupdate")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${lupdate_dir}/sinch-console_project.cmake
    -DOUT_FILE=${lupdate_dir}/sinch-console_project.json
    -P ${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake RESULT_VARIABLE generated)
if(NOT EXISTS "${lupdate_dir}/sinch-console_project.json")
    message(FATAL_ERROR "no lupdate project in ${lupdate_dir}: configure the build first")
endif()
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts")
set(behind "")
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    set(copy "${BUILD_DIR}/translations/sync-check-${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(COMMAND ${LUPDATE} -project ${lupdate_dir}/sinch-console_project.json -no-obsolete
        -locations none -silent -ts ${copy} RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${errors}")
    endif()
    file(READ "${copy}" text)
    string(REGEX MATCHALL "<source>[^<]*</source>\n *<translation type=\"unfinished\"" missing "${text}")
    list(LENGTH missing count)
    if(count GREATER 0)
        list(GET missing 0 first)
        string(REGEX REPLACE "\n.*" "" first "${first}")
        list(APPEND behind "${name}: ${count} string(s) not in the file, e.g. ${first}")
    endif()
    file(REMOVE "${copy}")
endforeach()
if(behind)
    string(REPLACE ";" "\n" behind "${behind}")
    message(FATAL_ERROR "${behind}\nRun scripts/update-translations and translate the new strings.")
endif()
message(STATUS "every translatable string of the sources is in every .ts file")
