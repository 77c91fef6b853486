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
	wSurname      uint32 = 1 << iota // Vietnamese surname
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
	wLexTitles                       // first words of the lexicons' phrases, one bit a lexicon
	wLexTitleSuffix
	wLexCues
	wLexVerbs
	wLexBlocks
	wLexOrgHeads
	wLexPlaces
	wLexStops
	wLexPeople
)

// wordSet maps words to their classes, by lower-case form and by folded key, so that a document
// typed without diacritics is read with the same data.
type wordSet struct {
	low, key map[string]uint32
}

func newWordSet() wordSet { return wordSet{low: map[string]uint32{}, key: map[string]uint32{}} }

func (w wordSet) add(n normalize.Normalizer, word string, f uint32) {
	word = n.String(word)
	l := strings.ToLower(word)
	w.low[l] |= f
	w.key[normalize.Key(word)] |= f
}

// of returns the classes of token i.
func (w wordSet) of(d *doc, i int) uint32 {
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

// plex is a lexicon of personRules with the word-class bit that its phrases' first words carry, so
// that a token no phrase starts with costs one map look-up for all the lexicons together.
type plex struct {
	*lexicon
	bit uint32
}

// match returns the longest phrase of l at token i, like lexicon.longest.
func (r *personRules) match(l plex, d *pctx, i int) (int, *lexEntry) {
	if i >= len(d.toks) || d.c(i)&l.bit == 0 {
		return 0, nil
	}
	return l.longest(d.doc, i)
}

// pctx is a document as the people rules read it, with the word classes of its tokens looked up
// once, when first needed.
type pctx struct {
	*doc
	r   *personRules
	cls []uint32 // word classes, clsUnknown until looked up
}

const clsUnknown = 1 << 31

func (r *personRules) context(d *doc) *pctx {
	c := &pctx{doc: d, r: r, cls: make([]uint32, len(d.toks))}
	for i := range c.cls {
		c.cls[i] = clsUnknown
	}
	return c
}

// c returns the word classes of token i.
func (d *pctx) c(i int) uint32 {
	v := d.cls[i]
	if v == clsUnknown {
		v = 0
		if d.toks[i].kind == tWord {
			v = d.r.words.of(d.doc, i)
		}
		d.cls[i] = v
	}
	return v
}

// markFirstWords gives the first words of l's phrases l's bit.
func (w wordSet) markFirstWords(l plex) {
	for e := range l.low.edges {
		if e.node == 0 {
			w.low[e.word] |= l.bit
		}
	}
	for e := range l.key.edges {
		if e.node == 0 {
			w.key[e.word] |= l.bit
		}
	}
}
