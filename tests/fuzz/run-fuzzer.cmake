# One short fuzz run as a ctest test: a fresh working corpus seeded from tests/fuzz/corpus,
# SECONDS of fuzzing, then one line with the executions, the corpus and the time. A crash,
# a sanitizer report, a timeout or running out of memory fails the test and keeps the input
# under ARTIFACTS (replay: the fuzzer with the file as its argument).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK} ${ARTIFACTS})
# A fixed seed: the test command's run follows the same mutations every time (a slower
# machine runs a prefix of them), so a landing never depends on luck; scripts/fuzz explores
# with fresh seeds and keeps what it finds in the corpus.
set(args -seed=1 -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix=${ARTIFACTS}/${NAME}-)
if(DICT)
    list(APPEND args -dict=${DICT})
endif()
string(TIMESTAMP start "%s")
execute_process(COMMAND ${FUZZER} ${args} ${WORK} ${SEEDS}
    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
string(TIMESTAMP end "%s")
math(EXPR seconds "${end} - ${start}")
if(NOT rc EQUAL 0)
    message("${log}")
    message(FATAL_ERROR "${NAME}: the fuzzer failed (exit ${rc}); the input is under ${ARTIFACTS}")
endif()
string(REGEX MATCH "stat::number_of_executed_units: ([0-9]+)" _ "${log}")
set(executions ${CMAKE_MATCH_1})
string(REGEX MATCH "DONE +cov: ([0-9]+) +ft: [0-9]+ +corp: ([0-9]+)/([0-9]+[a-zA-Z]*)" _ "${log}")
set(coverage ${CMAKE_MATCH_1})
set(corpus ${CMAKE_MATCH_2})
set(bytes ${CMAKE_MATCH_3})
file(GLOB seeds ${SEEDS}/*)
list(LENGTH seeds seedCount)
set(summary "${NAME}: ${executions} executions in ${seconds} s, corpus ${corpus} inputs (${bytes}) from ${seedCount} seeds, coverage ${coverage} edges, 0 crashes")
message("${summary}")
file(WRITE ${WORK}/../${NAME}.summary "${summary}\n")
