#!/usr/bin/env bash
# Measures examples/extract as a stream filter: peak resident memory over a large JSONL input (default
# 1 GB, the DANeS headlines repeated with fresh ids) and throughput against an x/text NFC pass over the
# same bytes, both in this run. Usage: docs/measure/stream.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${1:-1024}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/extract" ./examples/extract
go build -o "$tmp/nfc" ./docs/measure/nfc
python3 - "$size_mb" "$tmp/in.jsonl" <<'PY'
import json, sys
size = int(sys.argv[1]) << 20
docs = [json.loads(l) for l in open("testdata/articles/danes-2021-headlines.jsonl", encoding="utf-8")]
lines = [(d["id"], d["title"] + "\n" + d["description"]) for d in docs]
n = 0
with open(sys.argv[2], "w", encoding="utf-8") as f:
    k = 0
    while n < size:
        for i, t in lines:
            s = json.dumps({"id": f"{i}-{k}", "text": t}, ensure_ascii=False) + "\n"
            f.write(s)
            n += len(s.encode())
        k += 1
PY
bytes=$(stat -c %s "$tmp/in.jsonl")
echo "input: $bytes bytes ($(nproc) cores, $(go version | cut -d' ' -f3))"
/usr/bin/time -f "extract: %e s wall, %M KB peak RSS" "$tmp/extract" -input jsonl "$tmp/in.jsonl" > /dev/null
/usr/bin/time -f "nfc:     %e s wall, %M KB peak RSS" "$tmp/nfc" "$tmp/in.jsonl"
