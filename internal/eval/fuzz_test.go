// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package eval

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzReadCoNLL(f *testing.F) {
	f.Add("Hà\tB-LOC\nNội\tI-LOC\n\nông O\nBa I-PER\n")
	f.Add("-DOCSTART- O\n\nx S-ORG\ny E-ORG\nz B_MISC\n")
	f.Add("a\nb B-\nc I-X Y\n\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, _ := ReadCoNLL(strings.NewReader(in), "f", map[string]string{"MISC": ""})
		for _, d := range docs {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("invalid UTF-8 text %q", d.Text)
			}
			last := -1
			for _, e := range d.Entities {
				if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End {
					t.Fatalf("entity %+v out of %q", e, d.Text)
				}
				if d.Text[e.Start:e.End] != e.Text {
					t.Fatalf("entity text %q, span %q", e.Text, d.Text[e.Start:e.End])
				}
				if e.Start < last {
					t.Fatalf("entities overlap or are out of order: %+v", d.Entities)
				}
				last = e.End
			}
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"id":"a","text":"Hà Nội","entities":[{"type":"LOC","start":0,"end":7}]}`)
	f.Add(`{"id":"a","text":"x","entities":[{"type":"PERSON","start":-1,"end":99}]}` + "\n{")
	f.Fuzz(func(t *testing.T, in string) {
		docs, _ := ReadJSONL(strings.NewReader(in), "f")
		for _, d := range docs {
			for _, e := range d.Entities {
				if e.Start < 0 || e.End > len(d.Text) || e.Start > e.End {
					t.Fatalf("entity %+v out of bounds of %d bytes", e, len(d.Text))
				}
			}
			// Scoring a document against itself is perfect.
			s := New()
			s.Add(d.Entities, d.Entities)
			if o := s.Overall(); o.Correct != o.Gold || o.Correct != o.Pred {
				t.Fatalf("self-score %+v", o)
			}
		}
	})
}
