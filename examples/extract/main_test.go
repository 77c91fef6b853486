// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/vietner/vietner/entities"
)

// extract runs the command with the given standard input and returns its exit status, standard
// output and standard error.
func extract(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const sample = "Chiều ngày 12/05, tại trụ sở Bộ, đồng chí Trương Minh Tuấn, Ủy viên Trung ương Đảng, " +
	"Bộ trưởng Bộ TT&TT đã chủ trì buổi làm việc với Hiệp hội Internet Việt Nam."

// outputLine is one JSONL output line: a result or an error object.
type outputLine struct {
	ID       *string           `json:"id"`
	Entities []entities.Entity `json:"entities"`
	Line     int               `json:"line"`
	Error    string            `json:"error"`
}

func TestTextInputGivesOneJSONDocument(t *testing.T) {
	code, out, errs := extract(t, sample, "-ref", "2016-05-12")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	if string(raw["id"]) != `"<stdin>"` {
		t.Errorf("id %s, want \"<stdin>\"", raw["id"])
	}
	if !bytes.HasPrefix(raw["entities"], []byte("[")) {
		t.Errorf("entities %s: want an array, even when empty", raw["entities"])
	}
	var doc outputLine
	json.Unmarshal([]byte(out), &doc)
	for _, e := range doc.Entities {
		if e.Start < 0 || e.End > len(sample) || e.Start >= e.End || e.Type == 0 {
			t.Errorf("entity %+v out of bounds or untyped", e)
		}
	}
}

func TestTextFileIDIsItsPath(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(sample), 0o644)
	os.WriteFile(b, []byte("Hà Nội"), 0o644)
	code, out, errs := extract(t, "", "-format", "jsonl", a, b)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], `{"id":"`+a+`"`) || !strings.HasPrefix(lines[1], `{"id":"`+b+`"`) {
		t.Errorf("output:\n%s", out)
	}
}

// jsonlInput has n lines, line bad (from 1) malformed.
func jsonlInput(n, bad int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i == bad {
			b.WriteString(`{"id": "broken", "text": ` + "\n")
			continue
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("doc-%d", i), "text": fmt.Sprintf("%s (%d)", sample, i), "ref": "2016-05-12"})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestJSONLOrderKeptWhateverTheWorkers(t *testing.T) {
	const n, bad = 5*batchJobs + 3, batchJobs + 7 // several batches, the last one short
	in := jsonlInput(n, bad)
	var outputs []string
	for _, j := range []string{"1", "4"} {
		code, out, errs := extract(t, in, "-input", "jsonl", "-j", j)
		if code != 1 {
			t.Errorf("-j %s: exit %d, want 1 for the malformed line", j, code)
		}
		if !strings.Contains(errs, fmt.Sprintf("<stdin>:%d: malformed JSON", bad)) || strings.Count(errs, "\n") != 1 {
			t.Errorf("-j %s: stderr %q, want one message naming line %d", j, errs, bad)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != n {
			t.Fatalf("-j %s: %d output lines for %d input lines", j, len(lines), n)
		}
		for i, l := range lines {
			var o outputLine
			if err := json.Unmarshal([]byte(l), &o); err != nil {
				t.Fatalf("-j %s: line %d is not JSON: %v", j, i+1, err)
			}
			if i+1 == bad {
				if o.Line != bad || o.Error == "" || o.ID != nil {
					t.Errorf("-j %s: line %d is %s, want an error object naming line %d", j, i+1, l, bad)
				}
				continue
			}
			if o.ID == nil || *o.ID != fmt.Sprintf("doc-%d", i+1) || o.Entities == nil {
				t.Errorf("-j %s: line %d is %s, want doc-%d with an entities array", j, i+1, l, i+1)
			}
		}
		outputs = append(outputs, out)
	}
	if outputs[0] != outputs[1] {
		t.Errorf("-j 1 and -j 4 give different output")
	}
}

func TestJSONLErrorObjects(t *testing.T) {
	in := `{"id": "a", "text": "Hà Nội"}` + "\n" +
		`{"id": "b"}` + "\n" +
		`{"id": "c", "text": "x", "ref": "12/05/2016"}` + "\n" +
		`[1, 2]` + "\n" +
		`{"id": 5, "text": "Huế"}` + "\n"
	code, out, errs := extract(t, in, "-input", "jsonl")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []string{`{"id":"a",`, `{"line":2,"error":"no \"text\" field"}`, `{"line":3,"error":"\"ref\" \"12/05/2016\": want a date as YYYY-MM-DD"}`, `{"line":4,"error":"malformed JSON`, `{"id":"5",`}
	if len(lines) != len(want) {
		t.Fatalf("output:\n%s", out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d: %s, want %s…", i+1, lines[i], w)
		}
	}
	for _, n := range []int{2, 3, 4} {
		if !strings.Contains(errs, fmt.Sprintf("extract: <stdin>:%d: ", n)) {
			t.Errorf("stderr does not name line %d: %q", n, errs)
		}
	}
}

func TestMissingFileNamedAndOthersProcessed(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	missing := filepath.Join(dir, "missing.jsonl")
	os.WriteFile(good, []byte(jsonlInput(3, 0)), 0o644)
	code, out, errs := extract(t, "", "-input", "jsonl", missing, good)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errs, missing) {
		t.Errorf("stderr %q does not name %s", errs, missing)
	}
	if n := strings.Count(out, `{"id":"doc-`); n != 3 {
		t.Errorf("%d documents of the good file in the output, want 3:\n%s", n, out)
	}
}

func TestInvalidUTF8Reported(t *testing.T) {
	// A truncated UTF-8 sequence in Vietnamese UTF-8 text: no legacy encoding explains it.
	text := "Bộ trưởng Trương Minh Tuấn làm việc tại Hà Nội \xe1\xba ngày 12/05."
	code, out, errs := extract(t, text)
	if code != 1 || !strings.Contains(errs, "<stdin>: invalid UTF-8") {
		t.Errorf("text: exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, `"entities"`) {
		t.Errorf("text with a bad byte not processed: %s", out)
	}
	line, _ := json.Marshal(map[string]string{"id": "x", "text": "ok"})
	in := string(line) + "\n" + `{"id": "y", "text": "Hà Nội ` + "\xe1\xba" + `"}` + "\n"
	code, out, errs = extract(t, in, "-input", "jsonl")
	if code != 1 || !strings.Contains(errs, "<stdin>:2: invalid UTF-8") {
		t.Errorf("jsonl: exit %d, stderr %q", code, errs)
	}
	if strings.Count(out, "\n") != 2 {
		t.Errorf("jsonl: want both lines processed:\n%s", out)
	}
}

func TestBadFlagsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"-input", "xml"},
		{"-format", "pdf"},
		{"-ref", "12/05/2016"},
		{"-j", "0"},
		{"-nosuchflag"},
	} {
		code, out, errs := extract(t, sample, args...)
		if code != 2 || errs == "" || out != "" {
			t.Errorf("%q: exit %d, stderr %q, stdout %q; want 2, a message and no output", args, code, errs, out)
		}
	}
	if code, _, errs := extract(t, "", "-h"); code != 0 || !strings.Contains(errs, "usage: extract") {
		t.Errorf("-h: exit %d, stderr %q", code, errs)
	}
}

// tokenTag is one line of CoNLL output.
type tokenTag struct{ token, tag string }

func parseCoNLL(t *testing.T, out string) [][]tokenTag {
	t.Helper()
	var docs [][]tokenTag
	for _, l := range strings.Split(out, "\n") {
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, "-DOCSTART-") {
			docs = append(docs, nil)
			continue
		}
		tok, tag, ok := strings.Cut(l, "\t")
		if !ok || len(docs) == 0 {
			t.Fatalf("bad CoNLL line %q", l)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], tokenTag{tok, tag})
	}
	return docs
}

// expectedTags computes the IOB2 tags of text's tokens from entities: the outermost entity over a
// token gives its tag, B- on its first token.
func expectedTags(x *entities.Extractor, text string, ents []entities.Entity) []tokenTag {
	var out []tokenTag
	var outer []entities.Entity
	for _, e := range ents {
		if len(outer) > 0 && e.Start < outer[len(outer)-1].End {
			continue
		}
		outer = append(outer, e)
	}
	for _, tok := range x.Tokens(text) {
		tag := "O"
		for _, e := range outer {
			if e.Start <= tok.Start && tok.End <= e.End {
				if tok.Start == e.Start || strings.TrimSpace(text[e.Start:tok.Start]) == "" {
					tag = "B-" + e.Type.String()
				} else {
					tag = "I-" + e.Type.String()
				}
			}
		}
		out = append(out, tokenTag{tok.Text, tag})
	}
	return out
}

func TestCoNLLTagsAlignedWithEntities(t *testing.T) {
	x, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	text := sample
	s := strings.Index(text, "Bộ trưởng Bộ TT&TT")
	o := strings.Index(text, "Bộ TT&TT")
	p := strings.Index(text, "Trương Minh Tuấn")
	d := strings.Index(text, "Chiều ngày 12/05")
	ents := []entities.Entity{
		{Type: entities.Date, Start: d, End: d + len("Chiều ngày 12/05")},
		{Type: entities.Person, Start: p, End: p + len("Trương Minh Tuấn")},
		{Type: entities.Title, Start: s, End: s + len("Bộ trưởng Bộ TT&TT")},
		{Type: entities.Organization, Start: o, End: o + len("Bộ TT&TT")}, // nested: not written
	}
	got := parseCoNLL(t, string(conll(x, "doc 1", text, ents)))
	if len(got) != 1 {
		t.Fatalf("%d documents", len(got))
	}
	tags := map[string]string{}
	var seq []string
	for _, tt := range got[0] {
		seq = append(seq, tt.token+"/"+tt.tag)
		if _, seen := tags[tt.token]; !seen {
			tags[tt.token] = tt.tag
		}
	}
	for tok, want := range map[string]string{
		"Chiều": "B-DATE", "ngày": "I-DATE", "12": "I-DATE", "05": "I-DATE",
		"Trương": "B-PERSON", "Minh": "I-PERSON", "Tuấn": "I-PERSON",
		"trưởng": "I-TITLE", "TT": "I-TITLE",
		"tại": "O", "Hiệp": "O",
	} {
		if tags[tok] != want {
			t.Errorf("%s tagged %q, want %q\n%s", tok, tags[tok], want, strings.Join(seq, " "))
		}
	}
	if !strings.Contains(strings.Join(seq, " "), ",/O Bộ/B-TITLE trưởng/I-TITLE Bộ/I-TITLE TT/I-TITLE &/I-TITLE TT/I-TITLE đã/O") {
		t.Errorf("TITLE not tagged B- then I- across its tokens:\n%s", strings.Join(seq, " "))
	}
	if want := expectedTags(x, text, ents); fmt.Sprint(want) != fmt.Sprint(got[0]) {
		t.Errorf("tags differ from the entities:\n got %v\nwant %v", got[0], want)
	}
}

func TestCoNLLOutputAgreesWithJSONOutput(t *testing.T) {
	in := jsonlInput(3, 0)
	code, jsonOut, _ := extract(t, in, "-input", "jsonl", "-j", "2")
	code2, conllOut, _ := extract(t, in, "-input", "jsonl", "-format", "conll", "-j", "2")
	if code != 0 || code2 != 0 {
		t.Fatalf("exit %d, %d", code, code2)
	}
	x, _ := entities.New()
	docs := parseCoNLL(t, conllOut)
	var texts []string
	for _, l := range strings.Split(strings.TrimSpace(in), "\n") {
		var m map[string]string
		json.Unmarshal([]byte(l), &m)
		texts = append(texts, m["text"])
	}
	jsonLines := strings.Split(strings.TrimSpace(jsonOut), "\n")
	if len(docs) != 3 || len(jsonLines) != 3 {
		t.Fatalf("%d CoNLL documents, %d JSON lines", len(docs), len(jsonLines))
	}
	for i := range docs {
		var o outputLine
		json.Unmarshal([]byte(jsonLines[i]), &o)
		if want := expectedTags(x, texts[i], o.Entities); fmt.Sprint(want) != fmt.Sprint(docs[i]) {
			t.Errorf("document %d: CoNLL tags disagree with the JSON entities:\n got %v\nwant %v", i+1, docs[i], want)
		}
	}
	if !strings.HasPrefix(conllOut, "-DOCSTART- doc-1\tO\n") {
		t.Errorf("CoNLL output starts %q", conllOut[:40])
	}
}

func TestHTMLFormatThroughRun(t *testing.T) {
	in := jsonlInput(5, 3)
	code, out, errs := extract(t, in, "-input", "jsonl", "-format", "html", "-j", "4")
	if code != 1 || !strings.Contains(errs, "<stdin>:3:") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.HasSuffix(out, "</html>\n") {
		t.Fatalf("not one HTML page: %.200s … %.50s", out, out[max(0, len(out)-50):])
	}
	last := -1
	for _, id := range []string{"doc-1", "doc-2", "doc-4", "doc-5"} {
		i := strings.Index(out, "<h2>"+id+"</h2>")
		if i < last {
			t.Errorf("%s out of order or missing", id)
		}
		last = i
	}
	if strings.Contains(out, "<h2>doc-3</h2>") || strings.Contains(out, "broken") {
		t.Errorf("the malformed line reached the page")
	}
}

func TestProgressLineGivesSpeedAndETA(t *testing.T) {
	p := &pipeline{docs: 1000, bytes: 50e6, total: 200e6}
	assert.Equal(t, "1000 documents, 50.0 MB, 10.0 MB/s, 25%, ETA 15s", p.progressLine(5*time.Second))
	p.total = 0
	assert.Equal(t, "1000 documents, 50.0 MB, 10.0 MB/s", p.progressLine(5*time.Second))
}
