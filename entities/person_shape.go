// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

// vietSyllable reports whether a folded lower-case word (normalize.Key form) can be a Vietnamese
// syllable: an onset, a vowel cluster that Vietnamese spells, and an allowed final consonant. Words
// that fail ("paul", "hirst", "lee", "seung", "jong") are read as foreign. It allocates nothing.
func vietSyllable(k string) bool {
	if k == "" || len(k) > 7 {
		return false
	}
	rest := k[onsetLen(k):]
	if rest == "" {
		return false
	}
	if !isVowel(rest[0]) {
		return false
	}
	n := 0
	for n < len(rest) && isVowel(rest[n]) {
		n++
	}
	nucleus, coda := rest[:n], rest[n:]
	v := nucleusIndex(nucleus)
	if coda == "" {
		return rimeTab[v]&rimeOpen != 0
	}
	switch coda {
	case "c", "ch", "m", "n", "ng", "nh", "p", "t":
	default:
		return false
	}
	return rimeTab[v]&rimeClosed != 0
}

// nucleusIndex numbers a cluster of up to three vowels (a e i o u y as 1–6, base 7), 0 for a longer
// one: an index into rimeTab.
func nucleusIndex(v string) int {
	if len(v) > 3 {
		return 0
	}
	x := 0
	for i := 0; i < len(v); i++ {
		x = x*7 + int(vowelNum[v[i]])
	}
	return x
}

var vowelNum = [256]uint8{'a': 1, 'e': 2, 'i': 3, 'o': 4, 'u': 5, 'y': 6}

// rimeTab[nucleusIndex(v)] says whether the vowel cluster v ends a syllable (rimeOpen) or takes a
// final consonant (rimeClosed): openRimes and closedNuclei as a table, since vietSyllable is called
// on many words of every document.
var rimeTab = func() (t [7 * 7 * 7]uint8) {
	for v := range openRimes {
		t[nucleusIndex(v)] |= rimeOpen
	}
	for v := range closedNuclei {
		t[nucleusIndex(v)] |= rimeClosed
	}
	return t
}()

const (
	rimeOpen = 1 << iota
	rimeClosed
)

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// onsetLen returns the length of the initial consonant of k ("ngh", "gi" before a vowel, "qu" …),
// 0 if k starts with a vowel or a letter no Vietnamese syllable starts with.
func onsetLen(k string) int {
	second := func(i int) byte {
		if i < len(k) {
			return k[i]
		}
		return 0
	}
	switch k[0] {
	case 'b', 'd', 'l', 'm', 'r', 's', 'v', 'x':
		return 1
	case 'c', 'k', 'p', 't':
		if second(1) == 'h' || k[0] == 't' && second(1) == 'r' {
			return 2
		}
		return 1
	case 'g':
		if second(1) == 'h' || second(1) == 'i' && isVowel(second(2)) {
			return 2
		}
		return 1
	case 'h':
		return 1
	case 'n':
		if second(1) == 'g' {
			if second(2) == 'h' {
				return 3
			}
			return 2
		}
		if second(1) == 'h' {
			return 2
		}
		return 1
	case 'q':
		if second(1) == 'u' && isVowel(second(2)) {
			return 2
		}
		return 0
	}
	return 0
}

// openRimes are the vowel clusters that end a syllable (folded: "êu" is "eu", "ươi" is "uoi").
var openRimes = map[string]bool{
	"a": true, "e": true, "i": true, "o": true, "u": true, "y": true,
	"ai": true, "ao": true, "au": true, "ay": true, "eo": true, "eu": true, "ia": true, "iu": true,
	"oa": true, "oe": true, "oi": true, "ua": true, "ue": true, "ui": true, "uu": true, "uy": true,
	"ya": true, "ieu": true, "yeu": true, "oai": true, "oay": true, "oao": true, "oeo": true,
	"uay": true, "uya": true, "uoi": true, "uou": true, "uyu": true, "uai": true, "uao": true,
}

// closedNuclei are the vowel clusters that take a final consonant.
var closedNuclei = map[string]bool{
	"a": true, "e": true, "i": true, "o": true, "u": true, "y": true, "ie": true, "uo": true,
	"ye": true, "oa": true, "oe": true, "ua": true, "ue": true, "uy": true, "uye": true, "oo": true,
}
