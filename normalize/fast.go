// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
//
// skipWin does the work, win bytes at a time; the last win+8 bytes, which it
// cannot read so, it reads from a copy padded with zeros (which end words as
// the end of the text does and are never stopped at).
func (n Normalizer) skip(s string, i int) (p, hits int) {
	const pad = win + 8
	p, hits, stop := n.skipWin(s, i, len(s)-pad)
	if stop || p >= len(s) {
		return p, hits
	}
	// From p on, with the 8 bytes before (latin1Hit looks 2 bytes back).
	base := max(p-8, 0)
	var buf [8 + 2*pad + win]byte
	copy(buf[:], s[base:])
	t := unsafe.String(&buf[0], len(buf))
	q, h, _ := n.skipWin(t, p-base, len(s)-base)
	return min(q+base, len(s)), hits + h
}

// skipWin is skip while i < end, on a text from which win+8 bytes can be read
// at every i < end: it returns where it stopped and whether it stopped at
// a place from which the full step may change something (else p >= end).
//
// It reads win (64) bytes at a time, as bitmasks of their bytes (ASCII letters,
// bytes outside ASCII, lead bytes), up to the last ASCII byte that is no
// letter among them: the words before it end there. It checks each rune
// outside ASCII with one load of wordCells, its key and byte check computed
// without a branch on its length; a character that is no Vietnamese letter
// it checks as skipShortTo does. The tone check runs only on words with a tone
// on a vowel beside a vowel, on the masks of their bytes. What it cannot
// prove (runes the full step may change, bytes that are no UTF-8, a
// backquote) it leaves to skipShortTo, which walks the window byte by byte
// in the same steps.
func (n Normalizer) skipWin(s string, i, end int) (p, hits int, stop bool) {
	sp := unsafe.Pointer(unsafe.StringData(s))
	for i < end {
		v0, v1, v2, v3 := loadp(sp, i), loadp(sp, i+8), loadp(sp, i+16), loadp(sp, i+24)
		v4, v5, v6, v7 := loadp(sp, i+32), loadp(sp, i+40), loadp(sp, i+48), loadp(sp, i+56)
		lm := mask64(letterMask(v0), letterMask(v1), letterMask(v2), letterMask(v3),
			letterMask(v4), letterMask(v5), letterMask(v6), letterMask(v7)) // ASCII letters
		hm := mask64(v0&hi, v1&hi, v2&hi, v3&hi, v4&hi, v5&hi, v6&hi, v7&hi) // bytes outside ASCII
		// The region: up to the last ASCII byte that is no letter, where no
		// word goes on past it.
		cut := bits.Len64(^(lm | hm))
		if cut == 0 {
			// A window of letters and bytes outside ASCII.
			j, h, ok := n.skipStep(s, i)
			if !ok {
				return i, hits, true
			}
			i, hits = j, hits+h
			continue
		}
		reg := uint64(1)<<cut - 1 // all ones for cut 64
		ld := mask64(v0&(v0<<1)&hi, v1&(v1<<1)&hi, v2&(v2<<1)&hi, v3&(v3<<1)&hi,
			v4&(v4<<1)&hi, v5&(v5<<1)&hi, v6&(v6<<1)&hi, v7&(v7<<1)&hi) & reg // lead bytes
		cont := hm & reg &^ ld                                 // continuation bytes
		var tone, after, marked, vow, hit, sep, safeHit uint64 // bits of the window's bytes
		slow := false
		for m := ld; m != 0; m &= m - 1 {
			p := bits.TrailingZeros64(m)
			key, ok := letterKey(loadp(sp, i+p)) // wordCell, inline
			c := uint64(wordCells[key])
			if !ok {
				c = 0
			}
			if c == 0 {
				// No Vietnamese letter: a character outside words, left
				// alone or not.
				j, h, ok := safeAt(s, i+p)
				if !ok {
					slow = true
					break
				}
				sz := j - i - p
				cont ^= (uint64(1)<<sz - 2) << p
				sep |= (uint64(1)<<sz - 1) << p
				safeHit |= uint64(h) << p
				continue
			}
			cont ^= c >> 14 & 3 << (p + 1) // cellConts
			t := c >> 8 & 1                // cellTone
			tone |= t << p
			after |= t << (uint64(p) + c>>16) // the byte after a letter with a tone (cellSize)
			marked |= c >> 9 & 1 << p         // cellMarked
			vow |= c >> 11 & 7 << p           // cellVowel
			hit |= c >> 10 & 1 << p           // cellHit
		}
		if slow || cont != 0 || (uint64(bqMask(v0, v1, v2, v3))|uint64(bqMask(v4, v5, v6, v7))<<32)&reg != 0 {
			// Characters the full step may change, bytes that are no UTF-8,
			// or backquotes: byte by byte.
			j, h := n.skipShortTo(s, i, i+cut)
			if hits += h; j < i+cut {
				return j, hits, true
			}
			i = j
			continue
		}
		vow |= mask64(vowelMask(lower7(v0)), vowelMask(lower7(v1)), vowelMask(lower7(v2)), vowelMask(lower7(v3)),
			vowelMask(lower7(v4)), vowelMask(lower7(v5)), vowelMask(lower7(v6)), vowelMask(lower7(v7))) & lm
		// Letters with a tone and a vowel beside them: a bit at the tone or at
		// the vowel after it (a letter of the same word).
		if near := (vow<<1&tone | after&vow) & reg; near != 0 && n.tone != ToneKeep {
			// The tone check, on words with one tone and at most
			// maxLetters letters.
			letters := (lm | hm) &^ sep & reg
			starts := (lm | ld) & reg
			for m := near; m != 0; {
				k := bits.TrailingZeros64(m)
				ws := bits.Len64(^letters & (1<<k - 1))     // the word: bytes ws..we-1
				we := k + bits.TrailingZeros64(^letters>>k) // letters has no bit from cut on
				word := uint64(1)<<we - 1<<ws
				m &^= word
				if bits.OnesCount64(tone&word) != 1 || bits.OnesCount64(starts&word) > maxLetters {
					continue
				}
				// The tone check of quickWord (toneInPlace), on the bytes: the
				// vowels around the tone are bytes a..b-1, letters r.
				xp := bits.TrailingZeros64(tone & word)
				vw := vow & word
				a := bits.Len64(^vw & (1<<xp - 1))
				b := xp + bits.TrailingZeros64(^vw>>xp) // vw has no bit from we on
				run := uint64(1)<<b - 1<<a
				r := starts & run
				ok := r&(r-1) == 0 // one vowel: no check
				if !ok {
					if m := marked & run; m != 0 {
						// The vowel with a mark takes the tone; the last one in ươ.
						ok = bits.Len64(m)-1 == xp
					} else if b < we {
						// A closed syllable: the last vowel.
						ok = bits.Len64(r)-1 == xp
					} else {
						ok = n.toneOpen(s, i, starts&word, r, a, xp)
					}
				}
				if !ok {
					below := uint64(1)<<ws - 1
					return i + ws, hits + hitsIn(s, i, hit&below) + bits.OnesCount64(safeHit&below), true
				}
			}
		}
		if hit|safeHit != 0 {
			hits += hitsIn(s, i, hit) + bits.OnesCount64(safeHit)
		}
		i += cut
	}
	return i, hits, false
}

// win is how many bytes skipWin reads at a time.
const win = 64

// mask64 is mask32 of 64 bytes.
func mask64(a, b, c, d, e, f, g, h uint64) uint64 {
	return uint64(mask32(a, b, c, d)) | uint64(mask32(e, f, g, h))<<32
}

// mask32 gathers the high bits of the bytes of a, b, c, d (which have no
// other bit set), 32 bytes of the text, into bits 0..31.
func mask32(a, b, c, d uint64) uint32 {
	return uint32(movemask(a) | movemask(b)<<8 | movemask(c)<<16 | movemask(d)<<24)
}

// bqMask has bit k set for a backquote among the 32 bytes of a, b, c, d.
func bqMask(a, b, c, d uint64) uint32 {
	is := func(v uint64) uint64 { x := v ^ ones*'`'; return ^(x&(ones*0x7F) + ones*0x7F | x) & hi }
	return mask32(is(a), is(b), is(c), is(d))
}

// hitsIn counts the signs of a legacy encoding (latin1Hit) among the
// letters at the bits of m in the window from s[i] on.
func hitsIn(s string, i int, m uint64) int {
	hits := 0
	for ; m != 0; m &= m - 1 {
		if latin1Hit(s, i+bits.TrailingZeros64(m)) {
			hits++
		}
	}
	return hits
}

// toneOpen is the tone check of quickWord (toneInPlace) on a word of the
// window from s[i] on, an open syllable with no vowel mark: let has a bit at
// the first byte of each of its letters, r at those of the vowels around the
// tone, which start at byte a; the tone is on the letter at byte xp. The tone
// goes on the vowel after the u of qu and the i of gi before a vowel (an i
// takes no vowel mark), or on the first of two (the second of oa, oe, uy for
// ToneNew) or the middle one of three.
func (n Normalizer) toneOpen(s string, i int, let, r uint64, a, xp int) bool {
	if before := let & (1<<a - 1); before != 0 && before&(before-1) == 0 {
		switch s[i+bits.TrailingZeros64(before)] | 0x20 {
		case 'q':
			r &= r - 1
		case 'g':
			if baseAt(s, i+a)|0x20 == 'i' {
				r &= r - 1
			}
		}
	}
	pos := bits.TrailingZeros64(r)
	switch bits.OnesCount64(r) {
	case 1:
	case 2:
		if n.tone == ToneNew {
			q := bits.TrailingZeros64(r & (r - 1))
			if newPair(baseAt(s, i+pos), baseAt(s, i+q)) {
				pos = q
			}
		}
	case 3:
		pos = bits.TrailingZeros64(r & (r - 1))
	default:
		return false
	}
	return pos == xp
}

// baseAt returns the base letter of the letter at s[k], ASCII or in
// wordCells; 8 bytes can be read from k.
func baseAt(s string, k int) byte {
	if c := s[k]; c < 0x80 {
		return c
	}
	return byte(wordCell(load64(s, k)))
}

// skipStep is one step of skipShortTo at s[i], a letter or a character
// outside ASCII: where the word or character ends, its signs of a legacy
// encoding, and whether the full step leaves it unchanged.
func (n Normalizer) skipStep(s string, i int) (j, hits int, ok bool) {
	if s[i] >= 0x80 {
		if cls, _, _ := classAt(s, i); cls != clsViet {
			return safeAt(s, i)
		}
	}
	return n.quickWord(s, i)
}

// ones and hi hold 0x01 and 0x80 in each of 8 bytes.
const (
	ones = 0x0101010101010101
	hi   = 0x8080808080808080
)

// lower7 returns the bytes of v in lower case if they are ASCII letters,
// with their high bits off.
func lower7(v uint64) uint64 { return (v | ones*0x20) & (ones * 0x7F) }

// movemask gathers the high bits of the bytes of m, which has no other bit
// set, into a byte: bit k for byte k.
func movemask(m uint64) uint64 { return (m >> 7) * 0x0102040810204080 >> 56 }

// vowelMask returns 0x80 in each byte of t, bytes below 0x80 in lower case,
// that is a vowel if it is a letter: a, e, i, u, y are the letters
// ≡ 1 mod 4 but m and q, and o.
func vowelMask(t uint64) uint64 {
	mod1 := ^((t&(ones*3) ^ ones) + ones*0x7F)
	m := ^((t ^ ones*'m') + ones*0x7F)
	q := ^((t ^ ones*'q') + ones*0x7F)
	o := ^((t ^ ones*'o') + ones*0x7F)
	return (mod1&^(m|q) | o) & (ones * 0x80)
}

// loadp returns the 8 bytes from p+k on, little-endian, without a bounds
// check: the caller knows they are there.
func loadp(p unsafe.Pointer, k int) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(p, k))[:])
}

// load64 returns the 8 bytes of s from i on, little-endian; i+8 <= len(s).
func load64(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:i+8]), 8))
}

// letterMask returns 0x80 in each byte of v that is an ASCII letter.
func letterMask(v uint64) uint64 {
	t := lower7(v) // no carry below
	return (t + ones*(0x80-'a')) &^ (t + ones*(0x80-'z'-1)) &^ v & hi
}

// letterKey reads the rune that w, the little-endian bytes of the text from a
// byte >= 0x80 on, starts with, as the tables of Vietnamese letters index it:
// key is the rune for the 2-byte forms C2..DF 80..BF, 0x800 + the rune's low
// byte for E1 B8..BB 80..BF (U+1EA0..U+1EF9); ok says whether w's bytes have
// one of those forms. The rune is 2 + w>>5&1 bytes long. Both forms are
// computed and selected with masks, not a branch on the lead byte, so that the
// mix of 2- and 3-byte letters in Vietnamese words costs no mispredicted jump.
func letterKey(w uint64) (key uint64, ok bool) {
	three := -(w >> 5 & 1) // all ones for a lead byte E0..FF
	key = (w&0x1F)<<6 | w>>8&0x3F
	key ^= (key ^ (0x800 | w>>2&0xC0 | w>>16&0x3F)) & three
	mask := 0xC0E0 ^ (0xC0E0^0xC0FCFF)&three
	want := 0x80C0 ^ (0x80C0^0x80B8E1)&three
	return key, w&mask == want
}

// wordCell returns the wordCells cell of the rune that w, the little-endian
// bytes of the text from a byte >= 0x80 on, starts with: 0 unless it is a
// Vietnamese letter (U+00C0..U+01B0 in 2 bytes, U+1EA0..U+1EF9 in 3). Its
// length is 2 + w>>5&1.
func wordCell(w uint64) uint32 {
	key, ok := letterKey(w)
	c := wordCells[key]
	if !ok {
		c = 0
	}
	return c
}

// The bits of a wordCells cell.
const (
	cellBase   = 0xFF    // the letter's ASCII base with its case; 0 for no Vietnamese letter
	cellTone   = 1 << 8  // it has a tone
	cellMarked = 1 << 9  // a circumflex, breve or horn
	cellHit    = 1 << 10 // a rune of U+00C0..U+00FF that latin1Hit may count
	cellVowel  = 7 << 11 // a vowel (all but Đ, đ): a bit for each of its bytes
	cellConts  = 3 << 14 // a bit for each of its continuation bytes
	cellSize   = 3 << 16 // its length, 2 or 3
)

// wordCells describes the Vietnamese letters (vietInfo) for skip, indexed
// as foldCells: 0x80..0x7FF for the 2-byte runes, 0x800..0x8FF for
// U+1E00..U+1EFF.
var wordCells = func() (t [0x900]uint32) {
	cell := func(r rune) uint32 {
		in := vietInfo(r)
		if in == 0 {
			return 0
		}
		size := uint32(utf8.RuneLen(r))
		c := uint32(in&cellBase) | size<<16 | (1<<(size-1)-1)<<14
		if in>>11&7 != 0 {
			c |= cellTone
		}
		if m := uint8(in >> 8 & 7); m == markCirc || m == markBreve || m == markHorn {
			c |= cellMarked
		}
		if r < 0x100 && latin1Flags[r-0x80]&flagSigns != 0 {
			c |= cellHit
		}
		if isVowel(byte(in)) {
			c |= (1<<size - 1) << 11
		}
		return c
	}
	for r := rune(0x80); r < 0x800; r++ {
		t[r] = cell(r)
	}
	for r := range rune(0x100) {
		t[0x800+r] = cell(0x1E00 + r)
	}
	return t
}()

// safeAt is skip at s[i], a character outside ASCII that is no Vietnamese
// letter: if it is left alone (clsSafe and no mark after it), it returns
// where it ends and whether it is a sign of a legacy encoding.
func safeAt(s string, i int) (j, hit int, ok bool) {
	cls, size, _ := classAt(s, i)
	if cls != clsSafe {
		return i, 0, false
	}
	// Left alone unless a mark follows it.
	j = i + size
	if j < len(s) && s[j] >= 0x80 {
		if c2, _, _ := classAt(s, j); c2 == clsOther {
			return i, 0, false
		}
	}
	if c := s[i]; (c == 0xC2 || c == 0xC3) && latin1Hit(s, i) {
		hit = 1
	}
	return j, hit, true
}

// newPair reports whether c, d start oa, oe or uy, where ToneNew puts the
// tone on the second vowel.
func newPair(c, d byte) bool {
	switch uint16(c|0x20)<<8 | uint16(d|0x20) {
	case 'o'<<8 | 'a', 'o'<<8 | 'e', 'u'<<8 | 'y':
		return true
	}
	return false
}

// skipShortTo is skip byte by byte up to end, for the last bytes of the text
// and the words that reach them: it stops at the first place at or after end
// where scan stops, if not before.
func (n Normalizer) skipShortTo(s string, i, end int) (p, hits int) {
	for i < end {
		if c := s[i]; c < 0x80 && !asciiLetter[c] {
			i++
			continue
		}
		j, h, ok := n.skipStep(s, i)
		if !ok {
			return i, hits
		}
		i, hits = j, hits+h
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
