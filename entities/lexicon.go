// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

// lexicon is a phrase dictionary compiled into two tries over tokens: one keyed by lower-case forms
// (for text written with diacritics) and one by folded keys (for text typed without them). Matching
// walks the trie from a start token, so its cost depends on the length of the match, not on the
// number of entries, and it allocates nothing. An edge is keyed by the parent node and the 64-bit
// hash the tokenizer computed once per token, so a step is one integer map lookup; a phrase found
// is checked word by word against the text, so a hash collision can never produce a false match.
type lexicon struct {
	low, key trie
	entries  []lexEntry
	// caps[v] is entries[v].capMask, in an array of its own: the walk reads it at every phrase it
	// passes, and an entry is a large struct far from its neighbours in memory
	caps []uint64
	// vbit is the lexicon's bit in vword.lex, or 0 when the Extractor's vocabulary does not index it.
	vbit uint32
}

// lexEntry is what a phrase in a lexicon stands for.
type lexEntry struct {
	text  string // the phrase as listed
	words int    // its length in tokens
	// capMask has bit k set when token k of the phrase starts with a capital; a match needs those
	// tokens capitalized in the text too, except in lines written wholly in capitals or lower case.
	capMask uint64
	typ     Type
	norm    string // canonical full name, if the phrase is a short form
	kind    string // TITLE kind, or a recognizer's own sub-class
	from    string // first day the name was in use (YYYY-MM-DD), if known
	until   string // last day the name was in use, if known
	lows    []string
	keys    []string
}

type trie struct {
	edges hashTab[int32]
	// val[n] is the entry index ending at node n, or -1.
	val []int32
}

// edgeKey combines a node and a word hash into one map key.
func edgeKey(node int32, word uint64) uint64 {
	return (word ^ uint64(node)*0x9E3779B97F4A7C15) + uint64(node)
}

func newTrie() trie { return trie{val: []int32{-1}} }

func (t *trie) insert(words []string, v int32) {
	n := int32(0)
	for _, w := range words {
		k := edgeKey(n, fnv64(w))
		next, ok := t.edges.get(k)
		if !ok {
			next = int32(len(t.val))
			t.val = append(t.val, -1)
			t.edges.put(k, next)
		}
		n = next
	}
	if t.val[n] < 0 {
		t.val[n] = v
	}
}

func newLexicon() *lexicon { return &lexicon{low: newTrie(), key: newTrie()} }

// add inserts phrase, tokenized as documents are, standing for e. The first entry of a phrase wins.
func (l *lexicon) add(phrase string, e lexEntry) {
	d := doc{text: phrase}
	d.tokenize()
	if len(d.toks) == 0 || len(d.toks) > 64 {
		return
	}
	lows := make([]string, len(d.toks))
	keys := make([]string, len(d.toks))
	e.text = phrase
	e.words = len(d.toks)
	e.capMask = 0
	for i := range d.toks {
		lows[i] = d.low(i)
		keys[i] = d.key(i)
		if d.toks[i].is(fUpper) {
			e.capMask |= 1 << i
		}
	}
	e.lows, e.keys = lows, keys
	v := int32(len(l.entries))
	l.entries = append(l.entries, e)
	l.caps = append(l.caps, e.capMask)
	l.low.insert(lows, v)
	l.key.insert(keys, v)
}

// longest returns the number of tokens and the entry of the longest phrase starting at token i,
// or 0 and nil. A phrase matches only whole tokens and never across a line break.
// Most tokens start no phrase, and the vocabulary says so (for the people rules' lexicons their word
// classes say it before they call): that test is small enough to be inlined where longest is called,
// and the walk is a call of its own.
func (l *lexicon) longest(d *doc, i int) (int, *lexEntry) {
	if uint(i) < uint(len(d.vw)) && d.vw[i].lex&l.vbit == 0 && l.vbit != 0 {
		return 0, nil
	}
	return l.walk(d, i)
}

// walk is longest after the vocabulary's test.
func (l *lexicon) walk(d *doc, i int) (int, *lexEntry) {
	if i < 0 || i >= len(d.toks) {
		return 0, nil
	}
	t := &l.low
	if d.folded {
		t = &l.key
	}
	// The phrases found through hashes are checked against the words of the text once the walk is
	// over, longest first: the check is a string comparison per word, and all but the longest phrase
	// usually go unused.
	var found [8]int32
	nf := 0
	n := int32(0)
	// capsOK has bit k set when token i+k may stand for a word a phrase writes with a capital: it
	// is capitalized, or its line or the whole document is written without capitals. A phrase fits
	// when capsOK covers its capMask.
	var capsOK uint64
	for j := i; j < len(d.toks); j++ {
		tj := &d.toks[j]
		if j > i && tj.is(fLineStart) {
			break
		}
		next, ok := t.edges.get(edgeKey(n, d.formHash(j)))
		if !ok {
			break
		}
		n = next
		if k := j - i; k < 64 && (tj.is(fUpper|fAllCaps|fLowerLine) || d.lower) {
			capsOK |= 1 << k
		}
		if v := t.val[n]; v >= 0 && l.caps[v]&^capsOK == 0 {
			if nf == len(found) { // keep the longest
				copy(found[:], found[1:])
				nf--
			}
			found[nf] = v
			nf++
		}
	}
	for k := nf - 1; k >= 0; k-- {
		if e := &l.entries[found[k]]; l.wordsMatch(d, i, e) {
			return e.words, e
		}
	}
	return 0, nil
}

// wordsMatch checks a phrase found through hashes against the words of the text.
func (l *lexicon) wordsMatch(d *doc, i int, e *lexEntry) bool {
	forms := e.lows
	if d.folded {
		forms = e.keys
	}
	for k, w := range forms {
		if i+k >= len(d.toks) || d.form(i+k) != w {
			return false
		}
	}
	return true
}

// compact shrinks the tries' tables once the lexicon is complete (see hashTab.compact).
func (l *lexicon) compact() {
	l.low.edges.compact()
	l.key.edges.compact()
}
