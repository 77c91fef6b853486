// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package normalize

// letter is one letter of a word with what is attached to it.
type letter struct {
	start, end int  // its bytes in the source, marks included
	orig       rune // the first rune of the letter as written
	base       byte // ASCII base letter, with its case; 0 for a non-Vietnamese letter
	mark, tone uint8
	simple     bool // a single rune with nothing attached
	look       bool // a look-alike of Đ/đ (Ð, Ɖ, ð)
}

// vowelCode names a vowel with its mark for the cluster table.
func vowelCode(l letter) byte { return vowelCodes[l.mark&7][l.base|0x20] }

// vowelCodes[mark][base] is vowelCode.
var vowelCodes = func() (t [8][256]byte) {
	for m := range t {
		for c := range t[m] {
			t[m][c] = vowelCodeOf(byte(c), uint8(m))
		}
	}
	return t
}()

func vowelCodeOf(c byte, mark uint8) byte {
	switch mark {
	case markCirc:
		switch c {
		case 'a':
			return 'B'
		case 'e':
			return 'E'
		case 'o':
			return 'O'
		}
	case markBreve:
		return 'A'
	case markHorn:
		if c == 'o' {
			return 'P'
		}
		return 'U'
	}
	return c
}

// syllable reports whether ls spell one Vietnamese syllable, and if so the
// index of the letter that carries the tone under style (for ToneKeep, the
// letter that carries it now, or -1).
func syllable(ls []letter, style ToneStyle) (ok bool, pos int) {
	n := len(ls)
	if n == 0 || n > 8 {
		return false, -1
	}
	var buf [8]byte
	tone := -1
	for k := range ls {
		if ls[k].base == 0 {
			return false, -1
		}
		if ls[k].tone != 0 {
			if tone >= 0 {
				return false, -1
			}
			tone = k
		}
		buf[k] = ls[k].base | 0x20
	}
	i := 0
	if buf[0] == 'd' && ls[0].mark == markStroke {
		i = 1
	} else {
		for i < n && !isVowel(buf[i]) {
			if ls[i].mark != 0 || ls[i].tone != 0 {
				return false, -1
			}
			i++
		}
		switch {
		case i == 1 && buf[0] == 'q':
			if n < 3 || buf[1] != 'u' || ls[1].mark != 0 || !isVowel(buf[2]) {
				return false, -1
			}
			i = 2
		case i == 1 && buf[0] == 'g' && n > 2 && buf[1] == 'i' && ls[1].mark == 0 && isVowel(buf[2]):
			i = 2
		case !initials.has(buf[:i]):
			return false, -1
		}
	}
	j := i
	var cl [3]byte
	for j < n && isVowel(buf[j]) {
		if j-i == 3 {
			return false, -1
		}
		cl[j-i] = vowelCode(ls[j])
		j++
	}
	nv := j - i
	if nv == 0 || !clusters.has(cl[:nv]) {
		return false, -1
	}
	for k := j; k < n; k++ {
		if ls[k].mark != 0 || ls[k].tone != 0 || isVowel(buf[k]) || buf[k] == 'd' && ls[k].mark != 0 {
			return false, -1
		}
	}
	if !finals.has(buf[j:n]) || j < n && openOnly.has(cl[:nv]) || j == n && closedOnly.has(cl[:nv]) {
		return false, -1
	}
	if tone >= 0 && tone < i && !(i == 2 && (buf[0] == 'q' || buf[0] == 'g')) {
		return false, -1
	}
	if style == ToneKeep || tone < 0 {
		return true, tone
	}
	// The letter with a vowel mark takes the tone; in ươ, the ơ.
	pos = -1
	for k := i; k < j; k++ {
		if m := ls[k].mark; m == markCirc || m == markBreve || m == markHorn {
			pos = k
		}
	}
	switch {
	case pos >= 0:
	case j < n: // closed syllable: the last vowel
		pos = j - 1
	case nv == 3:
		pos = i + 1
	case nv == 2:
		pos = i
		if style == ToneNew {
			switch string(cl[:2]) {
			case "oa", "oe", "uy":
				pos = i + 1
			}
		}
	default:
		pos = i
	}
	return true, pos
}

// shortSet is a set of strings of up to three bytes from an alphabet of
// fewer than 16 or 32 symbols, as a bitset.
type shortSet struct {
	sym  [256]uint8 // 1.. for the alphabet, 0 for others
	base int
	bits []uint64
}

func newShortSet(alphabet string, words ...string) *shortSet {
	s := &shortSet{base: len(alphabet) + 1}
	for k := 0; k < len(alphabet); k++ {
		s.sym[alphabet[k]] = uint8(k + 1)
	}
	s.bits = make([]uint64, (s.base*s.base*s.base+s.base*s.base+s.base)/64+1)
	for _, w := range words {
		k, ok := s.key([]byte(w))
		if !ok {
			panic("normalize: bad short set word " + w)
		}
		s.bits[k>>6] |= 1 << (k & 63)
	}
	return s
}

func (s *shortSet) key(b []byte) (int, bool) {
	if len(b) > 3 {
		return 0, false
	}
	k := 0
	for _, c := range b {
		v := s.sym[c]
		if v == 0 {
			return 0, false
		}
		k = k*s.base + int(v)
	}
	return k, true
}

func (s *shortSet) has(b []byte) bool {
	k, ok := s.key(b)
	return ok && s.bits[k>>6]>>(k&63)&1 != 0
}

// The initial consonants, vowel clusters (vowelCode: a = a, A = ă, B = â,
// E = ê, O = ô, P = ơ, U = ư) and final consonants of Vietnamese syllables;
// the clusters that take no final consonant (openOnly) and those that need
// one (closedOnly). syllable_test.go checks them against the switches they
// replace.
var (
	initials = newShortSet("bcdghklmnpqrstvx", "", "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
		"p", "ph", "r", "s", "t", "th", "tr", "v", "x")
	clusters = newShortSet("aABeEioOPuUy", "a", "A", "B", "e", "E", "i", "o", "O", "P", "u", "U", "y",
		"ai", "ao", "au", "ay", "Bu", "By", "eo", "Eu", "ia", "iE", "iu", "oa", "oA", "oe", "oi",
		"Oi", "Pi", "oo", "ua", "uB", "uE", "ui", "uO", "uP", "Ua", "Ui", "UP", "Uu", "uy", "yE",
		"iEu", "yEu", "oai", "oay", "oeo", "uBy", "uOi", "UPi", "UPu", "uya", "uyE", "uyu")
	finals   = newShortSet("cghmnpt", "", "c", "ch", "m", "n", "ng", "nh", "p", "t")
	openOnly = newShortSet("aABeEioOPuUy", "ai", "ao", "au", "ay", "Bu", "By", "eo", "Eu", "iu", "oi", "Oi", "Pi", "ui", "Ui", "Uu",
		"iEu", "yEu", "oai", "oay", "oeo", "uBy", "uOi", "UPi", "UPu", "uyu", "ia", "ua", "Ua", "uya")
	closedOnly = newShortSet("aABeEioOPuUy", "A", "B", "iE", "yE", "uO", "oA", "uB", "uyE", "oo")
)
