// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// FuzzGazetteer checks that any caller-supplied name builds an Extractor (or a clear error for no
// text) and that a sentence around it gives well-formed spans, whatever the name holds. Each input
// builds an Extractor (~35 ms): the seeds are the test, fuzzing finds little per minute.
func FuzzGazetteer(f *testing.F) {
	f.Add(uint8(Organization), "VNNIC", "Trung tâm Internet Việt Nam")
	f.Add(uint8(Person), "Nguyễn Văn A", "")
	f.Add(uint8(Title), "Chủ tịch HĐQT", "")
	f.Add(uint8(Location), "  Phố\u00a0cổ \u200b", "Hà\tNội")
	f.Add(uint8(Organization), "\xff\xfe Bé", "\u0301")
	f.Add(uint8(Date), "ngày 1", "")
	f.Add(uint8(Person), " \u200b\u00a0", "")
	f.Add(uint8(Location), ".", ".")
	f.Fuzz(func(t *testing.T, typ uint8, text, norm string) {
		x, err := New(WithGazetteer(GazetteerEntry{Type: Type(typ), Text: text, Norm: norm}))
		if !hasWordRune(text) || Type(typ) == Date || typ == 0 || int(typ) >= len(typeNames) {
			require.ErrorIs(t, err, ErrBadGazetteer)
			return
		}
		require.NoError(t, err)
		s := "Ông Lê Văn Nam gặp " + text + " ở Hà Nội."
		checkSpans(t, x.norm, s, x.Extract(s))
	})
}
