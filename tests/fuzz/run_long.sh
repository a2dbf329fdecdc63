#!/bin/sh
# Long libFuzzer runs of the fuzz targets (see CMakeLists.txt here). Builds build-fuzz with clang
# (the models library instrumented too: -fsanitize=fuzzer-no-link), then runs each target for
# RUNS executions (default 10M) or SECONDS seconds, whichever comes first, one at a time, on a
# scratch copy of its seed corpus. Logs: /tmp/fuzz-<target>.log; crashes: /tmp/fuzz-artifacts/.
#   tests/fuzz/run_long.sh [target ...]      e.g. tests/fuzz/run_long.sh miner awsconfig
set -eu
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-10000000}
SECONDS_MAX=${SECONDS_MAX:-0}
if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLAMBDALENS_FUZZ=ON \
        "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
fi
targets=${*:-$(ls tests/fuzz/corpus)}
for t in $targets; do
    cmake --build build-fuzz --target "fuzz_${t}_libfuzzer"
    work=/tmp/fuzz-corpus-$t
    mkdir -p "$work" "/tmp/fuzz-artifacts/$t"
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ./build-fuzz/tests/fuzz/fuzz_${t}_libfuzzer -runs="$RUNS" -max_total_time="$SECONDS_MAX" -timeout=25 \
        -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="/tmp/fuzz-artifacts/$t/" \
        "$work" "tests/fuzz/corpus/$t" > "/tmp/fuzz-$t.log" 2>&1 || echo "fuzz_$t: FAILED, see /tmp/fuzz-$t.log"
    tail -n 14 "/tmp/fuzz-$t.log"
done
