// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"unicode"
	"unicode/utf8"
)

// notSuspicious lists the runes U+0080..U+00FF that plain Unicode text uses
// all the time: the Vietnamese letters of Latin-1, NBSP, soft hyphen and
// common signs. Any other rune of that block may be mojibake of a legacy
// encoding, and makes the quick scan hand the text to Detect.
var notSuspicious = func() (t [128]bool) {
	for _, r := range "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý\u00a0\u00ad©«®°·»" {
		t[r-0x80] = true
	}
	return t
}()

// detectQuickCheck reports whether detectQuick would call detect.
func detectQuickCheck(s string) bool { return quickScan(s) }

// detectQuick is Auto: UTF8 unless the text shows signs of a legacy encoding
// and Detect is sure of it.
func detectQuick(s string) Encoding {
	if !quickScan(s) {
		return UTF8
	}
	e, _ := detect(s)
	return e
}

// quickScan reports whether s shows signs of a legacy encoding.
func quickScan(s string) bool {
	i := 0
	for i < len(s) && s[i] < 0x80 {
		i++
	}
	if i == len(s) {
		return quickScanASCII(s)
	}
	// Past the first rune outside ASCII only the signs below count.
	prevVowel := i > 0 && vowelTab[s[i-1]]
	hits, nonASCII := 0, 0
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			for i++; i < len(s) && s[i] < 0x80; i++ {
			}
			prevVowel = vowelTab[s[i-1]]
			continue
		}
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
		switch {
		case c >= 0xC4 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return true
			}
			i += size
		}
		nonASCII++
		prevVowel = false
	}
	// Mojibake shows its signs densely; a stray foreign word does not.
	return hits >= 2 && hits*50 >= nonASCII
}

// quickScanASCII is quickScan on ASCII text: VIQR marks after vowels on
// enough of its words.
func quickScanASCII(s string) bool {
	viqr, words := 0, 1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n':
			words++
		case '^', '(', '+', '~', '`', '\'':
			if i > 0 && isVowel(s[i-1]) {
				viqr++
			}
		}
	}
	return viqr >= 5 && viqr*10 >= words
}

// Detect reports the encoding of b: UTF8, or the legacy encoding (raw bytes or
// mojibake) that its words read best in, with a confidence in [0, 1]. Plain
// Unicode text in any language is UTF8; VIQR is reported only on overwhelming
// evidence. For invalid UTF-8 that reads as no legacy encoding, Detect returns
// UTF8 with a low confidence (its bad bytes become U+FFFD).
func Detect(b []byte) (Encoding, float64) {
	return detect(bytesView(b))
}

// detect scores each legacy encoding on the whitespace-separated tokens of s:
// a token is evidence for an encoding when it is no Vietnamese text as it is
// and decodes to Vietnamese syllables, and evidence against when it has
// non-ASCII characters and does not.
func detect(s string) (Encoding, float64) {
	valid := utf8.ValidString(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	cands := []Encoding{TCVN3, VNI, VISCII, CP1258}
	if ascii {
		cands = []Encoding{VIQR}
	}
	// Tokens that read as Vietnamese as they are give no evidence; they
	// count against any encoding when they are most of the text.
	nonASCII, plain := 0, 0
	var cand []string
	for t := range tokens(s) {
		if isASCII(t) {
			if ascii && viqrLike(t) {
				cand = append(cand, t)
			}
			continue
		}
		nonASCII++
		if ok, _ := vietText(t); ok && valid {
			plain++
			continue
		}
		cand = append(cand, t)
	}
	best, bestConf, bestScore := UTF8, 0.0, 0
	for _, e := range cands {
		good, bad := 0, 0
		for _, t := range cand {
			dec, _ := decode(t, e, false)
			if dec == t {
				continue
			}
			decOK, multi := vietText(dec)
			switch {
			case decOK && multi:
				good++
			case !decOK:
				bad++
			}
		}
		if good == 0 {
			continue
		}
		conf := float64(good) / float64(good+bad)
		if e == VIQR && good < 5 {
			conf *= 0.5
		} else if good < 3 && valid {
			conf *= 0.5
		}
		if e != VIQR && good*4 < plain {
			conf *= float64(good*4) / float64(plain) // mostly plain Vietnamese
		}
		if score := good - bad; conf > bestConf || conf == bestConf && score > bestScore {
			best, bestConf, bestScore = e, conf, score
		}
	}
	switch {
	case best == VIQR && bestConf >= 0.9 && bestScore*4 >= countTokens(s),
		best != UTF8 && best != VIQR && bestConf >= 0.6:
		return best, bestConf
	case valid:
		return UTF8, 1 - bestConf
	}
	return UTF8, 0
}

// tokens yields the whitespace-separated tokens of s.
func tokens(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
				i++
			}
			j := i
			for j < len(s) && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			if j > i && !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// viqrLike reports whether an ASCII token has a VIQR mark after a vowel.
func viqrLike(t string) bool {
	for i := 1; i < len(t); i++ {
		switch t[i] {
		case '^', '(', '+', '~', '`', '\'':
			if isVowel(t[i-1]) {
				return true
			}
		}
	}
	return false
}

// vietText reports whether every word of t that has a letter outside ASCII is
// a Vietnamese syllable, and there is at least one; multi says one of them has
// more than one letter.
func vietText(t string) (ok, multi bool) {
	var ls [maxLetters]letter
	nl, any, long := 0, false, false
	nonASCII := false
	flush := func() bool {
		ok := true
		if nl > 0 && nonASCII {
			v, _ := syllable(ls[:nl], ToneKeep)
			ok = v && !long
			any = true
			multi = multi || nl > 1
		}
		nl, nonASCII, long = 0, false, false
		return ok
	}
	for _, r := range t {
		in := vietInfo(r) | lookalike(r)
		if r < 0x80 && isASCIILetter(byte(r)) {
			in = uint16(r)
		}
		switch {
		case in != 0:
			if nl == maxLetters {
				long = true
				continue
			}
			ls[nl] = letter{base: byte(in), mark: uint8(in >> 8 & 7), tone: uint8(in >> 11 & 7)}
			nl++
			nonASCII = nonASCII || r >= 0x80
		default:
			if m, tn, ok := combining(r); ok && nl > 0 {
				l := &ls[nl-1]
				if m != 0 {
					l.mark = m
				}
				if tn != 0 {
					l.tone = tn
				}
				nonASCII = true
				if compose(l.base, l.mark, l.tone) == 0 {
					return false, false
				}
				continue
			}
			if unicode.IsLetter(r) || unicode.Is(unicode.M, r) {
				return false, false
			}
			if !flush() {
				return false, false
			}
		}
	}
	return flush() && any, multi
}

func countTokens(s string) int {
	n := 0
	for range tokens(s) {
		n++
	}
	return n
}
