// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vietner/vietner/normalize"
)

// TestSpellingsShortcutChangesNothing: spellings skips toneStyles for a phrase with no pair of
// toneSwaps in it; over every word and pair of words of the bundled press text, and every pair
// itself, it returns what the full computation does, in each tone style.
func TestSpellingsShortcutChangesNothing(t *testing.T) {
	phrases := []string{"Khánh Hòa", "Khánh Hoà", "Ủy ban", "Uỷ ban", "HÒA BÌNH", "thủy lợi", "khoẻ", "Thuý Ngân"}
	for _, s := range toneSwaps {
		phrases = append(phrases, "h"+s[0], "h"+s[1], "x"+s[0]+"n", strings.ToUpper(s[0]), strings.ToUpper(s[1]))
	}
	for _, text := range pressTexts(t) {
		words := strings.Fields(text)
		for i, w := range words {
			phrases = append(phrases, w)
			if i > 0 {
				phrases = append(phrases, words[i-1]+" "+w)
			}
		}
	}
	swapped := 0
	for _, style := range []normalize.ToneStyle{normalize.ToneOld, normalize.ToneNew, normalize.ToneKeep} {
		n := normalize.New(normalize.WithTone(style))
		for _, p := range phrases {
			want := toneStyles(n, n.String(p))
			if len(want) > 1 {
				swapped++
			}
			if got := spellings(n, p); !assert.Equal(t, want, got, "%v %q", style, p) {
				return
			}
		}
	}
	assert.Greater(t, swapped, 100, "phrases with a second spelling")
}
