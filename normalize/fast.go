// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The fast path. Most text is canonical already: scan runs skip, which walks
// the text in the same steps as the full path (step), proves a step would
// change nothing and moves on, and returns at the first step it cannot prove
// so; scan runs the full step there and calls skip again. The fast path is
// exact: it never skips a step that would change something.

// Classes of runes outside ASCII, as the fast path sees them.
const (
	clsOther uint8 = iota // anything the fast path leaves to the full path
	clsViet               // a precomposed Vietnamese letter (vietInfo != 0)
	clsSafe               // no letter or mark, left alone when no mark follows
	clsBreak              // no letter or mark, ends a word, but may be changed (spaces, bad bytes)
)

// classLo and classHi cache classify for U+0080..U+07FF and U+1E00..U+20FF.
var (
	classLo [0x800 - 0x80]uint8
	classHi [0x2100 - 0x1E00]uint8
)

func init() {
	for r := rune(0x80); r < 0x800; r++ {
		classLo[r-0x80] = classify(r)
	}
	for r := rune(0x1E00); r < 0x2100; r++ {
		classHi[r-0x1E00] = classify(r)
	}
}

// classify returns the class of r >= 0x80.
func classify(r rune) uint8 {
	switch {
	case vietInfo(r) != 0:
		return clsViet
	case lookalike(r) != 0, spacingTone(r) != 0, isInvisible(r),
		unicode.IsLetter(r), unicode.Is(unicode.M, r):
		return clsOther
	case r == utf8.RuneError, isSpace(r), !utf8.ValidRune(r):
		return clsBreak
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	if r >= 0x300 && norm.NFC.QuickSpan(b[:n]) != n {
		return clsBreak
	}
	return clsSafe
}

// classAt returns the class of the rune outside ASCII at s[i], its size and,
// for a Vietnamese letter, its vietInfo; runes beyond the cached blocks are
// clsOther. Bytes that are no valid UTF-8 are
// clsBreak with size 1.
func classAt(s string, i int) (cls uint8, size int, info uint16) {
	c := s[i]
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
		cls = classLo[r-0x80]
		if cls == clsViet {
			info = latinInfo[r-0xC0]
		}
		return cls, 2, info
	}
	if c == 0xE1 && i+2 < len(s) && s[i+1]&0xFE == 0xBA && s[i+2]&0xC0 == 0x80 {
		r := rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F) | 0x1000
		if r >= 0x1EA0 && r <= 0x1EF9 {
			return clsViet, 3, extInfo[r-0x1EA0]
		}
		return classHi[r-0x1E00], 3, 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return clsBreak, 1, 0
	case r >= 0x1E00 && r < 0x2100:
		return classHi[r-0x1E00], size, 0
	case r < 0x800:
		return classLo[r-0x80], size, 0
	}
	return clsOther, size, 0 // the full path decides
}

// asciiLetter is isASCIILetter as a table.
var asciiLetter = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isASCIILetter(byte(c))
	}
	return t
}()

// skip returns the first place at or after i, a place where scan stops, from
// which the full step may change something (len(s) if there is none), and
// the number of signs of a legacy encoding (latin1Hit) in s[i:p]. The text it
// skips is valid UTF-8.
func (n Normalizer) skip(s string, i int) (p, hits int) {
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if !asciiLetter[c] {
				i++
				continue
			}
			j, h, ok := n.quickWord(s, i)
			if !ok {
				return i, hits
			}
			i, hits = j, hits+h
			continue
		}
		cls, size, _ := classAt(s, i)
		switch cls {
		case clsViet:
			j, h, ok := n.quickWord(s, i)
			if !ok {
				return i, hits
			}
			i, hits = j, hits+h
		case clsSafe:
			// Left alone unless a mark follows it.
			j := i + size
			if j < len(s) && s[j] >= 0x80 {
				if c2, _, _ := classAt(s, j); c2 == clsOther {
					return i, hits
				}
			}
			if (c == 0xC2 || c == 0xC3) && latin1Hit(s, i) {
				hits++
			}
			i = j
		default:
			return i, hits
		}
	}
	return i, hits
}

// quickWord reports whether the full step at s[i], a letter, leaves its word
// unchanged, and if so where the word ends and the number of signs of a
// legacy encoding in it. It says so only for words of ASCII and precomposed
// Vietnamese letters that end in a character of class clsSafe or clsBreak,
// ASCII other than a backquote, or the end of the text.
func (n Normalizer) quickWord(s string, i int) (end, hits int, ok bool) {
	var ls [16]uint16 // ls[nl&15]: read only when nl <= maxLetters
	nl, tones, x := 0, 0, 0
	j := i
	for j < len(s) {
		c := s[j]
		if c < 0x80 {
			if asciiLetter[c] {
				ls[nl&15] = uint16(c)
				nl++
				j++
				continue
			}
			if c == '`' {
				return i, 0, false
			}
			break
		}
		// The Vietnamese letters of U+00C0..U+01B0 and U+1EA0..U+1EF9 inline.
		var in uint16
		size := 2
		if c >= 0xC3 && c <= 0xC6 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			if r := rune(c&0x1F)<<6 | rune(s[j+1]&0x3F); r >= 0xC0 && r <= 0x1B0 {
				in = latinInfo[r-0xC0]
			}
		} else if c == 0xE1 && j+2 < len(s) && s[j+1]&0xFE == 0xBA && s[j+2]&0xC0 == 0x80 {
			if r := rune(s[j+1]&0x3F)<<6 | rune(s[j+2]&0x3F) | 0x1000; r >= 0x1EA0 && r <= 0x1EF9 {
				in, size = extInfo[r-0x1EA0], 3
			}
		}
		cls := clsViet
		if in == 0 {
			cls, size, in = classAt(s, j)
		}
		if cls != clsViet {
			if cls == clsOther {
				return i, 0, false
			}
			break
		}
		if in>>11&7 != 0 {
			tones++
			x = nl
		}
		ls[nl&15] = in
		nl++
		if c == 0xC3 && latin1Hit(s, j) {
			hits++
		}
		j += size
	}
	// As in word: words without a tone or of one letter, too long, or with
	// two tones (no syllable) are left alone; so is a tone on a vowel
	// without a vowel beside it, the only vowel of its syllable.
	if tones != 1 || nl == 1 || nl > maxLetters || n.tone == ToneKeep ||
		(x == 0 || !vowelTab[byte(ls[x-1])]) && (x+1 == nl || !vowelTab[byte(ls[x+1])]) {
		return j, hits, true
	}
	return j, hits, toneInPlace(ls[:nl], x, n.tone)
}

// toneInPlace reports that the tone on ls[x] is where syllable puts it, if ls
// spell a syllable at all (the only tone, on a vowel). It may report false
// for words that are no syllable.
func toneInPlace(ls []uint16, x int, style ToneStyle) bool {
	n := len(ls)
	a, b := x, x+1
	for a > 0 && vowelTab[byte(ls[a-1])] {
		a--
	}
	for b < n && vowelTab[byte(ls[b])] {
		b++
	}
	// The vowel with a mark takes the tone; the last one in ươ.
	last := -1
	for k := a; k < b; k++ {
		if m := uint8(ls[k] >> 8 & 7); m == markCirc || m == markBreve || m == markHorn {
			last = k
		}
	}
	if last >= 0 {
		return last == x
	}
	if b < n { // closed syllable: the last vowel
		return x == b-1
	}
	i := a
	if a == 1 {
		switch byte(ls[0]) | 0x20 {
		case 'q':
			i = 2
		case 'g':
			if n > 2 && byte(ls[1])|0x20 == 'i' && ls[1]>>8&7 == 0 && vowelTab[byte(ls[2])] {
				i = 2
			}
		}
	}
	pos := i
	switch b - i {
	case 1:
	case 2:
		if style == ToneNew {
			switch uint16(byte(ls[i])|0x20)<<8 | uint16(byte(ls[i+1])|0x20) {
			case 'o'<<8 | 'a', 'o'<<8 | 'e', 'u'<<8 | 'y':
				pos = i + 1
			}
		}
	case 3:
		pos = i + 1
	default:
		return false
	}
	return pos == x
}

// vowelTab is isVowel as a table.
var vowelTab = func() (t [256]bool) {
	for _, c := range []byte("aeiouyAEIOUY") {
		t[c] = true
	}
	return t
}()
