# Fails when a source of the console turns TLS certificate checks off: a peer verify mode
# of VerifyNone (on a socket or a QSslConfiguration) or ignoreSslErrors(), in any form.
# Run as: cmake -DSOURCE_DIR=<repo> -P no_tls_bypass.cmake
file(GLOB_RECURSE sources ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
     ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(found "")
foreach(f ${sources})
    file(STRINGS ${f} lines REGEX "VerifyNone|ignoreSslErrors|QueryPeer|setPeerVerifyMode")
    foreach(line ${lines})
        if(line MATCHES "VerifyNone|ignoreSslErrors|QueryPeer")
            string(APPEND found "${f}: ${line}\n")
        endif()
    endforeach()
endforeach()
list(LENGTH sources n)
if(n LESS 100)
    message(FATAL_ERROR "only ${n} sources found under ${SOURCE_DIR}: the search looked in the wrong place")
endif()
if(found)
    message(FATAL_ERROR "TLS checks turned off:\n${found}")
endif()
message(STATUS "${n} sources, none turns TLS checks off")
