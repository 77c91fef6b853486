// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package main

import (
	"strings"
	"testing"

	"github.com/vietner/vietner/entities"
)

// FuzzMarkup checks that any text and any entity offsets give balanced marks and never let markup
// from the text through.
func FuzzMarkup(f *testing.F) {
	f.Add("Bộ trưởng <b>Bộ TT&TT</b>", 0, 14, 15, 28, 20, 40)
	f.Add("\xff\xfe<script>", 0, 3, 1, 2, -5, 100)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2, s3, e3 int) {
		ents := []entities.Entity{
			{Type: entities.Title, Start: s1, End: e1, Person: "p<1>"},
			{Type: entities.Organization, Start: s2, End: e2, Ref: `o"1`},
			{Type: entities.Location, Start: s3, End: e3},
		}
		got, n, _ := markup("d1-", text, ents, map[string]string{"p<1>": "<i>"})
		if strings.Count(got, "<mark ") != n || strings.Count(got, "</mark>") != n {
			t.Fatalf("%d entities kept, marks %q", n, got)
		}
		rest := got
		for _, tag := range []string{"</mark>"} {
			rest = strings.ReplaceAll(rest, tag, "")
		}
		for {
			i := strings.Index(rest, "<mark ")
			if i < 0 {
				break
			}
			j := strings.Index(rest[i:], `">`)
			if j < 0 {
				t.Fatalf("unterminated mark in %q", got)
			}
			rest = rest[:i] + rest[i+j+2:]
		}
		if strings.ContainsAny(rest, "<>") {
			t.Fatalf("markup from the text reached the page: %q", got)
		}
	})
}

// FuzzCoNLL checks that any document id and text give well-formed CoNLL: a "-DOCSTART- ID<TAB>O"
// line first, then blank lines or "TOKEN<TAB>TAG" lines with one tab, the tags O, B-X or I-X, and an
// I-X only after a B-X or I-X of the same type.
func FuzzCoNLL(f *testing.F) {
	f.Add("doc 1", "Chiều ngày 12/05, đồng chí Trương Minh Tuấn, Bộ trưởng Bộ TT&TT, đến Hà Nội.")
	f.Add("a\nb\tc", "Ông Lê Văn Nam\tđến\u2028Hà Nội.\r\n\r\nBà Hoa.")
	f.Add("", "\xff\xfe\t\n")
	x, err := entities.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, id, text string) {
		out := string(conll(x, id, text, x.Extract(text).Entities))
		lines := strings.Split(out, "\n")
		if !strings.HasPrefix(lines[0], "-DOCSTART- ") || strings.Count(lines[0], "\t") != 1 || !strings.HasSuffix(lines[0], "\tO") {
			t.Fatalf("first line %q", lines[0])
		}
		prev := "O"
		for _, l := range lines[1:] {
			if l == "" {
				prev = "O"
				continue
			}
			tok, tag, ok := strings.Cut(l, "\t")
			if !ok || tok == "" || strings.Contains(tag, "\t") {
				t.Fatalf("line %q in %q", l, out)
			}
			switch {
			case tag == "O":
			case strings.HasPrefix(tag, "B-"):
			case strings.HasPrefix(tag, "I-") && prev != "O" && prev[2:] == tag[2:]:
			default:
				t.Fatalf("tag %q after %q in %q", tag, prev, out)
			}
			prev = tag
		}
	})
}
