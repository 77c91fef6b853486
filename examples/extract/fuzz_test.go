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
