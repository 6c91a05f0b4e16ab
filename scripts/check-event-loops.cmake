# cmake -DSOURCE_DIR=<repo> -P scripts/check-event-loops.cmake
#
# The console runs one event loop, the application's: work that waits (the network, the
# keychain, timers) continues in a callback. A nested loop (QEventLoop::exec, a
# waitForFinished/waitForReadyRead) re-enters every handler of the window while it waits,
# which is how editors crash on a deleted object. Finds them in src/, ui/ and app/ (tests may
# wait; modal dialogs' exec() is Qt's own and not matched). Prints FILE:LINE: text.
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "give -DSOURCE_DIR=<repository>")
endif()
file(GLOB_RECURSE sources "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
set(findings 0)
foreach(source ${sources})
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "QEventLoop|waitForFinished\\(|waitForReadyRead\\(|waitForBytesWritten\\(|processEvents\\(")
            file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
            string(STRIP "${line}" text)
            message("${relative}:${number}: ${text}")
            math(EXPR findings "${findings} + 1")
        endif()
    endforeach()
endforeach()
if(findings GREATER 0)
    message(FATAL_ERROR "${findings} nested event loop(s): continue the work in a callback instead")
endif()
