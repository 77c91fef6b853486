// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// quickScanRef is quickScan as first written, byte by byte: the reference
// for the faster one.
func quickDoneRef(ascii, check bool, viqr, words int) bool {
	if ascii {
		return viqr >= 5 && viqr*10 >= words
	}
	return check
}

// quickScan reports whether s shows signs of a legacy encoding.
func quickScanRef(s string) bool {
	ascii, prevVowel := true, false
	hits, nonASCII := 0, 0
	viqr, words := 0, 1
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			prevVowel = isVowel(c)
			if ascii {
				switch c {
				case ' ', '\n':
					words++
				case '^', '(', '+', '~', '`', '\'':
					if i > 0 && isVowel(s[i-1]) {
						viqr++
					}
				}
			}
			i++
			continue
		}
		ascii = false
		if c == 0xC2 || c == 0xC3 {
			if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
				switch {
				case !notSuspicious[r-0x80],
					// Windows-1258 tones as mojibake: "chiì", "ThuÒ" (not "giò", "quì").
					prevVowel && (r == 0xCC || r == 0xEC || r == 0xD2 || r == 0xF2) &&
						!(i >= 2 && (s[i-2]|0x20 == 'g' || s[i-2]|0x20 == 'q')),
					// TCVN3 as mojibake: lower-case letters shown as capitals ("NguyÔn").
					r >= 0xC0 && r <= 0xDE && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z',
					// TCVN3 ô, â, đ as mojibake: «ng, ©m, ®ã.
					(r == 0xAB || r == 0xA9 || r == 0xAE) && i+2 < len(s) && isASCIILetter(s[i+2]):
					hits++
				}
				nonASCII++
				prevVowel = r == 0xE2 || r == 0xEA || r == 0xF4 || r == 0xF5 || r == 0xFD || r == 0xE3 || r == 0xC2 || r == 0xCA || r == 0xD4 || r == 0xD5 || r == 0xDD || r == 0xC3
				i += 2
				continue
			}
			return true // invalid UTF-8
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return true
		}
		nonASCII++
		prevVowel = false
		i += size
	}
	// Mojibake shows its signs densely; a stray foreign word does not.
	check := hits >= 2 && hits*50 >= nonASCII
	return quickDoneRef(ascii, check, viqr, words)
}

func checkQuickScan(t testing.TB, s string) {
	t.Helper()
	want := quickScanRef(s)
	if got := quickScan(s); got != want {
		t.Fatalf("quickScan(%q) = %v, reference %v", s, got, want)
	}
	// As run uses it: counted while normalizing, fast path or not.
	for _, style := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		for _, slow := range []bool{false, true} {
			st := state{src: s, slow: slow}
			hits, bad := New(WithTone(style)).scanAuto(&st, slow)
			if got := bad || quickDecide(s, hits); got != want {
				t.Fatalf("%v slow=%v: scanAuto(%q) = %d, %v: %v, reference %v", style, slow, s, hits, bad, got, want)
			}
		}
	}
}

func TestQuickScanAgreesWithReference(t *testing.T) {
	var all []string
	for _, s := range corpus(t) {
		all = append(all, s, string(encodeTCVN3(s)), string(encodeVNI(s)), string(encodeVISCII(s)), string(encodeCP1258(s)),
			mojibake(encodeTCVN3(s)), mojibake(encodeVNI(s)), mojibake(encodeCP1258(s)))
	}
	all = append(all, foreignSamples...)
	all = append(all, pressSentences...)
	for _, s := range pressSentences {
		all = append(all, mojibake(encodeTCVN3(s)), mojibake(encodeVNI(s)), mojibake(encodeCP1258(s)), s+" "+mojibake(encodeTCVN3(s)))
	}
	all = append(all, "Vie^.t Nam, Ha` No^.i, ddu+o+`ng Tru+o+`ng Sa. co' the^? la` ta^.i", "", "\xc3", "a\xe1\x80", "\xed\xa0\x80", "€ – “x”")
	for _, s := range all {
		checkQuickScan(t, s)
	}
	checkQuickScan(t, strings.Join(all, "\n"))
}

func FuzzQuickScan(f *testing.F) {
	f.Add("B¶o Th¾ng lµ ng\u00adêi")
	f.Add("Xin chaøo caùc baïn")
	f.Add("Vie^.t Nam, Ha` No^.i, ddu+o+`ng")
	f.Add("NguyÔn chiì ThuÒ «ng ©m ®ã Hoµ")
	f.Fuzz(func(t *testing.T, s string) { checkQuickScan(t, s) })
}
