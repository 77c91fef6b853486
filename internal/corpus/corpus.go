// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

// Package corpus reads and checks the annotated corpus of testdata/corpus: JSONL documents with their
// gold entities, in the Extractor's own output format.
package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vietner/vietner/entities"
	"github.com/vietner/vietner/normalize"
)

// Doc is one annotated document.
type Doc struct {
	// ID names the document uniquely within the corpus.
	ID string `json:"id"`
	// Source says where the text comes from (for DANeS text: the licence, the credit and the URL).
	Source string `json:"source"`
	// Ref is the publication date as YYYY-MM-DD, or empty.
	Ref string `json:"ref,omitempty"`
	// Text is the document as annotated; entity offsets are bytes into it.
	Text string `json:"text"`
	// Entities are the gold entities, in the Extractor's output format.
	Entities []entities.Entity `json:"entities"`
}

// RefTime returns Ref as a time, or the zero time when there is none or it does not parse.
func (d Doc) RefTime() time.Time {
	t, err := time.Parse("2006-01-02", d.Ref)
	if err != nil {
		return time.Time{}
	}
	return t
}

// LineError is a problem with one line of a corpus file.
type LineError struct {
	File string // the file as named to Read
	Line int    // 1-based line number
	Err  error  // what is wrong
}

// Error returns the problem as "FILE:LINE: message".
func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// Read reads a corpus file. A malformed line is reported as a *LineError in errs and skipped; the
// other lines are still read.
func Read(r io.Reader, name string) (docs []Doc, errs []error) {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if s := strings.TrimSpace(string(line)); s != "" {
			var d Doc
			if e := json.Unmarshal([]byte(s), &d); e != nil {
				errs = append(errs, &LineError{name, n, e})
			} else {
				docs = append(docs, d)
			}
		}
		if err == io.EOF {
			return docs, errs
		}
		if err != nil {
			return docs, append(errs, &LineError{name, n, err})
		}
	}
}

var kinds = map[string]bool{"position": true, "rank": true, "academic": true, "occupation": true}

// Validate checks one document's annotation: offsets in bounds and on rune boundaries, Text equal to
// the canonical form of the span, known types, fields only where they belong (value on DATE, kind
// on TITLE, person on TITLE naming a PERSON ref of the document), ordered entities, and no two
// overlapping entities of one type.
func Validate(d Doc, n normalize.Normalizer) []error {
	var errs []error
	bad := func(i int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: entity %d: %s", d.ID, i, fmt.Sprintf(format, args...)))
	}
	personRefs := map[string]bool{}
	for _, e := range d.Entities {
		if e.Type == entities.Person && e.Ref != "" {
			personRefs[e.Ref] = true
		}
	}
	if d.Ref != "" && d.RefTime().IsZero() {
		errs = append(errs, fmt.Errorf("%s: ref %q is not YYYY-MM-DD", d.ID, d.Ref))
	}
	for i, e := range d.Entities {
		if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End {
			bad(i, "span %d-%d out of bounds (text has %d bytes)", e.Start, e.End, len(d.Text))
			continue
		}
		if !utf8.RuneStart(d.Text[e.Start]) || (e.End < len(d.Text) && !utf8.RuneStart(d.Text[e.End])) {
			bad(i, "span %d-%d not on rune boundaries", e.Start, e.End)
			continue
		}
		if want := n.String(d.Text[e.Start:e.End]); e.Text != want {
			bad(i, "text %q, but the span %d-%d reads %q", e.Text, e.Start, e.End, want)
		}
		switch e.Type {
		case entities.Person, entities.Title, entities.Organization, entities.Date, entities.Location:
		default:
			bad(i, "unknown type %v", e.Type)
		}
		if e.Value != "" && e.Type != entities.Date {
			bad(i, "value on a %v", e.Type)
		}
		if e.Type == entities.Date && e.Value == "" {
			bad(i, "DATE %q without a value", e.Text)
		}
		if e.Kind != "" && (e.Type != entities.Title || !kinds[e.Kind]) {
			bad(i, "kind %q on a %v", e.Kind, e.Type)
		}
		if e.Person != "" && (e.Type != entities.Title || !personRefs[e.Person]) {
			bad(i, "person %q on a %v does not name a PERSON of the document", e.Person, e.Type)
		}
		if e.Calendar != "" && (e.Type != entities.Date || e.Calendar != "lunar") {
			bad(i, "calendar %q on a %v", e.Calendar, e.Type)
		}
		if e.Mention != "" && e.Mention != "reference" {
			bad(i, "mention %q", e.Mention)
		}
		if i > 0 && e.Start < d.Entities[i-1].Start {
			bad(i, "out of order")
		}
		for j := 0; j < i; j++ {
			p := d.Entities[j]
			if p.Type == e.Type && e.Start < p.End && p.Start < e.End {
				bad(i, "%v %q overlaps %q", e.Type, e.Text, p.Text)
			}
		}
	}
	return errs
}
