// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vietner/vietner/entities"
)

// Doc is one gold document: its text and the entities annotated in it, with byte offsets into Text.
type Doc struct {
	// ID names the document: the corpus line's "id", or "file:line" of a CoNLL sentence.
	ID string
	// Text is the document exactly as annotated; entity offsets index it.
	Text string
	// Ref is the publication date relative dates resolve against; zero when unknown.
	Ref time.Time
	// Entities are the gold (or predicted) entities, with byte offsets into Text.
	Entities []entities.Entity
}

// InputError is bad input at one line of a gold file. The rest of the file is still read.
type InputError struct {
	File string // the file as named on the command line, or "<stdin>"
	Line int    // 1-based line number
	Msg  string // what is wrong
}

// Error returns the problem as "FILE:LINE: message".
func (e *InputError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// corpusLine is one line of the project's corpus JSONL.
type corpusLine struct {
	ID       string            `json:"id"`
	Ref      *string           `json:"ref"`
	Text     *string           `json:"text"`
	Entities []entities.Entity `json:"entities"`
}

// ReadJSONL reads the project's corpus format: one {"id", "source", "ref", "text", "entities"}
// object a line, ref "YYYY-MM-DD", null or absent. A line that cannot be used (malformed JSON, an
// unknown type, offsets out of bounds or off rune boundaries, invalid UTF-8) is reported as an
// *InputError and skipped; the other lines are returned.
func ReadJSONL(r io.Reader, file string) ([]Doc, []error) {
	return readLines(r, file, parseCorpusLine)
}

// ReadPredictions reads predicted entities: one {"id", "entities"} object a line, as
// examples/extract -input jsonl writes them. Text is optional; offsets are checked against it only
// when it is present. A line that cannot be used (an error object such as {"line": 3, "error": …},
// malformed JSON, an unknown type) is reported as an *InputError and skipped.
func ReadPredictions(r io.Reader, file string) ([]Doc, []error) {
	return readLines(r, file, parsePredictionLine)
}

func parsePredictionLine(b []byte) (Doc, string) {
	var probe struct {
		ID    *json.RawMessage `json:"id"`
		Text  *string          `json:"text"`
		Error string           `json:"error"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return Doc{}, "malformed line: " + err.Error()
	}
	if probe.Error != "" {
		return Doc{}, "error object in place of a prediction: " + probe.Error
	}
	if probe.ID == nil {
		return Doc{}, `no "id" field`
	}
	if probe.Text != nil {
		return parseCorpusLine(b)
	}
	var in corpusLine
	if err := json.Unmarshal(b, &in); err != nil {
		return Doc{}, "malformed line: " + err.Error()
	}
	for i, e := range in.Entities {
		if e.Type == 0 {
			return Doc{}, fmt.Sprintf("entity %d: no type", i)
		}
	}
	return Doc{ID: in.ID, Entities: in.Entities}, ""
}

func readLines(r io.Reader, file string, parse func([]byte) (Doc, string)) ([]Doc, []error) {
	var docs []Doc
	var errs []error
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if t := bytes.TrimSpace(line); len(t) > 0 {
			d, msg := parse(t)
			if msg != "" {
				errs = append(errs, &InputError{file, n, msg})
			} else {
				docs = append(docs, d)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, &InputError{file, n, err.Error()})
			break
		}
	}
	return docs, errs
}

func parseCorpusLine(b []byte) (Doc, string) {
	if !utf8.Valid(b) {
		return Doc{}, invalidUTF8(b)
	}
	var in corpusLine
	if err := json.Unmarshal(b, &in); err != nil {
		return Doc{}, "malformed line: " + err.Error()
	}
	if in.Text == nil {
		return Doc{}, `no "text" field`
	}
	d := Doc{ID: in.ID, Text: *in.Text, Entities: in.Entities}
	if in.Ref != nil && *in.Ref != "" {
		t, err := time.Parse("2006-01-02", *in.Ref)
		if err != nil {
			return Doc{}, fmt.Sprintf(`"ref" %q: want YYYY-MM-DD`, *in.Ref)
		}
		d.Ref = t
	}
	for i, e := range d.Entities {
		if e.Type == 0 {
			return Doc{}, fmt.Sprintf("entity %d: no type", i)
		}
		if e.Start < 0 || e.End < e.Start || e.End > len(d.Text) {
			return Doc{}, fmt.Sprintf("entity %d (%s %q): offsets %d-%d outside the text (%d bytes)", i, e.Type, e.Text, e.Start, e.End, len(d.Text))
		}
		if !runeStart(d.Text, e.Start) || !runeStart(d.Text, e.End) {
			return Doc{}, fmt.Sprintf("entity %d (%s %q): offsets %d-%d not on character boundaries", i, e.Type, e.Text, e.Start, e.End)
		}
	}
	return d, ""
}

func runeStart(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// ReadCoNLL reads CoNLL/BIO files: one syllable a line in whitespace-separated columns, the tag in
// the last column (B-X, I-X or O in IOB2; IOB1, where I-X may open an entity, and BIOES are read
// too), a blank line between sentences, "-DOCSTART-" lines skipped. Every sentence becomes one Doc
// whose Text is its syllables joined by single spaces and whose ID is "file:line" of its first
// syllable.
//
// Tag names go through labels first: labels["PER"] = "PERSON" renames, labels["MISC"] = "" drops.
// A name that is not in labels must be one entities.ParseType knows ("PER", "LOC", "ORG", …);
// otherwise it is reported once, with the line of its first use, and its entities are dropped.
func ReadCoNLL(r io.Reader, file string, labels map[string]string) ([]Doc, []error) {
	c := conllReader{file: file, labels: labels, unknown: map[string]bool{}}
	// Lines of any length, like ReadJSONL's (a bufio.Scanner stopped the whole file at its limit).
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"); line != "" || err == nil {
			c.line(n, line)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			c.errs = append(c.errs, &InputError{file, n, err.Error()})
			break
		}
	}
	c.flush()
	return c.docs, c.errs
}

type conllReader struct {
	file    string
	labels  map[string]string
	unknown map[string]bool
	docs    []Doc
	errs    []error

	first int             // line of the sentence's first syllable
	text  strings.Builder // the sentence so far
	ents  []entities.Entity
	open  int // index in ents of the entity the next I- tag may continue, or -1
}

func (c *conllReader) errorf(n int, format string, args ...any) {
	c.errs = append(c.errs, &InputError{c.file, n, fmt.Sprintf(format, args...)})
}

func (c *conllReader) line(n int, s string) {
	f := strings.Fields(s)
	if len(f) == 0 {
		c.flush()
		return
	}
	if f[0] == "-DOCSTART-" {
		c.flush()
		return
	}
	if !utf8.ValidString(s) {
		c.errorf(n, "%s", invalidUTF8([]byte(s)))
		c.open = -1
		return
	}
	if len(f) < 2 {
		c.errorf(n, "want a syllable and a tag, got %q", s)
		c.open = -1
		return
	}
	if c.text.Len() == 0 {
		c.first = n
		c.ents = nil
		c.open = -1
	} else {
		c.text.WriteByte(' ')
	}
	start := c.text.Len()
	c.text.WriteString(f[0])
	end := c.text.Len()

	prefix, name, ok := splitTag(f[len(f)-1])
	if !ok {
		c.errorf(n, "tag %q: want O, B-X, I-X (or E-X, S-X)", f[len(f)-1])
		c.open = -1
		return
	}
	if prefix == 'O' {
		c.open = -1
		return
	}
	t, ok := c.resolve(n, name)
	if !ok {
		c.open = -1
		return
	}
	continues := (prefix == 'I' || prefix == 'E' || prefix == 'L') && c.open >= 0 && c.ents[c.open].Type == t
	if continues {
		c.ents[c.open].End = end
	} else {
		c.ents = append(c.ents, entities.Entity{Type: t, Start: start, End: end})
		c.open = len(c.ents) - 1
	}
	if prefix == 'E' || prefix == 'L' || prefix == 'S' || prefix == 'U' {
		c.open = -1
	}
}

// resolve maps a tag name to a type; ok is false for a dropped or unknown name.
func (c *conllReader) resolve(n int, name string) (entities.Type, bool) {
	if to, ok := c.labels[name]; ok {
		if to == "" {
			return 0, false
		}
		name = to
	}
	t, err := entities.ParseType(name)
	if err != nil {
		if !c.unknown[name] {
			c.unknown[name] = true
			c.errorf(n, "unknown entity type %q (rename it with -map %s=TYPE, or drop it with -map %s=)", name, name, name)
		}
		return 0, false
	}
	return t, true
}

// splitTag splits "B-PER" into 'B' and "PER"; "O" gives 'O'. B_PER is accepted too.
func splitTag(tag string) (byte, string, bool) {
	if tag == "O" {
		return 'O', "", true
	}
	if len(tag) < 3 || (tag[1] != '-' && tag[1] != '_') {
		return 0, "", false
	}
	switch tag[0] {
	case 'B', 'I', 'E', 'S', 'L', 'U':
		return tag[0], tag[2:], true
	}
	return 0, "", false
}

// flush ends the current sentence.
func (c *conllReader) flush() {
	if c.text.Len() == 0 {
		return
	}
	text := c.text.String()
	for i := range c.ents {
		c.ents[i].Text = text[c.ents[i].Start:c.ents[i].End]
	}
	c.docs = append(c.docs, Doc{ID: fmt.Sprintf("%s:%d", c.file, c.first), Text: text, Entities: c.ents})
	c.text.Reset()
	c.ents = nil
	c.open = -1
}

// invalidUTF8 says where the first invalid UTF-8 sequence of a line is: "invalid UTF-8 at byte N",
// N its offset in the line.
func invalidUTF8(b []byte) string {
	i := 0
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		i += size
	}
	return fmt.Sprintf("invalid UTF-8 at byte %d", i)
}
