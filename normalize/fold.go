// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"encoding/binary"
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Fold removes every diacritic and keeps the case: Đ becomes D, đ d, and every
// tone and vowel mark goes (ấ → a, Ư → U), precomposed or combining; other
// Latin letters lose their marks too (ö → o). Like Normalizer, it drops
// invisible characters, turns Unicode spaces into U+0020 and the look-alikes
// Ð, Ɖ, ð into D, d. It returns s itself when there is nothing to fold.
// Fold reads UTF-8; decode legacy encodings with a Normalizer first.
func Fold(s string) string {
	i := foldStart(s, false)
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	b = appendFold(b, s[i:], false, i > 0 && isToneless(s[i-1]))
	return string(b)
}

// AppendFold appends Fold(s) to dst and returns the result.
func AppendFold(dst []byte, s string) []byte { return appendFold(dst, s, false, false) }

// Key returns a case- and diacritic-insensitive key for matching: Fold of s
// in lower case.
func Key(s string) string {
	i := foldStart(s, true)
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	b = appendFold(b, s[i:], true, i > 0 && isToneless(s[i-1]))
	return string(b)
}

// AppendKey appends Key(s) to dst and returns the result. It allocates only to
// grow dst.
func AppendKey(dst []byte, s string) []byte { return appendFold(dst, s, true, false) }

func isToneless(c byte) bool { return isVowel(c) }

// foldStart returns the length of the prefix of s that folding leaves alone.
func foldStart(s string, lower bool) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || lower && c >= 'A' && c <= 'Z' {
			return i
		}
	}
	return len(s)
}

// appendFold folds s onto dst. toneless says the letter before s is a vowel
// without a tone (a spacing accent after it is its tone, as in Normalizer).
// ASCII runs are copied whole; the runes of U+0080..U+07FF and
// U+1E00..U+1EFF, U+2000..U+20FF are folded by table (foldEntry), others
// by foldRune.
func appendFold(dst []byte, s string, lower, toneless bool) []byte {
	// Folding by table never writes more bytes than it reads: write into
	// room for len(s) more bytes, and make room again after foldRune.
	dst = slices.Grow(dst, len(s))
	buf, k := dst[:cap(dst)], len(dst)
	sb := unsafe.Slice(unsafe.StringData(s), len(s))
	// After ASCII, toneless is read off the last ASCII byte, s[last], only
	// when needed; last < 0 when toneless holds it.
	last := -1
	ascii, li := &sameASCII, 0 // the ASCII table and the foldEntry.out index
	if lower {
		ascii, li = &lowerASCII, 1
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			for i+8 <= len(s) {
				v := binary.LittleEndian.Uint64(sb[i:])
				if v&0x8080808080808080 != 0 {
					break
				}
				if lower {
					v = lower8(v)
				}
				binary.LittleEndian.PutUint64(buf[k:], v)
				i, k = i+8, k+8
			}
			for ; i < len(s) && s[i] < 0x80; i, k = i+1, k+1 {
				buf[k] = ascii[s[i]]
			}
			last = i - 1
			continue
		}
		var e foldEntry
		size := 0
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			e, size = foldLo[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)-0x80], 2
		} else if c == 0xE1 && i+2 < len(s) && s[i+1]&0xFC == 0xB8 && s[i+2]&0xC0 == 0x80 {
			e, size = foldHi[rune(s[i+1]&0x3)<<6|rune(s[i+2]&0x3F)], 3
		} else if c == 0xE2 && i+2 < len(s) && s[i+1]&0xFC == 0x80 && s[i+2]&0xC0 == 0x80 {
			e, size = foldPunct[rune(s[i+1]&0x3)<<6|rune(s[i+2]&0x3F)], 3
		} else {
			r, sz := utf8.DecodeRuneInString(s[i:])
			size, e.kind = sz, foldOther
			if r == utf8.RuneError && sz == 1 {
				e.kind = foldBad
			}
		}
		if e.kind == foldLetter {
			buf[k] = e.out[li]
			k++
			toneless, last = e.toneless, -1
			i += size
			continue
		}
		switch e.kind {
		case foldDecomp:
			buf[k] = e.out[li]
			k++
		case foldDrop:
			toneless, last = false, -1
		case foldDropKeep:
		case foldSpace:
			buf[k] = ' '
			k++
			toneless, last = false, -1
		default: // foldSpacing, foldCopy, foldOther, foldBad
			r := rune(-1)
			if e.kind == foldBad {
				r = utf8.RuneError
			}
			if last >= 0 {
				toneless, last = vowelTab[s[last]], -1
			}
			dst, toneless = foldRune(buf[:k], s[i:i+size], r, lower, toneless)
			if rest := len(s) - i - size; cap(dst)-len(dst) < rest {
				dst = slices.Grow(dst, rest)
			}
			buf, k = dst[:cap(dst)], len(dst)
		}
		i += size
	}
	return buf[:k]
}

// lower8 lower-cases the ASCII letters among 8 ASCII bytes.
func lower8(v uint64) uint64 {
	const ones = 0x0101010101010101
	ge := v + ones*(0x80-'A') // high bit set where the byte is >= 'A'
	gt := v + ones*(0x80-'Z'-1)
	return v | (ge^gt)&(ones*0x80)>>2
}

// What the fold of a rune is.
const (
	foldCopy     = iota // the rune itself (in lower case for a key)
	foldLetter          // a Vietnamese letter or look-alike: its base, toneless after it when a vowel without a tone
	foldDecomp          // a Latin letter: the ASCII letter it decomposes to
	foldDrop            // a tone: nothing, and no toneless vowel before what follows
	foldDropKeep        // a vowel mark, another nonspacing mark or an invisible character: nothing
	foldSpace           // a Unicode space: U+0020
	foldSpacing         // a spacing accent: nothing after a toneless vowel, else itself
	foldOther           // beyond the tables
	foldBad             // a byte that is no valid UTF-8
)

type foldEntry struct {
	kind     uint8
	out      [2]byte // for foldLetter and foldDecomp: the byte of Fold and of Key
	toneless bool    // for foldLetter
}

// foldLo, foldHi and foldPunct hold foldEntry for U+0080..U+07FF,
// U+1E00..U+1EFF and U+2000..U+20FF.
var foldLo, foldHi, foldPunct = func() (lo [0x800 - 0x80]foldEntry, hi, punct [0x100]foldEntry) {
	for r := rune(0x80); r < 0x800; r++ {
		lo[r-0x80] = foldEntryOf(r)
	}
	for r := rune(0); r < 0x100; r++ {
		hi[r] = foldEntryOf(0x1E00 + r)
		punct[r] = foldEntryOf(0x2000 + r)
	}
	return lo, hi, punct
}()

// foldEntryOf sorts r as foldRune does.
func foldEntryOf(r rune) foldEntry {
	in := vietInfo(r)
	if in == 0 {
		in = lookalike(r)
	}
	if in != 0 {
		c := byte(in)
		return foldEntry{kind: foldLetter, out: [2]byte{c, c | 0x20}, toneless: isVowel(c) && in>>11&7 == 0}
	}
	if _, t, ok := combining(r); ok {
		if t != 0 {
			return foldEntry{kind: foldDrop}
		}
		return foldEntry{kind: foldDropKeep}
	}
	switch {
	case r == 0xB4 || r == 0x2CA || r == 0x2CB:
		return foldEntry{kind: foldSpacing}
	case isInvisible(r):
		return foldEntry{kind: foldDropKeep} // a spacing accent after it follows the vowel before it
	case isSpace(r):
		return foldEntry{kind: foldSpace}
	case r == utf8.RuneError:
		return foldEntry{kind: foldCopy}
	case unicode.Is(unicode.Mn, r):
		return foldEntry{kind: foldDropKeep}
	case r >= 0xC0 && r < 0x250 || r >= 0x1E00 && r < 0x1F00:
		d := norm.NFD.PropertiesString(string(r)).Decomposition()
		if len(d) > 0 && d[0] < 0x80 {
			c := d[0]
			k := c
			if k >= 'A' && k <= 'Z' {
				k += 'a' - 'A'
			}
			return foldEntry{kind: foldDecomp, out: [2]byte{c, k}}
		}
	}
	return foldEntry{kind: foldCopy}
}

// sameASCII maps each byte to itself, lowerASCII lower-cases ASCII letters.
var sameASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	return t
}()

var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// foldRune folds the rune r written as w (r < 0 when unknown: w is valid
// UTF-8 then), as appendFold did one rune at a time.
func foldRune(dst []byte, w string, r rune, lower, toneless bool) ([]byte, bool) {
	if r < 0 {
		r, _ = utf8.DecodeRuneInString(w)
	}
	in := vietInfo(r)
	if in == 0 {
		in = lookalike(r)
	}
	if in != 0 {
		c := byte(in)
		if lower {
			c |= 0x20
		}
		return append(dst, c), isVowel(c) && in>>11&7 == 0
	}
	if _, t, ok := combining(r); ok {
		return dst, toneless && t == 0
	}
	switch {
	case toneless && (r == 0xB4 || r == 0x2CA || r == 0x2CB):
		return dst, false
	case isInvisible(r):
		return dst, toneless
	case isSpace(r):
		dst = append(dst, ' ')
	case r == utf8.RuneError:
		dst = append(dst, "\uFFFD"...)
	case unicode.Is(unicode.Mn, r):
		return dst, toneless
	case r >= 0xC0 && r < 0x250 || r >= 0x1E00 && r < 0x1F00:
		d := norm.NFD.PropertiesString(w).Decomposition()
		if len(d) > 0 && d[0] < 0x80 {
			c := d[0]
			if lower && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			return append(dst, c), toneless
		}
		fallthrough
	default:
		if lower {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, false
}
