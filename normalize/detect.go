// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
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

// detectQuick is Auto: UTF8 unless the text shows signs of a legacy encoding
// and Detect is sure of it.
func detectQuick(s string) Encoding {
	if !quickScan(s) {
		return UTF8
	}
	e, _ := detectSample(s)
	return e
}

// Flags of U+0080..U+00FF for quickScan.
const (
	flagSuspicious = 1 << iota // not notSuspicious
	flagCP1258Tone             // Ì ì Ò ò: a Windows-1258 tone as mojibake after a vowel
	flagCapital                // U+00C0..U+00DE: TCVN3 lower case as mojibake after a lower-case letter
	flagTCVN3Sign              // « © ®: TCVN3 ô â đ as mojibake before a letter
	flagVowel                  // a vowel for the next rune's flagCP1258Tone
	flagSigns      = flagSuspicious | flagCP1258Tone | flagCapital | flagTCVN3Sign
)

var latin1Flags = func() (t [128]uint8) {
	for r := rune(0x80); r < 0x100; r++ {
		var f uint8
		if !notSuspicious[r-0x80] {
			f |= flagSuspicious
		}
		if r == 0xCC || r == 0xEC || r == 0xD2 || r == 0xF2 {
			f |= flagCP1258Tone
		}
		if r >= 0xC0 && r <= 0xDE {
			f |= flagCapital
		}
		if r == 0xAB || r == 0xA9 || r == 0xAE {
			f |= flagTCVN3Sign
		}
		switch r {
		case 0xE2, 0xEA, 0xF4, 0xF5, 0xFD, 0xE3, 0xC2, 0xCA, 0xD4, 0xD5, 0xDD, 0xC3:
			f |= flagVowel
		}
		t[r-0x80] = f
	}
	return t
}()

// quickScan reports whether s shows signs of a legacy encoding: bytes that
// are no valid UTF-8, or runes of U+0080..U+00FF that look like mojibake
// (latin1Hit) densely enough; in ASCII text, VIQR marks (quickScanASCII).
func quickScan(s string) bool {
	hits, bad := countSigns(s, 0, len(s))
	return bad || quickDecide(s, hits)
}

// quickDecide is quickScan on valid UTF-8 with hits signs of mojibake.
func quickDecide(s string, hits int) bool {
	if hits < 2 {
		return isASCII(s) && quickScanASCII(s)
	}
	// Mojibake shows its signs densely; a stray foreign word does not.
	return hits*50 >= leadBytes(s) // runes outside ASCII, s being valid UTF-8
}

// leadBytes counts the bytes of s from 0xC0 on, 8 at a time: both high
// bits set.
func leadBytes(s string) int {
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		v := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
		n += bits.OnesCount64(v & (v << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i] >= 0xC0 {
			n++
		}
	}
	return n
}

// countSigns counts the signs of mojibake (latin1Hit) in s[i:end], which
// starts a rune, and reports whether it has bytes that are no valid UTF-8.
// s[:i] is valid UTF-8, and end is where a rune starts or an invalid byte is.
func countSigns(s string, i, end int) (hits int, bad bool) {
	for i < end {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		switch {
		case c == 0xC2 || c == 0xC3:
			if i+1 == len(s) || s[i+1]&0xC0 != 0x80 {
				return hits, true
			}
			if latin1Hit(s, i) {
				hits++
			}
			i += 2
		case c >= 0xC4 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return hits, true
			}
			i += size
		}
	}
	return hits, false
}

// latin1Hit reports whether the rune of U+0080..U+00FF at s[i] (two bytes,
// C2 or C3 and a continuation byte) is a sign of mojibake, s[:i] being valid
// UTF-8.
func latin1Hit(s string, i int) bool {
	r := rune(s[i]&0x1F)<<6 | rune(s[i+1]&0x3F)
	f := latin1Flags[r-0x80]
	if f&flagSigns == 0 {
		return false
	}
	switch {
	case f&flagSuspicious != 0,
		// Windows-1258 tones as mojibake: "chiì", "ThuÒ" (not "giò", "quì").
		f&flagCP1258Tone != 0 && prevVowelAt(s, i) &&
			!(i >= 2 && (s[i-2]|0x20 == 'g' || s[i-2]|0x20 == 'q')),
		// TCVN3 as mojibake: lower-case letters shown as capitals ("NguyÔn").
		f&flagCapital != 0 && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z',
		// TCVN3 ô, â, đ as mojibake: «ng, ©m, ®ã.
		f&flagTCVN3Sign != 0 && i+2 < len(s) && isASCIILetter(s[i+2]):
		return true
	}
	return false
}

// prevVowelAt reports whether the rune before s[i] is a vowel: an ASCII
// vowel or one of U+0080..U+00FF with flagVowel. s[:i] is valid UTF-8.
func prevVowelAt(s string, i int) bool {
	if i == 0 {
		return false
	}
	c := s[i-1]
	if c < 0x80 {
		return vowelTab[c]
	}
	if i >= 2 && (s[i-2] == 0xC2 || s[i-2] == 0xC3) {
		return latin1Flags[rune(s[i-2]&0x1F)<<6|rune(c&0x3F)-0x80]&flagVowel != 0
	}
	return false
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
func detect(s string) (Encoding, float64) { return detectIn(s, false) }

// Auto bounds the work of detection: on a text longer than sampleMin, it
// scores the tokens of sampleWindows windows of about sampleWindow bytes
// spread evenly over the text (some 3000 tokens of Vietnamese).
const (
	sampleMin     = 64 << 10
	sampleWindows = 16
	sampleWindow  = 1 << 10
	sampleSnap    = 256
)

// detectSample is detect as Auto runs it: on a sample of a long text.
func detectSample(s string) (Encoding, float64) { return detectIn(s, len(s) > sampleMin) }

// window returns window w of s: all of s without sample.
func window(s string, w int, sample bool) (a, b int) {
	if !sample {
		return 0, len(s)
	}
	// From after a whitespace to before one, looking no further than
	// sampleSnap bytes for them (then to where a rune starts).
	a = w * (len(s) / sampleWindows)
	if w > 0 {
		for lim := a + sampleSnap; a < len(s) && a < lim && !isTokenSpace(s[a-1]); a++ {
		}
		for a < len(s) && !utf8.RuneStart(s[a]) {
			a++
		}
	}
	b = min(a+sampleWindow, len(s))
	for lim := b + sampleSnap; b < len(s) && b < lim && !isTokenSpace(s[b]); b++ {
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return a, b
}

// nextToken returns the token of s at or after i and where it ends; "" at
// the end of s.
func nextToken(s string, i int) (string, int) {
	for i < len(s) && isTokenSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isTokenSpace(s[j]) {
		j++
	}
	return s[i:j], j
}

func isTokenSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// scorer counts the tokens that decode to Vietnamese (good) and those that
// decode to something else (bad) in each encoding.
type scorer struct {
	encs      []Encoding
	good, bad [len(legacyCands)]int
	buf       []byte
}

// score scores token t, which is evidence.
func (sc *scorer) score(t string) {
	valid := utf8.ValidString(t)
	for k, e := range sc.encs {
		sc.buf, _ = decodeAppendValid(sc.buf[:0], t, e, false, valid)
		if string(sc.buf) == t {
			continue
		}
		decOK, multi := vietText(bytesView(sc.buf))
		switch {
		case decOK && multi:
			sc.good[k]++
		case !decOK:
			sc.bad[k]++
		}
	}
}

// The encodings detect scores, for text with runes outside ASCII and for ASCII.
var (
	legacyCands = [...]Encoding{TCVN3, VNI, VISCII, CP1258}
	viqrCands   = [...]Encoding{VIQR}
)

// detectIn is detect, on a sample of s when sample is set.
func detectIn(s string, sample bool) (Encoding, float64) {
	valid := utf8.ValidString(s)
	ascii := isASCII(s)
	encs := legacyCands[:]
	if ascii {
		encs = viqrCands[:]
	}
	// Tokens that read as Vietnamese as they are give no evidence; they
	// count against any encoding when they are most of the text.
	plain, total := 0, 0
	var sc scorer
	sc.encs = encs
	windows := 1
	if sample {
		windows = sampleWindows
	}
	for w := 0; w < windows; w++ {
		a, b := window(s, w, sample)
		for i := a; ; {
			var t string
			if t, i = nextToken(s[:b], i); t == "" {
				break
			}
			total++
			if isASCII(t) {
				if ascii && viqrLike(t) {
					sc.score(t)
				}
				continue
			}
			if ok, multi := vietText(t); ok && (valid || multi && utf8.ValidString(t)) || !valid && utf8LetterAmongBadBytes(t) {
				// In text that is not valid UTF-8 as a whole, a token that is valid UTF-8 and
				// reads as Vietnamese with its diacritics is still evidence for UTF-8 (a stray
				// byte in a UTF-8 text), not for a legacy encoding.
				plain++
				continue
			}
			sc.score(t)
		}
	}
	return decide(encs, sc.good[:], sc.bad[:], plain, total, valid)
}

// decide picks the encoding from the evidence: good[k] tokens that read as Vietnamese once decoded
// in encs[k] and bad[k] that read as nothing, plain tokens that read as Vietnamese as they are, total
// tokens, and whether the text is valid UTF-8.
func decide(encs []Encoding, good, bad []int, plain, total int, valid bool) (Encoding, float64) {
	best, bestConf, bestScore := UTF8, 0.0, 0
	for k, e := range encs {
		good, bad := good[k], bad[k]
		if good == 0 {
			continue
		}
		conf := float64(good) / float64(good+bad)
		if e == VIQR && good < 5 {
			conf *= 0.5
		} else if good < 3 && valid {
			conf *= 0.5
		}
		if !valid && e != VIQR && good <= plain {
			continue // mostly valid UTF-8 Vietnamese: a few bad bytes, not a legacy text
		}
		if e != VIQR && good*4 < plain {
			conf *= float64(good*4) / float64(plain) // mostly plain Vietnamese
		}
		if score := good - bad; conf > bestConf || conf == bestConf && score > bestScore {
			best, bestConf, bestScore = e, conf, score
		}
	}
	switch {
	case best == VIQR && bestConf >= 0.9 && bestScore*4 >= total,
		best != UTF8 && best != VIQR && bestConf >= 0.6:
		return best, bestConf
	case valid:
		return UTF8, 1 - bestConf
	}
	return UTF8, 0
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

// utf8LetterAmongBadBytes reports whether token t, which is not valid UTF-8, still holds a
// Vietnamese letter written in UTF-8 ("ià\xe2"): that is UTF-8 text with a stray byte, not a legacy
// encoding, where a letter written in UTF-8 is rare.
func utf8LetterAmongBadBytes(t string) bool {
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if n > 1 && (r >= 0xC0 && r <= 0x1B0 || r >= 0x1EA0 && r <= 0x1EF9) && r != 0xD7 && r != 0xF7 {
			return true
		}
		i += n
	}
	return false
}
