// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendFoldRef is appendFold as first written, one rune at a time (but for
// invisible characters, which now keep a toneless vowel before them, as in
// Normalizer): the reference for the table-driven one. It folds s onto dst.
// toneless says the letter before s is a vowel without a tone (a spacing
// accent after it is its tone, as in Normalizer).
func appendFoldRef(dst []byte, s string, lower, toneless bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if lower && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			toneless = isVowel(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		in := vietInfo(r)
		if in == 0 {
			in = lookalike(r)
		}
		if in != 0 {
			c := byte(in)
			if lower {
				c |= 0x20
			}
			dst = append(dst, c)
			toneless = isVowel(c) && in>>11&7 == 0
			continue
		}
		if _, t, ok := combining(r); ok {
			if t != 0 {
				toneless = false
			}
			continue
		}
		switch {
		case toneless && (r == 0xB4 || r == 0x2CA || r == 0x2CB):
			toneless = false
			continue
		case isInvisible(r):
			continue // as in Normalizer, a spacing accent after it follows the vowel before it
		case isSpace(r):
			dst = append(dst, ' ')
		case r == utf8.RuneError:
			dst = append(dst, "\uFFFD"...)
		case unicode.Is(unicode.Mn, r):
			continue
		case r >= 0xC0 && r < 0x250 || r >= 0x1E00 && r < 0x1F00:
			d := norm.NFD.PropertiesString(s[i-size:]).Decomposition()
			if len(d) > 0 && d[0] < 0x80 {
				c := d[0]
				if lower && c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
				continue
			}
			fallthrough
		default:
			if lower {
				r = unicode.ToLower(r)
			}
			dst = utf8.AppendRune(dst, r)
		}
		toneless = false
	}
	return dst
}

func checkFold(t testing.TB, s string) {
	t.Helper()
	for _, lower := range []bool{false, true} {
		for _, toneless := range []bool{false, true} {
			got := string(appendFold([]byte("x"), s, lower, toneless))
			want := string(appendFoldRef([]byte("x"), s, lower, toneless))
			if got != want {
				t.Fatalf("appendFold(%q, lower=%v, toneless=%v) = %q, reference %q", s, lower, toneless, got, want)
			}
		}
	}
}

func TestFoldAgreesWithReference(t *testing.T) {
	var all []string
	for _, s := range corpus(t) {
		all = append(all, s, norm.NFD.String(s), New(WithTone(ToneNew)).String(s))
	}
	all = append(all, foreignSamples...)
	all = append(all, "ba´ ba\u02ca ba\u02cb b´ a\u0301´ a\u0302´", "\xff\xc3(\xe1\xba", "\ufffd", "ΑΒΓ Привет ǅ Ǆ ǈ", "a\u200b´", "Ðà\u00a0Nẵng\u200b", "ḀḁẞỲỹ", "é´ e\u0301\u0302")
	for _, s := range all {
		checkFold(t, s)
	}
	checkFold(t, strings.Join(all, "\n"))
	for r := rune(0x80); r < 0x2100; r++ {
		checkFold(t, string(r))
		checkFold(t, "a"+string(r)+"´")
	}
}

// foldPieces are what TestFoldRandomAgreesWithReference strings random
// inputs from: ASCII, the letters foldLoop folds by table (2 and 3 bytes, both
// cases), and what it leaves to foldRest: combining marks, spacing accents,
// invisible and space characters, punctuation, letters of other scripts,
// runes of 4 bytes, invalid and truncated sequences, and the byte patterns
// next to the ones it checks (E1 B7/BC, C0/C1 overlongs, E2 80).
var foldPieces = []string{
	"a", "e", "y", "A", "Z", "n", "g", " ", "  ", ",", "1", "@", "\x00", "\n",
	"ư", "Ư", "ơ", "đ", "Đ", "ă", "â", "ê", "ô", "é", "Ö", "ß", "Ð", "ð", "Ɖ", "ǅ",
	"ấ", "Ấ", "ệ", "ữ", "Ỳ", "ỹ", "Ḁ", "ẞ", "ạ", "ờ",
	"\u0301", "\u0302", "\u0323", "\u0340", "´", "\u02ca", "\u02cb", "`",
	"\u200b", "\u00ad", "\ufeff", "\u00a0", "\u2003", "–", "“", "…", "€",
	"Ω", "Я", "中", "😀", "\ufffd",
	"\xff", "\x80", "\xc3", "\xe1\xba", "\xe1", "\xe1\xb7\x80", "\xe1\xbc\x80", "\xc0\x80", "\xc1\xbf",
	"\xe2\x80", "\xf0\x9f", "\xed\xa0\x80", "\xef\xbf\xbf",
}

// TestFoldRandomAgreesWithReference compares appendFold with appendFoldRef on
// random strings of the pieces above, and of random bytes, of every length up
// to 80 (so that each piece falls at every place around foldLoop's 8- and
// 16-byte steps and foldShort's tail), into destinations with no room, exact
// room and room to spare.
func TestFoldRandomAgreesWithReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for n := range 20000 {
		b.Reset()
		size := n % 81
		for b.Len() < size {
			if n%5 == 4 {
				b.WriteByte(byte(rng.UintN(256)))
			} else {
				b.WriteString(foldPieces[rng.IntN(len(foldPieces))])
			}
		}
		s := b.String()
		checkFold(t, s)
		for _, lower := range []bool{false, true} {
			want := string(appendFoldRef([]byte("ab"), s, lower, false))
			for _, room := range []int{0, len(s), len(s) + 8} {
				dst := append(make([]byte, 0, 2+room), "ab"...)
				if got := string(appendFold(dst, s, lower, false)); got != want {
					t.Fatalf("appendFold(%q, lower=%v) into room %d = %q, reference %q", s, lower, room, got, want)
				}
			}
		}
	}
}

func FuzzAppendFold(f *testing.F) {
	f.Add("Đảng Cộng sản Việt Nam")
	f.Add("ba´ \xff Ö ǅ")
	f.Fuzz(func(t *testing.T, s string) { checkFold(t, s) })
}
