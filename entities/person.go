// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vietner/vietner/normalize"
)

// personRules finds PERSON and TITLE entities and links titles to people. Everything in it is built
// once by newPersonRules and only read afterwards.
type personRules struct {
	words       wordSet // name syllables, foreign first names, stop words, modifiers
	titles      plex    // TITLE phrases, kind in lexEntry.kind
	titleSuffix plex    // words after a title that belong to it (thường trực)
	cues        plex    // forms of address (kind "address") and legal roles (kind "legal")
	verbs       plex    // reporting verbs
	blocks      plex    // street, school, prize … words: a name after them is not a PERSON
	orgHeads    plex    // organization words a title extends over
	places      plex    // place names that look like personal names
	stops       plex    // multi-word stops of an organization phrase
	people      plex    // well-known people and the caller's own
	acts        plex    // verbs that take a person as object: not a title's field ("khen ngợi")
}

func newPersonRules(n normalize.Normalizer, people, titles []GazetteerEntry) (*personRules, error) {
	r := &personRules{words: newWordSet(), titles: plex{newLexicon(), wLexTitles},
		titleSuffix: plex{newLexicon(), wLexTitleSuffix}, cues: plex{newLexicon(), wLexCues},
		verbs: plex{newLexicon(), wLexVerbs}, blocks: plex{newLexicon(), wLexBlocks},
		orgHeads: plex{newLexicon(), wLexOrgHeads}, places: plex{newLexicon(), wLexPlaces},
		stops: plex{newLexicon(), wLexStops}, people: plex{newLexicon(), wLexPeople},
		acts: plex{newLexicon(), wLexActs}}
	tsvLines(surnamesTSV, func(f []string) {
		c := wSurname
		if len(f) > 1 && len(f[1]) >= 2 && f[1] >= "50" || len(f[1]) >= 3 {
			c |= wTopSurname
		}
		r.words.add(n, f[0], c)
	})
	tsvLines(namesTSV, func(f []string) {
		var c uint32
		if len(f) > 1 && strings.Contains(f[1], "m") {
			c |= wMiddle
		}
		if len(f) > 1 && strings.Contains(f[1], "g") {
			c |= wGiven
		}
		r.words.add(n, f[0], c)
	})
	tsvLines(foreignTSV, func(f []string) {
		if len(f) > 1 && f[1] == "s" {
			r.words.add(n, f[0], wAsianSurname)
		} else {
			r.words.add(n, f[0], wForeignGiven)
		}
	})
	for _, t := range titles {
		kind := t.Kind
		if kind == "" {
			kind = "position"
		}
		r.addTo(n, r.titles, t.Text, lexEntry{typ: Title, kind: kind})
	}
	tsvLines(titlesTSV, func(f []string) {
		if len(f) < 2 {
			return
		}
		p := n.String(f[0])
		r.addTo(n, r.titles, p, lexEntry{typ: Title, kind: f[1]})
		if f[1] == "position" && !strings.HasPrefix(p, "phó ") {
			r.addTo(n, r.titles, "phó "+p, lexEntry{typ: Title, kind: f[1]})
		}
	})
	for _, s := range []string{"thường trực", "thứ nhất", "danh dự", "phụ trách", "điều hành", "luân phiên", "đương nhiệm", "trưởng", "đắc cử"} {
		r.addTo(n, r.titleSuffix, n.String(s), lexEntry{typ: Title})
	}
	tsvLines(cuesTSV, func(f []string) {
		if len(f) < 2 {
			return
		}
		p := n.String(f[1])
		switch f[0] {
		case "address", "legal", "notcue":
			r.addTo(n, r.cues, p, lexEntry{typ: Person, kind: f[0]})
			if f[0] == "address" && !strings.Contains(p, " ") {
				r.words.add(n, p, wAddress)
			}
		case "verb":
			r.addTo(n, r.verbs, p, lexEntry{typ: Person})
		case "act":
			r.addTo(n, r.acts, p, lexEntry{typ: Person})
		case "block":
			r.addTo(n, r.blocks, p, lexEntry{typ: Location})
		case "orghead":
			r.addTo(n, r.orgHeads, p, lexEntry{typ: Organization})
		case "place":
			r.addTo(n, r.places, p, lexEntry{typ: Location})
		case "stop":
			if strings.Contains(p, " ") {
				r.addTo(n, r.stops, p, lexEntry{})
			} else {
				r.words.add(n, p, wStop)
			}
		case "nation":
			r.words.add(n, p, wNation)
		case "admin":
			r.words.add(n, p, wAdminUnit)
		case "orgword":
			r.words.add(n, p, wOrgWord)
		case "mod":
			r.words.add(n, p, wMod)
		case "plural":
			r.words.add(n, p, wPlural)
		}
	})
	tsvLines(placesTSV, func(f []string) { r.addTo(n, r.places, n.String(f[0]), lexEntry{typ: Location}) })
	tsvLines(peopleTSV, func(f []string) { r.addTo(n, r.people, n.String(f[0]), lexEntry{typ: Person}) })
	for _, p := range people {
		r.addTo(n, r.people, p.Text, lexEntry{typ: Person, norm: p.Norm})
	}
	return r, nil
}

// find adds the PERSON and TITLE spans of d.
func (r *personRules) find(dd *doc) {
	nt := len(dd.toks)
	if nt == 0 {
		return
	}
	d := r.context(dd)
	// marks[i]: token i is inside an organization or location (busy), inside a title, inside a
	// person, or a name may start there (after a title or a form of address).
	var marks []uint8
	var busy []bool
	if d.sc != nil {
		marks, busy = reuse(&d.sc.marks, nt), reuse(&d.sc.busy, nt)
	} else {
		marks, busy = make([]uint8, nt), make([]bool, nt)
	}
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.typ == Organization || sp.typ == Location {
			for i := sp.s; i < sp.e; i++ {
				busy[i] = true
			}
		}
	}
	d.index()
	markCaseless(d, marks)
	// titles and cues
	var titles, people []span
	if d.sc != nil {
		titles, people = d.sc.titles[:0], d.sc.people[:0]
		defer func() { d.sc.titles, d.sc.people = titles[:0], people[:0] }()
	}
	for i := 0; i < nt; i++ {
		// (a title or a cue starts with a word that has its lexicon's bit: most words have neither)
		if busy[i] || d.toks[i].kind != tWord || d.c(i)&(r.titles.bit|r.cues.bit) == 0 {
			continue
		}
		if sp, ok := r.titleAt(d, i, busy); ok {
			titles = append(titles, sp)
			for k := sp.s; k < sp.e; k++ {
				marks[k] |= mTitle
			}
			if sp.e < nt && !d.toks[sp.e].is(fLineStart) {
				at := sp.e
				if sp.kind == "occupation" && yearAt(d.doc, at) && at+1 < nt && !d.toks[at+1].is(fLineStart) {
					at++ // "Hoa hậu Việt Nam 2020 Đỗ Thị Hà": the year of the contest, then the name
				}
				if sp.kind == "occupation" {
					marks[at] |= mCueOcc
				} else {
					marks[at] |= mCuePos
				}
			}
			i = sp.e - 1
			continue
		}
		if m, e := r.match(r.cues, d, i); m > 0 && i+m < nt && !d.toks[i+m].is(fLineStart) {
			if m == 1 && d.isCap(i) && !d.toks[i].is(fSentStart) && d.c(i)&(wMiddle|wGiven) != 0 && d.isCap(i+1) {
				continue // "du học, Anh Tuấn nhiều lần …": a name, not a form of address
			}
			if d.isCap(i) && i > 0 && d.isCap(i-1) && d.toks[i].is(fSpaceBefore) && !d.toks[i].is(fLineStart) {
				i += m - 1
				continue // "Hair Salon Mẹ Ớt": inside a name
			}
			switch e.kind {
			case "address":
				marks[i+m] |= mCue
			case "legal":
				marks[i+m] |= mCueOcc
			}
			i += m - 1
		}
	}
	// names
	for i := 0; i < nt; i++ {
		if busy[i] || marks[i]&mTitle != 0 || d.toks[i].kind != tWord ||
			!d.toks[i].is(fUpper) && !d.gazMode(i) && marks[i]&mCaseless == 0 {
			continue
		}
		cue := marks[i] & (mCue | mCueOcc | mCuePos)
		if cue != 0 && d.isCap(i) {
			// a country between a title and a name: "Tổng thống Mỹ Joe Biden"
			if m, _ := r.match(r.places, d, i); m > 0 && i+m < nt && d.isCap(i+m) && (m > 1 || cue&mCuePos != 0) &&
				r.personAt(d, i, cue, busy) <= i+m {
				marks[i+m] |= cue
				i += m - 1
				continue
			}
		}
		var e int
		if marks[i]&mCaseless != 0 {
			if e = r.initials(d, i); e <= i {
				e = r.gazName(d, i, cue != 0, busy)
			}
		} else {
			e = r.personAt(d, i, cue, busy)
		}
		if e > i {
			people = addPerson(people, marks, i, e)
			i = e - 1
		}
	}
	people = r.repeated(d, people, marks, busy)
	people = r.propagate(d, people, marks, busy)
	people = r.coordinate(d, people, marks, busy)
	r.nicknames(d, people, busy)
	people = r.quotedNicknames(d, people, marks, busy)
	r.firstInitials(d, people, marks, busy)
	people = r.dropThingNames(d, people, marks, busy)
	people = r.dropLowerCased(d, people, marks)
	people = r.dropCharacters(d, people, marks)
	people = r.headlineCopy(d, people, marks, busy)
	for _, sp := range people {
		d.add(sp)
	}
	var starts []bool
	for _, sp := range titles {
		if sp.kind == "position" {
			sp.e = r.extendOverBrand(d, sp.e, marks, busy)
		}
		if sp.kind == "position" || sp.kind == "occupation" {
			if starts == nil {
				if d.sc != nil {
					starts = reuse(&d.sc.starts, nt+1)
				} else {
					starts = make([]bool, nt+1)
				}
				for _, p := range people {
					starts[p.s] = true
				}
			}
			sp.e = r.extendOverField(d, sp.e, starts, busy)
			if sp.kind == "occupation" {
				sp.e = r.extendOverYear(d, sp.s, sp.e, starts)
			}
			sp.e = r.extendOverOwner(d, sp.e, starts, marks)
		}
		d.add(sp)
	}
}

// Marks of find.
const (
	mCue    uint8 = 1 << iota // after a form of address
	mCueOcc                   // after an occupation or a legal role
	mCuePos                   // after a position, rank or academic title
	mTitle
	mPerson
	mCaseless // in a line with Every Word Capitalized: capitals say nothing there
)

// markCaseless marks the tokens of lines where nearly every word is capitalized (advertisements,
// headlines in title case), where names are found by the gazetteers alone.
func markCaseless(d *pctx, marks []uint8) {
	for s := 0; s < len(d.toks); {
		e := s + 1
		for e < len(d.toks) && !d.toks[e].is(fLineStart) {
			e++
		}
		words, caps := 0, 0
		for i := s; i < e; i++ {
			t := &d.toks[i]
			if t.kind == tWord && !t.is(fHasDigit) {
				words++
				if t.is(fUpper) {
					caps++
				}
			}
		}
		if words >= 8 && caps*10 >= words*8 && !d.toks[s].is(fCapsLine) {
			for i := s; i < e; i++ {
				marks[i] |= mCaseless
			}
		}
		s = e
	}
}

// isCap reports whether token i is a capitalized word in a line of mixed case (where capitals carry
// information).
func (d *doc) isCap(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := &d.toks[i]
	return t.kind == tWord && t.is(fUpper) && !t.is(fCapsLine|fLowerLine|fHasDigit) && !d.lower
}

// gazMode reports whether token i is in a line whose capitals say nothing (a headline in capitals,
// or text with none), where names are found by the gazetteers alone.
func (d *doc) gazMode(i int) bool {
	return d.lower || d.toks[i].is(fCapsLine|fLowerLine)
}

// nameWord reports whether token i can continue a Vietnamese name: a capitalized word that is a
// Vietnamese syllable (or one capital letter, "Nguyễn Văn A"), not a capitalized stop word.
func (r *personRules) nameWord(d *pctx, i int) bool {
	if !d.isCap(i) || !d.toks[i].is(fSpaceBefore) || d.toks[i].is(fLineStart) {
		return false
	}
	t := &d.toks[i]
	if t.is(fAllCaps) {
		return false
	}
	if t.end-t.start == 1 {
		return true
	}
	c := d.c(i)
	if c&(wMiddle|wGiven|wSurname) != 0 {
		return true
	}
	return c&wStop == 0 && d.vietSyl(i)
}

// nameStart reports whether a Vietnamese full name (surname and one more name syllable) starts at i.
func (r *personRules) nameStart(d *pctx, i int) bool {
	if i+1 >= len(d.toks) || !d.isCap(i) || d.c(i)&wSurname == 0 {
		return false
	}
	if !r.nameWord(d, i+1) {
		return false
	}
	// a known middle or given syllable, or three syllables: "Thích Phổ Tuệ"
	return d.c(i+1)&(wMiddle|wGiven) != 0 || i+2 < len(d.toks) && r.nameWord(d, i+2) && d.c(i+2)&wGiven != 0
}

// unlistedSurname reports whether the capitalized word at i is a surname missing from the lists because
// "Thị" follows it as the middle name, with a given name after: "Moong Thị Xúm", "Lo Thị Căm" (names of
// ethnic minorities). "Thị" is capitalized inside a sentence only in a name.
func (r *personRules) unlistedSurname(d *pctx, i int) bool {
	if i+2 >= len(d.toks) || !d.isCap(i) || d.toks[i].is(fAllCaps) || d.form(i+1) != "thị" || !r.nameWord(d, i+1) ||
		!r.nameWord(d, i+2) || d.c(i)&(wStop|wNation|wAddress|wOrgWord|wAdminUnit) != 0 {
		return false
	}
	for _, l := range [...]plex{r.orgHeads, r.blocks, r.titles, r.places, r.cues} {
		if m, _ := r.match(l, d, i); m > 0 {
			return false
		}
	}
	return true
}

// personAt returns the end of a PERSON starting at token i, or 0. cue says a title or a form of
// address stands right before i (mCue, mCuePos).
func (r *personRules) personAt(d *pctx, i int, cue uint8, busy []bool) int {
	e := r.personRule(d, i, cue, busy)
	if m, _ := r.match(r.people, d, i); i+m > e && !busy[i] {
		for k := i; k < i+m; k++ {
			if busy[k] {
				return e
			}
		}
		return i + m
	}
	return e
}

// personRule applies the rules of personAt.
func (r *personRules) personRule(d *pctx, i int, cue uint8, busy []bool) int {
	cued := cue != 0
	if d.gazMode(i) {
		if e := r.initials(d, i); e > i {
			return e
		}
		return r.gazName(d, i, cued, busy)
	}
	if !d.isCap(i) || d.toks[i].is(fAllCaps) && d.toks[i].end-d.toks[i].start > 1 {
		return r.initials(d, i)
	}
	c := d.c(i)
	if c&wAddress != 0 && !cued && d.isCap(i+1) {
		// "Ông Nguyễn Đức Tài": the name starts after the form of address; but a capitalized
		// address word inside a sentence that is also a name syllable starts the name: "Anh Tuấn"
		if d.toks[i].is(fSentStart) || c&(wMiddle|wGiven) == 0 || d.c(i+1)&(wMiddle|wGiven) == 0 {
			return 0
		}
		if j := i + 1; j+1 >= len(d.toks) || !d.isCap(j+1) || !d.toks[j+1].is(fSpaceBefore) {
			return j + 1
		}
		if r.nameWord(d, i+2) && d.c(i+2)&(wMiddle|wGiven) != 0 {
			return i + 3
		}
		return 0
	}
	placeEnd := r.placeEnd(d, i)
	// a Vietnamese name: surname and up to three more name syllables
	if c&wSurname != 0 || r.unlistedSurname(d, i) {
		j := i + 1
		for words := 1; words < 4 && j < len(d.toks) && (!busy[j] || d.locInside(i, j)) && r.nameWord(d, j); words++ {
			j = apostropheSyllable(d, j)
		}
		// a capitalized function word after a middle name ends the name: "Phan Văn Mãi"
		if j == i+2 && j < len(d.toks) && d.c(i+1)&wMiddle != 0 && d.c(j)&wStop != 0 && d.isCap(j) && d.toks[j].is(fSpaceBefore) &&
			!d.toks[j].is(fLineStart|fAllCaps) && d.vietSyl(j) && !d.isCap(j+1) {
			j++
		}
		if c&wAsianSurname != 0 { // "Kim Go Eun"
			if e, foreign, hyphen := r.capRun(d, i, 4, busy); e > j && (foreign > 0 || hyphen) {
				j = e
			}
		}
		if placeEnd > i && placeEnd < j && r.nameStart(d, placeEnd) {
			return 0 // "Hà Nội Nguyễn Văn A": the name starts after the place
		}
		if j > i+1 && !cued && j-i == 2 {
			if m, _ := r.match(r.orgHeads, d, i); m == 1 {
				j = i // "Đoàn Luật sư", "Đoàn Doanh nghiệp": an organization
			}
		}
		if j > i+1 && !cued && i > 0 && d.isCap(i-1) && d.toks[i].is(fSpaceBefore) && !d.toks[i].is(fLineStart) &&
			!d.toks[i-1].is(fSentStart|fAllCaps) && d.c(i-1)&(wForeignGiven|wSurname) == 0 && r.nameWord(d, i-1) {
			return 0 // "Tân Hoàng Minh": part of a longer name (a company, a stage name)
		}
		if j > i+1 && (placeEnd < j || cue&mCuePos != 0 && placeEnd-i >= 3) {
			if !cued {
				if r.blocked(d, i) {
					return 0
				}
			}
			return j
		}
	}
	if placeEnd > 0 && !cued {
		return 0
	}
	if e := r.initials(d, i); e > i {
		return e
	}
	j, foreign, hyphen := r.capRun(d, i, 5, busy)
	if j == i {
		return 0
	}
	if c&wAsianSurname != 0 && c&(wSurname|wMiddle|wGiven) == 0 && j-i >= 3 && r.accentedName(d, i+1, j) {
		return 0 // "bé Heo Minh Hằng": a nickname before a Vietnamese name, no Korean surname
	}
	for q := i; q < j; q++ {
		if d.c(q)&wOrgWord != 0 {
			return 0 // "Sun Group", "Vietnam Airlines", "Toyota Camry"
		}
		if q > i && c&wForeignGiven == 0 && d.c(q)&wForeignGiven != 0 && q+1 < j && d.toks[q].is(fSpaceBefore) {
			return 0 // "Aquaman Amber Heard": the name starts at Amber
		}
	}
	if cued {
		if m, _ := r.match(r.orgHeads, d, i); m > 0 {
			return 0
		}
		if placeEnd >= j && !(cue&mCueOcc != 0 && placeEnd == j && j-i >= 2 && r.nameSyllables(d, i, j)) {
			return 0 // "NSND Lệ Thủy": a district name the locations did not take is a name after an occupation
		}
		if j == i+1 && (c&(wStop|wAddress|wLexBlocks|wLexOrgHeads) != 0 || camel(d.word(i)) ||
			c&wNation != 0 && c&(wMiddle|wGiven) == 0) {
			return 0 // "nhà quản lý FromSoftware", "Á quân Đường lên đỉnh", "Chồng Tây"
		}
		// "chị G. luôn thấy": an anonymized name keeps its full stop
		if j == i+1 && d.toks[i].end-d.toks[i].start == 1 && j+1 < len(d.toks) && d.word(j) == "." &&
			!d.toks[j].is(fSpaceBefore) && d.toks[j+1].kind == tWord && !d.toks[j+1].is(fUpper) {
			return j + 1
		}
		if cue&mCue == 0 {
			// after a title, a name is a Vietnamese name (found above), a foreign name, a stage
			// name after an occupation, or one word that speaks ("Tổng thống Biden nói")
			if j == i+1 {
				m, _ := r.match(r.verbs, d, j)
				after := j >= len(d.toks) || d.toks[j].kind == tPunct || d.c(j)&wStop != 0
				// an East Asian surname or a foreign first name alone: "HLV Park", "Tổng thống Moon"
				asian := c&(wAsianSurname|wForeignGiven) != 0 && c&(wMiddle|wGiven|wSurname|wNation) == 0
				if m == 0 && !asian && !(cue&mCueOcc != 0 && after && !d.toks[i].is(fAllCaps) && c&wNation == 0) {
					return 0
				}
			} else if foreign == 0 && c&(wForeignGiven|wAsianSurname) == 0 && cue&mCueOcc == 0 &&
				!(j-i <= 3 && j < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].is(fUpper) && r.stageName(d, i, j)) {
				return 0
			}
		}
		return j
	}
	if j-i >= 2 && c&wForeignGiven != 0 && !r.blocked(d, i) {
		return j
	}
	if j-i >= 2 && c&wAsianSurname != 0 && (hyphen || foreign > 0) {
		return j
	}
	// a stage name of two or three name syllables standing alone ("Thu Thủy mừng sinh nhật",
	// "… của Diệu Nhi"): a run of capitalized words that are all name syllables, ending in a given
	// name, followed by a lower-case word
	if j-i >= 2 && j-i <= 3 && foreign == 0 && j < len(d.toks) && d.toks[j].kind == tWord &&
		!d.toks[j].is(fUpper) && !r.blocked(d, i) && r.stageName(d, i, j) {
		return j
	}
	// the same at the start of a line, before the colon or dash that opens what the person says or
	// is: "Minh Hằng: Tôi sẽ …", "Ngân Quỳnh - Bỏ cải lương …"
	// (an administrative unit is no name there: "Yên Dũng: …")
	if j-i >= 2 && j-i <= 3 && foreign == 0 && d.toks[i].is(fLineStart) && speakerMark(d, j) &&
		!r.blocked(d, i) && r.stageName(d, i, j) {
		if m, _ := d.x.locs.local.longest(d.doc, i); m < j-i {
			return j
		}
	}
	// two stage names written back to back, with no surname ("đẩy thuyền Thúy Ngân Trung Dũng:"):
	// four name syllables, each pair ending in a given name
	if j-i == 4 && foreign == 0 && c&wSurname == 0 && d.c(i+2)&wSurname == 0 && (j >= len(d.toks) || !d.isCap(j)) &&
		!r.blocked(d, i) && r.stageName(d, i, i+2) && r.stageName(d, i+2, j) {
		return i + 2
	}
	if j-i == 2 && foreign == 0 && i >= 2 && d.isCap(i-1) && d.isCap(i-2) && d.toks[i].is(fSpaceBefore) &&
		!d.toks[i].is(fLineStart|fSentStart) && (j >= len(d.toks) || !d.isCap(j)) && d.c(i-2)&wSurname == 0 &&
		(i < 3 || !d.isCap(i-3) || d.toks[i-2].is(fLineStart)) && r.stageName(d, i-2, i) && r.stageName(d, i, j) {
		return j // the second of two stage names back to back
	}
	// an English given name and a Vietnamese or East Asian surname: "Jun Phạm", "Kin Nguyễn", "Wendy
	// Phạm", "Honey Lee"
	if j-i == 2 && foreign > 0 && !d.vietSyl(i) && d.c(i+1)&(wTopSurname|wAsianSurname) != 0 && !d.toks[i].is(fAllCaps) &&
		c&wOrgWord == 0 && !camel(d.word(i)) {
		return j
	}
	// before a reporting verb: "Joe Biden nói", "Nguyễn Văn An cho biết"
	if j-i >= 2 && j < len(d.toks) && !r.blocked(d, i) {
		if m, _ := r.match(r.verbs, d, j); m > 0 && (foreign == j-i || foreign > 0 && hyphen) {
			return j
		}
	}
	if j == i+1 && r.clauseSubject(d, i, busy) {
		return j
	}
	// a foreign first name alone inside a sentence, with a lower-case word after it and no capitalized
	// word before it: "… cho rằng Wendy nên cho mẹ nghỉ ngơi"
	if j == i+1 && c&wForeignGiven != 0 && !d.vietSyl(i) && !d.toks[i].is(fSentStart|fLineStart|fAllCaps) &&
		!d.isCap(i-1) && j < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].is(fUpper|fAllCaps|fLineStart) &&
		d.toks[j].is(fSpaceBefore) && r.lonePersonWord(d, i) && !r.blocked(d, i) {
		return j
	}
	// a given name, alone or with a middle name, before the age or the year of birth in brackets:
	// "Quang (20 tuổi) dùng dao …", "… là Văn Thắng (SN 1995)"
	if j-i <= 2 && foreign == 0 && !hyphen && ageAfter(d, j) && !r.blocked(d, i) &&
		(j == i+1 && c&wGiven != 0 && d.vietSyl(i) && r.lonePersonWord(d, i) || j == i+2 && r.stageName(d, i, j)) {
		return j
	}
	return 0
}

// apostropheSyllable returns the end of the name syllable at token j: one capital letter joined by an
// apostrophe to a capitalized word is one syllable of the names of the Central Highlands ("Ksor H'Bơ
// Khăp", "Siu H'Mai", "Điểu K'Ré"); any other word ends at j+1.
func apostropheSyllable(d *pctx, j int) int {
	if t := &d.toks[j]; t.end-t.start == 1 && j+2 < len(d.toks) && d.adjacent(j) && d.adjacent(j+1) {
		if w := d.word(j + 1); (w == "'" || w == "’") && d.toks[j+2].kind == tWord && d.toks[j+2].is(fUpper) &&
			!d.toks[j+2].is(fAllCaps|fHasDigit) {
			return j + 3
		}
	}
	return j + 1
}

// speakerMark reports whether token j is a colon, or a dash between spaces, after a name that begins
// a line.
func speakerMark(d *pctx, j int) bool {
	if j+1 >= len(d.toks) || d.toks[j].kind != tPunct || d.toks[j+1].is(fLineStart) {
		return false
	}
	switch d.word(j) {
	case ":":
		return !d.toks[j].is(fSpaceBefore)
	case "-", "–", "—":
		return d.toks[j].is(fSpaceBefore) && d.toks[j+1].is(fSpaceBefore)
	}
	return false
}

// ageAfter reports whether the age or the year of birth of a person follows token j in brackets:
// "(22 tuổi", "(SN 1990", "(sinh năm 1990".
func ageAfter(d *pctx, j int) bool {
	if j+2 >= len(d.toks) || d.word(j) != "(" {
		return false
	}
	k := j + 1
	switch {
	case d.toks[k].kind == tNum:
		return d.toks[k+1].kind == tWord && d.form(k+1) == "tuổi"
	case d.form(k) == "sn":
		k++
	case d.form(k) == "sinh" && d.form(k+1) == "năm":
		k += 2
	default:
		return false
	}
	if k < len(d.toks) && (d.word(k) == ":" || d.word(k) == ".") { // "(SN: 1990", "(SN. 1990"
		k++
	}
	return k < len(d.toks) && yearAt(d.doc, k)
}

// lonePersonWord reports whether the capitalized word at i, alone, can be a person's given name: no
// place, people, organization head, title, cue, function word or common noun of the organization and
// place lists.
func (r *personRules) lonePersonWord(d *pctx, i int) bool {
	c := d.c(i)
	if c&(wNation|wStop|wAddress|wOrgWord) != 0 || r.placeEnd(d, i) > 0 {
		return false
	}
	for _, l := range [...]plex{r.orgHeads, r.blocks, r.titles, r.stops, r.verbs, r.cues} {
		if m, _ := r.match(l, d, i); m > 0 {
			return false
		}
	}
	for _, l := range [...]*lexicon{d.x.orgs.types, d.x.orgs.words, d.x.orgs.depts, d.x.orgs.gaz, d.x.locs.units} {
		if m, _ := l.longest(d.doc, i); m > 1 {
			return false
		}
	}
	return true
}

// clauseSubject reports whether the capitalized word at i is a given name standing alone as the
// subject of a clause that a comma opens inside a sentence: "Sau khi sát hại 3 người thân, Hiếu đã
// dùng …". The word before the comma is a lower-case word (a clause, not a list of names or places),
// the words after the name start a predicate (predicateAt), and the name is a given name that can
// stand alone (lonePersonWord).
func (r *personRules) clauseSubject(d *pctx, i int, busy []bool) bool {
	if i < 2 || i+1 >= len(d.toks) || busy[i] || busy[i+1] || d.word(i-1) != "," || d.toks[i-2].kind != tWord ||
		d.toks[i-2].is(fUpper|fAllCaps) || d.toks[i].is(fSentStart|fLineStart|fAllCaps) {
		return false
	}
	if d.c(i)&wGiven == 0 || !d.vietSyl(i) || !r.lonePersonWord(d, i) {
		return false
	}
	return r.predicateAt(d, i+1)
}

// predicateAt reports whether a predicate starts at token j, after a name: a lower-case function
// word (đã, vẫn, bị …), reporting verb or verb that takes a person, with a space before it.
func (r *personRules) predicateAt(d *pctx, j int) bool {
	if j >= len(d.toks) {
		return false
	}
	if n := &d.toks[j]; n.kind != tWord || n.is(fUpper|fAllCaps|fLineStart) || !n.is(fSpaceBefore) {
		return false
	}
	if d.c(j)&wStop != 0 {
		return true
	}
	for _, l := range [...]plex{r.stops, r.verbs, r.acts} {
		if m, _ := r.match(l, d, j); m > 0 {
			return true
		}
	}
	return false
}

// placeEnd returns the end of a place name that looks like a personal name and that token i starts
// or continues ("Hà Nội", "Bà Rịa", "Hai Bà Trưng"), or 0.
func (r *personRules) placeEnd(d *pctx, i int) int {
	for k := i; k >= 0 && k >= i-2; k-- {
		if k < i && (d.toks[k+1].is(fLineStart) || !d.toks[k].is(fUpper|fAllCaps)) {
			break
		}
		if m, _ := r.match(r.places, d, k); m > i-k {
			return k + m
		}
	}
	return 0
}

// capRun returns the end of the run of capitalized words starting at i (at most max words, hyphenated
// parts joined: "Park Hang-seo", "Kim Jong-un"), with the number of words that are not Vietnamese
// syllables and whether a hyphen joined parts. busy may be nil.
func (r *personRules) capRun(d *pctx, i, max int, busy []bool) (end, foreign int, hyphen bool) {
	j, words := i, 0
	for j < len(d.toks) && words < max && (busy == nil || !busy[j]) {
		if j > i && (d.toks[j].is(fLineStart) || !d.toks[j].is(fSpaceBefore)) {
			break
		}
		if j > i && d.c(i)&wForeignGiven != 0 {
			if p := particles(d, j); p > 0 && !d.vietSyl(j+p) {
				j += p // "Mohammed bin Salman", "Robin van Persie", "Frenkie de Jong", "Ursula von der Leyen"
				continue
			}
		}
		if j > i && j+2 < len(d.toks) && arabicArticle(d.word(j)) && d.toks[j].is(fSpaceBefore) &&
			d.word(j+1) == "-" && d.adjacent(j) && d.adjacent(j+1) && d.toks[j+2].is(fUpper) && !d.toks[j+2].is(fAllCaps) {
			j += 3 // "Bashar al-Assad", "Abdel Fattah el-Sisi"
			words++
			foreign++
			continue
		}
		if !d.isCap(j) || j > i && (d.c(j)&wStop != 0 || d.toks[j].is(fAllCaps) && roman(d.word(j)) == 0) {
			break
		}
		// an organization word ends the name, unless it is a given name with no name after it:
		// "nhà báo Khổ Gia Trường tiếp tục …"
		if m, _ := r.match(r.orgHeads, d, j); m > 0 && j > i && !(m == 1 && d.c(j)&wGiven != 0 && !d.isCap(j+1)) {
			break
		}
		if !d.vietSyl(j) || d.toks[j].is(fForeignShape) {
			foreign++
		}
		j++
		words++
		// hyphenated parts: Jong-un, Hang-seo, Jae-in; apostrophes: H'Hen Niê
		for j+1 < len(d.toks) && (d.word(j) == "-" || d.word(j) == "'" || d.word(j) == "’") && !d.toks[j].is(fSpaceBefore) && d.adjacent(j) {
			k := j + 1
			if d.word(j) != "-" && (d.word(k) == "'" || d.word(k) == "’") && k+1 < len(d.toks) && d.adjacent(k) {
				k++ // a doubled apostrophe: "H''Hen Niê"
			}
			if d.toks[k].kind != tWord || d.toks[k].is(fHasDigit|fAllCaps) || r.titleStart(d, k) {
				break
			}
			j = k + 1
			hyphen = true
		}
	}
	return j, foreign, hyphen
}

// initials matches abbreviated names of single capital letters joined by full stops: "H.T.P", "N.V.A".
func (r *personRules) initials(d *pctx, i int) int {
	one := func(k int) bool {
		t := &d.toks[k]
		return t.kind == tWord && t.is(fUpper) && t.end-t.start == 1 && !t.is(fHasDigit)
	}
	if !one(i) {
		return 0
	}
	j, n := i+1, 1
	for j+1 < len(d.toks) && d.word(j) == "." && !d.toks[j].is(fSpaceBefore) && d.adjacent(j) && one(j+1) {
		j += 2
		n++
	}
	if n < 2 || j < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].is(fSpaceBefore) {
		return 0
	}
	// "có N.V.N. là …": the last initial's full stop, with the sentence going on in lower case
	if j+1 < len(d.toks) && d.word(j) == "." && !d.toks[j].is(fSpaceBefore) && d.toks[j+1].kind == tWord &&
		d.toks[j+1].is(fSpaceBefore) && !d.toks[j+1].is(fUpper|fLineStart) {
		j++
	}
	return j
}

// gazName finds a name in a line whose capitals carry no information: a surname followed by one to
// three syllables of the name lists.
func (r *personRules) gazName(d *pctx, i int, cued bool, busy []bool) int {
	if d.c(i)&wSurname == 0 || (d.lower || d.toks[i].is(fLowerLine)) && d.c(i)&wTopSurname == 0 {
		return 0
	}
	if d.c(i)&wAddress != 0 && i+1 < len(d.toks) && d.c(i+1)&wTopSurname != 0 {
		return 0 // "Ông Lê Văn Nam" where capitals say nothing: "Ông" is the form of address, not a surname
	}
	j := i + 1
	for j < i+4 && j < len(d.toks) && !busy[j] && d.toks[j].kind == tWord && !d.toks[j].is(fLineStart|fHasDigit) &&
		d.c(j)&(wMiddle|wGiven) != 0 && d.c(j)&wStop == 0 {
		j++
	}
	for j > i+1 && d.c(j-1)&wGiven == 0 {
		j--
	}
	if j == i+1 || (j == i+2 && !cued) {
		return 0
	}
	if m, _ := r.match(r.places, d, i); m > 0 && !cued {
		return 0
	}
	if !cued && r.blocked(d, i) {
		return 0
	}
	return j
}

// blocked reports whether the name starting at i is part of another name: a street, school, prize,
// address … word stands before it, possibly with capitalized words or numbers between ("Trường THPT
// Nguyễn Huệ", "số 4 Phạm Bá Trực").
func (r *personRules) blocked(d *pctx, i int) bool {
	if q := quoteStart(d, i); q > 0 {
		i = q // a work's title in quotation marks: "phim “Britney vs Spears”"
	}
	t := i - 1
	for t >= 0 && t > i-5 && !d.toks[t+1].is(fLineStart) {
		tk := &d.toks[t]
		if tk.kind == tNum || tk.kind == tWord && tk.is(fUpper|fAllCaps|fHasDigit) {
			t--
			continue
		}
		if tk.kind == tPunct && (d.word(t) == "/" || d.word(t) == "-" || d.word(t) == "–") {
			t--
			continue
		}
		break
	}
	if t+1 < i && d.toks[i-1].kind == tNum {
		return true
	}
	// "số 36A, Trần Quang Diệu": a house number before the comma
	if t == i-1 && t > 0 && d.word(t) == "," && (d.toks[t-1].kind == tNum || d.toks[t-1].is(fHasDigit)) {
		for k := t - 1; k >= 0 && k >= t-4; k-- {
			if m, _ := r.match(r.blocks, d, k); m > 0 {
				return true
			}
		}
	}
	for k := t - 2; k < i; k++ {
		if k < 0 || k > t && !d.toks[k].is(fUpper|fAllCaps) {
			continue
		}
		if m, _ := r.match(r.blocks, d, k); m > 0 && k+m <= i && k+m >= t+1 {
			return true
		}
	}
	return false
}

// coordinate finds a name joined to a found one by "và" ("Minh Hương và Khả Ngân"): a run of
// capitalized name syllables ending in a given name, or a foreign name.
func (r *personRules) coordinate(d *pctx, people []span, marks []uint8, busy []bool) []span {
	n := len(people)
	for k := 0; k < n; k++ {
		i := people[k].e + 1
		if i >= len(d.toks) || d.form(i-1) != "và" || marks[i]&(mPerson|mTitle) != 0 || busy[i] || !d.isCap(i) {
			continue
		}
		j, foreign, _ := r.capRun(d, i, 4, busy)
		if j == i || j < len(d.toks) && d.isCap(j) && d.toks[j].is(fSpaceBefore) {
			continue
		}
		if m, _ := r.match(r.places, d, i); m > 0 {
			continue
		}
		if m, _ := r.match(r.orgHeads, d, i); m > 0 {
			continue
		}
		ok := foreign > 0 || d.c(j-1)&wGiven != 0
		for q := i; q < j && ok; q++ {
			ok = marks[q]&(mPerson|mTitle) == 0 && (foreign > 0 || d.c(q)&(wMiddle|wGiven|wSurname) != 0)
		}
		if !ok {
			continue
		}
		people = addPerson(people, marks, i, j)
	}
	sortIfGrown(people, n)
	return r.listed(d, people, marks, busy)
}

// listed finds the first names of a list of people written "A, B và C" where B and C were found
// ("cùng Lona, Han Sara và Ali Hoàng Dương"), and a foreign or given name before "và" and a name
// found ("Fernandes và Messi").
func (r *personRules) listed(d *pctx, people []span, marks []uint8, busy []bool) []span {
	n := len(people)
	for k := n - 1; k >= 0; k-- {
		q, p := people[k], span{s: -1, e: -1}
		if k > 0 {
			p = people[k-1]
		}
		// p and q are joined by "và" or a comma; a capitalized run before p, after a comma
		var e int
		switch {
		case k > 0 && q.s == p.e+1 && (d.form(p.e) == "và" || d.word(p.e) == ",") && p.s >= 2 && d.word(p.s-1) == ",":
			e = p.s - 1
		case q.s >= 2 && q.s > p.e+1 && d.form(q.s-1) == "và" && d.isCap(q.s-2):
			e = q.s - 1 // "Fernandes và Messi"
		default:
			continue
		}
		i := e
		for i > 0 && i > e-3 && d.isCap(i-1) && !busy[i-1] && marks[i-1]&(mPerson|mTitle) == 0 &&
			(i == e || d.toks[i].is(fSpaceBefore)) && !d.toks[i].is(fLineStart) {
			i--
		}
		if i == e || d.toks[i].is(fSentStart) && !d.toks[i].is(fLineStart) || i > 0 && d.isCap(i-1) && !d.toks[i].is(fLineStart) {
			continue
		}
		j, foreign, _ := r.capRun(d, i, 3, busy)
		if j != e {
			continue
		}
		ok := d.word(e) == "," || foreign > 0 || d.c(e-1)&wGiven != 0
		for x := i; x < e && ok; x++ {
			if x == i+1 && e == i+2 && d.c(x)&wGiven != 0 && d.c(i)&wMiddle != 0 && d.c(i)&(wAddress|wNation) == 0 &&
				d.c(x)&(wStop|wOrgWord) == 0 {
				continue // a given name that is also a form of address or a country: "Bảo Anh và Hồ Quang Hiếu"
			}
			ok = d.c(x)&(wStop|wNation|wAddress|wOrgWord) == 0 && r.placeEnd(d, x) == 0
			for _, l := range [...]plex{r.orgHeads, r.blocks, r.titles} {
				if m, _ := r.match(l, d, x); m > 0 {
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		people = addPerson(people, marks, i, e)
	}
	sortIfGrown(people, n)
	return people
}

// extendOverBrand extends a position ending at i over the name of a company written like a brand
// ("Chủ tịch Vietravel", "CEO BioNTech", "Chủ tịch FLC"): one or two capitalized words that are no
// person, at least one of them foreign-shaped, in capitals or with a capital inside.
func (r *personRules) extendOverBrand(d *pctx, i int, marks []uint8, busy []bool) int {
	j, brand := i, false
	for j < len(d.toks) && j < i+3 {
		t := &d.toks[j]
		if m, _ := r.match(r.places, d, j); m > 0 && j > i && t.is(fUpper) {
			j += m // "U23 Việt Nam", "CDC Hà Nội"
			break
		}
		if t.kind != tWord || !t.is(fUpper|fAllCaps) || t.is(fCapsLine|fLowerLine) || busy[j] ||
			marks[j]&(mPerson|mTitle) != 0 || t.is(fLineStart) || !t.is(fSpaceBefore) {
			break
		}
		w := d.word(j)
		if t.is(fAllCaps|fForeignShape) || !d.vietSyl(j) || strings.ToLower(w[1:]) != w[1:] {
			brand = true
		}
		j++
	}
	if !brand || j == i || j < len(d.toks) && d.isCap(j) && d.toks[j].is(fSpaceBefore) && !d.toks[j].is(fLineStart) {
		return i
	}
	return j
}

// titleStart reports whether a title phrase starts at token i.
func (r *personRules) titleStart(d *pctx, i int) bool {
	n, _ := r.match(r.titles, d, i)
	return n > 0
}

// locInside reports whether token j is in a LOCATION that starts after token i and ends within a
// name starting at i: "Nguyễn Hòa Bình", where the locations found "Hòa Bình".
func (d *pctx) locInside(i, j int) bool {
	st, e := int(d.locS[j])-1, int(d.locE[j])
	return st > i && st <= j && e <= i+4
}

// camel reports whether w has a capital letter after its first letter ("FromSoftware", "iPhone").
func camel(w string) bool {
	for k, c := range w {
		if k > 0 && unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// stageName reports whether tokens [i, j) are all name syllables, the last a given name, with no
// organization or place word among them.
func (r *personRules) stageName(d *pctx, i, j int) bool {
	if d.c(j-1)&wGiven == 0 {
		return false
	}
	for k := i; k < j; k++ {
		c := d.c(k)
		if c&(wMiddle|wGiven) == 0 || c&wStop != 0 || c&wNation != 0 && k == j-1 || r.placeEnd(d, k) > 0 {
			return false
		}
		for _, l := range [...]plex{r.orgHeads, r.blocks, r.titles} {
			if m, _ := r.match(l, d, k); m > 0 {
				return false
			}
		}
	}
	return true
}

// extendOverField extends a title ending at token i over the field or qualifier written in lower case
// between it and the name of its person ("Chuyên gia phong thủy Lý Kế Trung", "huấn luyện viên cũ
// Frank Lampard", "Ngôi sao nhạc pop Britney Spears"): one to three lower-case words that are no
// function word, verb, form of address or title, with a PERSON right after them or after the holder's
// nationality ("triệu phú bất động sản người Mỹ Robert Durst").
func (r *personRules) extendOverField(d *pctx, i int, starts, busy []bool) int {
	for j := i; j < len(d.toks) && j <= i+3; j++ {
		t := &d.toks[j]
		if t.is(fLineStart) {
			return i
		}
		if starts[j] {
			return j
		}
		if j > i && d.form(j) == "người" {
			if e := r.nationalityEnd(d, j+1); e > j+1 && e < len(d.toks) && starts[e] {
				return j // "triệu phú bất động sản người Mỹ Robert Durst": the holder's nationality after the field
			}
		}
		if j == i+3 || !r.fieldWord(d, j, busy) {
			return i
		}
	}
	return i
}

// fieldWord reports whether token j can be a word of the field or qualifier of a title: a lower-case
// word in a line of mixed case that is no function word, verb, form of address, title or type word.
func (r *personRules) fieldWord(d *pctx, j int, busy []bool) bool {
	t := &d.toks[j]
	if t.kind != tWord || t.is(fUpper|fAllCaps|fHasDigit|fLineStart|fCapsLine|fLowerLine) || busy != nil && busy[j] ||
		d.c(j)&(wStop|wAddress|wPlural|wMod) != 0 && d.form(j) != "cũ" {
		return false
	}
	for _, l := range [...]plex{r.verbs, r.acts, r.cues, r.titles, r.stops, r.blocks} {
		if m, _ := r.match(l, d, j); m > 0 {
			return false
		}
	}
	return true
}

// extendOverYear extends a title [s, i) that ends with a place, an organization or the capitalized name
// of a contest over the year of the contest or a term written right after it, when the name follows:
// "Hoa hậu Hàn Quốc 2006 Honey Lee", "Hoa hậu Hòa bình Quốc tế 2021 Nguyễn Thúc Thùy Tiên".
func (r *personRules) extendOverYear(d *pctx, s, i int, starts []bool) int {
	if i+1 >= len(d.toks) || i == 0 || !starts[i+1] || !yearAt(d.doc, i) || d.toks[i].is(fLineStart) || d.orgLocEnd[i] != 0 {
		return i
	}
	if d.isCap(s) {
		for k := s + 1; k < i; k++ {
			if d.isCap(k) && !d.toks[k].is(fLineStart) {
				return i + 1 // the contest named in the title itself
			}
		}
	}
	for k := range d.spans {
		if sp := &d.spans[k]; (sp.typ == Location || sp.typ == Organization) && sp.e == i {
			return i + 1
		}
	}
	return i
}

// yearAt reports whether token i is a year of four digits, 1900 to 2099.
func yearAt(d *doc, i int) bool {
	if i >= len(d.toks) || d.toks[i].kind != tNum || d.toks[i].end-d.toks[i].start != 4 {
		return false
	}
	y := d.word(i)
	return y >= "1900" && y <= "2099"
}

// nicknames extends a given name in brackets after the full name it repeats over the lower-case
// epithet that makes it a nickname: "Huỳnh Uy Dũng (Dũng lò vôi)".
func (r *personRules) nicknames(d *pctx, people []span, busy []bool) {
	for k := 1; k < len(people); k++ {
		p, q := &people[k-1], &people[k]
		if q.e-q.s != 1 || q.s != p.e+1 || d.word(p.e) != "(" || d.form(q.s) != d.form(p.e-1) {
			continue
		}
		j := q.e
		for j < len(d.toks) && j < q.e+3 && d.toks[j].kind == tWord && !d.toks[j].is(fUpper|fAllCaps|fHasDigit) &&
			!busy[j] && d.c(j)&wStop == 0 {
			j++
		}
		if j > q.e && j < len(d.toks) && d.word(j) == ")" {
			q.e = j
		}
	}
}

// quotedNicknames joins a given name, a nickname in quotation marks and a surname written in one run
// into one PERSON, as the press writes players and performers: "Yiliang ‘Doublelift’ Peng", "Lee
// \"Faker\" Sang-hyeok", "Dwayne \"The Rock\" Johnson" (docs/conventions.md: nicknames are PERSON).
// The nickname is one to three words with no punctuation but a hyphen between them, capitalized words
// (one or two) stand right before the opening and right after the closing quotation mark, and a
// rule has already found a person in the given name or in the nickname: a work's title in quotation
// marks between two names ("phim \"Bố già\" Trấn Thành") has a lower-case word before it.
func (r *personRules) quotedNicknames(d *pctx, people []span, marks []uint8, busy []bool) []span {
	n := len(d.toks)
	grown := false
	for k := 0; k < len(people); k++ {
		p := people[k]
		// the opening quotation mark: right after p, or right before p when p is the nickname
		o := p.e
		if p.s >= 2 && openQuote(d.word(p.s-1)) && d.isCap(p.s-2) {
			o = p.s - 1
		}
		if o+3 >= n || o < 1 || !openQuote(d.word(o)) || !d.toks[o].is(fSpaceBefore) || d.toks[o].is(fLineStart) ||
			!d.isCap(o-1) || d.toks[o+1].is(fSpaceBefore) {
			continue
		}
		c := o + 1
		for c < n && c < o+6 && !d.toks[c].is(fLineStart) && (d.toks[c].kind != tPunct || d.word(c) == "-") && (c == o+1 || !d.toks[c].is(fSpaceBefore) ||
			d.toks[c].kind == tWord && d.toks[c].is(fUpper)) {
			c++
		}
		if c == o+1 || c+1 >= n || !closeQuote(d.word(c)) || d.toks[c].is(fSpaceBefore) || !d.toks[c+1].is(fSpaceBefore) ||
			d.toks[c+1].is(fLineStart) || !d.isCap(c+1) || busy[c+1] || marks[c+1]&mTitle != 0 || d.c(c+1)&(wStop|wOrgWord) != 0 {
			continue
		}
		if !quotesPair(d.word(o), d.word(c)) {
			continue
		}
		// the given name: one or two capitalized words before the opening mark
		s := o - 1
		if s > 0 && d.isCap(s-1) && d.toks[s].is(fSpaceBefore) && !d.toks[s].is(fLineStart) && marks[s-1]&mTitle == 0 && !busy[s-1] {
			s--
		}
		j, _, _ := r.capRun(d, c+1, 2, busy)
		if j < n && d.isCap(j) && d.toks[j].is(fSpaceBefore) && !d.toks[j].is(fLineStart) {
			continue // a longer run of capitals: no surname
		}
		ok := true
		for q := s; q < j && ok; q++ {
			ok = !busy[q] && marks[q]&mTitle == 0 && (d.toks[q].kind != tWord || d.c(q)&(wStop|wOrgWord|wNation) == 0)
		}
		for _, q := range people {
			ok = ok && (q.e <= s || q.s >= j || q.s >= s && q.e <= j)
		}
		if !ok {
			continue
		}
		// the people inside [s, j) give way to the whole name
		out := people[:0]
		for _, q := range people {
			if q.s < s || q.e > j {
				out = append(out, q)
			}
		}
		people = addPerson(out, marks, s, j)
		grown = true
		k = -1 // start over: the slice was rebuilt (a document has few such names)
	}
	if grown {
		sortByStart(people)
	}
	return people
}

// quotesPair reports whether the quotation marks o and c open and close one quotation: "‘" with "’",
// "“" with "”", any other mark with itself.
func quotesPair(o, c string) bool {
	switch o {
	case "‘":
		return c == "’"
	case "“":
		return c == "”"
	}
	return o == c
}

// firstInitials extends a name over the initial of a first name written before it: "C. Ronaldo",
// "J. Biden": one capital letter and a full stop, with a space before the name.
func (r *personRules) firstInitials(d *pctx, people []span, marks []uint8, busy []bool) {
	for k := range people {
		p := &people[k]
		i := p.s
		if i < 2 || !d.toks[i].is(fSpaceBefore) || d.toks[i].is(fLineStart) || d.word(i-1) != "." ||
			d.toks[i-1].is(fSpaceBefore) || busy[i-2] || marks[i-2]&(mPerson|mTitle) != 0 {
			continue
		}
		t := &d.toks[i-2]
		if t.kind != tWord || !t.is(fUpper) || t.is(fHasDigit) || utf8.RuneCountInString(d.word(i-2)) != 1 ||
			i > 2 && d.toks[i-3].kind == tWord && !t.is(fSpaceBefore) || i > 3 && d.word(i-3) == "." && !t.is(fSpaceBefore) {
			continue
		}
		p.s = i - 2
	}
}

// nameSyllables reports whether tokens [i, j) are all name syllables, the last a given name.
func (r *personRules) nameSyllables(d *pctx, i, j int) bool {
	for k := i; k < j; k++ {
		if d.c(k)&(wMiddle|wGiven|wSurname) == 0 {
			return false
		}
	}
	return d.c(j-1)&wGiven != 0
}

// arabicArticle reports whether w is the Arabic article as Latin letters write it before the hyphen
// of a surname ("al-Assad", "el-Sisi", "ash-Sharaa").
func arabicArticle(w string) bool {
	switch w {
	case "al", "el", "ash", "ad", "as", "an", "ar", "at", "az":
		return true
	}
	return false
}

// particles returns the number of lower-case particles of a foreign name at token j ("van", "von der",
// "de la") when a capitalized word follows them, or 0.
func particles(d *pctx, j int) int {
	p := 0
	for p < 2 && j+p+1 < len(d.toks) && nameParticle(d.word(j+p)) && d.toks[j+p].is(fSpaceBefore) {
		p++
		if d.isCap(j+p) && d.toks[j+p].is(fSpaceBefore) {
			return p
		}
	}
	return 0
}

// nameParticle reports whether w is a lower-case particle inside a foreign name ("bin", "van", "de").
func nameParticle(w string) bool {
	switch w {
	case "bin", "van", "von", "de", "da", "di", "del", "der", "den", "al", "dos", "das", "du", "le", "la":
		return true
	}
	return false
}

// repeated finds a stage name that the document repeats: a run of two or three name syllables with
// no surname that stands alone at least twice, once inside a sentence ("Khánh Đơn đau lòng …",
// "…, Khánh Đơn nghẹn ngào").
func (r *personRules) repeated(d *pctx, people []span, marks []uint8, busy []bool) []span {
	type cand struct {
		s, e int
		h    uint64 // nameHash, computed once
	}
	var cands []cand
	for i := 0; i < len(d.toks); i++ {
		if !d.isCap(i) || busy[i] || marks[i]&(mPerson|mTitle) != 0 || d.c(i)&wSurname != 0 ||
			i > 0 && d.isCap(i-1) && d.toks[i].is(fSpaceBefore) && !d.toks[i].is(fLineStart) {
			continue
		}
		j, foreign, hyphen := r.capRun(d, i, 3, busy)
		if j-i < 2 || foreign > 0 || hyphen || j < len(d.toks) && (d.isCap(j) || d.toks[j].kind == tWord && !d.toks[j].is(fSpaceBefore)) {
			i = j - 1
			continue
		}
		ok := !r.blocked(d, i)
		for k := i; k < j && ok; k++ {
			c := d.c(k)
			ok = marks[k]&(mPerson|mTitle) == 0 && c&(wMiddle|wGiven) != 0 && c&(wStop|wNation|wAddress) == 0 && r.placeEnd(d, k) == 0
			for _, l := range [...]plex{r.orgHeads, r.blocks, r.titles, r.cues} {
				if m, _ := r.match(l, d, k); m > 0 {
					ok = false
				}
			}
		}
		if ok {
			cands = append(cands, cand{i, j, nameHash(d, i, j)})
		}
		i = j - 1
	}
	n := len(people)
	for a := range cands {
		ca := cands[a]
		count, inside, subject, ticker := 0, false, false, false
		for _, cb := range cands {
			if cb.e-cb.s == ca.e-ca.s && cb.h == ca.h {
				count++
				inside = inside || !d.toks[cb.s].is(fSentStart|fLineStart)
				// standing as a subject: at a line start or after punctuation, not after a noun
				subject = subject || d.toks[cb.s].is(fLineStart) || cb.s > 0 && d.toks[cb.s-1].kind == tPunct
				// "Nam Long (NLG)": a company and its ticker
				ticker = ticker || cb.e+1 < len(d.toks) && d.word(cb.e) == "(" && d.toks[cb.e+1].is(fAllCaps)
			}
		}
		if count < 2 || !inside || !subject || ticker {
			continue
		}
		people = addPerson(people, marks, ca.s, ca.e)
	}
	sortIfGrown(people, n)
	return people
}

// accentedName reports whether tokens [i, j) are Vietnamese name syllables of which at least one
// carries a diacritic: a romanized East Asian name never does.
func (r *personRules) accentedName(d *pctx, i, j int) bool {
	accent := false
	for k := i; k < j; k++ {
		if d.c(k)&(wMiddle|wGiven) == 0 || !d.vietSyl(k) {
			return false
		}
		accent = accent || d.toks[k].is(fAccented)
	}
	return accent
}

// quoteStart returns the opening quotation mark of a quotation that token i is in, with at most five
// words and no punctuation between them, or -1.
func quoteStart(d *pctx, i int) int {
	for q := i - 1; q >= 0 && q >= i-6; q-- {
		t := &d.toks[q]
		if t.kind != tPunct {
			if t.is(fLineStart) {
				return -1
			}
			continue
		}
		if openQuote(d.word(q)) && (q == 0 || t.is(fSpaceBefore|fLineStart)) && !d.toks[q+1].is(fSpaceBefore) {
			return q
		}
		return -1
	}
	return -1
}

// extendOverOwner extends a title ending at token i over "của" and the organization or place it
// belongs to (docs/conventions.md): one found ("Cựu tiền vệ của Paris Saint-Germain"), or a run of
// capitalized words that is no person, with punctuation or a lower-case word after it ("thủ môn của
// Man Ut, Dean Henderson", "ngoại binh của Cantho Catfish đã …"). Not over a person ("HLV của Quang
// Hải") or an unnamed group ("thủ môn của đội").
func (r *personRules) extendOverOwner(d *pctx, i int, starts []bool, marks []uint8) int {
	n := len(d.toks)
	i0 := i
	// the field between: "giảng viên bộ phận y học giấc ngủ của Trường Y Harvard"
	for k := i; k < n && k < i0+6 && d.form(k) != "của"; k++ {
		if !r.fieldWord(d, k, nil) {
			return i0
		}
		i = k + 1
	}
	if i+1 >= n || d.form(i) != "của" || d.toks[i].is(fLineStart) || d.toks[i+1].is(fLineStart) || starts[i+1] ||
		marks[i+1]&(mPerson|mTitle) != 0 {
		return i0
	}
	if x := int(d.orgLocEnd[i+1]); x > 0 {
		return atPlace(d, x)
	}
	if !d.isCap(i+1) && !d.toks[i+1].is(fAllCaps) {
		return i0
	}
	j := i + 1
	for j < n && j < i+6 && !d.toks[j].is(fLineStart) && !starts[j] && marks[j]&(mPerson|mTitle) == 0 &&
		(d.isCap(j) || d.toks[j].is(fAllCaps) || d.toks[j].kind == tNum) && (j == i+1 || d.toks[j].is(fSpaceBefore)) {
		j++
		for j+1 < n && d.word(j) == "-" && !d.toks[j].is(fSpaceBefore) && d.adjacent(j) && d.toks[j+1].kind != tPunct {
			j += 2 // "Paris Saint-Germain"
		}
	}
	if j < n && (starts[j] || marks[j]&(mPerson|mTitle) != 0 || d.toks[j].kind == tWord && (d.isCap(j) || d.toks[j].is(fAllCaps))) {
		return i0
	}
	return j
}

// addPerson appends the PERSON span [s, e) to people and marks its tokens.
func addPerson(people []span, marks []uint8, s, e int) []span {
	for k := s; k < e; k++ {
		marks[k] |= mPerson
	}
	return append(people, span{typ: Person, s: s, e: e})
}

// sortIfGrown puts people back in document order when a rule appended to the first n (in order).
func sortIfGrown(people []span, n int) {
	if len(people) > n {
		sortByStart(people)
	}
}

// sortByStart orders spans by their first token.
func sortByStart(sp []span) {
	slices.SortStableFunc(sp, func(a, b span) int { return a.s - b.s })
}
