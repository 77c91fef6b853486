// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

import (
	"unicode/utf8"
	"unsafe"
)

// reverse1252 returns the Windows-1252 (or Latin-1) byte that r was decoded
// from, when a legacy text went through that mistake.
func reverse1252(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	if b, ok := cp1252Rev[r]; ok {
		return b, true
	}
	return 0, false
}

// cp1252Rev inverts cp1252Dec for the runes beyond U+00FF.
var cp1252Rev = func() map[rune]byte {
	m := make(map[rune]byte)
	for k := len(cp1252Dec) - 1; k >= 0; k-- { // the first byte wins
		if c := cp1252Dec[k]; c >= 0x100 {
			m[c] = byte(0x80 + k)
		}
	}
	return m
}()

// legacyReader reads the code units of a legacy text: its bytes, or, in
// mojibake, the Windows-1252 bytes its runes stand for. Runes that stand for
// no byte are passed through (b < 0).
type legacyReader struct {
	s    string
	moji bool
}

// at returns the unit at s[i]: a byte value or -1 with the rune, and its size.
func (rd legacyReader) at(i int) (b int, r rune, size int) {
	c := rd.s[i]
	if !rd.moji || c < 0x80 {
		return int(c), rune(c), 1
	}
	r, size = utf8.DecodeRuneInString(rd.s[i:])
	if bb, ok := reverse1252(r); ok {
		return int(bb), r, size
	}
	return -1, r, size
}

// decoder accumulates decoded text and its offsets.
type decoder struct {
	out  []byte
	b    offBuilder
	offs bool
}

func (d *decoder) emit(r rune, nIn int, verbatim bool) {
	n := len(d.out)
	d.out = utf8.AppendRune(d.out, r)
	if d.offs {
		d.b.add(len(d.out)-n, nIn, verbatim)
	}
}

func (d *decoder) emitString(s string, verbatim bool) {
	d.out = append(d.out, s...)
	if d.offs {
		d.b.add(len(s), len(s), verbatim)
	}
}

// decode decodes src from enc to UTF-8. A src that is valid UTF-8 is read as
// mojibake (legacy bytes shown as Windows-1252 and saved as UTF-8), except for
// VIQR, which is ASCII.
func decode(src string, enc Encoding, wantOffsets bool) (string, Offsets) {
	out, o := decodeAppend(make([]byte, 0, len(src)+len(src)/2), src, enc, wantOffsets)
	return unsafe.String(unsafe.SliceData(out), len(out)), o
}

// decodeAppend is decode appending to out.
func decodeAppend(out []byte, src string, enc Encoding, wantOffsets bool) ([]byte, Offsets) {
	return decodeAppendValid(out, src, enc, wantOffsets, utf8.ValidString(src))
}

// decodeAppendValid is decodeAppend when it is known whether src is valid UTF-8.
func decodeAppendValid(out []byte, src string, enc Encoding, wantOffsets, valid bool) ([]byte, Offsets) {
	rd := legacyReader{s: src, moji: enc != VIQR && valid}
	d := decoder{out: out, offs: wantOffsets}
	asciiVerbatim := enc != VNI && enc != VIQR && enc != VISCII
	var tab *[128]int32 // raw single-byte encodings: the table of 0x80..0xFF
	if !rd.moji && enc == TCVN3 {
		tab = &tcvn3Dec
	} else if !rd.moji && enc == CP1258 {
		tab = &cp1258Dec
	}
	for i := 0; i < len(src); {
		if c := src[i]; c >= 0x80 && tab != nil {
			d.emit(tab[c-0x80], 1, false)
			i++
			continue
		}
		if c := src[i]; c < 0x80 && (asciiVerbatim || enc == VISCII && c >= 0x20 || enc == VNI) {
			// A run of ASCII that stays as it is; in VNI, but for its last
			// byte, which may take a mark byte after it.
			j := i + 1
			for j < len(src) && src[j] < 0x80 && (asciiVerbatim || src[j] >= 0x20 || enc == VNI) {
				j++
			}
			if enc == VNI && j < len(src) {
				j--
			}
			if j > i {
				d.emitString(src[i:j], true)
				i = j
				continue
			}
		}
		i += d.step(rd, src, i, enc)
	}
	var o Offsets
	if wantOffsets {
		o = d.b.offsets()
	}
	return d.out, o
}

// step decodes the character at src[i] (a byte or a mojibake rune) in enc and returns its size in
// src: decode's loop after its fast paths, and the whole loop of the test's reference decoder.
func (d *decoder) step(rd legacyReader, src string, i int, enc Encoding) int {
	b, r, size := rd.at(i)
	if b < 0 || b < 0x80 && enc != VNI && enc != VIQR && enc != VISCII {
		d.emitString(src[i:i+size], true)
		return size
	}
	switch enc {
	case TCVN3:
		d.emit(tcvn3Dec[b-0x80], size, false)
	case VISCII:
		if v := visciiDec[b]; rune(b) != v || b >= 0x80 {
			d.emit(v, size, false)
		} else {
			d.emitString(src[i:i+size], true)
		}
	case CP1258:
		d.emit(cp1258Dec[b-0x80], size, false)
	case VNI:
		size = d.vni(rd, i, b, r, size)
	case VIQR:
		size = d.viqr(src, i)
	default:
		if rd.moji {
			d.emitString(src[i:i+size], true)
		} else {
			d.emit(utf8.RuneError, size, false)
		}
	}
	return size
}

// vniBase returns the base info of a VNI byte that takes a mark byte.
func vniBase(b int) uint16 {
	switch {
	case b < 0x80 && isVowel(byte(b)):
		return uint16(b)
	case b >= 0x80:
		if r := vniSingle[b-0x80]; r != 0 {
			if in := vietInfo(r); in != 0 && in>>11&7 == 0 && isVowel(byte(in)) {
				return in
			}
		}
	}
	return 0
}

// vni decodes the VNI-Windows unit at i (byte b, size bytes) and returns the
// number of bytes used.
func (d *decoder) vni(rd legacyReader, i, b int, r rune, size int) int {
	if base := vniBase(b); base != 0 && i+size < len(rd.s) {
		mb, _, msize := rd.at(i + size)
		if mb >= 0x80 {
			if m := vniMark[mb-0x80]; m != 0 {
				mark := uint8(base >> 8 & 7)
				if am := m >> 4 & 7; am != 0 {
					mark = am
				}
				if c := compose(byte(base), mark, m&7); c != 0 {
					d.emit(c, size+msize, false)
					return size + msize
				}
			}
		}
	}
	switch {
	case b < 0x80:
		d.emitString(rd.s[i:i+size], true)
	case vniSingle[b-0x80] != 0:
		d.emit(vniSingle[b-0x80], size, false)
	case rd.moji:
		d.emitString(rd.s[i:i+size], true)
	case b < 0xA0:
		d.emit(cp1252Dec[b-0x80], size, false)
	default:
		d.emit(rune(b), size, false)
	}
	return size
}

// viqrTone returns the tone a VIQR tone character stands for.
func viqrTone(c byte) uint8 {
	switch c {
	case '\'':
		return toneAcute
	case '`':
		return toneGrave
	case '?':
		return toneHook
	case '~':
		return toneTilde
	case '.':
		return toneDot
	}
	return 0
}

// viqr decodes the VIQR sequence at s[i] and returns its length.
func (d *decoder) viqr(s string, i int) int {
	c := s[i]
	switch {
	case (c == 'd' || c == 'D') && i+1 < len(s) && (s[i+1] == 'd' || s[i+1] == 'D'):
		d.emit(compose(c, markStroke, 0), 2, false)
		return 2
	case c == '\\' && i+1 < len(s) && (viqrTone(s[i+1]) != 0 || s[i+1] == '^' || s[i+1] == '(' || s[i+1] == '+'):
		d.emit(rune(s[i+1]), 2, false)
		return 2
	case !isVowel(c):
		d.emitString(s[i:i+1], true)
		return 1
	}
	j := i + 1
	var mark, tone uint8
	if j < len(s) {
		lc := c | 0x20
		switch {
		case s[j] == '^' && (lc == 'a' || lc == 'e' || lc == 'o'):
			mark = markCirc
		case s[j] == '(' && lc == 'a':
			mark = markBreve
		case s[j] == '+' && (lc == 'o' || lc == 'u'):
			mark = markHorn
		}
		if mark != 0 {
			j++
		}
	}
	if j < len(s) {
		if t := viqrTone(s[j]); t != 0 {
			// "." and "?" end sentences: they are tones only inside a word
			// or after a vowel mark.
			next := j+1 < len(s) && isASCIILetter(s[j+1]) ||
				j+2 < len(s) && s[j+1] == ' ' && s[j+2] >= 'a' && s[j+2] <= 'z'
			if t != toneDot && t != toneHook || next || mark != 0 {
				tone = t
				j++
			}
		}
	}
	if mark == 0 && tone == 0 {
		d.emitString(s[i:i+1], true)
		return 1
	}
	d.emit(compose(c, mark, tone), j-i, false)
	return j - i
}
