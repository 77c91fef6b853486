// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package eval

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/vietner/vietner/entities"
)

const (
	per = entities.Person
	tit = entities.Title
	org = entities.Organization
	dat = entities.Date
	loc = entities.Location
)

func ent(t entities.Type, start, end int) entities.Entity {
	return entities.Entity{Type: t, Start: start, End: end}
}

func withRef(e entities.Entity, ref string) entities.Entity   { e.Ref = ref; return e }
func withPerson(e entities.Entity, p string) entities.Entity  { e.Person = p; return e }
func withValue(e entities.Entity, v string) entities.Entity   { e.Value = v; return e }
func withMention(e entities.Entity, m string) entities.Entity { e.Mention = m; return e }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestCountsPerTypeExactAndOverlap(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []entities.Entity
		want       map[entities.Type]Counts
	}{
		{
			name: "all exact",
			gold: []entities.Entity{ent(per, 0, 5), ent(org, 10, 20)},
			pred: []entities.Entity{ent(per, 0, 5), ent(org, 10, 20)},
			want: map[entities.Type]Counts{per: {1, 1, 1, 1, 1}, org: {1, 1, 1, 1, 1}},
		},
		{
			name: "wrong type counts twice",
			gold: []entities.Entity{ent(per, 0, 5)},
			pred: []entities.Entity{ent(loc, 0, 5)},
			want: map[entities.Type]Counts{per: {Gold: 1}, loc: {Pred: 1}},
		},
		{
			name: "boundary error is wrong exact, right overlap",
			gold: []entities.Entity{ent(tit, 0, 20)},
			pred: []entities.Entity{ent(tit, 0, 9)},
			want: map[entities.Type]Counts{tit: {Gold: 1, Pred: 1, Correct: 0, GoldOverlap: 1, PredOverlap: 1}},
		},
		{
			name: "touching spans do not overlap",
			gold: []entities.Entity{ent(dat, 0, 5)},
			pred: []entities.Entity{ent(dat, 5, 9)},
			want: map[entities.Type]Counts{dat: {Gold: 1, Pred: 1}},
		},
		{
			name: "two predictions inside one gold",
			gold: []entities.Entity{ent(org, 0, 30)},
			pred: []entities.Entity{ent(org, 0, 10), ent(org, 15, 30)},
			want: map[entities.Type]Counts{org: {Gold: 1, Pred: 2, Correct: 0, GoldOverlap: 1, PredOverlap: 2}},
		},
		{
			name: "nested same type: only the outermost counts",
			gold: []entities.Entity{ent(org, 0, 30), ent(org, 10, 20)},
			pred: []entities.Entity{ent(org, 10, 20)},
			want: map[entities.Type]Counts{org: {Gold: 1, Pred: 1, Correct: 0, GoldOverlap: 1, PredOverlap: 1}},
		},
		{
			name: "nested other type counts on its own",
			gold: []entities.Entity{ent(tit, 0, 20), ent(org, 10, 20)},
			pred: []entities.Entity{ent(tit, 0, 20), ent(org, 10, 20)},
			want: map[entities.Type]Counts{tit: {1, 1, 1, 1, 1}, org: {1, 1, 1, 1, 1}},
		},
		{
			name: "duplicate spans count once",
			gold: []entities.Entity{ent(per, 0, 5)},
			pred: []entities.Entity{ent(per, 0, 5), ent(per, 0, 5)},
			want: map[entities.Type]Counts{per: {1, 1, 1, 1, 1}},
		},
		{
			name: "reference mentions are left out on both sides",
			gold: []entities.Entity{ent(org, 0, 10), withMention(ent(org, 20, 22), "reference")},
			pred: []entities.Entity{ent(org, 0, 10), withMention(ent(org, 30, 32), "reference")},
			want: map[entities.Type]Counts{org: {1, 1, 1, 1, 1}},
		},
		{
			name: "misses and false alarms",
			gold: []entities.Entity{ent(per, 0, 5), ent(per, 10, 15), ent(per, 20, 25), ent(per, 30, 35)},
			pred: []entities.Entity{ent(per, 0, 5), ent(per, 10, 15), ent(per, 40, 45)},
			want: map[entities.Type]Counts{per: {Gold: 4, Pred: 3, Correct: 2, GoldOverlap: 2, PredOverlap: 2}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := New()
			s.Add(tc.gold, tc.pred)
			for _, typ := range entities.AllTypes {
				if got := s.ByType[typ]; got != tc.want[typ] {
					t.Errorf("%s: got %+v, want %+v", typ, got, tc.want[typ])
				}
			}
		})
	}
}

func TestScoresByHand(t *testing.T) {
	// Document 1: PERSON 2 gold, 2 pred, 1 exact, 1 overlapping; ORG 1 gold, 0 pred.
	// Document 2: PERSON 1 gold, 2 pred, 1 exact; DATE 1 gold, 1 pred, exact.
	s := New()
	s.Add(
		[]entities.Entity{ent(per, 0, 10), ent(per, 20, 30), ent(org, 40, 50)},
		[]entities.Entity{ent(per, 0, 10), ent(per, 20, 25)},
	)
	s.Add(
		[]entities.Entity{ent(per, 0, 10), withValue(ent(dat, 20, 30), "2016-05-12")},
		[]entities.Entity{ent(per, 0, 10), ent(per, 12, 15), withValue(ent(dat, 20, 30), "2016-05")},
	)
	p := s.ByType[per]
	if p != (Counts{Gold: 3, Pred: 4, Correct: 2, GoldOverlap: 3, PredOverlap: 3}) {
		t.Fatalf("PERSON counts %+v", p)
	}
	// P = 2/4, R = 2/3, F1 = 2*(1/2)(2/3)/(1/2+2/3) = (2/3)/(7/6) = 4/7.
	if !near(p.Precision(), 0.5) || !near(p.Recall(), 2.0/3) || !near(p.F1(), 4.0/7) {
		t.Errorf("PERSON P/R/F1 = %v %v %v", p.Precision(), p.Recall(), p.F1())
	}
	// Overlap: P = 3/4, R = 3/3, F1 = 2*(3/4)/(7/4) = 6/7.
	if !near(p.OverlapPrecision(), 0.75) || !near(p.OverlapRecall(), 1) || !near(p.OverlapF1(), 6.0/7) {
		t.Errorf("PERSON overlap P/R/F1 = %v %v %v", p.OverlapPrecision(), p.OverlapRecall(), p.OverlapF1())
	}
	o := s.Overall()
	// Gold 3+1+1 = 5, pred 4+0+1 = 5, correct 2+0+1 = 3: P = R = F1 = 0.6.
	if o.Gold != 5 || o.Pred != 5 || o.Correct != 3 || !near(o.F1(), 0.6) {
		t.Errorf("overall %+v F1 %v", o, o.F1())
	}
	if s.Dates != (Accuracy{Total: 1, Correct: 0}) {
		t.Errorf("dates %+v", s.Dates)
	}
	if s.Docs != 2 {
		t.Errorf("docs %d", s.Docs)
	}
	if z := (Counts{}); z.F1() != 0 || z.Precision() != 0 || z.OverlapF1() != 0 {
		t.Errorf("empty counts must score 0")
	}
}

func TestTypesRestrictScoring(t *testing.T) {
	s := New(per)
	s.Add([]entities.Entity{ent(per, 0, 5), ent(org, 10, 20)}, []entities.Entity{ent(per, 0, 5), ent(tit, 30, 40)})
	if o := s.Overall(); o != (Counts{1, 1, 1, 1, 1}) {
		t.Errorf("overall %+v, want only PERSON counted", o)
	}
	if s.ByType[org] != (Counts{}) || s.ByType[tit] != (Counts{}) {
		t.Errorf("unscored types counted: %+v %+v", s.ByType[org], s.ByType[tit])
	}
}

func TestTitleLinks(t *testing.T) {
	// Text: "Bộ trưởng Trương Minh Tuấn ... ông Tuấn ... Giám đốc Nguyễn Văn A"
	// Gold: p1 = {10-26, 40-44}, p2 = {60-75}; titles 0-9 → p1, 50-59 → p2, 80-85 → p1 (not predicted).
	gold := []entities.Entity{
		withPerson(ent(tit, 0, 9), "p1"),
		withRef(ent(per, 10, 26), "p1"),
		withRef(ent(per, 40, 44), "p1"),
		withPerson(ent(tit, 50, 59), "p2"),
		withRef(ent(per, 60, 75), "p2"),
		withPerson(ent(tit, 80, 85), "p1"),
		ent(tit, 90, 95), // no person: not judged
	}
	tests := []struct {
		name string
		pred []entities.Entity
		want Accuracy
	}{
		{
			name: "both right, different ids",
			pred: []entities.Entity{
				withPerson(ent(tit, 0, 9), "x"), withRef(ent(per, 10, 26), "x"),
				withPerson(ent(tit, 50, 59), "y"), withRef(ent(per, 60, 75), "y"),
			},
			want: Accuracy{Total: 2, Correct: 2},
		},
		{
			name: "linked through the short form only",
			pred: []entities.Entity{
				withPerson(ent(tit, 0, 9), "x"), withRef(ent(per, 40, 44), "x"),
			},
			want: Accuracy{Total: 1, Correct: 1},
		},
		{
			name: "swapped links",
			pred: []entities.Entity{
				withPerson(ent(tit, 0, 9), "y"), withRef(ent(per, 10, 26), "x"),
				withPerson(ent(tit, 50, 59), "x"), withRef(ent(per, 60, 75), "y"),
			},
			want: Accuracy{Total: 2, Correct: 0},
		},
		{
			name: "no link, wrong span",
			pred: []entities.Entity{
				ent(tit, 0, 9), withRef(ent(per, 10, 26), "x"),
				withPerson(ent(tit, 50, 58), "y"), withRef(ent(per, 60, 75), "y"),
			},
			want: Accuracy{Total: 1, Correct: 0},
		},
		{
			name: "person span differs from every gold mention",
			pred: []entities.Entity{
				withPerson(ent(tit, 0, 9), "x"), withRef(ent(per, 10, 20), "x"),
			},
			want: Accuracy{Total: 1, Correct: 0},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := New()
			s.Add(gold, tc.pred)
			if s.Links != tc.want {
				t.Errorf("links %+v, want %+v", s.Links, tc.want)
			}
			if s.LinkedGold != 3 {
				t.Errorf("linked gold titles %d, want 3", s.LinkedGold)
			}
		})
	}
}

func TestDateValues(t *testing.T) {
	gold := []entities.Entity{
		withValue(ent(dat, 0, 10), "2016-05-12TAF"),
		withValue(ent(dat, 20, 30), "2016"),
		withValue(ent(dat, 40, 50), "XXXX-XX-XX"),
	}
	pred := []entities.Entity{
		withValue(ent(dat, 0, 10), "2016-05-12TAF"), // right
		withValue(ent(dat, 20, 30), "2015"),         // wrong value
		withValue(ent(dat, 40, 48), "XXXX-XX-XX"),   // span differs: not judged
	}
	s := New()
	s.Add(gold, pred)
	if s.Dates != (Accuracy{Total: 2, Correct: 1}) || !near(s.Dates.Value(), 0.5) {
		t.Errorf("dates %+v", s.Dates)
	}
}

func TestReadJSONLReportsBadLinesAndKeepsTheRest(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "ref": "2016-05-12", "text": "Ông Tuấn nói", "entities": [{"type": "PERSON", "text": "Tuấn", "start": 4, "end": 10, "ref": "p1"}]}`,
		`{"id": "b", "text": "x", "entities": [{"type": "PERSON", "start": 0, "end": 9}]}`,
		``,
		`{"id": "c", "text": "x", "entities": [{"type": "ANIMAL", "start": 0, "end": 1}]}`,
		`not json`,
		`{"id": "d", "ref": null, "text": "Hà Nội", "entities": [{"type": "LOC", "start": 0, "end": 2}]}`,
		`{"id": "e", "ref": null, "text": "Hà Nội", "entities": []}`,
	}, "\n")
	docs, errs := ReadJSONL(strings.NewReader(in), "gold.jsonl")
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "e" {
		t.Fatalf("docs %+v", docs)
	}
	if docs[0].Ref.Format("2006-01-02") != "2016-05-12" || docs[0].Entities[0].Type != per || docs[0].Entities[0].Ref != "p1" {
		t.Errorf("doc a read as %+v", docs[0])
	}
	wantLines := []int{2, 4, 5, 6}
	if len(errs) != len(wantLines) {
		t.Fatalf("errors %v, want lines %v", errs, wantLines)
	}
	for i, err := range errs {
		ie, ok := err.(*InputError)
		if !ok || ie.Line != wantLines[i] || ie.File != "gold.jsonl" {
			t.Errorf("error %d: %v, want gold.jsonl line %d", i, err, wantLines[i])
		}
		if !strings.HasPrefix(err.Error(), "gold.jsonl:") {
			t.Errorf("message %q does not name the file", err)
		}
	}
}

func TestReadCoNLL(t *testing.T) {
	in := `-DOCSTART- O

Bộ	N	B-NP	O
trưởng	N	I-NP	O
Trương	Np	B-NP	B-PER
Minh	Np	I-NP	I-PER
Tuấn	Np	I-NP	I-PER
tại	E	B-PP	O
Hà	Np	B-NP	B-LOC
Nội	Np	I-NP	I-LOC
,	CH	O	O
Apple	Np	B-NP	B-MISC
.	CH	O	O

Anh	I-PER
Ba	I-PER
gặp	O
Hà	B-PER
Nội	I-LOC
Huế	B-PER
Lan	I-PER
`
	docs, errs := ReadCoNLL(strings.NewReader(in), "vlsp.conll", map[string]string{"MISC": ""})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(docs) != 2 {
		t.Fatalf("%d docs, want 2", len(docs))
	}
	d := docs[0]
	if d.Text != "Bộ trưởng Trương Minh Tuấn tại Hà Nội , Apple ." || d.ID != "vlsp.conll:3" {
		t.Errorf("doc 0: %q id %q", d.Text, d.ID)
	}
	got := spans(d)
	want := []string{"PERSON Trương Minh Tuấn", "LOCATION Hà Nội"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("doc 0 entities %q, want %q", got, want)
	}
	// IOB1: I- opens an entity after O or after another type.
	got = spans(docs[1])
	want = []string{"PERSON Anh Ba", "PERSON Hà", "LOCATION Nội", "PERSON Huế Lan"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("doc 1 entities %q, want %q", got, want)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	in := "Hà B-GPE\nNội I-GPE\nở O\nSài B-GPE\n\nlone\nx Q-PER\ny B-PER\n"
	docs, errs := ReadCoNLL(strings.NewReader(in), "f.txt", nil)
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	want := []string{
		`f.txt:1: unknown entity type "GPE" (rename it with -map GPE=TYPE, or drop it with -map GPE=)`,
		`f.txt:6: want a syllable and a tag, got "lone"`,
		`f.txt:7: tag "Q-PER": want O, B-X, I-X (or E-X, S-X)`,
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	if len(docs) != 2 || docs[1].Text != "x y" || len(docs[1].Entities) != 1 || docs[1].Entities[0].Text != "y" {
		t.Errorf("docs %+v", docs)
	}
	docs, errs = ReadCoNLL(strings.NewReader(in), "f.txt", map[string]string{"GPE": "LOCATION"})
	if len(errs) != 2 || len(docs[0].Entities) != 2 || docs[0].Entities[0].Text != "Hà Nội" {
		t.Errorf("with -map GPE=LOCATION: %v %+v", errs, docs[0])
	}
}

func TestInvalidUTF8ErrorsSayWhere(t *testing.T) {
	_, errs := ReadJSONL(strings.NewReader("{\"id\": \"a\", \"text\": \"Nguy\xffn\", \"entities\": []}\n"), "g.jsonl")
	if len(errs) != 1 || errs[0].Error() != "g.jsonl:1: invalid UTF-8 at byte 25" {
		t.Errorf("JSONL: %v", errs)
	}
	_, errs = ReadCoNLL(strings.NewReader("Hà O\nNguy\xffn B-PER\n"), "g.conll", nil)
	if len(errs) != 1 || errs[0].Error() != "g.conll:2: invalid UTF-8 at byte 4" {
		t.Errorf("CoNLL: %v", errs)
	}
}

func TestReadCoNLLReadsPastAHugeLine(t *testing.T) {
	in := "Hà B-LOC\nNội I-LOC\n\n" + strings.Repeat("x", 17<<20) + " O\n\nHuế B-LOC\n"
	docs, errs := ReadCoNLL(strings.NewReader(in), "f", nil)
	if len(errs) != 0 || len(docs) != 3 || len(docs[2].Entities) != 1 || docs[2].Entities[0].Text != "Huế" {
		t.Errorf("errors %v, %d docs", errs, len(docs))
	}
}

func spans(d Doc) []string {
	var out []string
	for _, e := range d.Entities {
		if d.Text[e.Start:e.End] != e.Text {
			out = append(out, "BAD OFFSETS")
		}
		out = append(out, e.Type.String()+" "+e.Text)
	}
	return out
}

func TestReadPredictions(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","entities":[{"type":"PERSON","text":"Tuấn","start":4,"end":10,"ref":"p1"}]}`,
		`{"line":2,"error":"malformed JSON"}`,
		`{"entities":[]}`,
		`{"id":"d","text":"Hà Nội","entities":[{"type":"LOCATION","start":0,"end":99}]}`,
		`{"id":"e","entities":[{"type":"PLANET","start":0,"end":1}]}`,
		`{"id":"f","text":"Hà Nội","entities":[{"type":"LOCATION","start":0,"end":8}]}`,
	}, "\n")
	docs, errs := ReadPredictions(strings.NewReader(in), "pred.jsonl")
	if len(docs) != 2 || docs[0].ID != "a" || docs[0].Entities[0].Ref != "p1" || docs[1].ID != "f" {
		t.Errorf("docs %+v", docs)
	}
	var lines []int
	for _, err := range errs {
		lines = append(lines, err.(*InputError).Line)
	}
	if fmt.Sprint(lines) != "[2 3 4 5]" {
		t.Errorf("errors %v, want lines 2 3 4 5", errs)
	}
}
