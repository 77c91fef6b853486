package entities

import "strings"

// vietSyllable reports whether a folded lower-case word (normalize.Key form) can be a Vietnamese
// syllable: an onset, a vowel cluster that Vietnamese spells, and an allowed final consonant. Words
// that fail ("paul", "hirst", "lee", "seung", "jong") are read as foreign. It allocates nothing.
func vietSyllable(k string) bool {
	if k == "" || len(k) > 7 {
		return false
	}
	rest := k
	for _, on := range onsets {
		if strings.HasPrefix(rest, on) && len(rest) > len(on) && isVowel(rest[len(on)]) {
			rest = rest[len(on):]
			break
		}
	}
	if !isVowel(rest[0]) {
		return false
	}
	n := 0
	for n < len(rest) && isVowel(rest[n]) {
		n++
	}
	nucleus, coda := rest[:n], rest[n:]
	if coda == "" {
		return openRimes[nucleus]
	}
	switch coda {
	case "c", "ch", "m", "n", "ng", "nh", "p", "t":
	default:
		return false
	}
	return closedNuclei[nucleus]
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// onsets, longest first so that "ngh" wins over "ng" and "n".
var onsets = [...]string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

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
