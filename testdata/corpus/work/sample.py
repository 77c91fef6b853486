#!/usr/bin/env python3
"""Draws the blind test sample and the dev sample from testdata/articles/danes-2021-headlines.jsonl.

Deterministic: the seed is fixed, so the split can be re-derived and checked. A document is the
headline, a newline, and the lead paragraph, byte for byte as published. `ref` is the publication
date when the article's URL carries one (YYYYMMDD or YYYY/MM/DD), else null.
"""
import json, random, re, sys, os

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "..", "..", "articles", "danes-2021-headlines.jsonl")
docs = [json.loads(l) for l in open(src, encoding="utf-8")]
docs.sort(key=lambda d: d["id"])
random.Random(20261127).shuffle(docs)

def ref(url):
    m = re.search(r"(20[12]\d)[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(?!\d{0,1}\b)", url)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None

def out(name, part):
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        for d in part:
            rec = {"id": d["id"], "source": "DANeS (CC BY 4.0): DANeS, DATASET JSC and AIV Group; " + d["url"],
                   "ref": ref(d["url"]), "text": d["title"] + "\n" + d["description"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

out("test-sample.jsonl", docs[:300])
out("dev-sample.jsonl", docs[300:600])

# A second dev sample, drawn from the documents in neither sample above, of those that name a
# position or role before a capitalized word (so that TITLE, rarer in headlines, is well represented
# in dev; the test split stays a plain random sample).
role = re.compile(r"(Bộ trưởng|Thứ trưởng|Thủ tướng|Chủ tịch|Bí thư|Giám đốc|Tổng thống|HLV|Đại sứ|Trưởng|Phó|Tổng Bí thư|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|GS|PGS|TS|ca sĩ|diễn viên|luật sư|bác sĩ|nhà báo|cầu thủ|tiền vệ|tiền đạo|thủ môn) [A-ZĐÂ-Ỹ]")
rest = [d for d in docs[600:] if role.search(d["title"] + "\n" + d["description"])]
out("dev-sample-2.jsonl", rest[:150])

# A third dev sample, random like the first, from the documents in no sample above: annotated after
# the rules had been tuned on the first two, it measures how well that tuning carries over before it
# is tuned on in turn.
taken = {d["id"] for d in rest[:150]}
pool = [d for d in docs[600:] if d["id"] not in taken]
out("dev-sample-3.jsonl", pool[:200])

# A fourth random dev sample, drawn like the third, for the second round of tuning.
taken3 = {d["id"] for d in pool[:200]}
pool4 = [d for d in pool if d["id"] not in taken3]
out("dev-sample-4.jsonl", pool4[:200])

# A fifth random dev sample, drawn like the fourth, annotated blind for the third round of tuning.
taken4 = {d["id"] for d in pool4[:200]}
pool5 = [d for d in pool4 if d["id"] not in taken4]
out("dev-sample-5.jsonl", pool5[:200])

# A sixth dev sample: every document left in the pool (314). The people who tuned the rules had read
# the extractor's output on these, but nobody had annotated them; annotated without looking at that
# output, they show the errors that reading output alone did not.
taken5 = {d["id"] for d in pool5[:200]}
pool6 = [d for d in pool5 if d["id"] not in taken5]
out("dev-sample-6.jsonl", pool6)
