# Runs a libFuzzer binary for MAX_TOTAL_TIME seconds on a fresh copy of the
# seed corpus in WORK_DIR, and fails when the fuzzer finds a crash.
# Usage: cmake -DFUZZER=... -DSEED_DIR=... -DWORK_DIR=... -DMAX_TOTAL_TIME=30 -P run_fuzzer.cmake

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus")
file(GLOB seeds "${SEED_DIR}/*.json")
file(COPY ${seeds} DESTINATION "${WORK_DIR}/corpus")

execute_process(
  COMMAND "${FUZZER}" -max_total_time=${MAX_TOTAL_TIME} -max_len=65536
          -artifact_prefix=${WORK_DIR}/ "${WORK_DIR}/corpus"
  WORKING_DIRECTORY "${WORK_DIR}"
  RESULT_VARIABLE result)

if(NOT result EQUAL 0)
  message(FATAL_ERROR "document_fuzzer failed with ${result}; the crashing input is in ${WORK_DIR}")
endif()
