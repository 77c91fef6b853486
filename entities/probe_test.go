// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import "testing"

// probe is a press sentence written for the project, with the spans of one type it names in the order
// of the text.
type probe struct {
	text string
	want []string
}

// scoreProbes runs x on every probe and counts, among the entities of type typ, the spans found right,
// the spans the probe does not list and the listed spans not found; it logs the last two (go test -v)
// as the list of what is left to do.
func scoreProbes(t *testing.T, x *Extractor, typ Type, probes []probe) (right, wrong, missed int) {
	t.Helper()
	for _, c := range probes {
		want := map[string]int{}
		for _, w := range c.want {
			want[w]++
		}
		for _, e := range x.Extract(c.text).Entities {
			if e.Type != typ {
				continue
			}
			if want[e.Text] > 0 {
				want[e.Text]--
				right++
			} else {
				wrong++
				t.Logf("not a %s here: %q in %q", typ, e.Text, c.text)
			}
		}
		for w, n := range want {
			if n > 0 {
				missed += n
				t.Logf("missed: %q in %q", w, c.text)
			}
		}
	}
	t.Logf("%s probes: %d right, %d wrong, %d missed", typ, right, wrong, missed)
	return right, wrong, missed
}
