// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// unicodeSlow is unicode without the fast path.
func (n Normalizer) unicodeSlow(s string, wantOffsets bool) (string, Offsets) {
	st := state{src: s, offs: wantOffsets, slow: true}
	n.scan(&st)
	return st.finish()
}

// checkFastSlow checks that the fast path and the full path give the same
// text and the same offsets.
func checkFastSlow(t testing.TB, n Normalizer, s string) {
	t.Helper()
	fast, fo := n.unicode(s, true)
	slow, so := n.unicodeSlow(s, true)
	if fast != slow {
		t.Fatalf("%v: fast path %q, full path %q on %q", n.tone, fast, slow, s)
	}
	if !assert.Equal(t, so, fo, "%v offsets of %q", n.tone, s) {
		t.FailNow()
	}
	if f, _ := n.unicode(s, false); f != fast {
		t.Fatalf("String %q != Map %q", f, fast)
	}
}

// fastPathInputs returns the corpus in the forms the fast path must tell
// apart: canonical, NFD, each tone style, and with the characters it hands to
// the full path sprinkled in.
func fastPathInputs(t testing.TB) []string {
	texts := corpus(t)
	var out []string
	spice := strings.NewReplacer(" ", " \u00a0", "a", "a\u0301", "ng", "n\u200bg", "Đ", "Ð", ",", "´,", "o", "o`")
	for k, s := range texts {
		out = append(out, s, norm.NFD.String(s), New(WithTone(ToneNew)).String(s), New().String(s))
		if k%7 == 0 {
			out = append(out, spice.Replace(s))
		}
	}
	return out
}

func TestFastPathAgreesWithFullPathOnCorpus(t *testing.T) {
	inputs := fastPathInputs(t)
	for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep, 7} {
		n := New(WithTone(style))
		for _, s := range inputs {
			checkFastSlow(t, n, s)
		}
		checkFastSlow(t, n, strings.Join(inputs, "\n"))
	}
}

func TestFastPathAgreesOnEdgeCases(t *testing.T) {
	cases := []string{
		"", "a", "hoà", "hòa", "quý", "qúy", "gìa", "già", "giữ", "gì", "ngoài", "ngòai", "khuya", "khúya",
		"người", "ngừơi", "thuở", "thủơ", "tuổi", "tủôi", "hoàn", "hòan", "huỳnh", "hủynh", "Ủy", "Uỷ",
		"HOÀ THUỶ", "quả", "qủa", "oà", "òa", "uý", "úy", "khoẻ", "khỏe", "aaaaaaaaaaaà", "tiếng", "tíêng",
		"co` ba`", "x´", "a\u0301", "1\u0301", "«\u0301x", "— \u0300", "“hoà”", "café", "Müller",
		"\xff", "hoà\xff", "hoà\u00a0", "hoà\u200b", "ðường", "x\u2028y", "\u212b", "e\u0302\u0301",
		"hoà@x.vn", "https://hoà.vn", "\ufffd", "hoà\ufffd", "Việt\u3000Nam", "ǅa", "ﬁ",
	}
	for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		for _, s := range cases {
			checkFastSlow(t, New(WithTone(style)), s)
		}
	}
}

func TestClassTablesMatchClassify(t *testing.T) {
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		cls, size, info := classAt(s, 0)
		want := classify(r)
		if r >= 0x800 && (r < 0x1E00 || r >= 0x2100) {
			want = clsOther
		}
		require.Equal(t, want, cls, "%U", r)
		require.Equal(t, len(s), size, "%U", r)
		if cls == clsViet {
			require.Equal(t, vietInfo(r), info, "%U", r)
		}
	}
}

func FuzzFastPath(f *testing.F) {
	for _, s := range append(pressSentences[:2], "hoà\u200b thuỷ", "a\u0301\u0302", "Ðà", "\xff\xfe", "gìa qúy", "«\u0301") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
			checkFastSlow(t, New(WithTone(style)), s)
		}
	})
}

// checkSkip checks that skip, which reads 32 bytes at a time, and
// skipShort, which reads byte by byte, stop at the same places with the same
// signs of mojibake, from each place where scan stops and from every byte
// of short texts.
func checkSkip(t testing.TB, n Normalizer, s string) {
	t.Helper()
	for i := 0; i <= len(s); {
		p, h := n.skip(s, i)
		p2, h2 := n.skipShort(s, i)
		if p != p2 || h != h2 {
			t.Fatalf("%v: skip(%q, %d) = %d, %d; skipShort %d, %d", n.tone, s, i, p, h, p2, h2)
		}
		if len(s) > 100 {
			i = max(p, i) + 1
		} else {
			i++
		}
	}
}

// skipWordPieces and skipPieces are what TestSkipRandomAgreesWithSkipShort
// strings random inputs from: the letters, vowel clusters and consonants of
// syllables whose tone skip checks, the letters latin1Hit counts, and
// characters left alone between words; and foldPieces.
var skipWordPieces = []string{
	"q", "u", "gi", "g", "i", "o", "oa", "oe", "uy", "ươ", "ng", "th", "nh", "ch", "c", "t", "d",
	"à", "ò", "ì", "Ì", "Ò", "À", "Ô", "Ư", "ố", "ờ", "ú", "ý", "ỳ", "Á", "ó", "ỏ", "ả", "ẹ", "ĩ", "ũ", "ứ",
	"ự", "ặ", "ậ", "ỗ", "ở", "ỡ", "ổ", "ễ", "ế", "ề", "ể", "ê", "ư",
	" ", " ", " ", " ", " ", ". ", "\n", "«", "©", "®", "»", "·", "”", "°",
}

var skipPieces = append(skipWordPieces[:len(skipWordPieces):len(skipWordPieces)], foldPieces...)

// TestSkipRandomAgreesWithSkipShort compares skip with skipShort on random
// strings of skipPieces (words and spaces mostly) and of random bytes, of
// every length up to 200, and on them the fast path with the full path and
// the signs of mojibake that scanAuto counts with quickScanRef.
func TestSkipRandomAgreesWithSkipShort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	styles := []ToneStyle{ToneOld, ToneNew, ToneKeep}
	for k := range 20000 {
		b.Reset()
		size := k % 201
		for b.Len() < size {
			switch {
			case k%7 == 6:
				b.WriteByte(byte(rng.UintN(256)))
			case rng.IntN(3) == 0:
				b.WriteString(skipPieces[rng.IntN(len(skipPieces))])
			default:
				b.WriteString(skipWordPieces[rng.IntN(len(skipWordPieces))]) // words
			}
		}
		s, n := b.String(), New(WithTone(styles[k%3]))
		checkSkip(t, n, s)
		checkFastSlow(t, n, s)
		if k%3 == 0 {
			checkQuickScan(t, s)
		}
	}
}

func TestSkipAgreesWithSkipShortOnCorpus(t *testing.T) {
	inputs := fastPathInputs(t)
	for _, s := range corpus(t) {
		inputs = append(inputs, string(encodeTCVN3(s)), mojibake(encodeVNI(s)), mojibake(encodeCP1258(s)), strings.ToUpper(s))
	}
	for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		n := New(WithTone(style))
		for _, s := range inputs {
			checkSkip(t, n, s)
		}
	}
}

func FuzzSkip(f *testing.F) {
	for _, s := range append(pressSentences[:2], "hoà\u200b thuỷ", "gìa qúy ngừơi “Hòa”", "co` ba`", "NguyÔn chiì «ng", "a\xe1\xbb") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
			checkSkip(t, New(WithTone(style)), s)
		}
	})
}
