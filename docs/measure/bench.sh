#!/usr/bin/env bash
# The speed figures of the README: each benchmark beside x/text's NFC over the same bytes, in the
# same run, medians of COUNT runs (default 5). Usage: docs/measure/bench.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-5}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(go version | cut -d' ' -f3), load $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # package, regexp
  go test -run '^$' -bench "$2" -benchtime "${BENCHTIME:-20x}" -count "$count" "$1" | python3 -c '
import re, statistics, sys
mb, al = {}, {}
for line in sys.stdin:
    if not line.startswith("Benchmark"):
        continue
    f = line.split()
    name = re.sub(r"-[0-9]+$", "", f[0])
    for i in range(1, len(f) - 1):
        if f[i + 1] == "MB/s":
            mb.setdefault(name, []).append(float(f[i]))
        if f[i + 1] == "allocs/op":
            al[name] = f[i]
for n in sorted(mb):
    print(f"{n:45s} median {statistics.median(mb[n]):8.2f} MB/s  {al.get(n, 0)} allocs/op  (runs: {mb[n]})")
'
}
run ./entities 'BenchmarkExtract$|BenchmarkNFCYardstick|BenchmarkPipelineWithDates|BenchmarkPipelineWithoutDates|BenchmarkPipelineBuiltinGazetteer|BenchmarkPipelineExtraGazetteer10k'
go test -run '^$' -bench 'BenchmarkNew$' -benchtime 10x -count 3 ./entities | grep '^Benchmark'
# Extract and NFC interleaved round by round: the ratio holds when the machine's load moves
go test -run '^$' -bench 'ExtractRatioToNFC' -benchtime 15x -count 3 ./entities | grep '^Benchmark'
BENCHTIME=${BENCHTIME_NORMALIZE:-50x} run ./normalize '.'
BENCHTIME=2x run ./examples/extract 'CommandJSONL|NFCPass'
