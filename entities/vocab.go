// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"strings"

	"github.com/vietner/vietner/normalize"
)

// vocab is an Extractor's one table of words: for every word that some rule family knows (by the
// hash of its lower-case form, and in a second table by the hash of its key), all that the families
// know about it, merged when the Extractor is built. A document looks each token up once, right after
// tokenizing, and the rules read the answer from an array: where each family used to look the token
// up in its own sets (the people rules' word classes, the first words of the place and organization
// gazetteers, each lexicon's filter), several times a token.
type vocab struct {
	low, key hashTab[vword]
}

// vword is what the rules know about one word.
type vword struct {
	lex  uint32 // bit b: the lexicon whose vbit is 1<<b has a phrase starting with the word
	pcls uint32 // the people rules' word classes (personRules.words)
	// st[f][k] is starts.at for family f (stOrg, stLoc): k = 0 for a token where any phrase may
	// start, 1 for a lower-case token inside a line with capitals (phrases written in lower case only)
	st [2][2]uint8
	// sets: small word lists of one rule each (setEnglishOrg)
	sets uint8
}

// Bits of vword.sets.
const (
	setEnglishOrg  = 1 << iota // in orgPrefixes or orgSuffixes, in some capitalization
	setEnglishUnit             // in englishUnits
	setDateStart               // a word a date expression can begin with (dateStartWords)
)

// setDateStartBit is setDateStart's position, for a shift; the two arrays below have a negative
// length, and do not compile, unless setDateStart == 1<<setDateStartBit.
const setDateStartBit = 2

var (
	_ [setDateStart - 1<<setDateStartBit]struct{}
	_ [1<<setDateStartBit - setDateStart]struct{}
)

// The families that read vword.st.
const (
	stOrg = iota
	stLoc
)

// newVocab merges what the rules of x know about words, and gives the lexicons of the place and
// organization rules their vbit.
func newVocab(x *Extractor) *vocab {
	v := &vocab{}
	update := func(t *hashTab[vword], h uint64, f func(*vword)) {
		w, _ := t.get(h)
		f(&w)
		t.put(h, w)
	}
	for b, l := range []*lexicon{x.locs.names, x.locs.units, x.locs.local, x.orgs.gaz, x.orgs.depts,
		x.orgs.types, x.orgs.words, x.orgs.cues} {
		l.vbit = 1 << b
		for k := range l.entries {
			e := &l.entries[k]
			update(&v.low, fnv64(e.lows[0]), func(w *vword) { w.lex |= l.vbit })
			update(&v.key, fnv64(e.keys[0]), func(w *vword) { w.lex |= l.vbit })
		}
	}
	x.peop.words.low.each(func(h uint64, c uint32) { update(&v.low, h, func(w *vword) { w.pcls |= c }) })
	x.peop.words.key.each(func(h uint64, c uint32) { update(&v.key, h, func(w *vword) { w.pcls |= c }) })
	for f, s := range [2]*starts{stOrg: &x.orgs.first, stLoc: &x.locs.first} {
		for k := range 2 {
			s.sets[k].bits.each(func(h uint64, b uint8) { update(&v.low, h, func(w *vword) { w.st[f][k] |= b }) })
			s.sets[2+k].bits.each(func(h uint64, b uint8) { update(&v.key, h, func(w *vword) { w.st[f][k] |= b }) })
		}
	}
	for _, m := range []map[string]bool{orgPrefixes, orgSuffixes} {
		for w := range m {
			h, k := fnv64(strings.ToLower(w)), fnv64(normalize.Key(w))
			update(&v.low, h, func(w *vword) { w.sets |= setEnglishOrg })
			update(&v.key, k, func(w *vword) { w.sets |= setEnglishOrg })
		}
	}
	for _, sw := range dateStartWords {
		update(&v.low, fnv64(sw.w), func(w *vword) { w.sets |= setDateStart })
		update(&v.key, fnv64(normalize.Key(sw.w)), func(w *vword) { w.sets |= setDateStart })
	}
	for _, w := range englishUnits {
		update(&v.low, fnv64(w), func(w *vword) { w.sets |= setEnglishUnit })
		update(&v.key, fnv64(w), func(w *vword) { w.sets |= setEnglishUnit })
	}
	v.low.compact()
	v.key.compact()
	return v
}

// compact shrinks every table of x's rules once they are complete (see hashTab.compact): smaller
// tables stay in the processor's caches.
func (x *Extractor) compact() {
	p := x.peop
	for _, l := range []*lexicon{x.locs.names, x.locs.units, x.locs.local, x.orgs.gaz, x.orgs.depts,
		x.orgs.types, x.orgs.words, x.orgs.cues, p.titles.lexicon, p.titleSuffix.lexicon, p.cues.lexicon,
		p.verbs.lexicon, p.blocks.lexicon, p.orgHeads.lexicon, p.places.lexicon, p.stops.lexicon,
		p.people.lexicon, p.acts.lexicon} {
		l.compact()
	}
	p.words.low.compact()
	p.words.key.compact()
}

// prepare tokenizes d and looks its tokens up: what every rule family needs before it runs.
func (d *doc) prepare() {
	d.tokenize()
	d.detectStyle()
	d.lookUp()
}

// lookUp fills d.vw: what the vocabulary knows about each token.
func (d *doc) lookUp() {
	n := len(d.toks)
	var vw []vword
	if d.sc != nil && cap(d.sc.vw) >= n {
		vw = d.sc.vw[:n]
	} else {
		vw = make([]vword, n)
		if d.sc != nil {
			d.sc.vw = vw
		}
	}
	t, folded := &d.x.voc.low, d.folded
	if folded {
		t = &d.x.voc.key
	}
	toks := d.toks // (t.get is a call: d.toks would be read again at every turn)
	for i := range toks {
		tok := &toks[i]
		h := tok.lowH
		if folded {
			h = tok.keyH
		}
		vw[i], _ = t.get(h)
		if tok.kind != tWord {
			vw[i].pcls = 0 // word classes are for words
		}
	}
	d.vw = vw
}
