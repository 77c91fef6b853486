// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

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
	wTopSurname                      // a surname common enough to start a name in text with no capitals
	wNation                          // a people or country adjective (Việt, Hàn): not a name after an occupation
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
	wLexActs
)

// wordSet maps words to their classes, by the hashes the tokenizer gives every token (of the
// lower-case form and of the folded key), so that a document typed without diacritics is read with
// the same data. The Extractor's vocabulary merges it with the other families' word data; documents
// read the classes from there (pctx.c).
type wordSet struct {
	low, key *hashTab[uint32]
}

func newWordSet() wordSet {
	return wordSet{low: new(hashTab[uint32]), key: new(hashTab[uint32])}
}

// add gives word (one token) the classes f.
func (w wordSet) add(n normalize.Normalizer, word string, f uint32) {
	d := doc{text: n.String(word)}
	d.tokenize()
	if len(d.toks) == 0 {
		return
	}
	lf, _ := w.low.get(d.toks[0].lowH)
	w.low.put(d.toks[0].lowH, lf|f)
	kf, _ := w.key.get(d.toks[0].keyH)
	w.key.put(d.toks[0].keyH, kf|f)
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
	r *personRules
	// spans found before the people rules ran, by token (filled by index): the end of the longest
	// ORGANIZATION or LOCATION starting at a token, of the longest LOCATION starting there, and the
	// LOCATION covering a token.
	orgLocEnd, locEnd []int32
	locS, locE        []int32
}

// index fills the span look-ups of d from d.spans.
func (d *pctx) index() {
	n := len(d.toks)
	var buf []int32
	if d.sc != nil && cap(d.sc.i32) >= 4*n {
		buf = d.sc.i32[:4*n]
		clear(buf)
	} else {
		buf = make([]int32, 4*n)
		if d.sc != nil {
			d.sc.i32 = buf
		}
	}
	d.orgLocEnd, d.locEnd, d.locS, d.locE = buf[:n:n], buf[n:2*n:2*n], buf[2*n:3*n:3*n], buf[3*n:]
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.typ != Organization && sp.typ != Location {
			continue
		}
		if int32(sp.e) > d.orgLocEnd[sp.s] {
			d.orgLocEnd[sp.s] = int32(sp.e)
		}
		if sp.typ == Location {
			if int32(sp.e) > d.locEnd[sp.s] {
				d.locEnd[sp.s] = int32(sp.e)
			}
			for i := sp.s; i < sp.e; i++ {
				d.locS[i], d.locE[i] = int32(sp.s)+1, int32(sp.e)
			}
		}
	}
}

func (r *personRules) context(d *doc) *pctx { return &pctx{doc: d, r: r} }

// c returns the word classes of token i (0 for a number or punctuation), from the vocabulary.
func (d *pctx) c(i int) uint32 { return d.vw[i].pcls }

// addTo adds phrase to l and gives its first word l's bit.
func (r *personRules) addTo(n normalize.Normalizer, l plex, phrase string, e lexEntry) {
	l.add(phrase, e)
	r.words.add(n, phrase, l.bit)
}
