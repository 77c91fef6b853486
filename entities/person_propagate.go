// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

// Names found with evidence (a surname, a cue, a first name) are found again wherever the same
// words stand alone in the document: a headline that says "Quang Hải" or "Ibrahimovic" names the
// person the lead introduces as "Nguyễn Quang Hải" or "Zlatan Ibrahimovic".

// nameHash hashes the forms of tokens [s, e) (FNV-1a, words separated): no allocation.
func nameHash(d *pctx, s, e int) uint64 {
	h := uint64(fnvOffset)
	for i := s; i < e; i++ {
		f := d.form(i)
		for k := 0; k < len(f); k++ {
			h ^= uint64(f[k])
			h *= fnvPrime
		}
		h ^= 0xff
		h *= fnvPrime
	}
	return h
}

// propagate adds the other mentions of the names in people and returns all of them in order.
func (r *personRules) propagate(d *pctx, people []span, marks []uint8, busy []bool) []span {
	if len(people) == 0 {
		return people
	}
	known := make(map[uint64]int8, 2*len(people))
	single := make(map[uint64]bool, len(people))
	maxLen := 0
	for _, p := range people {
		n := p.e - p.s
		if n > 4 {
			continue
		}
		known[nameHash(d, p.s, p.e)] = int8(n)
		if n > maxLen {
			maxLen = n
		}
		words := 0
		for k := p.s; k < p.e; k++ {
			if d.toks[k].kind == tWord {
				words++
			}
		}
		last := p.e - 1
		for last > p.s && d.toks[last-1].kind == tPunct { // "Jong-un": the whole hyphenated part
			last -= 2
		}
		if words >= 3 && d.vietSyl(p.e-1) && d.vietSyl(p.e-2) {
			// Vietnamese: the given name of two syllables ("Quang Hải", "Hai Long", "Thảo Vy")
			known[nameHash(d, p.e-2, p.e)] = 2
			if d.c(p.s)&wSurname != 0 {
				// and the last syllable alone, where a short form is used ("An chỉ đạo", "bị cáo An")
				single[nameHash(d, p.e-1, p.e)] = true
			}
		} else if words == 2 && d.c(p.s)&wSurname != 0 && d.vietSyl(p.e-1) {
			single[nameHash(d, p.e-1, p.e)] = true
		} else if words >= 2 && d.c(p.s)&wSurname == 0 && last > p.s {
			// foreign: the surname ("Biden", "Evra")
			if !d.vietSyl(last) || d.toks[last].is(fForeignShape) {
				known[nameHash(d, last, p.e)] = int8(p.e - last)
			}
			// and the first name, where it is a foreign one ("Bruno" of "Bruno Fernandes")
			if d.c(p.s)&wForeignGiven != 0 && d.toks[p.s+1].kind == tWord && !d.vietSyl(p.s) {
				if _, ok := known[nameHash(d, p.s, p.s+1)]; !ok {
					known[nameHash(d, p.s, p.s+1)] = 1
				}
			}
		}
		if words == 1 && n == 1 && !d.vietSyl(p.s) {
			known[nameHash(d, p.s, p.e)] = 1
		}
	}
	if maxLen < 2 {
		maxLen = 2
	}
	added := false
	for i := 0; i < len(d.toks); i++ {
		caps := d.toks[i].is(fCapsLine) && d.toks[i].kind == tWord
		if marks[i]&(mPerson|mTitle) != 0 || busy[i] || !d.isCap(i) && !caps {
			continue
		}
		if !caps && d.isCap(i-1) && d.toks[i].is(fSpaceBefore) && !d.toks[i].is(fLineStart) &&
			marks[i-1]&mTitle == 0 && !d.toks[i-1].is(fSentStart) {
			continue // inside a longer capitalized run
		}
		if !caps && !r.inName(d, i) && single[nameHash(d, i, i+1)] && r.shortFormAt(d, i, marks[i]&(mCue|mCuePos|mCueOcc) != 0, busy) {
			people = addPerson(people, marks, i, i+1)
			added = true
			continue
		}
		for n := maxLen; n >= 1; n-- {
			e := i + n
			if e > len(d.toks) || d.toks[e-1].kind != tWord {
				continue
			}
			if v, ok := known[nameHash(d, i, e)]; !ok || int(v) != n {
				continue
			}
			ok := true
			for k := i; k < e; k++ {
				if busy[k] || marks[k]&(mPerson|mTitle) != 0 || k > i && d.toks[k].is(fLineStart) {
					ok = false
				}
			}
			if ok && (d.c(i)&wSurname != 0 || quoteStart(d, i) >= 0) && r.blocked(d, i) {
				ok = false
			}
			if !ok || !caps && e < len(d.toks) && d.isCap(e) && !d.toks[e].is(fAllCaps) && d.toks[e].is(fSpaceBefore) &&
				!d.toks[e].is(fLineStart) && d.c(e)&wStop == 0 {
				continue
			}
			people = addPerson(people, marks, i, e)
			added = true
			i = e - 1
			break
		}
	}
	if added {
		sortByStart(people)
	}
	return people
}

// inName reports whether token i stands next to another capitalized word (a longer name: "Long An").
func (r *personRules) inName(d *pctx, i int) bool {
	t := &d.toks[i]
	if i > 0 && d.isCap(i-1) && t.is(fSpaceBefore) && !t.is(fLineStart) && !d.toks[i-1].is(fSentStart) {
		return true
	}
	return i+1 < len(d.toks) && d.isCap(i+1) && d.toks[i+1].is(fSpaceBefore) && !d.toks[i+1].is(fLineStart)
}

// shortFormAt reports whether the given name at token i, alone, is used as a short form of a full
// name: inside a sentence, or at its start before a verb or a function word ("An chỉ đạo cấp dưới").
// cued says a title or a form of address stands right before it: then a given name that is also an
// organization word is the name when a lower-case word follows ("Phó Chủ tịch Khoa thừa nhận").
func (r *personRules) shortFormAt(d *pctx, i int, cued bool, busy []bool) bool {
	if busy[i] || r.placeEnd(d, i) > 0 || i+1 < len(d.toks) && d.toks[i+1].kind == tWord && !d.toks[i+1].is(fSpaceBefore) {
		return false
	}
	lowerAfter := i+1 < len(d.toks) && d.toks[i+1].kind == tWord && !d.toks[i+1].is(fUpper|fAllCaps|fLineStart)
	for _, l := range [...]plex{r.orgHeads, r.blocks, r.titles, r.stops, r.verbs, r.cues} {
		if m, _ := r.match(l, d, i); m > 0 && !(cued && lowerAfter && m == 1 && (l == r.orgHeads || l == r.blocks)) {
			return false // "Chính phủ", "Thành ủy", "Chương trình"
		}
	}
	if !d.toks[i].is(fSentStart) {
		return true
	}
	if i+1 >= len(d.toks) || d.toks[i+1].is(fLineStart) {
		return false
	}
	if m, _ := r.match(r.verbs, d, i+1); m > 0 {
		return true
	}
	if m, _ := r.match(r.stops, d, i+1); m > 0 {
		return true
	}
	return d.c(i+1)&wStop != 0 && d.form(i+1) != "và"
}

// headlineCopy adds the people of the headline (the first line) again where a later sentence repeats
// it in lower case, word for word up to diacritics: some sites append such a copy to their lead
// (". vợ 9x của minh tiệp từng nói gì …", ". ngân quỳnh - bỏ cải lương …"), and a name written in lower
// case is found nowhere else. It returns people, in order.
func (r *personRules) headlineCopy(d *pctx, people []span, marks []uint8, busy []bool) []span {
	h := 0 // the headline's tokens: [0, h)
	for h < len(d.toks) && (h == 0 || !d.toks[h].is(fLineStart)) {
		h++
	}
	n0 := len(people)
	if h < 4 || n0 == 0 || people[0].s >= h {
		return people
	}
	for p := h + 1; p+h <= len(d.toks); p++ {
		t := &d.toks[p]
		if t.kind != tWord || t.keyH != d.toks[0].keyH || t.is(fUpper|fAllCaps) || d.toks[p-1].kind != tPunct {
			continue
		}
		if w := d.word(p - 1); w != "." && w != "?" && w != "!" {
			continue
		}
		same := true
		for k := 1; k < h && same; k++ {
			same = d.toks[p+k].keyH == d.toks[k].keyH && !d.toks[p+k].is(fUpper|fLineStart)
		}
		if !same {
			continue
		}
		for _, sp := range people[:n0] {
			if sp.s >= h {
				break
			}
			free := true
			for k := p + sp.s; k < p+sp.e; k++ {
				free = free && !busy[k] && marks[k]&(mPerson|mTitle) == 0
			}
			if free {
				people = addPerson(people, marks, p+sp.s, p+sp.e)
			}
		}
		p += h - 1
	}
	sortIfGrown(people, n0)
	return people
}
