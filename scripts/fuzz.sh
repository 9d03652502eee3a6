#!/usr/bin/env bash
# Fuzzes newsroom's loaders and annotation pipeline with libFuzzer (Swift toolchain on Linux).
#
#   scripts/fuzz.sh [seconds] [target…]     default: 60 seconds for each target
#
# Targets: txt md json jsonl csv html feed annotate. The NewsroomKit sources and Fuzz/ are
# compiled with `swiftc -sanitize=fuzzer,address` into .build-fuzz/newsroom-fuzz; each target
# runs from its seed corpus in Fuzz/corpus/<target>/ (new inputs found go to
# .build-fuzz/corpus/<target>/, never into the repository). A crash leaves its input in
# .build-fuzz/crashes/<target>/ and the script exits non-zero: turn it into a regression test
# (a fixture in Tests/NewsroomKitTests/Fixtures/loading/fuzz/ loaded by LoadingFuzzRegressionTests).
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(txt md json jsonl csv html feed annotate)

out=.build-fuzz
binary="$out/newsroom-fuzz"
mkdir -p "$out"

sources=$(find Sources/NewsroomKit Fuzz/Support Fuzz/Harnesses -name '*.swift' | sort)
newest=$(ls -t $sources scripts/fuzz.sh | head -1)
if [ ! -x "$binary" ] || [ "$newest" -nt "$binary" ]; then
    echo "building $binary …"
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -g \
        -module-name NewsroomKit $sources -o "$binary.new" 2>"$out/build.log"; then
        grep -v "Cannot export local symbol '__asan" "$out/build.log" >&2
        echo "fuzz build failed" >&2
        exit 1
    fi
    mv "$binary.new" "$binary"
fi

export NEWSROOM_RESOURCES="$PWD/Resources"
export SWIFT_BACKTRACE=enable=no   # the Swift backtracer would stall every crash for seconds
status=0
for target in "${targets[@]}"; do
    seeds="Fuzz/corpus/$target"
    work="$out/corpus/$target"
    crashes="$out/crashes/$target"
    mkdir -p "$work" "$crashes"
    [ -d "$seeds" ] || { echo "no seed corpus $seeds" >&2; exit 1; }
    echo "== $target: ${seconds}s"
    if NEWSROOM_FUZZ_TARGET="$target" "$binary" "$work" "$seeds" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="$crashes/" -print_final_stats=1 >"$out/$target.log" 2>&1; then
        grep -E "^#[0-9]+.*DONE" "$out/$target.log" | tail -1
        echo
    else
        status=1
        echo "!! $target: crash or timeout, input in $crashes/ (log: $out/$target.log)"
        grep -E "ERROR|Fatal error|invariant|SUMMARY" "$out/$target.log" | head -5
    fi
done
exit $status
