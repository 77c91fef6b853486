#!/usr/bin/env bash
# Rebuilds testdata/corpus/*.jsonl from the hand annotations in this folder: build.py turns texts and
# occurrence numbers into byte offsets, canon writes each entity's text in canonical form.
set -euo pipefail
cd "$(dirname "$0")"
root=../../..
build() { # sample, out, annotation files...
  local sample=$1 out=$2; shift 2
  cat "$@" > /tmp/vietner-ann.jsonl
  python3 build.py "$sample" /tmp/vietner-ann.jsonl /tmp/vietner-built.jsonl
  (cd "$root" && go run ./internal/corpus/canon < /tmp/vietner-built.jsonl) > "../$out"
}
# The test split's DATE layer is the second, blind annotation (test-date-ann-*), which an adjudicator
# upheld against the first in every disagreement (test-date-decisions.jsonl); the other types are the
# first annotation's.
python3 - test-ann-A.jsonl test-ann-B.jsonl test-date-ann-A.jsonl test-date-ann-B.jsonl > /tmp/vietner-test-ann.jsonl <<'PY'
import json, sys
dates = {}
for name in sys.argv[3:]:
    for line in open(name, encoding="utf-8"):
        a = json.loads(line)
        dates[a["id"]] = a["entities"]
for name in sys.argv[1:3]:
    for line in open(name, encoding="utf-8"):
        a = json.loads(line)
        a["entities"] = [e for e in a["entities"] if e["type"] != "DATE"] + dates[a["id"]]
        print(json.dumps(a, ensure_ascii=False))
PY
build test-sample.jsonl test-danes.jsonl /tmp/vietner-test-ann.jsonl
# Test documents that the project's code was found quoting (internal/corpus TestNoCodeQuotesTheTestSplit)
# are no longer blind: they leave the test split for dev-danes-seen.jsonl.
python3 - ../test-danes.jsonl ../dev-danes-seen.jsonl test-seen.txt <<'PY'
import json, sys
test, seen, ids = sys.argv[1:]
ids = set(open(ids).read().split())
lines = open(test, encoding="utf-8").read().splitlines(True)
open(test, "w", encoding="utf-8").writelines(l for l in lines if json.loads(l)["id"] not in ids)
open(seen, "w", encoding="utf-8").writelines(l for l in lines if json.loads(l)["id"] in ids)
PY
build seed-sample.jsonl dev-seed.jsonl seed-ann.jsonl
build dev-sample.jsonl dev-danes.jsonl dev-ann.jsonl $(ls dev-ann-2.jsonl 2>/dev/null)
[ -f dev2-ann.jsonl ] && build dev-sample-2.jsonl dev-danes-roles.jsonl dev2-ann.jsonl
[ -f written-ann.jsonl ] && build written-sample.jsonl dev-written.jsonl written-ann.jsonl
[ -f dev3-ann.jsonl ] && build dev-sample-3.jsonl dev-danes-3.jsonl dev3-ann.jsonl
[ -f dev4-ann.jsonl ] && build dev-sample-4.jsonl dev-danes-4.jsonl dev4-ann.jsonl
[ -f dev5-ann.jsonl ] && build dev-sample-5.jsonl dev-danes-5.jsonl dev5-ann.jsonl
[ -f dev6-ann.jsonl ] && build dev-sample-6.jsonl dev-danes-6.jsonl dev6-ann.jsonl
wc -l ../*.jsonl
