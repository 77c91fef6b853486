// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

// Vowel marks and tones, as packed in the generated tables.
const (
	markNone uint8 = iota
	markCirc
	markBreve
	markHorn
	markStroke
)

const (
	toneNone uint8 = iota
	toneGrave
	toneAcute
	toneHook
	toneTilde
	toneDot
)

// vietInfo returns the packed info of a precomposed Vietnamese letter outside
// ASCII (base | mark<<8 | tone<<11 | 1<<15), or 0.
func vietInfo(r rune) uint16 {
	switch {
	case r >= 0xC0 && r <= 0x1B0:
		return latinInfo[r-0xC0]
	case r >= 0x1EA0 && r <= 0x1EF9:
		return extInfo[r-0x1EA0]
	}
	return 0
}

// combining returns what a combining mark adds to a Vietnamese letter: a
// vowel mark or a tone; ok is false for other runes.
func combining(r rune) (mark, tone uint8, ok bool) {
	switch r {
	case 0x300, 0x340:
		return 0, toneGrave, true
	case 0x301, 0x341:
		return 0, toneAcute, true
	case 0x309:
		return 0, toneHook, true
	case 0x303:
		return 0, toneTilde, true
	case 0x323:
		return 0, toneDot, true
	case 0x302:
		return markCirc, 0, true
	case 0x306:
		return markBreve, 0, true
	case 0x31B:
		return markHorn, 0, true
	}
	return 0, 0, false
}

// spacingTone returns the tone of a spacing accent that may follow a vowel.
func spacingTone(r rune) uint8 {
	switch r {
	case 0xB4, 0x2CA:
		return toneAcute
	case 0x2CB, '`':
		return toneGrave
	}
	return 0
}

// isInvisible reports the characters that are removed: zero-width space,
// non-joiner and joiner, word joiner, BOM and soft hyphen.
func isInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD:
		return true
	}
	return false
}

// isSpace reports the Unicode spaces that become U+0020.
func isSpace(r rune) bool {
	switch {
	case r == 0xA0, r == 0x1680, r >= 0x2000 && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// lookalike returns the info of Đ/đ for the letters that are mistaken for them.
func lookalike(r rune) uint16 {
	switch r {
	case 0xD0, 0x189:
		return 'D' | uint16(markStroke)<<8 | 1<<15
	case 0xF0:
		return 'd' | uint16(markStroke)<<8 | 1<<15
	}
	return 0
}

func baseIndex(c byte) int { return int(baseIdx[c]) }

// baseIdx is the index of a base letter in composeTab (a e i o u y d, either
// case), or -1.
var baseIdx = func() (t [256]int8) {
	for c := range t {
		t[c] = -1
	}
	for k, c := range []byte("aeiouyd") {
		t[c], t[c-'a'+'A'] = int8(k), int8(k)
	}
	return t
}()

func isVowel(c byte) bool { return vowelTab[c] }

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// compose returns the letter with the given base, mark and tone, or 0 when
// there is none.
func compose(base byte, mark, tone uint8) rune {
	bi := baseIndex(base)
	if bi < 0 {
		if mark == 0 && tone == 0 {
			return rune(base)
		}
		return 0
	}
	if mark > markStroke || tone > toneDot {
		return 0
	}
	up := 0
	if base < 'a' {
		up = 1
	}
	return rune(composeTab[up][bi][mark][tone])
}
