package entities

import (
	_ "embed"
	"strings"

	"github.com/vietner/vietner/normalize"
)

// The people and titles data: see entities/data/NOTICE.md for sources and licences.
var (
	//go:embed data/surnames.tsv
	surnamesTSV string
	//go:embed data/names.tsv
	namesTSV string
	//go:embed data/foreign.tsv
	foreignTSV string
	//go:embed data/titles.tsv
	titlesTSV string
	//go:embed data/cues.tsv
	cuesTSV string
	//go:embed data/places.tsv
	placesTSV string
	//go:embed data/people.tsv
	peopleTSV string
)

// Word classes of personRules.words.
const (
	wSurname      uint16 = 1 << iota // Vietnamese surname
	wMiddle                          // seen as a middle syllable or first syllable of a given name
	wGiven                           // seen as the last syllable of a given name
	wForeignGiven                    // foreign first name (Paul, Selena)
	wAsianSurname                    // East Asian surname in Latin letters (Park, Kim, Xi)
	wStop                            // lower-case word that ends a title's organization phrase
	wAddress                         // form of address (ông, bà …)
	wMod                             // modifier before a title (nữ, cựu …)
	wPlural                          // quantifier making a role noun generic (các, những …)
	wAdminUnit                       // administrative unit word (tỉnh, huyện …): ends a name in lower case
	wOrgWord                         // word of a company, event or product name (Group, Airlines, Cup)
)

// wordSet maps words to their classes, by lower-case form and by folded key, so that a document
// typed without diacritics is read with the same data.
type wordSet struct {
	low, key map[string]uint16
}

func newWordSet() wordSet { return wordSet{low: map[string]uint16{}, key: map[string]uint16{}} }

func (w wordSet) add(n normalize.Normalizer, word string, f uint16) {
	word = n.String(word)
	l := strings.ToLower(word)
	w.low[l] |= f
	w.key[normalize.Key(word)] |= f
}

// of returns the classes of token i.
func (w wordSet) of(d *doc, i int) uint16 {
	if d.folded {
		return w.key[d.key(i)]
	}
	return w.low[d.low(i)]
}

// tsvLines calls f with the tab-separated fields of every line of data that is not a comment.
func tsvLines(data string, f func(fields []string)) {
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f(strings.Split(line, "\t"))
	}
}
