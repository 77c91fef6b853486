// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import "slices"

// A name that the document also uses as the name of something else (a company, a street, a school:
// "Tập đoàn Tân Hoàng Minh", "đường Phan Xích Long") names that thing where it stands alone, unless a
// title or a form of address says it is a person there ("Thoái vốn …, Tân Hoàng Minh dồn dập huy động
// vốn"; "“con phố ẩm thực” Phan Xích Long").

// dropThingNames removes from people the names of two words or more, found with no cue and not from
// the list of people, whose words the document also writes as the whole name part of an organization
// or a location, or after a street, school … word, where they are no person.
func (r *personRules) dropThingNames(d *pctx, people []span, marks []uint8, busy []bool) []span {
	cand := false
	for _, p := range people {
		if cand = r.thingCandidate(d, p, marks); cand {
			break
		}
	}
	if !cand {
		return people
	}
	var things []uint64
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.typ != Organization && sp.typ != Location {
			continue
		}
		if s := r.nameTail(d, sp.s, sp.e); sp.e-s >= 2 {
			things = append(things, nameHash(d, s, sp.e))
		}
	}
	lastBlock := -100 // the last token that may start a street, school … word
	for i := 0; i < len(d.toks); i++ {
		if d.c(i)&wLexBlocks != 0 {
			lastBlock = i
		}
		if i-lastBlock > 12 || !d.isCap(i) || busy[i] || marks[i]&(mPerson|mTitle) != 0 || d.toks[i].is(fAllCaps) ||
			i > 0 && d.isCap(i-1) && !d.toks[i-1].is(fAllCaps) && !d.toks[i].is(fLineStart) {
			continue
		}
		j, _, _ := r.capRun(d, i, 4, busy)
		if j-i >= 2 && r.blocked(d, i) {
			things = append(things, nameHash(d, i, j))
		}
		i = j - 1
	}
	if len(things) == 0 {
		return people
	}
	slices.Sort(things)
	// a name that a title or a form of address gives to a person somewhere in the document is that
	// person's everywhere ("Thầy giáo Chu Văn An … Chu Văn An là nhà giáo")
	for _, p := range people {
		if p.e-p.s >= 2 && marks[p.s]&(mCue|mCueOcc|mCuePos) != 0 {
			h := nameHash(d, p.s, p.e)
			if k, found := slices.BinarySearch(things, h); found {
				e := k
				for e < len(things) && things[e] == h {
					e++
				}
				things = slices.Delete(things, k, e)
			}
		}
	}
	return dropNamed(d, people, marks, things, func(p span) bool { return r.thingCandidate(d, p, marks) })
}

// dropNamed removes from people, and unmarks, the candidates whose words hash to a member of the
// sorted set names.
func dropNamed(d *pctx, people []span, marks []uint8, names []uint64, candidate func(span) bool) []span {
	out := people[:0]
	for _, p := range people {
		if candidate(p) {
			if _, found := slices.BinarySearch(names, nameHash(d, p.s, p.e)); found {
				for k := p.s; k < p.e; k++ {
					marks[k] &^= mPerson
				}
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// thingCandidate reports whether p may be the name of a thing: two words or more, no title or form of
// address before it, not a name of the list of people.
func (r *personRules) thingCandidate(d *pctx, p span, marks []uint8) bool {
	if p.e-p.s < 2 || marks[p.s]&(mCue|mCueOcc|mCuePos) != 0 || d.toks[p.e-1].kind != tWord {
		return false
	}
	m, _ := r.match(r.people, d, p.s)
	return m != p.e-p.s
}

// nameTail returns the start of the capitalized name that ends the organization or location [s, e):
// the run of capitalized words before e, after the type word ("Tập đoàn Tân Hoàng Minh", "Trường
// THPT Nguyễn Huệ", "Trường Chu Văn An" → the last three words).
func (r *personRules) nameTail(d *pctx, s, e int) int {
	k := e
	for k > s && d.toks[k-1].kind == tWord && d.isCap(k-1) && !d.toks[k-1].is(fAllCaps) {
		if m, _ := r.match(r.blocks, d, k-1); m > 0 {
			break
		}
		if m, _ := r.match(r.orgHeads, d, k-1); m > 0 {
			break
		}
		k--
		if d.toks[k].is(fLineStart) || !d.toks[k].is(fSpaceBefore) {
			break
		}
	}
	return k
}

// dropLowerCased removes from people the names found by the name lists alone in a line whose capitals
// say nothing (a headline in capitals, an advertisement in Title Case) when the document writes the
// same words in lower case in a line where capitals do mean something: there they are ordinary words
// ("Sống Chung An Toàn Với Covid-19" … "sống chung an toàn với covid-19"; "Căn Nhà Hoàng Mai ,Hoàng
// Văn Thụ" … "căn nhà hoàng mai ,hoàng văn thụ", a street).
func (r *personRules) dropLowerCased(d *pctx, people []span, marks []uint8) []span {
	cand := false
	for _, p := range people {
		if cand = caselessCandidate(d, p, marks); cand {
			break
		}
	}
	if !cand || d.lower {
		return people
	}
	lowerAt := func(i int) bool {
		t := &d.toks[i]
		return t.kind == tWord && !t.is(fUpper|fCapsLine|fLowerLine) && marks[i]&mCaseless == 0
	}
	var words []uint64
	for i := range d.toks {
		for n := 2; n <= 4 && i+n <= len(d.toks) && lowerAt(i+n-1) && lowerAt(i); n++ {
			words = append(words, nameHash(d, i, i+n))
		}
	}
	if len(words) == 0 {
		return people
	}
	slices.Sort(words)
	return dropNamed(d, people, marks, words, func(p span) bool { return caselessCandidate(d, p, marks) })
}

// caselessCandidate reports whether p is a name of two words or more with no title or form of address
// before it, in a line whose capitals say nothing.
func caselessCandidate(d *pctx, p span, marks []uint8) bool {
	return p.e-p.s >= 2 && marks[p.s]&(mCue|mCueOcc|mCuePos) == 0 &&
		(marks[p.s]&mCaseless != 0 || d.toks[p.s].is(fCapsLine))
}

// dropCharacters removes from people, in a document that recounts an episode of a series ("tập 59",
// "Tập 12"), the one-syllable Vietnamese names after a form of address that are no short form of a
// full name of the document: there "ông Sinh", "lão Tấn", "bà Sa" are characters of the drama, which
// are not PERSON (docs/conventions.md), while its actors are named in full or by stage names.
func (r *personRules) dropCharacters(d *pctx, people []span, marks []uint8) []span {
	character := func(p span) bool {
		return p.e-p.s == 1 && marks[p.s]&mCue != 0 && d.toks[p.s].is(fAccented|fUpper) && d.vietSyl(p.s) &&
			!d.toks[p.s].is(fAllCaps)
	}
	cand := false
	for _, p := range people {
		if cand = character(p); cand {
			break
		}
	}
	if !cand || !episodeDoc(d) {
		return people
	}
	out := people[:0]
	for _, p := range people {
		if character(p) {
			short := false
			for _, q := range people {
				if q.e-q.s >= 2 && d.toks[q.e-1].lowH == d.toks[p.s].lowH && d.form(q.e-1) == d.form(p.s) {
					short = true
					break
				}
			}
			if !short {
				marks[p.s] &^= mPerson
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// episodeDoc reports whether the document speaks of an episode of a series: "tập" before a number.
func episodeDoc(d *pctx) bool {
	for i := 0; i+1 < len(d.toks); i++ {
		if d.toks[i+1].kind == tNum && d.form(i) == "tập" {
			return true
		}
	}
	return false
}
