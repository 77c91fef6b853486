// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

// Titles: a position, rank, academic title or occupation from the title lexicon, with the modifiers
// before it (nữ, cựu …) and, for positions, the organization or place it belongs to after it
// ("Bộ trưởng Bộ TT&TT", "Đại sứ Việt Nam tại Nhật Bản"). Whether a title describes a named person is
// decided in link; find only proposes candidates.

// titleAt matches a title starting at token i (after any modifiers) and returns its span, or e == 0.
func (r *personRules) titleAt(d *pctx, i int, busy []bool) (sp span, ok bool) {
	n, e := r.match(r.titles, d, i)
	if n == 0 {
		return span{}, false
	}
	if f := d.form(i); (f == "ông" || f == "bà") && i+1 < len(d.toks) {
		if m, _ := r.match(r.titles, d, i+1); m > 0 {
			return span{}, false // "ông Chủ tịch", "Bà Chủ nhiệm": a form of address before the title
		}
		// "bà chủ Đại Nam lái xe": the owner of a business named after her title, no person there
		if x := i + n; x < len(d.toks) && d.isCap(x) && !d.toks[x].is(fLineStart) && !r.fullName(d, x) &&
			d.orgLocEnd[x] == 0 && r.orgBeforeName(d, x, busy) == x {
			return span{}, false
		}
	}
	s := i
	for s > 0 && !d.toks[s].is(fLineStart) && d.c(s-1)&wMod != 0 && !busy[s-1] &&
		(!d.isCap(s-1) || d.toks[s-1].is(fSentStart) || s < 2 || !d.isCap(s-2) && d.form(s-1) != "nam") {
		s--
	}
	if s > 0 && !d.toks[s].is(fLineStart) && d.c(s-1)&wPlural != 0 {
		return span{}, false
	}
	if s > 1 && d.form(s-1) == "nghị" && d.form(s-2) == "hội" {
		return span{}, false // "Hội nghị Bộ trưởng Ngoại giao ASEAN": a meeting
	}
	end := i + n
	// a title that ends with the unit word of a place takes the place: "trưởng thôn Đồng Tâm",
	// "Trưởng Công an xã Tân Lập"
	if x := int(d.locEnd[end-1]); n >= 2 && x > end {
		end = x
	}
	// a title that ends with an organization word goes on with its name: "Trưởng phòng Kinh tế",
	// "Chánh Văn phòng UBND tỉnh"; a minister with the field: "Bộ trưởng Giáo dục"
	for k := i + 1; k < end && e.kind == "position"; k++ {
		if m, _ := r.match(r.orgHeads, d, k); m == end-k {
			if x := r.orgTail(d, end, k); x > end {
				end = x
			}
			break
		}
	}
	minister := e.text == "bộ trưởng" || e.text == "thứ trưởng" || e.text == "phó thủ tướng"
	if end == i+n && e.kind == "position" && end < len(d.toks) && d.isCap(end) &&
		d.c(end)&(wForeignGiven|wAsianSurname) == 0 && !r.nameStart(d, end) {
		if m, _ := r.match(r.orgHeads, d, end); m == 0 {
			if m, _ := r.match(r.places, d, end); m == 0 {
				// a field of two words at least: "Bộ trưởng Giáo dục", "Giám đốc Phân tích Yuanta"; a
				// well-known person is no field ("Tổng thống Biden ăn tối …")
				if x := r.orgTail(d, end, end); x >= end+2 && (minister || r.fieldOfPosition(d, end, x)) {
					if m, _ := r.match(r.people, d, end); m == 0 {
						end = x
					}
				}
			}
		}
	}
	if m, _ := r.match(r.titleSuffix, d, end); m > 0 && !d.toks[end].is(fLineStart) {
		end += m
	}
	if e.kind != "academic" && e.kind != "rank" {
		end = r.extendTitle(d, end, e.kind, busy)
	} else if end+1 < len(d.toks) && end == i+n && d.word(end) == "." && !d.toks[end].is(fSpaceBefore) &&
		d.toks[end+1].is(fSpaceBefore) && d.isCap(end+1) && (d.toks[end-1].is(fAllCaps) || camel(d.word(end-1))) {
		end++ // the abbreviation's full stop: "TS. Lê Xuân Nghĩa"
	}
	// "Chủ tịch kiêm Tổng Giám đốc Tập đoàn …": one title
	if end+1 < len(d.toks) && d.form(end) == "kiêm" && !d.toks[end].is(fLineStart) {
		if sp, ok := r.titleAt(d, end+1, busy); ok && sp.s == end+1 {
			end = sp.e
		}
	}
	if end < len(d.toks) && d.c(end)&wPlural != 0 && d.form(end) != "số" {
		return span{}, false // "Bộ trưởng các nước": a class of people, not a title
	}
	if e.kind != "academic" && e.kind != "rank" {
		end = r.extendOrdinal(d, end)
		// "HLV mới của Man Utd", "Giám đốc mới của Sở Y tế": new or former, of the organization
		if end+2 < len(d.toks) && (d.form(end) == "mới" || d.form(end) == "cũ") && d.form(end+1) == "của" &&
			!d.toks[end+1].is(fLineStart) && !d.toks[end+2].is(fLineStart) && d.orgLocEnd[end+2] > 0 {
			end++
		}
		// "Cựu tiền vệ của Paris Saint-Germain", "thủ môn của Man Utd": the organization it belongs to
		if end+1 < len(d.toks) && d.form(end) == "của" && !d.toks[end+1].is(fLineStart) {
			if x := int(d.orgLocEnd[end+1]); x > 0 {
				end = atPlace(d, x)
			}
		}
	}
	// "Chủ tịch xã Lê Văn Ba": the unit the office belongs to, then the holder's name
	if end+1 < len(d.toks) && d.c(end)&wAdminUnit != 0 && !d.toks[end].is(fUpper|fLineStart) && r.fullName(d, end+1) {
		end++
	}
	// a title never ends inside an organization or place it names: it takes it whole
	for k := i + n; k < end; k++ {
		if x := int(d.orgLocEnd[k]); x > end {
			end = x
		}
	}
	if end < len(d.toks) && d.form(end) == "nào" && !d.toks[end].is(fLineStart) {
		return span{}, false // "idol Hàn Quốc nào từng …": any one, not a title
	}
	return span{typ: Title, s: s, e: end, kind: e.kind}, true
}

// atPlace extends a title that ends at token e with the organization it belongs to, after "của", over
// "tại" and the place of the post: "Giám đốc quốc gia của Ngân hàng Thế giới tại Việt Nam".
func atPlace(d *pctx, e int) int {
	if e+1 < len(d.toks) && d.form(e) == "tại" && !d.toks[e+1].is(fLineStart) {
		if x := int(d.locEnd[e+1]); x > 0 {
			return x
		}
	}
	return e
}

// extendTitle extends a title ending at token end over the organization or place it belongs to.
// Organizations and locations already found are taken whole; otherwise, for positions, a country
// name or a capitalized phrase that starts with an organization word ("Sở Y tế Hà Nội") is.
func (r *personRules) extendTitle(d *pctx, end int, kind string, busy []bool) int {
	position := kind == "position"
	for round := 0; round < 3 && end < len(d.toks) && !d.toks[end].is(fLineStart); round++ {
		from := end
		if r.fullName(d, end) {
			return end // "Tiền vệ Đoàn Văn Hậu", "Tổng Thanh tra Chính phủ Đoàn Hồng Phong": a name, not "Đoàn …"
		}
		if e := int(d.orgLocEnd[end]); e > 0 {
			if x := r.orgPhrase(d, end); x > e {
				e = x // "Sở Công thương" where the organization found is "Sở Công"
			}
			end = e
			// "Chủ tịch Hiệp hội Internet Việt Nam (VIA) Vũ Thế Bình": the body's abbreviation in brackets
			// between it and the holder's name belongs to the title
			if end+3 < len(d.toks) && d.word(end) == "(" && d.word(end+2) == ")" && int(d.orgLocEnd[end+1]) == end+2 &&
				!d.toks[end+1].is(fLineStart) && r.fullName(d, end+3) {
				return end + 3
			}
			// "Chủ tịch UBND tỉnh": the unit the organization belongs to, named before
			if end+1 < len(d.toks) && d.c(end)&wAdminUnit != 0 && !d.toks[end].is(fUpper|fLineStart) &&
				!d.toks[end+1].is(fUpper|fAllCaps) {
				end++
			}
		} else if !position {
			if e := r.orgPhrase(d, end); e > end && kind == "occupation" {
				end = e // "giảng viên Trường Đại học Sư phạm Hà Nội"
				continue
			}
			if kind == "occupation" {
				if e := r.fieldThenOrg(d, end, busy); e > end {
					end = e // "giáo viên Ngữ văn Trường THPT Chu Văn An", "Chuyên gia kinh tế trưởng BIDV"
					continue
				}
				// a team, film or brand between the occupation and the name: "Nữ diễn viên Aquaman Amber Heard"
				return r.orgBeforeName(d, end, busy)
			}
			return end
		} else if m, e := r.match(r.places, d, end); m > 0 && d.toks[end].is(fUpper|fAllCaps) && e.text != "Hồ Chí Minh" {
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
			if e := int(d.locEnd[end+1]); e > 0 {
				end = e
			} else if m, _ := r.match(r.places, d, end+1); m > 0 && d.toks[end+1].is(fUpper|fAllCaps) {
				end += 1 + m
			} else if e := int(d.orgLocEnd[end+1]); e > 0 && position && int(d.locEnd[from]) == end {
				end = e // "Đại sứ Mỹ tại Liên hợp quốc": after a country, the body the post is accredited to
			}
			return end
		}
	}
	return end
}

// orgPhrase returns the end of an organization name starting at token i with an organization word
// ("Bộ TT&TT", "Hiệp hội Internet Việt Nam", "Sở Y tế Hà Nội"), or i if there is none. It stops
// before a personal name, a form of address and function words.
func (r *personRules) orgPhrase(d *pctx, i int) int {
	m, _ := r.match(r.orgHeads, d, i)
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
func (r *personRules) orgTail(d *pctx, j, i int) int {
	j0 := j
	end, lower, caps := j, 0, 0
	afterPlace := false // the last capitalized words were a place
	placeEnd := -1      // where the last place of the name ended
	for j < len(d.toks) && !d.toks[j].is(fLineStart) {
		t := &d.toks[j]
		if j == placeEnd && r.holderAfterPlace(d, j) {
			break
		}
		if t.kind == tPunct {
			c := d.word(j)
			if (c == "&" || c == "-" || c == "." || c == "/") && !t.is(fSpaceBefore) && d.adjacent(j) &&
				j+1 < len(d.toks) && d.toks[j+1].kind != tPunct && end == j {
				j++
				continue
			}
			if c == "." && end == j && j > 0 && d.key(j-1) == "tp" && j+1 < len(d.toks) && d.isCap(j+1) {
				j++ // "UBND TP. Hà Nội"
				continue
			}
			if (c == "," || c == "–" || c == "-") && end == j && r.listedName(d, j) {
				j++ // "Bộ Văn hóa, Thể thao và Du lịch", "Tập đoàn Công nghiệp – Viễn thông Quân đội"
				continue
			}
			break
		}
		if j > j0 && t.is(fUpper) {
			if m, e := r.match(r.titles, d, j); m > 0 && e.kind == "rank" {
				break // the holder's rank before his name: "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Nam Đại tá Trần Văn Hải"
			}
		}
		if m, _ := r.match(r.places, d, j); m > 0 && t.is(fUpper|fAllCaps) {
			// a place of two words or more, or in capitals, ends the name; one syllable may begin a
			// word ("Pháp chế")
			afterPlace = m >= 2 || t.is(fAllCaps)
			j += m // a place inside the name: "UBND tỉnh Trà Vinh", "Thành phố Hồ Chí Minh"
			end, lower, caps, placeEnd = j, 0, 0, j
			continue
		}
		if r.nameStart(d, j) || j > j0 && d.c(j)&(wForeignGiven|wAsianSurname) != 0 &&
			(d.isCap(j+1) || particles(d, j+1) > 0) {
			break
		}
		if m, e := r.match(r.cues, d, j); m > 0 && e.kind == "address" && !t.is(fUpper) {
			break
		}
		if t.is(fUpper|fAllCaps) || t.kind == tNum || t.is(fHasDigit) {
			if t.is(fUpper) && !t.is(fAllCaps) && d.c(j)&(wMiddle|wGiven|wSurname) != 0 {
				caps++
			} else {
				caps = 0
			}
			// a place found ends here, of two tokens or more or in capitals: "TP.HCM", "Hà Nội"
			afterPlace = int(d.locE[j]) == j+1 && (t.is(fAllCaps) || int(d.locS[j])-1 < j)
			j++
			end, lower = j, 0
			continue
		}
		if d.c(j)&wStop != 0 {
			if d.form(j) == "và" && j+1 < len(d.toks) && d.toks[j+1].is(fUpper) && !r.nameStart(d, j+1) {
				j++
				caps = 0
				continue
			}
			break
		}
		if m, _ := r.match(r.stops, d, j); m > 0 {
			break
		}
		if m, _ := r.match(r.verbs, d, j); m > 0 {
			break
		}
		// lower-case syllables go on a word begun with a capital ("Khoa học", "Phát triển nông thôn"),
		// not a name of two capitalized words ("Hoàng Phát lĩnh án"), nor a place that ends the name
		// ("Hiệu trưởng ĐH Bách khoa TP.HCM mong …")
		if lower >= 3 || lower == 0 && (caps >= 2 || afterPlace) || d.c(j-1)&wAdminUnit != 0 && !d.toks[j-1].is(fUpper) {
			break
		}
		if d.form(j) == "phòng" && j+2 < len(d.toks) && d.word(j+1) == "," && d.form(j+2) == "chống" {
			j += 3 // "phòng, chống dịch"
			end, lower = j, 2
			continue
		}
		lower++
		caps = 0
		j++
		end = j
	}
	if end == j0 && j0 > i && j0-i == 1 && !d.toks[i].is(fAllCaps) && d.form(i) != "đảng" {
		return i // a bare organization word ("giám đốc công ty", "Phó Chủ tịch Khoa")
	}
	return end
}

// holderAfterPlace reports whether the capitalized words at j, right after a place that ends the name
// of a title's organization, are the name of the title's holder rather than more of the organization:
// two capitalized words or more, not in capitals, before a lower-case word or punctuation, that start
// with a surname or a foreign first name or have a word that is no Vietnamese syllable ("Chủ tịch UBND
// tỉnh Gia Lai Kpă Thuyên", "Chủ tịch Thượng viện Campuchia Say Chhum"). Vietnamese names of the usual
// shape already end the organization (nameStart); these are the rarer ones.
func (r *personRules) holderAfterPlace(d *pctx, j int) bool {
	t := &d.toks[j]
	if t.kind != tWord || !d.isCap(j) || t.is(fAllCaps) || !t.is(fSpaceBefore) || d.orgLocEnd[j] > 0 {
		return false
	}
	if m, _ := r.match(r.orgHeads, d, j); m > 0 {
		return false
	}
	e, foreign, _ := r.capRun(d, j, 5, nil)
	if e-j < 2 || e >= len(d.toks) || d.toks[e].is(fLineStart) || d.toks[e].kind == tWord && d.toks[e].is(fUpper|fAllCaps) {
		return false
	}
	for k := j + 1; k < e; k++ {
		if d.orgLocEnd[k] > 0 {
			return false
		}
	}
	return foreign > 0 || d.c(j)&(wSurname|wForeignGiven|wAsianSurname) != 0
}

// listedName reports whether the comma or dash at token j continues an organization name that lists
// its fields: capitalized words up to a "và" before a capitalized word ("Văn hóa, Thể thao và Du lịch"),
// or a dash between two capitalized words.
func (r *personRules) listedName(d *pctx, j int) bool {
	if j+1 >= len(d.toks) || !d.isCap(j+1) || r.nameStart(d, j+1) || r.titleStart(d, j+1) {
		return false
	}
	if d.word(j) != "," {
		return true
	}
	for k := j + 1; k < len(d.toks) && k < j+14 && !d.toks[k].is(fLineStart); k++ {
		if d.form(k) == "và" {
			return k+1 < len(d.toks) && d.isCap(k+1)
		}
		if d.toks[k].kind == tPunct && d.word(k) != "," || r.titleStart(d, k) || r.nameStart(d, k) {
			return false
		}
		if m, _ := r.match(r.cues, d, k); m > 0 {
			return false
		}
	}
	return false
}

// orgBeforeName returns the end of a run of capitalized words at i that stands between a position and
// a name ("Chủ tịch HĐQT Vietravel Nguyễn Quốc Kỳ", "CEO Apple Tim Cook"), or i.
func (r *personRules) orgBeforeName(d *pctx, i int, busy []bool) int {
	for j := i; j < i+4 && j < len(d.toks); j++ {
		t := &d.toks[j]
		if t.kind != tWord || !t.is(fUpper|fAllCaps) || t.is(fCapsLine|fLowerLine) || busy[j] ||
			j > i && (t.is(fLineStart) || !t.is(fSpaceBefore)) {
			return i
		}
		if d.c(j)&(wSurname|wForeignGiven|wAsianSurname) != 0 {
			return i // a name, not an organization
		}
		k := j + 1
		if k >= len(d.toks) || d.toks[k].is(fLineStart) {
			return i
		}
		if r.nameStart(d, k) || d.c(k)&wForeignGiven != 0 && d.isCap(k+1) && !d.toks[k+1].is(fLineStart) {
			return k
		}
		// a stage name of two syllables after a brand: "CEO GANA Huyền Trang khoe …"
		if k+2 < len(d.toks) && (d.toks[j].is(fAllCaps) || !d.vietSyl(j)) && d.isCap(k) && d.isCap(k+1) && d.toks[k+1].is(fSpaceBefore) && !d.toks[k+1].is(fLineStart) &&
			d.toks[k+2].kind == tWord && !d.toks[k+2].is(fUpper|fAllCaps) && r.stageName(d, k, k+2) {
			return k
		}
		if m, e := r.match(r.cues, d, k); m > 0 && e.kind == "address" && !d.toks[k].is(fUpper) {
			return k
		}
	}
	return i
}

// fieldOfPosition reports whether tokens [s, e) after a position are its field or department rather
// than a name: a lower-case word among them ("Phân tích Yuanta", "An ninh quốc gia"), followed by no
// other capitalized word but a name.
func (r *personRules) fieldOfPosition(d *pctx, s, e int) bool {
	if e < len(d.toks) && d.isCap(e) && !d.toks[e].is(fLineStart) && !r.nameStart(d, e) &&
		d.c(e)&(wForeignGiven|wAsianSurname) == 0 {
		return false
	}
	for k := s + 1; k < e; k++ {
		if t := &d.toks[k]; t.kind == tWord && !t.is(fUpper|fAllCaps|fHasDigit) {
			return true
		}
	}
	return false
}

// fieldThenOrg returns the end of the organization that follows the field of an occupation at token
// i ("Ngữ văn Trường THPT Chu Văn An", "kinh tế trưởng BIDV"): one to three words that are no function
// word, verb, title or name, then an organization found; or i.
func (r *personRules) fieldThenOrg(d *pctx, i int, busy []bool) int {
	for k := i; k < len(d.toks) && k <= i+3; k++ {
		t := &d.toks[k]
		if t.is(fLineStart) {
			return i
		}
		if k > i {
			if e := int(d.orgLocEnd[k]); e > 0 && e != int(d.locEnd[k]) {
				return e
			}
		}
		if k == i+3 || t.kind != tWord || busy[k] || t.is(fHasDigit|fAllCaps) ||
			t.is(fUpper) && (!d.vietSyl(k) || d.c(k)&(wMiddle|wGiven|wSurname) != 0) ||
			d.c(k)&(wStop|wAddress|wPlural) != 0 {
			return i
		}
		for _, l := range [...]plex{r.verbs, r.acts, r.cues, r.titles, r.stops} {
			if m, _ := r.match(l, d, k); m > 0 {
				return i
			}
		}
	}
	return i
}

// extendOrdinal extends a title ending at token i over its rank in a series and the body or country
// of the series ("Thủ tướng thứ 100 của Nhật Bản", "thị trưởng đầu tiên của Hà Nội"), over a ranking
// with its scope ("Tay vợt số hai thế giới"), or over a country after "nước" ("đệ nhất phu nhân nước
// Mỹ").
func (r *personRules) extendOrdinal(d *pctx, i int) int {
	n := len(d.toks)
	if i+1 >= n || d.toks[i].is(fLineStart) || d.toks[i+1].is(fLineStart) {
		return i
	}
	if d.form(i) == "nước" {
		if e := int(d.locEnd[i+1]); e > 0 {
			return e
		}
		return i
	}
	j := i
	switch {
	case d.form(i) == "thứ" && d.toks[i+1].kind == tNum:
		j = i + 2
	case d.form(i) == "đầu" && d.form(i+1) == "tiên", d.form(i) == "tiếp" && d.form(i+1) == "theo":
		j = i + 2
	case d.form(i) == "số" && (d.toks[i+1].kind == tNum || smallNumber(d.form(i+1))):
		// a ranking with its scope: "Tay vợt số hai thế giới", "tay vợt số 1 Việt Nam"
		j = i + 2
		if j+1 < n && d.form(j) == "thế" && d.form(j+1) == "giới" && !d.toks[j].is(fLineStart) {
			return j + 2
		}
		if j < n && !d.toks[j].is(fLineStart) {
			if e := int(d.locEnd[j]); e > 0 {
				return e
			}
		}
		return i // "cầu thủ số 10": a shirt number, no ranking
	default:
		return i
	}
	if j+1 < n && d.form(j) == "của" && !d.toks[j+1].is(fLineStart) {
		if e := int(d.orgLocEnd[j+1]); e > 0 {
			return e
		}
	}
	return j
}

// fullName reports whether the capitalized words at i are a full Vietnamese name: a surname, a middle
// name and a given name, all capitalized ("Đoàn Văn Hậu"), where the surname may also be an
// organization word ("Đoàn Thanh niên" is none: "niên" is in lower case).
func (r *personRules) fullName(d *pctx, i int) bool {
	return i+2 < len(d.toks) && !d.toks[i].is(fAllCaps) && r.nameStart(d, i) && d.c(i+1)&wMiddle != 0 &&
		d.isCap(i+2) && !d.toks[i+2].is(fLineStart) && r.nameWord(d, i+2) && d.c(i+2)&wGiven != 0
}

// smallNumber reports whether w is a number word from one to ten ("số hai thế giới").
func smallNumber(w string) bool {
	switch w {
	case "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười":
		return true
	}
	return false
}
