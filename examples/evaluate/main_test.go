// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// evaluate runs the command and returns its exit status, standard output and standard error.
func evaluate(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func decode(t *testing.T, s string) report {
	t.Helper()
	var r report
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, s)
	}
	return r
}

func row(t *testing.T, r report, typ string) scoreRow {
	t.Helper()
	for _, x := range r.Types {
		if x.Type == typ {
			return x
		}
	}
	t.Fatalf("no row for %s in %+v", typ, r.Types)
	return scoreRow{}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// The predictions in testdata/pred.jsonl were written against testdata/gold.jsonl with known
// mistakes; the expected scores below are counted by hand (see the comments in the test).
func TestPredictionsFileScoredByHand(t *testing.T) {
	code, out, errs := evaluate(t, "-json", "-pred", "testdata/pred.jsonl", "testdata/gold.jsonl")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	r := decode(t, out)
	if r.Docs != 2 {
		t.Errorf("docs %d, want 2", r.Docs)
	}
	// PERSON: gold Trương Minh Tuấn, Tuấn, Nguyễn Văn Bình; predicted "Nguyễn Văn" instead of the last.
	if p := row(t, r, "PERSON"); p.Gold != 3 || p.Pred != 3 || p.Correct != 2 || !near(p.F1, 2.0/3) || !near(p.OverlapF1, 1) {
		t.Errorf("PERSON %+v", p)
	}
	// ORGANIZATION: the reference mention "Hiệp hội" is left out on both sides; "ông" is a false alarm.
	if o := row(t, r, "ORGANIZATION"); o.Gold != 2 || o.Pred != 3 || o.Correct != 2 || !near(o.F1, 0.8) {
		t.Errorf("ORGANIZATION %+v", o)
	}
	// DATE: "ngày 12/05" for "Chiều ngày 12/05" is wrong on the exact span and right on overlap.
	if d := row(t, r, "DATE"); d.Correct != 1 || !near(d.Precision, 0.5) || !near(d.OverlapRecall, 1) {
		t.Errorf("DATE %+v", d)
	}
	// Overall: 9 of 12 predicted, 9 of 11 gold: F1 = 18/23.
	if o := r.Overall; o.Gold != 11 || o.Pred != 12 || o.Correct != 9 || !near(o.F1, 18.0/23) {
		t.Errorf("overall %+v", o)
	}
	// Links: "Bộ trưởng Bộ TT&TT" → x (Trương Minh Tuấn) right; the second "Bộ trưởng" → an org id, wrong.
	if l := r.Links; l == nil || l.Total != 2 || l.Correct != 1 || l.Gold != 2 {
		t.Errorf("links %+v", l)
	}
	// Dates: only "Năm 2015" matches exactly, and its value is right.
	if d := r.Dates; d == nil || d.Total != 1 || d.Correct != 1 {
		t.Errorf("dates %+v", d)
	}
}

func TestTableIsAligned(t *testing.T) {
	code, out, _ := evaluate(t, "-pred", "testdata/pred.jsonl", "testdata/gold.jsonl")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(out, "\n")
	if !strings.Contains(lines[0], "F1") || !strings.Contains(lines[0], "ovl-F1") {
		t.Errorf("header %q", lines[0])
	}
	width := len(lines[0])
	for _, l := range lines[1:7] {
		if strings.HasPrefix(l, "---") {
			continue
		}
		if len(l) != width {
			t.Errorf("row %q is %d bytes wide, header %d", l, len(l), width)
		}
	}
	for _, want := range []string{"PERSON ", "overall ", "0.783", "title→person links: 1/2", "date values:        1/1"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestCoNLLWithMapScoresGoldTypesOnly(t *testing.T) {
	code, out, errs := evaluate(t, "-json", "-format", "conll", "-map", "MISC=", "testdata/gold.conll")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	r := decode(t, out)
	var types []string
	for _, x := range r.Types {
		types = append(types, x.Type)
	}
	if strings.Join(types, ",") != "PERSON,ORGANIZATION,LOCATION" {
		t.Errorf("types scored %v, want the gold's", types)
	}
	if r.Docs != 2 || row(t, r, "PERSON").Gold != 2 || row(t, r, "ORGANIZATION").Gold != 1 || row(t, r, "LOCATION").Gold != 1 {
		t.Errorf("report %+v", r)
	}
	if r.Links != nil || r.Dates != nil {
		t.Errorf("links and dates reported though TITLE and DATE are not scored")
	}
}

func TestCoNLLUnknownTagIsReported(t *testing.T) {
	code, _, errs := evaluate(t, "-format", "conll", "testdata/gold.conll")
	if code != 1 || !strings.Contains(errs, `testdata/gold.conll:10: unknown entity type "MISC"`) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestTypesRestrictScoring(t *testing.T) {
	code, out, _ := evaluate(t, "-json", "-types", "PERSON,date", "-pred", "testdata/pred.jsonl", "testdata/gold.jsonl")
	r := decode(t, out)
	if code != 0 || len(r.Types) != 2 || r.Overall.Gold != 5 || r.Links != nil || r.Dates == nil {
		t.Errorf("exit %d, report %+v", code, r)
	}
}

func TestBadInputNamedAndTheRestScored(t *testing.T) {
	code, out, errs := evaluate(t, "-json", "-pred", "testdata/pred.jsonl", "testdata/bad.jsonl", "testdata/missing.jsonl", "testdata/gold.jsonl")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"testdata/bad.jsonl:2: malformed line", "testdata/bad.jsonl:3: entity 0", "testdata/missing.jsonl", `no prediction for document "ok"`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	r := decode(t, out)
	// gold.jsonl's 11 entities and bad.jsonl's one good line (1 PERSON, no prediction).
	if r.Docs != 3 || r.Overall.Gold != 12 || r.Overall.Correct != 9 {
		t.Errorf("report %+v", r.Overall)
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "xml", "testdata/gold.jsonl"},
		{"-system", "spacy", "testdata/gold.jsonl"},
		{"-map", "PER", "testdata/gold.jsonl"},
		{"-map", "PER=ANIMAL", "testdata/gold.jsonl"},
		{"-types", "PERSON,ANIMAL", "testdata/gold.jsonl"},
		{"-ref", "12/05/2016", "testdata/gold.jsonl"},
		{"-repeat", "0", "testdata/gold.jsonl"},
		{"-nosuchflag"},
		{},
	} {
		if code, _, errs := evaluate(t, args...); code != 2 || errs == "" {
			t.Errorf("%q: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
}

func TestVietnerAndProseRun(t *testing.T) {
	for _, sys := range []string{"vietner", "prose"} {
		code, out, errs := evaluate(t, "-json", "-repeat", "2", "-system", sys, "testdata/gold.jsonl")
		if code != 0 || errs != "" {
			t.Fatalf("%s: exit %d, stderr %q", sys, code, errs)
		}
		r := decode(t, out)
		if r.System != sys || r.Docs != 2 || r.Overall.Gold != 11 || r.Bytes == 0 {
			t.Errorf("%s: report %+v", sys, r)
		}
		if r.Overall.Correct > r.Overall.Pred || r.Overall.Correct > r.Overall.Gold {
			t.Errorf("%s: more correct than predicted or gold: %+v", sys, r.Overall)
		}
	}
}

func TestProseSpansPointIntoTheText(t *testing.T) {
	p := newProse()
	text := "Barack Obama met Barack Obama in Paris. Angela Merkel spoke in Berlin, Germany."
	ents := p.extract(text, time.Time{})
	if len(ents) == 0 {
		t.Fatal("prose found nothing in plain English")
	}
	last := -1
	for _, e := range ents {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("%+v: span is %q", e, text[e.Start:e.End])
		}
		if e.Start < last {
			t.Errorf("spans not left to right: %+v", ents)
		}
		last = e.Start
	}
	// Repeated names are found at their own places, not all at the first.
	n := 0
	for _, e := range ents {
		if e.Text == "Barack Obama" {
			n++
		}
	}
	if n == 2 && ents[0].Start == ents[1].Start {
		t.Errorf("both mentions of Barack Obama at one offset: %+v", ents)
	}
}

func TestFindAllowsSpacingDifferences(t *testing.T) {
	tests := []struct {
		text, ent string
		at        int
		start     int
		ok        bool
	}{
		{"Ông Kim Jong-un và Kim Jong-un", "Kim Jong - un", 0, 5, true},
		{"Ông Kim Jong-un và Kim Jong-un", "Kim Jong - un", 6, 21, true},
		{"Ông Kim Jong - un", "Kim Jong - un", 0, 5, true},
		{"Ông Kim  Jong\u00a0un", "Kim Jong un", 0, 5, true},
		{"Paris, Paris", "Paris", 1, 7, true},
		{"Paris", "Lyon", 0, 0, false},
	}
	for _, tc := range tests {
		s, _, ok := find(tc.text, tc.ent, tc.at)
		if ok != tc.ok || (ok && s != tc.start) {
			t.Errorf("find(%q, %q, %d) = %d, %v; want %d, %v", tc.text, tc.ent, tc.at, s, ok, tc.start, tc.ok)
		}
	}
}

func TestPredictionsWithoutGoldAreReported(t *testing.T) {
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	data, err := os.ReadFile("testdata/pred.jsonl")
	require.NoError(t, err)
	data = append(data, []byte("{\"id\": \"zz-not-in-gold\", \"entities\": []}\n")...)
	require.NoError(t, os.WriteFile(pred, data, 0o644))
	code, out, errs := evaluate(t, "-pred", pred, "testdata/gold.jsonl")
	assert.Equal(t, 1, code, "a prediction with no gold document is an error")
	assert.Contains(t, errs, `"zz-not-in-gold"`)
	assert.Contains(t, errs, "have no gold document")
	assert.Contains(t, out, "overall", "the rest is still scored")
}

func TestEmptyGoldIsAnError(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.jsonl")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	code, _, errs := evaluate(t, empty)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "no gold documents")
}
