# cmake -DBUILD_DIR=<build> -DSOURCE_DIR=<repo> -DLUPDATE=<lupdate> -P scripts/check-ts-sync.cmake
#
# The .ts files list every translatable string of the sources, and only those: lupdate runs
# over the sources into a copy of each .ts (the committed ones stay as they are) and the copy
# must have no unfinished entry (a string the last `scripts/update-translations` missed) and
# as many entries as the file (none dropped: a string no source uses any more). Run by ctest
# (translations_in_sync) next to tst_translations, which checks the files themselves.
set(lupdate_dir "${BUILD_DIR}/translations/.lupdate")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${lupdate_dir}/sinch-console_project.cmake
    -DOUT_FILE=${lupdate_dir}/sinch-console_project.json
    -P ${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake RESULT_VARIABLE generated)
if(NOT EXISTS "${lupdate_dir}/sinch-console_project.json")
    message(FATAL_ERROR "no lupdate project in ${lupdate_dir}: configure the build first")
endif()
# translations/plurals/ holds English's plural forms only (lupdate -pluralonly).
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts" "${SOURCE_DIR}/translations/plurals/*.ts")
set(behind "")
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    set(copy "${BUILD_DIR}/translations/sync-check-${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    set(only "")
    if(ts MATCHES "/plurals/")
        set(only -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} -project ${lupdate_dir}/sinch-console_project.json ${only} -no-obsolete
        -locations none -silent -ts ${copy} RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${errors}")
    endif()
    file(READ "${ts}" committed)
    string(REGEX MATCHALL "<message[ >]" committed_messages "${committed}")
    list(LENGTH committed_messages committed_count)
    file(READ "${copy}" text)
    string(REGEX MATCHALL "<message[ >]" synced_messages "${text}")
    list(LENGTH synced_messages synced_count)
    string(REGEX MATCHALL "<source>[^<]*</source>\n *<translation type=\"unfinished\"" missing "${text}")
    list(LENGTH missing count)
    if(count GREATER 0)
        list(GET missing 0 first)
        string(REGEX REPLACE "\n.*" "" first "${first}")
        list(APPEND behind "${name}: ${count} string(s) not in the file, e.g. ${first}")
    endif()
    math(EXPR unused "${committed_count} + ${count} - ${synced_count}")
    if(unused GREATER 0)
        list(APPEND behind "${name}: ${unused} string(s) no source uses any more")
    endif()
    file(REMOVE "${copy}")
endforeach()
if(behind)
    string(REPLACE ";" "\n" behind "${behind}")
    message(FATAL_ERROR "${behind}\nRun scripts/update-translations (it drops the unused ones) and translate the new strings.")
endif()
message(STATUS "every translatable string of the sources is in every .ts file")
