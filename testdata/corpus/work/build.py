#!/usr/bin/env python3
"""Turns hand annotations into corpus lines with byte offsets.

usage: build.py SAMPLE.jsonl ANNOTATIONS.jsonl OUT.jsonl

ANNOTATIONS has one line per annotated document:
  {"id": "...", "entities": [{"type": "PERSON", "text": "Trương Minh Tuấn", "n": 2, ...}, ...]}
- "text" is copied exactly from the document (the raw bytes, whatever their form);
- "n" (optional, default 1) picks the n-th occurrence of that text in the document;
- "ref": a cluster label (any string, e.g. the full name) shared by every mention of one person or
  organization; "person" on a TITLE: the label of the person it describes;
- other fields (kind, value, norm, mention, calendar) are copied as they are.
Labels become ids p1, p2, ... (people) and o1, o2, ... (organizations), in order of first mention.
A document listed in ANNOTATIONS with "entities": [] has been annotated and has none.
Errors (text not found, unknown type or field) are printed with the document id, and the exit status is 1.
"""
import json, sys

TYPES = {"PERSON", "TITLE", "ORGANIZATION", "DATE", "LOCATION"}
FIELDS = {"type", "text", "n", "ref", "person", "kind", "value", "norm", "mention", "calendar"}

def occurrences(hay, needle):
    i = hay.find(needle)
    while i >= 0:
        yield i
        i = hay.find(needle, i + 1)

def main(sample, ann, out):
    docs = {}
    order = []
    for line in open(sample, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = d
        order.append(d["id"])
    anns = {}
    bad = 0
    for ln, line in enumerate(open(ann, encoding="utf-8"), 1):
        line = line.strip()
        if not line:
            continue
        try:
            a = json.loads(line)
        except Exception as e:
            print(f"{ann}:{ln}: bad JSON: {e}", file=sys.stderr); bad += 1; continue
        anns[a["id"]] = a
    with open(out, "w", encoding="utf-8") as f:
        for did in order:
            if did not in anns:
                continue
            d = dict(docs[did])
            raw = d["text"].encode("utf-8")
            ents = []
            labels = {}
            def label(kind, l):
                key = (kind, l)
                if key not in labels:
                    labels[key] = kind + str(1 + sum(1 for k in labels if k[0] == kind))
                return labels[key]
            # people and orgs first-mention order: assign after sorting by position
            pending = []
            for e in anns[did]["entities"]:
                unknown = set(e) - FIELDS
                if e.get("type") not in TYPES or unknown:
                    print(f"{did}: bad entity {e} (unknown {unknown})", file=sys.stderr); bad += 1; continue
                t = e["text"].encode("utf-8")
                occ = list(occurrences(raw, t))
                n = e.get("n", 1)
                if len(occ) < n or not t:
                    print(f"{did}: {e['type']} {e['text']!r} occurrence {n} not found ({len(occ)} found)", file=sys.stderr); bad += 1; continue
                s = occ[n - 1]
                pending.append((s, s + len(t), e))
            pending.sort(key=lambda x: (x[0], -x[1]))
            for s, end, e in pending:
                r = {"type": e["type"], "text": raw[s:end].decode("utf-8"), "start": s, "end": end}
                for k in ("kind", "value", "norm", "mention", "calendar"):
                    if k in e:
                        r[k] = e[k]
                if e["type"] in ("PERSON", "ORGANIZATION"):
                    # every person and organization mention gets a cluster id; by default its own text
                    r["ref"] = label("p" if e["type"] == "PERSON" else "o", e.get("ref", e["text"]))
                ents.append((r, e))
            for r, e in ents:
                if "person" in e:
                    key = ("p", e["person"])
                    if key not in labels:
                        print(f"{did}: TITLE {e['text']!r} links to unknown person label {e['person']!r}", file=sys.stderr); bad += 1; continue
                    r["person"] = labels[key]
            d["entities"] = [r for r, _ in ents]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    missing = [i for i in order if i not in anns]
    print(f"{len(anns)} annotated, {len(missing)} of the sample not yet", file=sys.stderr)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main(*sys.argv[1:4])
