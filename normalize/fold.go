// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"encoding/binary"
	"math/bits"
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
// foldLoop does the work while 16 bytes are left to read, foldShort the last
// bytes, as the whole of a short s.
func appendFold(dst []byte, s string, lower, toneless bool) []byte {
	// Folding by table never writes more bytes than it reads: write into
	// room for len(s) more bytes, and 8 more for foldShort's 8-byte stores
	// (foldLoop's stay in the room of its input), and make room again after
	// foldRune.
	need := len(s)
	if need < 16 {
		need += 8
	}
	dst = slices.Grow(dst, need)
	buf, k := dst[:cap(dst)], len(dst)
	cells, lmask := &foldCells[0], uint64(0)
	if lower {
		cells, lmask = &foldCells[1], 0x8080808080808080
	}
	if len(s) >= 16 {
		var i int
		buf, k, i, toneless = foldLoop(buf, k, s, 0, len(s)-15, cells, lmask, toneless)
		if i >= len(s) {
			return buf[:k]
		}
		toneless = foldState(s, i, toneless)
		s = s[i:]
		if len(buf)-k < len(s)+8 {
			buf = slices.Grow(buf[:k], len(s)+8)
			buf = buf[:cap(buf)]
		}
	}
	buf, k = foldShort(buf, k, s, cells, lmask, toneless)
	return buf[:k]
}

// load16 returns the bytes of s, shorter than 16, as the little-endian
// uint64 of its first 8 bytes and of the next 8, padded with zeros; it reads
// no byte beyond s.
func load16(s string) (lo, hi uint64) {
	n := len(s)
	switch {
	case n >= 8:
		lo = binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[:8]), 8))
		hi = binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[n-8:]), 8)) >> (8 * (16 - uint(n)))
	case n >= 4:
		a := binary.LittleEndian.Uint32(unsafe.Slice(unsafe.StringData(s[:4]), 4))
		b := binary.LittleEndian.Uint32(unsafe.Slice(unsafe.StringData(s[n-4:]), 4))
		lo = uint64(a) | uint64(b)<<(8*(uint(n)-4))
	case n > 0:
		lo = uint64(s[0]) | uint64(s[n/2])<<(8*uint(n/2)) | uint64(s[n-1])<<(8*uint(n-1))
	}
	return lo, hi
}

// foldShort folds s, shorter than 16 bytes, onto buf[:k] as foldLoop does,
// reading it once into two registers padded with zeros (a zero byte is ASCII
// and never continues a UTF-8 sequence, so the padding changes no rune of s;
// its own output is cut off). toneless is the state before s (see
// foldState); len(buf) - k must be at least len(s) + 8.
func foldShort(buf []byte, k int, s string, cells *[0x900]foldCell, lmask uint64, toneless bool) ([]byte, int) {
	const ones = 0x0101010101010101
	lo, hi := load16(s)
	i := 0
	for i < len(s) {
		ge, gt := lo+ones*(0x80-'A'), lo+ones*(0x80-'Z'-1)
		binary.LittleEndian.PutUint64(buf[k:k+8], lo|(ge^gt)&lmask>>2)
		m := lo & 0x8080808080808080
		if m == 0 {
			i, k = i+8, k+8
			lo, hi = hi, 0
			continue
		}
		sh := uint(bits.TrailingZeros64(m)) &^ 7 // 8 × the number of ASCII bytes
		n := int(sh >> 3)
		i, k = i+n, k+n
		lo, hi = lo>>sh|hi<<((63-sh)&63)<<1, hi>>sh
		key, ok := letterKey(lo)
		if c := cells[key]; ok && c.out != 0 {
			buf[k] = c.out
			k++
			n := 2 + int(lo>>5&1) // bytes of the letter
			sz := 8 * uint(n)
			lo, hi = lo>>sz|hi<<(64-sz), hi>>sz
			i += n
			continue
		}
		buf, k, i, toneless = foldRest(buf, k, s, i, lmask != 0, foldState(s, i, toneless))
		lo, hi = load16(s[i:])
	}
	return buf, k - (i - len(s)) // the padding folded as ASCII, byte for byte
}

// foldState returns the state of folding before s[i]: whether the letter
// before is a vowel without a tone. foldLoop and foldShort leave it to be read
// off s here: the rune before s[i] sets it when it is ASCII (a vowel or not)
// or a letter of foldCells (a 2-byte one, or E1 B8..BB xx; a lead byte never
// continues a sequence, so these bytes before s[i] are that rune); else
// toneless holds it, as foldRest, the state before s or the rune before (a
// mark or invisible character that keeps it) left it.
func foldState(s string, i int, toneless bool) bool {
	if i > 0 && s[i-1] < 0x80 {
		return vowelTab[s[i-1]]
	}
	if i >= 2 && s[i-1]&0xC0 == 0x80 {
		if c := s[i-2]; c >= 0xC2 && c < 0xE0 {
			if e := foldCells[0][rune(c&0x1F)<<6|rune(s[i-1]&0x3F)]; e.out != 0 {
				return e.toneless
			}
			return toneless
		}
		if i >= 3 && s[i-3] == 0xE1 && s[i-2]&0xFC == 0xB8 {
			if e := foldCells[0][0x800|rune(s[i-2]&3)<<6|rune(s[i-1]&0x3F)]; e.out != 0 {
				return e.toneless
			}
		}
	}
	return toneless
}

// foldCell is what foldLoop needs of a rune in one load: for a Vietnamese
// letter or look-alike (foldLetter), its ASCII base and (for foldState)
// whether it leaves a toneless vowel.
type foldCell struct {
	out      byte // the byte of Fold or of Key; 0 when the rune is no foldLetter
	toneless bool
}

// foldCells holds foldCell for Fold ([0]) and Key ([1]), indexed as foldLoop
// computes its key: 0x80..0x7FF for the 2-byte runes (the rune itself; 0..0x7F
// would be overlong sequences and stay empty), 0x800..0x8FF for
// U+1E00..U+1EFF.
var foldCells = func() (t [2][0x900]foldCell) {
	for li := range t {
		for r := rune(0x80); r < 0x800; r++ {
			if e := foldLo[r-0x80]; e.kind == foldLetter {
				t[li][r] = foldCell{e.out[li], e.toneless}
			}
		}
		for r := range rune(0x100) {
			if e := foldHi[r]; e.kind == foldLetter {
				t[li][0x800+r] = foldCell{e.out[li], e.toneless}
			}
		}
	}
	return t
}()

// foldLoop folds s[i:] onto buf[:k] as appendFold does, while i < end, and
// returns buf, k, i and toneless as foldState takes it: the loop does not
// track the state, foldState reads it off s when needed. s must hold 16
// bytes from every i < end, and len(buf) - k must be at least end - i + 8: a
// step writes no more bytes than it reads, but for foldRest, which makes room
// again.
// lmask is 0x80 in each byte for Key, 0 for Fold.
//
// Each step copies up to 8 ASCII bytes with one load and one store (and
// advances past them only), then folds the 2- or 3-byte letter after them
// with one table load: both forms compute their key and check their bytes
// without a branch, so that the mix of ASCII, 2- and 3-byte letters in
// Vietnamese words costs no mispredicted jump. Other runes go to foldRest.
func foldLoop(buf []byte, k int, s string, i, end int, cells *[0x900]foldCell, lmask uint64, toneless bool) ([]byte, int, int, bool) {
	const ones = 0x0101010101010101
	for i < end {
		p := s[i : i+16]
		v := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(p), 8))
		v2 := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(p[8:]), 8))
		// Lower-case the ASCII letters for Key: the high bit of ge^gt is set
		// in the bytes from 'A' to 'Z' (and may be wrong from the first
		// non-ASCII byte on: those bytes are not kept).
		ge, gt := v+ones*(0x80-'A'), v+ones*(0x80-'Z'-1)
		binary.LittleEndian.PutUint64(buf[k:k+8], v|(ge^gt)&lmask>>2)
		m := v & 0x8080808080808080
		if m == 0 {
			i, k = i+8, k+8
			continue
		}
		sh := uint(bits.TrailingZeros64(m)) &^ 7 // 8 × the number of ASCII bytes
		n := int(sh >> 3)
		i, k = i+n, k+n
		// w: the 8 bytes from i on.
		w := v>>sh | v2<<((63-sh)&63)<<1
		key, ok := letterKey(w)
		if c := cells[key]; ok && c.out != 0 {
			buf[k] = c.out
			k++
			i += 2 + int(w>>5&1)
			continue
		}
		buf, k, i, toneless = foldRest(buf, k, s, i, lmask != 0, foldState(s, i, toneless))
	}
	return buf, k, i, toneless
}

// foldRest folds the rune at s[i], which is not ASCII, onto buf[:k], and
// returns buf, k, the index after the rune, and the state after it; toneless
// is the state before it. It writes fewer bytes than it reads, or else grows
// buf so that len(buf) - k is at least 8 more than the bytes left in s.
func foldRest(buf []byte, k int, s string, i int, lower, toneless bool) ([]byte, int, int, bool) {
	c := s[i]
	li := 0
	if lower {
		li = 1
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
	switch e.kind {
	case foldLetter:
		buf[k] = e.out[li]
		k++
		toneless = e.toneless
	case foldDecomp:
		buf[k] = e.out[li]
		k++
	case foldDrop, foldSpace:
		if e.kind == foldSpace {
			buf[k] = ' '
			k++
		}
		toneless = false
	case foldDropKeep:
	default: // foldSpacing, foldCopy, foldOther, foldBad
		r := rune(-1)
		if e.kind == foldBad {
			r = utf8.RuneError
		}
		var dst []byte
		dst, toneless = foldRune(buf[:k], s[i:i+size], r, lower, toneless)
		if rest := len(s) - i - size + 8; cap(dst)-len(dst) < rest {
			dst = slices.Grow(dst, rest)
		}
		buf, k = dst[:cap(dst)], len(dst)
	}
	return buf, k, i + size, toneless
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
