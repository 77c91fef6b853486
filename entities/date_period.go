// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

// Expressions above the day: months, quarters, halves, years, weeks, decades, centuries.

var (
	wSau   = kw("sáu")
	wChin  = kw("chín")
	wBa    = kw("ba")
	wKhi   = kw("khi")
	wDo    = kw("đó")
	wDay   = kw("đấy")
	wNua2  = kw("nữa")
	wCua   = kw("của")
	wPhien = kw("phiên")
	wGiao  = kw("giao")
	wDich  = kw("dịch")
	wGiaiD = kw("giai")
	wDoan  = kw("đoạn")
	wNo    = kw("nọ")
)

// yearRel parses a relative year word at i: nay (0), ngoái and trước (-1), tới and sau (+1), kia (-2:
// "năm kia" is the year before last).
func (p *dateParser) yearRel(i int) (int, bool) {
	switch {
	case p.is(i, wNow), p.is(i, wNay):
		return 0, true
	case p.is(i, wNgoai), p.is(i, wTruoc):
		return -1, true
	case p.is(i, wToi), p.is(i, wSau2):
		return 1, true
	case p.is(i, wKia) && !p.d.folded:
		return -2, true
	}
	return 0, false
}

// further reads the "nữa" that takes a relative unit one step further, at k after "trước" or "sau"
// at k-1: "tuần trước nữa" (-2), "tháng sau nữa" (+2). It returns the offset and where the
// expression ends.
func (p *dateParser) further(k, n int) (int, int) {
	if (n == -1 && p.is(k-1, wTruoc) || n == 1 && p.is(k-1, wSau2)) && p.is(k, wNua2) {
		return 2 * n, k + 1
	}
	return n, k
}

var (
	wSau2 = kw("sau")
	wDoi  = kw("đời")
	wMoi  = kw("mới")
	wVoi  = kw("với")
	wSo   = kw("so")
)

// yearAfter parses what may follow a month, quarter or period to give its year: "/2016", "-2016",
// "năm 2016", "năm nay", "năm ngoái", or (space) "2016". y is 0 when the year stays unknown.
func (p *dateParser) yearAfter(e int) (int, int) {
	switch {
	case (p.punct(e, "/.") || p.dash(e)) && p.touches(e-1):
		if y, ok := p.year(e + 1); ok && !p.gluedAfter(e+1) {
			return y, e + 2
		}
	case p.is(e, wNam):
		if y, ok := p.year(e + 1); ok {
			return y, e + 2 // glued or not
		}
		return p.namYear(e)
	default:
		if y, ok := p.year(e); ok && y >= 1900 && !p.gluedAfter(e) {
			return y, e + 1
		}
	}
	return 0, e
}

// monthExpr parses "tháng 5", "tháng 5/2016", "tháng 12-2019", "tháng Giêng", "tháng 10 này",
// "tháng trước", "tháng 5-6/2021", "tháng 7 âm lịch".
func (p *dateParser) monthExpr(i int) (dres, bool) {
	if !p.is(i, wThang) || p.countBefore(i) || p.in(i-1, p.r.nameCtx) {
		return dres{}, false // "3 tháng" is a duration, "Cách mạng Tháng Tám" a name
	}
	if p.d.toks[i].is(fUpper) && p.punct(i-1, "“\"«") && p.touches(i-1) && p.namedBefore(i-1) {
		return dres{}, false // ca khúc “Tháng Tư là lời nói dối của em”: the month opens a work's name
	}
	return p.monthAfter(i)
}

func (p *dateParser) monthAfter(i int) (dres, bool) {
	if e, ok := p.pastUnit(i + 1); ok && !p.d.folded {
		return dres{e: e, a: p.relMonth(-1)}, true // "tháng qua", "tháng vừa rồi": the last month
	}
	if p.in(i+1, p.r.weekRel) {
		if p.d.folded && i > 0 && p.r.straight[p.d.key(i-1)] {
			return dres{}, false // "di thang toi My": đi thẳng tới
		}
		n, e := p.further(i+2, p.shift(i+1))
		return dres{e: e, a: p.relMonth(n)}, true
	}
	m, e, lunar, ok := p.monthName(i + 1)
	if !ok {
		return dres{}, false
	}
	m2 := 0
	if p.dash(e) {
		if v, ok := p.month(e + 1); ok && v > m {
			m2, e = v, e+2
		}
	} else if !lunar {
		m2, e = p.monthList(m, e)
	}
	y, e2 := p.yearAfter(e)
	e = e2
	if y == 0 && !lunar && (p.is(e, wDen) || p.is(e, wToi)) && p.is(e+1, wThang) {
		// "từ tháng 3 đến tháng 6/2021": the year written once, at the second end
		if m3, e3, l3, ok := p.monthName(e + 2); ok && !l3 {
			if y3, _ := p.yearAfter(e3); y3 != 0 {
				y = y3
				if m > m3 {
					y--
				}
			}
		}
	}
	past := false
	switch {
	case y == 0 && p.is(e, wToi) && p.is(e+1, wHere):
		e += 2 // "tháng 11 tới đây"
	case y == 0 && (p.is(e, wNay) || p.is(e, wToi)):
		e++
	case y == 0 && p.is(e, wVua) && (p.is(e+1, wQua) || p.is(e+1, wRoi)) && !p.is(e+2, wDoi):
		e, past = e+2, true // "tháng 5 vừa qua": the last May
	}
	if p.is(e, wAm) && p.is(e+1, wLich) {
		lunar, e = true, e+2
	}
	if lunar && y == 0 {
		y, e = p.namYear(e) // "tháng 7 âm lịch năm nay"
	}
	if lunar {
		a, b, ok := p.d.lunarMonth(m, y)
		return dres{e: e, a: a, b: b, lunar: true}, ok
	}
	a := dv{g: gMonth, y: y, m: m}
	if past && !p.d.ref.IsZero() {
		a.y = p.d.ref.Year()
		if m > int(p.d.ref.Month()) {
			a.y--
		}
	}
	p.d.resolveYear(&a)
	r := dres{e: e, a: a}
	if m2 != 0 {
		r.b = dv{g: gMonth, y: a.y, m: m2}
	}
	return r, true
}

// monthList reads the months listed after month m, whose number ends at e: "tháng 2 và 3/2022",
// "tháng 9, 10 và 11/2021", a compact range like "tháng 5-6". It returns the last month and where
// the list ends, or 0 and e when no list follows. The list must end the phrase: with its year, or
// before punctuation or the end of the line ("tháng 10, 11 tỉnh" counts provinces).
func (p *dateParser) monthList(m, e int) (int, int) {
	last, k := m, e
	for n := 0; n < 4 && (p.punct(k, ",") || p.is(k, wVa)); n++ {
		v, nd, ok := p.num(k + 1)
		if !ok || nd > 2 || v <= last || v > 12 || p.gluedBefore(k+1) && !p.touches(k) {
			break
		}
		last, k = v, k+2
	}
	if last == m {
		return 0, e
	}
	if y, _ := p.yearAfter(k); y != 0 || k >= p.lim ||
		p.d.toks[k].kind == tPunct && !(p.touches(k) && (p.punct(k, "/.:%") || p.dash(k))) {
		return last, k
	}
	return 0, e
}

// yearExpr parses "năm 2015", "năm 2015 - 2016", "năm nay", "năm ngoái", "năm tới".
func (p *dateParser) yearExpr(i int) (dres, bool) {
	if !p.is(i, wNam) {
		return dres{}, false
	}
	if _, ok := p.year(i + 1); !ok && p.countBefore(i) {
		return dres{}, false // "5 năm nay" is a duration, "bão số 8 năm 2021" names a year
	}
	if p.d.folded && p.d.toks[i].is(fUpper) && !p.d.toks[i].is(fSentStart) && !p.d.toks[i].is(fCapsLine) {
		return dres{}, false // "Viet Nam 2021"
	}
	if k, ok := p.yearUnit(i); ok {
		// "năm học 2021-2022", "năm tài chính 2021": the school or fiscal year is the date
		if y, ok := p.year(k); ok && !p.gluedBefore(k) {
			if r, ok := p.yearRangeAt(k, y, true); ok {
				return r, true
			}
			if !p.gluedAfter(k) {
				return dres{e: k + 1, a: dv{g: gYear, y: y}}, true
			}
		}
		return dres{}, false
	}
	if y, e, ok := p.yearName(i + 1); ok {
		// "năm Tân Sửu", "năm Nhâm Dần 2022"
		if y2, ok := p.year(e); ok && !p.gluedAfter(e) {
			return dres{e: e + 1, a: dv{g: gYear, y: y2}, lunar: true}, true
		}
		return dres{e: e, a: dv{g: gYear, y: y}, lunar: true}, true
	}
	if y, ok := p.year(i + 1); ok {
		if p.lawBefore(i) || p.eventBefore(i) || p.docNumberBefore(i) {
			return dres{}, false // "Luật Đất đai năm 2013", "Hiến pháp năm 2013": the year names the law
		}
		if r, ok := p.yearRangeAt(i+1, y, false); ok {
			return r, true
		}
		if y2, ok := p.year(i + 2); ok && y2 == y+1 && !p.gluedBefore(i+2) && !p.gluedAfter(i+2) {
			// "năm 2021 2022": a school year whose dash was lost
			return dres{e: i + 3, a: dv{g: gYear, y: y}, b: dv{g: gYear, y: y2}}, true
		}
		if p.quotedName(i, i+2) {
			return dres{}, false // triển lãm “Hà Nội trong tôi năm 2021”
		}
		if p.gluedAfter(i + 1) {
			return dres{}, false
		}
		return dres{e: p.coming(i + 2), a: dv{g: gYear, y: y}}, true
	}
	if r, ok := p.shortYear(i); ok {
		return r, true
	}
	if n, ok := p.yearRel(i + 1); ok {
		if p.is(i+2, wKhi) || p.is(i+2, wDo) {
			return dres{}, false
		}
		if n == -2 && (p.is(i+2, wNo) || p.is(i-1, wNay) && p.is(i-2, wNam)) ||
			p.is(i+1, wNay) && p.is(i+2, wNam) && p.is(i+3, wKia) {
			return dres{}, false // "năm kia nọ", "năm này năm kia": any year
		}
		n, e := p.further(i+2, n)
		return dres{e: e, a: p.d.relYear(n)}, true
	}
	if e, ok := p.pastUnit(i + 1); ok && !p.d.folded {
		return dres{e: e, a: p.d.relYear(-1)}, true // "nhiều nhất năm qua": the last year
	}
	return dres{}, false
}

// coming returns where a date ending at e ends with the "tới" or "tới đây" after it that says it is
// still to come ("năm 2023 tới", "năm 2022 tới đây"): "tới" only before punctuation or the end of the
// line, as elsewhere it is a preposition ("từ năm 2020 tới năm 2025", "năm 2021 tới nay").
func (p *dateParser) coming(e int) int {
	switch {
	case !p.is(e, wToi):
		return e
	case p.is(e+1, wHere):
		return e + 2
	case e+1 >= p.lim || p.d.toks[e+1].kind == tPunct && !p.dash(e+1):
		return e + 1
	}
	return e
}

// pastUnit reports whether "qua", "vừa qua" or "vừa rồi" at k makes the unit before it the last one
// ("tuần qua", "năm vừa qua", "tháng vừa rồi"), and where it ends; "qua" is a preposition before
// another unit or a verb ("năm qua năm", "năm qua đi").
func (p *dateParser) pastUnit(k int) (int, bool) {
	e := k
	switch {
	case p.is(k, wQua):
		e = k + 1
	case p.is(k, wVua) && (p.is(k+1, wQua) || p.is(k+1, wRoi)) && !p.is(k+2, wDoi):
		e = k + 2
	default:
		return k, false
	}
	if p.is(e, wNam) || p.is(e, wThang) || p.is(e, wDi) || p.is(e, wKhoi) {
		return k, false
	}
	return e, true
}

var (
	wDi   = kw("đi")
	wKhoi = kw("khỏi")
	wHe   = kw("hệ")
)

// namedBefore reports whether one of the four words before token k says what a name in quotes at k
// names ("triển lãm ảnh trực tuyến “…”").
func (p *dateParser) namedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.d.toks[j].kind != tWord {
			return false
		}
		if p.in(j, p.r.nameNouns) {
			return true
		}
		if p.d.toks[j].is(fLineStart) {
			return false
		}
	}
	return false
}

// quotedName reports whether the year expression [s, e) ends a name in quotes, the quote closed right
// after it and opened, before a capital, a few words after the word for what the name names: triển
// lãm ảnh trực tuyến “Hà Nội trong tôi năm 2021”, cuộc thi "… năm 2021".
func (p *dateParser) quotedName(s, e int) bool {
	if !p.punct(e, "”\"»’") || !p.touches(e-1) {
		return false
	}
	for k := s - 1; k >= 1 && k >= s-10; k-- {
		t := &p.d.toks[k]
		if t.kind == tPunct {
			return p.punct(k, "“\"«‘") && k+1 < s && p.d.toks[k+1].is(fUpper) && p.namedBefore(k)
		}
		if t.is(fLineStart) {
			return false
		}
	}
	return false
}

// yearUnit reports whether the year unit at i is one that names a school, fiscal, sports or crop
// year ("năm học", "năm tài chính", "năm tài khóa", "mùa giải", "mùa", "niên khóa", "niên vụ"), and
// where its year must stand.
func (p *dateParser) yearUnit(i int) (int, bool) {
	switch {
	case p.is(i, wNam) && p.is(i+1, wHoc):
		return i + 2, true
	case p.is(i, wNam) && p.is(i+1, wTai) && (p.is(i+2, wChinh) || p.is(i+2, wKhoa) || p.is(i+2, wKhoa2)):
		return i + 3, true // "năm tài chính", "năm tài khóa"
	case p.is(i, wMua) && p.is(i+1, wGiai):
		return i + 2, true
	case p.is(i, wMua):
		return i + 1, true
	case p.is(i, wNien) && (p.is(i+1, wKhoa) || p.is(i+1, wKhoa2) || p.is(i+1, wVu)):
		return i + 2, true
	}
	return 0, false
}

var (
	wChinh = kw("chính")
	wMua   = kw("mùa")
	wGiai  = kw("giải")
	wKhoa  = kw("khóa")
	wKhoa2 = kw("khoá")
	wVu    = kw("vụ")
)

// season parses "mùa giải 2021-2022", "mùa 2021/22", "niên vụ 2021/2022".
func (p *dateParser) season(i int) (dres, bool) {
	if p.is(i, wNam) {
		return dres{}, false // yearExpr reads "năm học", "năm tài chính"
	}
	k, ok := p.yearUnit(i)
	if !ok {
		return dres{}, false
	}
	y, ok := p.year(k)
	if !ok {
		return p.shortSeason(k)
	}
	if !ok || p.gluedBefore(k) {
		return dres{}, false
	}
	if r, ok := p.yearRangeAt(k, y, true); ok {
		return r, true
	}
	if p.gluedAfter(k) || p.d.folded && k == i+1 || k+1 < p.lim && p.d.toks[k+1].kind == tWord && !p.named(k+1) && !p.in(k+1, p.r.afterOK) {
		return dres{}, false // folded, "mua 2000" is more often "buy 2000 …"; "mùa 2021 cổ phiếu" counts
	}
	return dres{e: k + 1, a: dv{g: gYear, y: y}}, true
}

// shortYear parses a year written with two digits, 30 to 99, after "năm" at i and a word that places
// in time ("vào năm 97", "sau năm 75", "từ năm 54 đến năm 75"): the latest such year not after the
// reference year (19.. with none). Elsewhere, and below 30 ("năm 17", "sinh viên năm 3"), the number
// may be an age or a count; before "tuổi" or a unit of time it is one ("năm 45 tuổi", "trong năm 90
// ngày").
func (p *dateParser) shortYear(i int) (dres, bool) {
	a, n, ok := p.num(i + 1)
	if !ok || n != 2 || a < 30 || !p.in(i-1, p.r.shortYearCtx) || p.gluedAfter(i+1) {
		return dres{}, false
	}
	if e := i + 2; e < p.lim && (p.d.toks[e].kind == tNum || p.is(e, wTuoi) || p.is(e+1, wTuoi) ||
		p.is(e, wNgay) || p.is(e, wThang) || p.is(e, wNam) || p.is(e, wTuan) || p.is(e, wGio) || p.is(e, wPhut) ||
		p.d.toks[e].kind == tPunct && p.touches(i+1) && !p.punct(e, ",.;:)")) {
		return dres{}, false
	}
	y := 1900 + a
	if !p.d.ref.IsZero() && 2000+a <= p.d.ref.Year() {
		y = 2000 + a
	}
	return dres{e: i + 2, a: dv{g: gYear, y: y}}, true
}

var wTuoi = kw("tuổi")

// shortSeason parses a season written with two two-digit years that follow each other, at k after
// its unit word: "mùa giải 21/22", "mùa 99-00", in the century of fullYear.
func (p *dateParser) shortSeason(k int) (dres, bool) {
	a, n, ok := p.num(k)
	if !ok || n != 2 || p.gluedBefore(k) || !p.touches(k) || !(p.punct(k+1, "/") || p.dash(k+1)) || !p.touches(k+1) {
		return dres{}, false
	}
	b, n2, ok := p.num(k + 2)
	if !ok || n2 != 2 || b != (a+1)%100 || p.gluedAfter(k+2) {
		return dres{}, false
	}
	y := p.fullYear(a)
	return dres{e: k + 3, a: dv{g: gYear, y: y}, b: dv{g: gYear, y: y + 1}}, true
}

// fullYear puts two-digit year a in the century that brings it nearest the reference year; with no
// reference date, 20a up to 50 and 19a after.
func (p *dateParser) fullYear(a int) int {
	if p.d.ref.IsZero() {
		if a > 50 {
			return 1900 + a
		}
		return 2000 + a
	}
	r := p.d.ref.Year()
	y := r/100*100 + a
	if y-r > 50 {
		y -= 100
	} else if r-y > 50 {
		y += 100
	}
	return y
}

// yearRangeAt parses "- 2016" (or "-16") after year y at token k; slash: "/2016" and "/16" too
// (seasons and school years).
func (p *dateParser) yearRangeAt(k, y int, slash bool) (dres, bool) {
	if !p.dash(k+1) && !(slash && p.punct(k+1, "/")) {
		return dres{}, false
	}
	v, n, ok := p.num(k + 2)
	if !ok || p.gluedAfter(k+2) {
		return dres{}, false
	}
	switch n {
	case 4:
	case 2:
		v += y / 100 * 100
	default:
		return dres{}, false
	}
	if v <= y || v > y+100 {
		return dres{}, false
	}
	return dres{e: k + 3, a: dv{g: gYear, y: y}, b: dv{g: gYear, y: v}}, true
}

// quarter parses "Quý III", "quý 3/2023", "quý II năm nay", "quý này", "quý cuối năm".
func (p *dateParser) quarter(i int) (dres, bool) {
	if !p.is(i, wQuy) || i+1 >= p.lim {
		return dres{}, false
	}
	if (p.is(i+1, wDau) || p.is(i+1, wCuoi)) && p.is(i+2, wNam) && !p.countBefore(i) {
		// "quý đầu năm", "quý cuối năm 2021": the first or the last quarter
		n := 1
		if p.is(i+1, wCuoi) {
			n = 4
		}
		y, e := p.yearAfter(i + 2)
		if y == 0 {
			if n2, ok := p.yearRel(i + 3); ok {
				y, e = p.d.relYear(n2).y, i+4
			} else {
				y, e = p.d.relYear(0).y, i+3
			}
		}
		return dres{e: e, a: dv{g: gQuarter, y: y, n: n}}, true
	}
	if p.in(i+1, p.r.weekRel) {
		if p.d.ref.IsZero() {
			return dres{e: i + 2, a: dv{g: gQuarter}}, true
		}
		t := civil(p.d.ref.Year(), int(p.d.ref.Month()), 1).AddDate(0, 3*p.shift(i+1), 0)
		return dres{e: i + 2, a: dv{g: gQuarter, y: t.Year(), n: (int(t.Month()) + 2) / 3}}, true
	}
	n := 0
	switch p.d.word(i + 1) {
	case "I", "1":
		n = 1
	case "II", "2":
		n = 2
	case "III", "3":
		n = 3
	case "IV", "4":
		n = 4
	default:
		return dres{}, false
	}
	if p.eventBefore(i) {
		return dres{}, false // "tổ chức Hội nghị sơ kết công tác Đảng quý III": the quarter names the meeting
	}
	y, e := p.yearAfter(i + 2)
	v := dv{g: gQuarter, y: y, n: n}
	p.d.resolveYear(&v)
	return dres{e: e, a: v}, true
}

// abbrevPeriod parses a quarter or half written the way financial pages abbreviate it, with its
// year: "Q3/2021", "Q4 năm nay", "H1/2021". Without a year "Q3" is as often a model ("Audi Q3"), and
// after a capitalized word so is "Q3 2021".
func (p *dateParser) abbrevPeriod(i int) (dres, bool) {
	t := &p.d.toks[i]
	if t.kind != tWord || t.end-t.start != 2 {
		return dres{}, false
	}
	w := p.d.word(i)
	g := gQuarter
	switch {
	case w[0] == 'Q' && w[1] >= '1' && w[1] <= '4':
	case w[0] == 'H' && (w[1] == '1' || w[1] == '2'):
		g = gHalf
	default:
		return dres{}, false
	}
	y, e := p.yearAfter(i + 1)
	if y == 0 {
		return dres{}, false
	}
	if p.touches(i) && (p.punct(i+1, "/.") || p.dash(i+1)) {
		// written with its year
	} else if prev := i - 1; prev >= 0 && !t.is(fLineStart) && p.d.toks[prev].kind == tWord && p.named(prev) &&
		!p.is(i+1, wNam) {
		return dres{}, false // "Audi Q3 2021"
	}
	return dres{e: e, a: dv{g: g, y: y, n: int(w[1] - '0')}}, true
}

// period parses "6 tháng đầu năm", "9 tháng đầu năm 2021", "3 tháng cuối năm", "nửa đầu năm".
func (p *dateParser) period(i int) (dres, bool) {
	n, k := 0, i+1
	switch {
	case p.is(i, wNua):
		n = 6
	case p.is(i, wSau):
		n = 6
	case p.is(i, wChin):
		n = 9
	case p.is(i, wBa):
		n = 3
	default:
		v, _, ok := p.num(i)
		if !ok || p.gluedBefore(i) {
			return dres{}, false
		}
		n = v
	}
	if !p.is(i, wNua) {
		if !p.is(k, wThang) {
			return dres{}, false
		}
		k++
	}
	first, namAt := p.is(k, wDau), k+1
	switch {
	case first || p.is(k, wCuoi):
		if !p.is(namAt, wNam) {
			return dres{}, false
		}
	case !p.is(i, wNua) && p.is(k, wNam):
		// "9 tháng năm 2021": the first nine months of the year
		if _, ok := p.year(k + 1); !ok {
			if _, ok := p.yearRel(k + 1); !ok {
				return dres{}, false
			}
		}
		first, namAt = true, k
	default:
		return dres{}, false
	}
	y, e := p.yearAfter(namAt)
	if y == 0 {
		if n2, ok := p.yearRel(namAt + 1); ok {
			y, e = p.d.relYear(n2).y, namAt+2
		} else {
			y, e = p.d.relYear(0).y, namAt+1
		}
	}
	switch {
	case n == 6:
		h := 1
		if !first {
			h = 2
		}
		return dres{e: e, a: dv{g: gHalf, y: y, n: h}}, true
	case n == 3:
		q := 1
		if !first {
			q = 4
		}
		return dres{e: e, a: dv{g: gQuarter, y: y, n: q}}, true
	case n >= 1 && n <= 11:
		if first {
			return dres{e: e, a: dv{g: gMonth, y: y, m: 1}, b: dv{g: gMonth, y: y, m: n}}, true
		}
		return dres{e: e, a: dv{g: gMonth, y: y, m: 13 - n}, b: dv{g: gMonth, y: y, m: 12}}, true
	}
	return dres{}, false
}

// decade parses "những năm 90", "những năm 1990", "thập niên 80".
func (p *dateParser) decade(i int) (dres, bool) {
	k := 0
	switch {
	case p.is(i, wNhung) && p.is(i+1, wNam):
		k = i + 2
	case p.is(i, wThap) && (p.is(i+1, wNien) || p.is(i+1, wKy) || p.is(i+1, wKi)):
		k = i + 2
	default:
		return dres{}, false
	}
	v, n, ok := p.num(k)
	if !ok || v%10 != 0 || p.gluedAfter(k) {
		return dres{}, false
	}
	switch {
	case n == 2:
		v = 1900 + v
	case n == 4 && v >= 1000 && v <= 2100:
	default:
		return dres{}, false
	}
	return dres{e: k + 1, a: dv{g: gDecade, n: v / 10}}, true
}

// century parses "thế kỷ XIX", "thế kỷ 21".
func (p *dateParser) century(i int) (dres, bool) {
	if !p.is(i, wThe) || !(p.is(i+1, wKy) || p.is(i+1, wKi)) || i+2 >= p.lim {
		return dres{}, false
	}
	n := roman(p.d.word(i + 2))
	if n == 0 {
		if v, nd, ok := p.num(i + 2); ok && nd <= 2 {
			n = v
		}
	}
	if n < 1 || n > 22 {
		return dres{}, false
	}
	return dres{e: i + 3, a: dv{g: gCentury, n: n - 1}}, true
}

// roman returns the value of an upper-case Roman numeral up to 39, or 0.
func roman(s string) int {
	v, prev := 0, 0
	for k := len(s) - 1; k >= 0; k-- {
		var c int
		switch s[k] {
		case 'I':
			c = 1
		case 'V':
			c = 5
		case 'X':
			c = 10
		default:
			return 0
		}
		if c < prev {
			v -= c
		} else {
			v += c
			prev = c
		}
	}
	if v > 39 {
		return 0
	}
	return v
}

// modified parses a period with its part: "đầu tháng 6", "cuối năm", "giữa tháng", "cuối tuần",
// "cuối tháng trước", "trung tuần tháng 5", "đầu năm nay", "cuối quý III".
func (p *dateParser) modified(i int) (dres, bool) {
	k, end := 0, false
	switch {
	case p.is(i, wDau), p.is(i, wGiua):
		k = i + 1
	case p.is(i, wCuoi):
		k, end = i+1, true
	case p.is(i, wNua) && (p.is(i+1, wDau) || p.is(i+1, wCuoi)) && p.is(i+2, wThang):
		return p.monthExpr(i + 2) // "nửa đầu tháng 6"
	case (p.is(i, wTrung) || p.is(i, wThuong) || p.is(i, wHa)) && p.is(i+1, wTuan) && p.is(i+2, wThang):
		r, ok := p.monthAfter(i + 2)
		if !ok {
			r, ok = dres{e: i + 3, a: p.relMonth(0)}, true
		}
		return r, ok
	default:
		return dres{}, false
	}
	if r, ok := p.monthExpr(k); ok {
		return r, true
	}
	if r, ok := p.yearExpr(k); ok {
		return r, true
	}
	if r, ok := p.quarter(k); ok {
		return r, true
	}
	if r, ok := p.decade(k); ok {
		return r, true
	}
	if r, ok := p.century(k); ok {
		return r, true
	}
	next := k + 1
	following := next < p.lim && p.d.toks[next].kind != tPunct
	if p.is(i-1, wThang) || p.is(i-1, wNgay) || p.is(i-1, wTuan) || p.is(i-1, wQuy) || p.is(i-1, wPhien) ||
		p.is(i-1, wDich) && p.is(i-2, wGiao) && p.is(i-3, wPhien) {
		return dres{}, false // "các tháng đầu năm", "phiên (giao dịch) cuối tuần": a period of a period
	}
	switch {
	case p.is(k, wThang):
		if following && (p.d.toks[next].kind == tNum || p.in(next, p.r.counts)) {
			return dres{}, false
		}
		return dres{e: next, a: p.relMonth(0)}, true
	case p.is(k, wNam):
		if following && (p.d.toks[next].kind == tNum || p.is(next, wHoc) || p.is(next, wTai)) {
			return dres{}, false
		}
		if p.d.folded && p.d.toks[k].is(fUpper) {
			return dres{}, false
		}
		return dres{e: next, a: p.d.relYear(0)}, true
	case p.is(k, wTuan):
		n := 0
		e := next
		switch {
		case p.is(next, wVua) && (p.is(next+1, wQua) || p.is(next+1, wRoi)):
			n, e = -1, e+2 // "cuối tuần vừa qua"
		case p.is(next, wQua):
			n, e = -1, e+1
		case p.in(next, p.r.weekRel):
			n, e = p.shift(next), e+1
		}
		if days, ok := p.bracketedDays(e); ok {
			return days, true // "cuối tuần qua (2-3/10)"
		}
		v := p.d.relWeek(n)
		if end {
			v.g = gWeekend
		}
		return dres{e: e, a: v}, true
	}
	return dres{}, false
}

// monthWeek parses "tuần đầu tháng 10", "tuần cuối tháng 9/2021": the ISO week of the month's
// first or last day.
func (p *dateParser) monthWeek(i int) (dres, bool) {
	if !p.is(i, wTuan) || !(p.is(i+1, wDau) || p.is(i+1, wCuoi)) || !p.is(i+2, wThang) || p.countBefore(i) {
		return dres{}, false
	}
	r, ok := p.monthAfter(i + 2)
	if !ok || r.b.g != gNone || r.lunar {
		return dres{}, false
	}
	v := dv{g: gWeek}
	if r.a.y != 0 && r.a.m != 0 {
		d := 1
		if p.is(i+1, wCuoi) {
			d = daysIn(r.a.m, r.a.y)
		}
		v.y, v.n = civil(r.a.y, r.a.m, d).ISOWeek()
	}
	return dres{e: r.e, a: v}, true
}

// week parses "tuần này", "tuần trước", "tuần sau", "tuần tới", "tuần qua", "tuần vừa qua".
func (p *dateParser) week(i int) (dres, bool) {
	if !p.is(i, wTuan) || p.countBefore(i) {
		return dres{}, false
	}
	var r dres
	switch {
	case p.is(i+1, wQua):
		r = dres{e: i + 2, a: p.d.relWeek(-1)}
	case p.is(i+1, wVua) && (p.is(i+2, wQua) || p.is(i+2, wRoi)):
		r = dres{e: i + 3, a: p.d.relWeek(-1)}
	case p.is(i+1, wMoi):
		// "tuần mới (4-10/10)": a new week only with its days
		r = dres{e: i + 2, a: p.d.relWeek(0)}
	case !p.in(i+1, p.r.weekRel):
		return dres{}, false
	case p.is(i+1, wTruoc) && (p.is(i+2, wKhi) || p.is(i+2, wDo)):
		return dres{}, false
	default:
		n, e := p.further(i+2, p.shift(i+1))
		r = dres{e: e, a: p.d.relWeek(n)}
	}
	if days, ok := p.bracketedDays(r.e); ok {
		return days, true // "tuần này (4/10 - 10/10)": the days say which week
	}
	if days, ok := p.dateBody(r.e, true, false); ok && days.a.g == gDay {
		// "Tuần mới 4/10-10/10", like "tuần 4-8/10"
		if days.b.g == gNone {
			days = p.extendDay(r.e, days, true)
		}
		if days.b.g != gNone {
			return days, true
		}
	}
	if p.is(i+1, wMoi) {
		return dres{}, false
	}
	return r, true
}

// bracketedDays parses days in round brackets at k that spell out the period before them: "(4-10/10)",
// "(4/10 - 10/10)".
func (p *dateParser) bracketedDays(k int) (dres, bool) {
	if !p.punct(k, "(") {
		return dres{}, false
	}
	r, ok := p.dateBody(k+1, true, false)
	if !ok || r.a.g != gDay {
		return dres{}, false
	}
	if r.b.g == gNone {
		r = p.extendDay(k+1, r, true)
	}
	if r.b.g == gNone || !p.punct(r.e, ")") {
		return dres{}, false
	}
	r.e++
	return r, true
}

// ago parses "3 ngày trước", "2 tuần trước", "hai năm trước", "cách đây 5 năm" (but not "3 ngày
// trước khi", "… trước đó").
func (p *dateParser) ago(i int) (dres, bool) {
	k, since := i, false
	if p.is(i, wCach) && p.is(i+1, wHere) {
		k, since = i+2, true
	}
	n, ok := p.count(k)
	if !ok || n == 0 || n > 100 || p.gluedBefore(k) {
		return dres{}, false
	}
	e := k + 2
	switch {
	case p.is(e, wTruoc):
		e++
	case p.is(e, wVe) && p.is(e+1, wTruoc):
		e += 2
	case !since:
		return dres{}, false
	}
	if p.is(e, wKhi) || p.is(e, wDo) || p.is(e, wDay) || p.is(e, wNua2) || p.is(e, wCua) {
		return dres{}, false
	}
	var v dv
	switch {
	case p.is(k+1, wNgay):
		v = p.d.relDay(-n)
	case p.is(k+1, wTuan):
		v = p.d.relWeek(-n)
	case p.is(k+1, wThang):
		v = p.d.relMonth(-n)
	case p.is(k+1, wNam):
		v = p.d.relYear(-n)
	default:
		return dres{}, false
	}
	return dres{e: e, a: v}, true
}

// count reads a small number written in digits or words ("3", "hai", "mười").
func (p *dateParser) count(i int) (int, bool) {
	if v, _, ok := p.num(i); ok {
		return v, true
	}
	if i >= p.lim || p.d.toks[i].kind != tWord {
		return 0, false
	}
	v, ok := p.r.numWords.form(p.d, i)
	return v, ok
}

var (
	wCach = kw("cách")
	wVe   = kw("về")
	wHere = kw("đây")
)

// yearRange parses a bare "2011-2023", "2021 - 2025".
func (p *dateParser) yearRange(i int) (dres, bool) {
	y, ok := p.year(i)
	if !ok || y < 1900 || p.gluedBefore(i) || p.in(i-1, p.r.docWords) {
		return dres{}, false
	}
	if i > 0 && !p.d.toks[i].is(fLineStart) {
		// "Thương hiệu Mạnh Việt Nam 2020-2021": right after a capitalized word the years belong to
		// the name
		if t := &p.d.toks[i-1]; t.kind == tWord && t.is(fUpper) && !t.is(fSentStart) && !t.is(fCapsLine) {
			return dres{}, false
		}
	}
	return p.yearRangeAt(i, y, false)
}

// bareYear parses a four-digit year after a word that makes it one: "từ 2019", "(SN 1991",
// "cùng kỳ 2020", "sản xuất 2021", "so với 2020", "giai đoạn 2021".
func (p *dateParser) bareYear(i int) (dres, bool) {
	y, ok := p.year(i)
	if !ok || y < 1900 || p.gluedBefore(i) || p.gluedAfter(i) {
		return dres{}, false
	}
	if _, _, ok := p.holidayYear(i - 2); ok {
		return dres{e: i + 1, a: dv{g: gYear, y: y}}, true // "Tết Nhâm Dần 2022": the year written after the name
	}
	if !p.in(i-1, p.r.yearCtx) && !(p.is(i-1, wVoi) && p.is(i-2, wSo)) && // "so với 2020"
		!(p.is(i-1, wDoan) && p.is(i-2, wGiaiD)) { // "giai đoạn 2021", like "giai đoạn 2021 - 2025"
		return dres{}, false
	}
	if i+1 < p.lim {
		t := &p.d.toks[i+1]
		if t.kind == tNum || t.kind == tWord && !p.named(i+1) && !p.in(i+1, p.r.afterOK) {
			return dres{}, false
		}
	}
	return dres{e: i + 1, a: dv{g: gYear, y: y}}, true
}

// englishDate parses "October 1, 2021", "September 2021", "on October 22", "6a.m on October 1, 2021".
func (p *dateParser) englishDate(i int) (dres, bool) {
	if i >= p.lim {
		return dres{}, false
	}
	if e, hh, mm, ok := p.englishClock(i); ok && p.d.low(e) == "on" {
		if r, ok := p.englishDate(e + 1); ok && r.a.g == gDay {
			r.a.clock, r.a.hh, r.a.mm = true, hh, mm
			return r, true
		}
		return dres{}, false
	}
	if r, ok := p.englishRelative(i); ok {
		return r, true
	}
	if !p.d.toks[i].is(fUpper) || p.d.toks[i].is(fAccented) {
		return dres{}, false
	}
	m, ok := p.r.english[p.d.key(i)]
	if !ok {
		return dres{}, false
	}
	if dd, ok := p.day(i + 1); ok {
		k := i + 2
		if p.punct(k, ",") {
			k++
		}
		if y, ok := p.year(k); ok && validDay(dd, m, y) {
			return dres{e: k + 1, a: dv{g: gDay, y: y, m: m, d: dd}}, true
		}
		if i > 0 && p.r.englishCtx[p.d.low(i-1)] && validDay(dd, m, 0) && !p.gluedAfter(i+1) {
			// "On October 22,": no year
			v := dv{g: gDay, m: m, d: dd}
			p.d.resolveYear(&v)
			return dres{e: i + 2, a: v}, true
		}
		return dres{}, false
	}
	if y, ok := p.year(i + 1); ok {
		return dres{e: i + 2, a: dv{g: gMonth, y: y, m: m}}, true
	}
	return dres{}, false
}

// englishRelative parses an English weekday or relative word in English text: "Friday", "today",
// "yesterday", "this month", "last week", "next year". Its neighbours must be English (unaccented); a
// weekday next to a capitalized word is part of a name ("Black Friday"), a capitalized "Today" inside a
// sentence is a name ("USA Today"), and "the last week of" is no relative week.
func (p *dateParser) englishRelative(i int) (dres, bool) {
	t := &p.d.toks[i]
	if t.kind != tWord || t.is(fAccented) || t.is(fHasDigit) {
		return dres{}, false
	}
	k := p.d.key(i)
	if wd, ok := p.r.engDays[k]; ok {
		if !t.is(fUpper) || !p.englishAround(i, i+1) {
			return dres{}, false
		}
		if prev := i - 1; prev >= 0 && !t.is(fLineStart) && p.d.toks[prev].kind == tWord && p.d.toks[prev].is(fUpper) &&
			!p.r.englishCtx[p.d.low(prev)] {
			return dres{}, false
		}
		if next := i + 1; next < p.lim && p.d.toks[next].kind == tWord && p.d.toks[next].is(fUpper) {
			if _, month := p.r.english[p.d.key(next)]; !month {
				return dres{}, false
			}
		}
		return dres{e: i + 1, a: p.d.weekday(wd, 0)}, true
	}
	rel, ok := p.r.engRel[k]
	if !ok || t.is(fUpper) && !t.is(fSentStart) && !t.is(fLineStart) || i > 0 && p.d.low(i-1) == "the" {
		return dres{}, false
	}
	if rel.g == gDay {
		if !p.englishAround(i, i+1) {
			return dres{}, false
		}
		return dres{e: i + 1, a: p.d.relDay(rel.n)}, true
	}
	if i+1 >= p.lim || p.d.toks[i+1].kind != tWord || !p.englishAround(i, i+2) {
		return dres{}, false
	}
	switch p.r.engUnits[p.d.low(i+1)] {
	case gWeek:
		return dres{e: i + 2, a: p.d.relWeek(rel.n)}, true
	case gMonth:
		return dres{e: i + 2, a: p.relMonth(rel.n)}, true
	case gYear:
		return dres{e: i + 2, a: p.d.relYear(rel.n)}, true
	}
	return dres{}, false
}

// englishAround reports whether the words just before token s and at e are written without
// diacritics, as English is (punctuation and the ends of the line count as English).
func (p *dateParser) englishAround(s, e int) bool {
	if s > 0 && !p.d.toks[s].is(fLineStart) && p.d.toks[s-1].kind == tWord && p.d.toks[s-1].is(fAccented) {
		return false
	}
	return e >= p.lim || p.d.toks[e].kind != tWord || !p.d.toks[e].is(fAccented)
}

// englishClock parses an English clock time at i: "6a.m", "6 a.m.", "6am", "10:30 pm".
func (p *dateParser) englishClock(i int) (e, hh, mm int, ok bool) {
	if i >= p.lim {
		return
	}
	w := p.d.low(i)
	k, h := 0, 0
	for k < len(w) && k < 2 && w[k] >= '0' && w[k] <= '9' {
		h = h*10 + int(w[k]-'0')
		k++
	}
	if k == 0 || h > 12 {
		return
	}
	e = i + 1
	suffix := w[k:]
	if suffix == "" {
		if p.punct(e, ":") && p.touches(i) && p.touches(e) {
			m, n, isNum := p.num(e + 1)
			if !isNum || n != 2 || m > 59 {
				return
			}
			mm, e = m, e+2
		}
		if e >= p.lim || p.d.toks[e].kind != tWord {
			return
		}
		suffix, e = p.d.low(e), e+1
	}
	switch suffix {
	case "am", "pm":
	case "a", "p":
		// "a.m", "p.m."
		if !p.punct(e, ".") || !p.touches(e-1) || e+1 >= p.lim || p.d.low(e+1) != "m" || !p.touches(e) {
			return
		}
		e += 2
		if p.punct(e, ".") && p.touches(e-1) {
			e++
		}
		suffix += "m"
	default:
		return
	}
	if suffix == "pm" && h < 12 {
		h += 12
	} else if suffix == "am" && h == 12 {
		h = 0
	}
	return e, h, mm, e < p.lim
}

// sameTime parses "cùng kỳ năm trước", "cùng kỳ năm ngoái": the period last named (a quarter, a
// half, the first months of a year) a year earlier.
func (p *dateParser) sameTime(i int) (dres, bool) {
	if !p.is(i, wCung) || !(p.is(i+1, wKyPeriod) || p.is(i+1, wKiPeriod)) {
		return dres{}, false
	}
	k := i + 2
	// only "cùng kỳ năm trước / năm ngoái" is one expression; in "cùng kỳ năm 2018" and "cùng kỳ
	// 2020" the year is the date
	if !p.is(k, wNam) || !(p.is(k+1, wTruoc) || p.is(k+1, wNgoai)) {
		return dres{}, false
	}
	r, ok := p.yearExpr(k)
	if !ok {
		return dres{}, false
	}
	if !p.hasPeriod {
		return r, true
	}
	y := r.a.y
	if y == 0 && p.lastPeriod.a.y != 0 {
		y = p.lastPeriod.a.y - 1
	}
	if y == 0 {
		return r, true
	}
	a, b := p.lastPeriod.a, p.lastPeriod.b
	a.y = y
	if b.g != gNone {
		b.y = y
	}
	return dres{e: r.e, a: a, b: b}, true
}

var (
	wKyPeriod = kw("kỳ")
	wKiPeriod = kw("kì")
)

// lawBefore reports whether token i follows the name of a law ("Luật Đất đai", "Bộ luật Hình sự",
// "Hiến pháp"): words only, up to six of them, back to a capitalized "Luật" or "Hiến pháp".
func (p *dateParser) lawBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &p.d.toks[k]
		if t.kind != tWord || t.is(fLineStart) && k != i-1 && !t.is(fUpper) {
			return false
		}
		if t.is(fUpper) && (p.is(k, wLuat) || p.is(k, wHien) && p.is(k+1, wPhap)) {
			return true
		}
		if p.is(k, wLuat) && p.is(k-1, wBo) {
			return true
		}
		if t.is(fLineStart) {
			return false
		}
	}
	return false
}

// docNumberBefore reports whether "năm" at i follows a document number written as one word of
// digits, slashes, dashes and capitals: "Công văn 365/TANDTC-VP năm 2021", "Quyết định số
// 1234/QĐ-UBND năm 2021", where the year is part of the document's number.
func (p *dateParser) docNumberBefore(i int) bool {
	slash, code := false, false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &p.d.toks[k]
		switch {
		case t.kind == tPunct && p.punct(k, "/"):
			slash = true
		case t.kind == tWord && t.is(fUpper) && !slash:
			code = true
		case t.kind == tNum || t.kind == tPunct && p.dash(k) || t.kind == tWord && t.is(fUpper):
		default:
			return false
		}
		if t.is(fSpaceBefore) || t.is(fLineStart) {
			return slash && code && t.kind == tNum
		}
	}
	return false
}

// eventBefore reports whether "năm" or "quý" at i ends the name of an event: after an edition ("Giải đua xe
// đạp … lần thứ VIII năm 2021", "lần I năm 2021") or a capitalized event head written as a name
// mid-sentence ("tổ chức Hội nghị Đại biểu Người lao động năm 2021"), words only back to it.
func (p *dateParser) eventBefore(i int) bool {
	lan := -1
	switch {
	case p.is(i-2, wLan):
		lan = i - 2
	case p.is(i-3, wLan) && p.is(i-2, wThu):
		lan = i - 3
	}
	if lan >= 1 && !p.d.toks[lan].is(fLineStart) {
		// a Roman numeral numbers an edition; a number does after a name ("… Lào Cai” lần 2 năm
		// 2021"), not in "lần thứ hai năm 2021 giá tăng"
		if roman(p.d.word(i-1)) > 0 {
			return true
		}
		prev := &p.d.toks[lan-1]
		if p.editionNumber(i-1) && (prev.kind == tWord && prev.is(fUpper) && !prev.is(fSentStart) && !prev.is(fCapsLine) ||
			p.punct(lan-1, "”\"»")) {
			return true
		}
	}
	if p.d.toks[i].is(fCapsLine) {
		return false
	}
	capsInside := false
	for k := i - 1; k >= 1 && k >= i-9; k-- {
		t := &p.d.toks[k]
		if t.kind != tWord || t.is(fLineStart) {
			return false
		}
		if p.d.toks[k-1].is(fUpper) && p.d.toks[k-1].kind == tWord && p.eventHead(k-1) {
			head := &p.d.toks[k-1]
			return !head.is(fSentStart) && !head.is(fLineStart) || capsInside
		}
		if t.is(fUpper) {
			capsInside = true
		}
	}
	return false
}

// eventHead reports whether tokens i, i+1 are the head of an event name ("Hội nghị", "Liên hoan").
func (p *dateParser) eventHead(i int) bool {
	for _, h := range p.r.eventHeads {
		if p.is(i, h[0]) && p.is(i+1, h[1]) {
			return true
		}
	}
	return false
}

// editionNumber reports whether token i numbers an edition: a Roman numeral, a number, or a
// number word ("lần thứ VIII", "lần 2", "lần thứ hai").
func (p *dateParser) editionNumber(i int) bool {
	if i < 0 || i >= p.lim {
		return false
	}
	if roman(p.d.word(i)) > 0 {
		return true
	}
	if _, n, ok := p.num(i); ok && n <= 2 {
		return true
	}
	_, ok := p.r.numWords.form(p.d, i)
	return ok || p.is(i, wTu)
}

var (
	wLan = kw("lần")
	wTu  = kw("tư")
)

var (
	wLuat = kw("luật")
	wHien = kw("hiến")
	wPhap = kw("pháp")
	wBo   = kw("bộ")
)

// monthYear parses a bare "5/2021", "12-2019": a month of a year, unless it is a document number
// ("Quyết định 12/2021", "15/2020/TT-BGDĐT") or a ratio ("tỷ lệ 1/2000").
func (p *dateParser) monthYear(i int) (dres, bool) {
	m, ok := p.month(i)
	if !ok || p.gluedBefore(i) || !p.touches(i) || !(p.punct(i+1, "/.") || p.dash(i+1)) || !p.touches(i+1) {
		return dres{}, false
	}
	y, ok := p.year(i + 2)
	if !ok || y < 1900 || p.gluedAfter(i+2) || p.in(i-1, p.r.docWords) || p.in(i-1, p.r.fracCtx) {
		return dres{}, false
	}
	if i+3 < p.lim && p.d.toks[i+3].kind == tWord && !p.named(i+3) && !p.in(i+3, p.r.afterOK) {
		return dres{}, false
	}
	return dres{e: i + 3, a: dv{g: gMonth, y: y, m: m}}, true
}

// yearAfterYear parses the second of two years joined by "và", "hoặc" or a comma ("năm 2020 và
// 2021").
func (p *dateParser) yearAfterYear(i int) (dres, bool) {
	y, ok := p.year(i)
	if !ok || y < 1900 || p.last != i-1 || p.lastG != gYear || !(p.is(i-1, wVa) || p.is(i-1, wHoac) || p.punct(i-1, ",")) ||
		p.gluedAfter(i) {
		return dres{}, false
	}
	return dres{e: i + 1, a: dv{g: gYear, y: y}}, true
}

var (
	wHoac = kw("hoặc")
	wHoi  = kw("hồi") // before a date that recalls an earlier time ("hồi ngày 12/5")
)

var (
	wXuan = kw("xuân")
	wDan  = kw("đán")
)

// yearName parses the name of a year in the sixty-year cycle at i, a stem and a branch both
// capitalized ("Tân Sửu", "Nhâm Dần"), and returns the year it names (0 with no reference date) and
// where it ends. The year is the latest that bears the name and is at most one year after the
// reference year: press text names the coming Tết at the furthest, and past years often ("Tết Mậu
// Thân" is 1968).
func (p *dateParser) yearName(i int) (int, int, bool) {
	if i+1 >= p.lim || p.d.toks[i].kind != tWord || p.d.toks[i+1].kind != tWord || !p.upper(i) || !p.upper(i+1) {
		return 0, i, false
	}
	s, ok := p.r.stems.form(p.d, i)
	if !ok {
		return 0, i, false
	}
	b, ok := p.r.branches.form(p.d, i+1)
	if !ok || s%2 != b%2 {
		return 0, i, false
	}
	if p.d.ref.IsZero() {
		return 0, i + 2, true
	}
	top := p.d.ref.Year() + 1
	// the cycle began with Giáp Tý in 4 (of the common era): year y is stem (y-4)%10, branch (y-4)%12
	for y := top; y > top-60; y-- {
		if (y-4)%10 == s && (y-4)%12 == b {
			return y, i + 2, true
		}
	}
	return 0, i + 2, true
}

// holidayYear parses a year's name in the sixty-year cycle after a holiday ("Tết Nhâm Dần") at token
// k, as yearName does.
func (p *dateParser) holidayYear(k int) (int, int, bool) {
	if k < 1 || !(p.is(k-1, wTet) || p.is(k-1, wXuan) || p.is(k-1, wDan)) {
		return 0, k, false
	}
	return p.yearName(k)
}

// lunarYearName parses the name of a year after a holiday, on its own like the year in "Tết 2022":
// "Tết Nhâm Dần", "Xuân Tân Sửu", "Tết Nguyên đán Nhâm Dần" (only "Nhâm Dần"). A year written after the
// name is the DATE instead ("Tết Nguyên đán Nhâm Dần năm 2022" → "năm 2022").
func (p *dateParser) lunarYearName(i int) (dres, bool) {
	y, e, ok := p.holidayYear(i)
	if !ok {
		return dres{}, false
	}
	if _, ok := p.year(e); ok {
		return dres{}, false
	}
	if p.is(e, wNam) {
		if _, ok := p.year(e + 1); ok {
			return dres{}, false
		}
	}
	return dres{e: e, a: dv{g: gYear, y: y}, lunar: true}, true
}
