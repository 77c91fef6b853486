package entities

// Titles: a position, rank, academic title or occupation from the title lexicon, with the modifiers
// before it (nữ, cựu …) and, for positions, the organization or place it belongs to after it
// ("Bộ trưởng Bộ TT&TT", "Đại sứ Việt Nam tại Nhật Bản"). Whether a title describes a named person is
// decided in link; find only proposes candidates.

// titleAt matches a title starting at token i (after any modifiers) and returns its span, or e == 0.
func (r *personRules) titleAt(d *doc, i int, busy []bool) (sp span, ok bool) {
	n, e := r.titles.longest(d, i)
	if n == 0 {
		return span{}, false
	}
	s := i
	for s > 0 && !d.toks[s].is(fLineStart) && r.words.of(d, s-1)&wMod != 0 && !busy[s-1] &&
		(!d.isCap(s-1) || d.toks[s-1].is(fSentStart)) {
		s--
	}
	if s > 0 && !d.toks[s].is(fLineStart) && r.words.of(d, s-1)&wPlural != 0 {
		return span{}, false
	}
	end := i + n
	// a title that ends with an organization word goes on with its name: "Trưởng phòng Kinh tế",
	// "Chánh Văn phòng UBND tỉnh"; a minister with the field: "Bộ trưởng Giáo dục"
	for k := i + 1; k < end && e.kind == "position"; k++ {
		if m, _ := r.orgHeads.longest(d, k); m == end-k {
			if x := r.orgTail(d, end, k); x > end {
				end = x
			}
			break
		}
	}
	if end == i+n && (e.text == "bộ trưởng" || e.text == "thứ trưởng" || e.text == "phó thủ tướng") &&
		end < len(d.toks) && d.isCap(end) && !r.nameStart(d, end) {
		if m, _ := r.orgHeads.longest(d, end); m == 0 {
			if m, _ := r.places.longest(d, end); m == 0 {
				end = r.orgTail(d, end, end)
			}
		}
	}
	if m, _ := r.titleSuffix.longest(d, end); m > 0 && !d.toks[end].is(fLineStart) {
		end += m
	}
	if e.kind != "academic" && e.kind != "rank" {
		end = r.extendTitle(d, end, e.kind == "position", busy)
	}
	if end < len(d.toks) && r.words.of(d, end)&wPlural != 0 && d.form(end) != "số" {
		return span{}, false // "Bộ trưởng các nước": a class of people, not a title
	}
	return span{typ: Title, s: s, e: end, kind: e.kind}, true
}

// extendTitle extends a title ending at token end over the organization or place it belongs to.
// Organizations and locations already found are taken whole; otherwise, for positions, a country
// name or a capitalized phrase that starts with an organization word ("Sở Y tế Hà Nội") is.
func (r *personRules) extendTitle(d *doc, end int, position bool, busy []bool) int {
	for round := 0; round < 3 && end < len(d.toks) && !d.toks[end].is(fLineStart); round++ {
		if k := d.spanStarting(end, Organization, Location); k >= 0 {
			end = d.spans[k].e
		} else if !position {
			return end
		} else if m, _ := r.places.longest(d, end); m > 0 && d.toks[end].is(fUpper|fAllCaps) {
			end += m
		} else if e := r.orgPhrase(d, end); e > end {
			end = e
		} else if e := r.orgBeforeName(d, end, busy); e > end {
			end = e
		} else {
			return end
		}
		// "Đại sứ Việt Nam tại Nhật Bản": a place after "tại"
		if end+1 < len(d.toks) && d.form(end) == "tại" && !d.toks[end+1].is(fLineStart) {
			if k := d.spanStarting(end+1, Location); k >= 0 {
				end = d.spans[k].e
			} else if m, _ := r.places.longest(d, end+1); m > 0 && d.toks[end+1].is(fUpper|fAllCaps) {
				end += 1 + m
			}
			return end
		}
	}
	return end
}

// orgPhrase returns the end of an organization name starting at token i with an organization word
// ("Bộ TT&TT", "Hiệp hội Internet Việt Nam", "Sở Y tế Hà Nội"), or i if there is none. It stops
// before a personal name, a form of address and function words.
func (r *personRules) orgPhrase(d *doc, i int) int {
	m, _ := r.orgHeads.longest(d, i)
	if m == 0 {
		return i
	}
	j := i + m
	if !d.toks[i].is(fUpper|fAllCaps) && !(j < len(d.toks) && d.toks[j].is(fUpper|fAllCaps)) {
		return i
	}
	return r.orgTail(d, j, i)
}

// orgTail returns the end of the rest of an organization name from token j on (the name proper after
// the organization word that starts at i).
func (r *personRules) orgTail(d *doc, j, i int) int {
	j0 := j
	end, lower := j, 0
	for j < len(d.toks) && !d.toks[j].is(fLineStart) {
		t := &d.toks[j]
		if t.kind == tPunct {
			c := d.word(j)
			if (c == "&" || c == "-" || c == "." || c == "/") && !t.is(fSpaceBefore) && d.adjacent(j) &&
				j+1 < len(d.toks) && d.toks[j+1].kind != tPunct && end == j {
				j++
				continue
			}
			break
		}
		if r.nameStart(d, j) {
			break
		}
		if m, e := r.cues.longest(d, j); m > 0 && e.kind == "address" && !t.is(fUpper) {
			break
		}
		if t.is(fUpper|fAllCaps) || t.kind == tNum || t.is(fHasDigit) {
			j++
			end, lower = j, 0
			continue
		}
		if r.words.of(d, j)&wStop != 0 {
			if d.form(j) == "và" && j+1 < len(d.toks) && d.toks[j+1].is(fUpper) && !r.nameStart(d, j+1) {
				j++
				continue
			}
			break
		}
		if m, _ := r.stops.longest(d, j); m > 0 {
			break
		}
		if m, _ := r.verbs.longest(d, j); m > 0 {
			break
		}
		if lower >= 3 {
			break
		}
		if j+2 < len(d.toks) && d.word(j+1) == "," && d.toks[j+2].kind == tWord && !d.toks[j+2].is(fUpper) &&
			r.words.of(d, j+2)&wStop == 0 {
			break // "Ban Chỉ đạo phòng, chống dịch": a list of verbs, not a name
		}
		lower++
		j++
		end = j
	}
	if end == j0 && j0 > i && !d.toks[i].is(fUpper|fAllCaps) {
		return i // a bare lower-case organization word ("giám đốc công ty")
	}
	return end
}

// spanStarting returns the index of a span of one of the given types that starts at token i, the
// longest if several, or -1.
func (d *doc) spanStarting(i int, types ...Type) int {
	best := -1
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.s != i {
			continue
		}
		for _, t := range types {
			if sp.typ == t && (best < 0 || sp.e > d.spans[best].e) {
				best = k
			}
		}
	}
	return best
}

// orgBeforeName returns the end of a run of capitalized words at i that stands between a position and
// a name ("Chủ tịch HĐQT Vietravel Nguyễn Quốc Kỳ", "CEO Apple Tim Cook"), or i.
func (r *personRules) orgBeforeName(d *doc, i int, busy []bool) int {
	for j := i; j < i+4 && j < len(d.toks); j++ {
		t := &d.toks[j]
		if t.kind != tWord || !t.is(fUpper|fAllCaps) || t.is(fCapsLine|fLowerLine) || busy[j] ||
			j > i && (t.is(fLineStart) || !t.is(fSpaceBefore)) {
			return i
		}
		if r.words.of(d, j)&wSurname != 0 {
			return i // a name, not an organization
		}
		k := j + 1
		if k >= len(d.toks) || d.toks[k].is(fLineStart) {
			return i
		}
		if r.nameStart(d, k) || r.words.of(d, k)&wForeignGiven != 0 && d.isCap(k+1) && !d.toks[k+1].is(fLineStart) {
			return k
		}
		if m, e := r.cues.longest(d, k); m > 0 && e.kind == "address" && !d.toks[k].is(fUpper) {
			return k
		}
	}
	return i
}
