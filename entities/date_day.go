// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

// Day-level expressions: clock times, parts of day, relative days, weekdays and calendar dates.

var (
	wRang   = kw("rạng")
	wSang   = kw("sáng")
	wSom    = kw("sớm")
	wToiEv  = kw("tối")
	wKia    = kw("kia")
	wMai    = kw("mai")
	wQua    = kw("qua")
	wNow    = kw("nay")
	wVua    = kw("vừa")
	wRoi    = kw("rồi")
	wBuoi   = kw("buổi")
	wHet    = kw("hết")
	wMuon   = kw("muộn")
	wDem    = kw("đêm")
	wXe     = kw("xế")
	wChap   = kw("chập")
	wChoang = kw("choạng")
	wTrua   = kw("trưa")
	wChieu  = kw("chiều")
	wKhuya  = kw("khuya")
)

// clock parses a clock time at i: "14h30", "14h", "10g45", "8 giờ 30 phút", "8 giờ", "15:23".
// strong reports a shape that can only be a time of day.
func (p *dateParser) clock(i int) (e, hh, mm int, strong, ok bool) {
	if i >= p.lim {
		return
	}
	t := &p.d.toks[i]
	if t.kind == tWord && t.is(fHasDigit) {
		w := p.d.low(i)
		k, h := 0, 0
		for k < len(w) && w[k] >= '0' && w[k] <= '9' {
			h = h*10 + int(w[k]-'0')
			k++
		}
		if k == 0 || k > 2 || k >= len(w) || (w[k] != 'h' && w[k] != 'g') {
			return
		}
		k++
		m, md := 0, 0
		for k < len(w) && w[k] >= '0' && w[k] <= '9' {
			m = m*10 + int(w[k]-'0')
			k++
			md++
		}
		if k != len(w) || (md != 0 && md != 2) || h > 24 || m > 59 {
			return
		}
		e = i + 1
		if md == 0 {
			// "14h 30" is rare; "8h" and "15g" (grams) need context
			return e, h, 0, false, true
		}
		return e, h, m, true, true
	}
	h, n, isNum := p.num(i)
	if !isNum || n > 2 || h > 24 {
		return
	}
	if p.is(i+1, wGio) {
		e = i + 2
		if m, mn, ok2 := p.num(e); ok2 && mn <= 2 && m <= 59 {
			e++
			mm = m
			strong = p.is(e, wPhut)
			if strong {
				e++
			}
		}
		return e, h, mm, strong, true
	}
	if p.punct(i+1, ":") && p.touches(i) && p.touches(i+1) {
		if m, mn, ok2 := p.num(i + 2); ok2 && mn == 2 && m <= 59 && h <= 23 && !(p.touches(i+2) && p.punct(i+3, ":/.,") && p.touches(i+3) && i+4 < p.lim && p.d.toks[i+4].kind == tNum) {
			return i + 3, h, m, n == 2, true // "14:00" is a time, "2:15" may be a score
		}
	}
	return
}

// partOfDay parses "sáng", "rạng sáng", "sáng sớm", "trưa", "chiều", "chiều tối", "chiều muộn", "tối",
// "đêm", "nửa đêm", "khuya" at i, and the parts of day written with a prefix: "xế chiều", "chập tối",
// "chập choạng tối", "giữa trưa", "giữa đêm", "gần trưa", "gần sáng", "gần tối", "đêm khuya".
func (p *dateParser) partOfDay(i int) (int, string) {
	if i >= p.lim || p.d.toks[i].kind != tWord {
		return i, ""
	}
	if p.is(i, wRang) && p.is(i+1, wSang) {
		return i + 2, "MO"
	}
	if p.is(i, wNua) && p.is(i+1, wDem) {
		return i + 2, "NI" // "nửa đêm 3/10"
	}
	if !p.d.folded {
		// folded, "xe", "chap", "gan", "giua" are mostly other words ("gan toi": near me)
		switch {
		case p.is(i, wXe) && p.is(i+1, wChieu):
			return i + 2, "AF"
		case p.is(i, wChap) && p.is(i+1, wToiEv):
			return i + 2, "EV"
		case p.is(i, wChap) && p.is(i+1, wChoang) && p.is(i+2, wToiEv):
			return i + 3, "EV"
		case p.is(i, wGiua) && p.is(i+1, wTrua), p.is(i, wGan) && p.is(i+1, wTrua):
			return i + 2, "MI"
		case p.is(i, wGiua) && p.is(i+1, wDem):
			return i + 2, "NI"
		case p.is(i, wGan) && p.is(i+1, wSang):
			return i + 2, "MO"
		case p.is(i, wGan) && p.is(i+1, wToiEv):
			return i + 2, "EV"
		}
	}
	c, ok := p.r.podWords.form(p.d, i)
	if !ok {
		return i, ""
	}
	if p.d.folded {
		// folded keys collide ("toi" is also "tôi", "sang" also "sang"): a part of day only before
		// a day word or a number
		if k := p.d.key(i); (k == "toi" || k == "sang") && !(p.is(i+1, wNow) || p.is(i+1, wQua) ||
			p.is(i+1, wMai) || p.is(i+1, wNgay) || p.is(i+1, wHom) || i+1 < p.lim && p.d.toks[i+1].kind == tNum) {
			return i, ""
		}
		if p.d.key(i) == "toi" && p.is(i+1, wNow) && p.fromBefore(i) {
			return i, "" // "(kể) từ … tới nay": until now, not tonight
		}
		if p.is(i+1, wQua) && i+2 < p.lim && p.r.quaAdj[p.d.key(i+2)] {
			return i, "" // "chiếu quá nhiều phim": quá before an adjective, not chiều qua
		}
	}
	switch {
	case c == "AF" && p.is(i+1, wToiEv):
		return i + 2, "EV"
	case c == "MO" && p.is(i+1, wSom):
		return i + 2, "MO"
	case c == "NI" && p.is(i, wDem) && p.is(i+1, wKhuya):
		return i + 2, "NI" // "đêm khuya 31/12"
	case c != "MO" && !p.d.folded && p.is(i+1, wMuon):
		return i + 2, c // "chiều muộn", "tối muộn", "trưa muộn"
	}
	return i + 1, c
}

// named reports whether token i is capitalized where capitals mean something: in a line in
// capitals every word is, so there a word counts as lower case.
func (p *dateParser) named(i int) bool {
	t := &p.d.toks[i]
	return t.is(fUpper) && !t.is(fCapsLine)
}

// fromBefore reports whether "từ" (folded "tu") opens the clause that token i ends: up to eight
// tokens back, with no punctuation between.
func (p *dateParser) fromBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if p.d.toks[k].kind == tPunct {
			return false
		}
		if p.d.key(k) == "tu" {
			return true
		}
		if p.d.toks[k].is(fLineStart) {
			return false
		}
	}
	return false
}

// hourOf puts a 12-hour clock reading into 24 hours by its part of day: "7 giờ tối" is 19:00.
func hourOf(h int, pod string) int {
	switch pod {
	case "AF", "EV":
		if h < 12 {
			return h + 12
		}
	case "NI":
		if h >= 6 && h < 12 {
			return h + 12
		}
	case "MI":
		if h <= 5 {
			return h + 12
		}
	}
	return h
}

// anchor is the day a bare clock time or "cùng ngày" refers to: the last day mentioned, else the
// reference date.
func (p *dateParser) anchor() dv {
	if p.hasLast {
		return p.lastDay
	}
	return p.d.relDay(0)
}

// dayExpr parses [clock] [part of day] day: "Chiều ngày 12/05", "14h30 ngày 4/10", "sáng nay",
// "tối thứ Hai", "18h00 tối 10/9", and clock times on their own ("lúc 14h30").
func (p *dateParser) dayExpr(i int) (dres, bool) {
	if (p.is(i, wDau) || p.is(i, wCuoi)) && p.is(i+1, wGio) {
		// "Đầu giờ chiều 4/10"
		if pe, pod := p.partOfDay(i + 2); pod != "" {
			if r, ok := p.dayCore(pe, true, true); ok && r.b.g == gNone && (r.a.g == gDay || r.a.g == gWeekday) {
				r.a.pod = pod
				return r, true
			}
		}
	}
	if p.is(i, wBuoi) {
		// "buổi sáng 11-9-2001", "buổi chiều nay": the part of day with its word
		pe, pod := p.partOfDay(i + 1)
		if pod == "" {
			return dres{}, false
		}
		r, ok := p.dayCore(pe, true, true)
		if !ok || r.b.g != gNone || r.a.g != gDay && r.a.g != gWeekday {
			return dres{}, false
		}
		r.a.pod = pod
		return r, true
	}
	j := i
	ce, hh, mm, strong, hasClock := p.clock(i)
	ctx := i - 1 // the word that says what a number before "h" or "giờ" is
	if hasClock {
		if (p.is(ctx, wHon) || p.is(ctx, wGan) || p.is(ctx, wKhoang)) && p.in(ctx-1, p.r.clockCtx) {
			ctx-- // "từ hơn 14h", "lúc gần 8 giờ": a time, the word of measure left out
		} else if p.in(ctx, p.r.durCtx) {
			return dres{}, false
		}
		j = ce
	}
	pe, pod := p.partOfDay(j)
	if hasClock && pod == "" && p.dash(j) {
		if r, ok := p.clockRange(j+1, hh, mm); ok {
			return r, true
		}
	}
	if hasClock && pod == "" {
		// "18h30 [23/10]", "20h (12/10)": the date in brackets after the time
		if r, ok := p.bracketed(j); ok {
			r.a.clock, r.a.hh, r.a.mm = true, hh, mm
			return r, true
		}
	}
	if hasClock && pod == "" && p.punct(j, ",") {
		// "(23h00, 24/10)"
		if r, ok := p.dateBody(j+1, true, false); ok && r.b.g == gNone {
			r.a.clock, r.a.hh, r.a.mm = true, hh, mm
			return r, true
		}
	}
	if hasClock {
		// "17 giờ (giờ Việt Nam) ngày 2-11": a time-zone note between the time and its day
		if k, ok := p.zoneNote(pe); ok {
			if r, ok := p.dayCore(k, pod != "", true); ok && r.b.g == gNone && (r.a.g == gDay || r.a.g == gWeekday) {
				r.a.pod = pod
				r.a.clock, r.a.hh, r.a.mm = true, hourOf(hh, pod), mm
				return r, true
			}
		}
	}
	r, ok := p.dayCore(pe, pod != "", hasClock || pod != "" || p.secondEnd(i))
	if !ok {
		if !hasClock {
			return dres{}, false
		}
		if !strong && pod == "" && !p.in(ctx, p.r.clockCtx) || hh > 23 {
			return dres{}, false
		}
		a := p.anchor()
		a.clock, a.hh, a.mm = true, hourOf(hh, pod), mm
		return dres{e: pe, a: a, anchored: true}, true
	}
	if r.b.g == gNone && (r.a.g == gDay || r.a.g == gWeekday) {
		if pod != "" {
			r.a.pod = pod
		}
		if hasClock {
			r.a.clock, r.a.hh, r.a.mm = true, hourOf(hh, pod), mm
		}
		if r.a.g == gDay && !r.dated {
			r.e = p.weekdayNote(r.e)
		}
	}
	return r, true
}

// weekdayNote returns where a weekday in brackets that confirms the day before it ends, at e: "Ngày
// 12/10/2021 (thứ Ba)", like the day in brackets of "sáng nay (29/9)"; e when there is none.
func (p *dateParser) weekdayNote(e int) int {
	closing := p.closingOf(e)
	if closing == "" {
		return e
	}
	if r, ok := p.weekdayExpr(e+1, true); ok && !r.dated && p.punct(r.e, closing) {
		return r.e + 1
	}
	return e
}

// zoneNote parses a time-zone note in brackets at k, "(giờ Việt Nam)", "(theo giờ địa phương)",
// "(giờ GMT)", and returns where it ends.
func (p *dateParser) zoneNote(k int) (int, bool) {
	if !p.punct(k, "(") {
		return k, false
	}
	n := k + 1
	if p.is(n, wTheo) {
		n++
	}
	if !p.is(n, wGio) {
		return k, false
	}
	for e := n + 1; e < p.lim && e <= n+5; e++ {
		if p.punct(e, ")") {
			return e + 1, e > n+1
		}
		if p.d.toks[e].kind == tPunct && !p.punct(e, "+-") {
			break
		}
	}
	return k, false
}

var (
	wTheo   = kw("theo")
	wHon    = kw("hơn")
	wGan    = kw("gần")
	wKhoang = kw("khoảng")
)

// clockRange parses the second clock time of a range and the day both belong to, at k after
// "hh:mm -": "6h00-12h00 ngày 4/10", "từ 6h-18h trưa nay". Without a day after it the two times
// are left to be read one by one.
func (p *dateParser) clockRange(k, hh, mm int) (dres, bool) {
	ce, hh2, mm2, _, ok := p.clock(k)
	if !ok {
		return dres{}, false
	}
	pe, pod := p.partOfDay(ce)
	r, ok := p.dayCore(pe, pod != "", true)
	if !ok || r.b.g != gNone || r.a.g != gDay {
		return dres{}, false
	}
	h1, h2 := hourOf(hh, pod), hourOf(hh2, pod)
	if h1 > h2 {
		h1 = hh // "8h-17h chiều": the part of day belongs to the second time only
	}
	if h1 > 23 || h2 > 24 {
		return dres{}, false
	}
	a, b := r.a, r.a
	a.pod, b.pod = "", ""
	a.clock, a.hh, a.mm = true, h1, mm
	b.clock, b.hh, b.mm = true, h2, mm2
	return dres{e: r.e, a: a, b: b}, true
}

// secondEnd reports whether token i follows a day and a word that joins it to a second one: "từ
// ngày 8/10 đến 22/10", "đến hết 31/10", "ngày 30/9 và 1/10". There a bare d/m is a date whatever
// follows it.
func (p *dateParser) secondEnd(i int) bool {
	k := i - 1
	if p.is(k, wHet) {
		k--
	}
	return k >= 0 && p.last == k && p.lastG == gDay &&
		(p.is(k, wDen) || p.is(k, wToi) || p.is(k, wVa) || p.is(k, wHoac) || p.dash(k))
}

// dayCore parses a day at j. pod: a part of day precedes (so "nay", "qua", "mai" alone are days);
// loose: a part of day or clock precedes, so a bare d/m is a date without further checks.
func (p *dateParser) dayCore(j int, pod, loose bool) (dres, bool) {
	if j >= p.lim {
		return dres{}, false
	}
	if r, ok := p.relDayExpr(j, pod); ok {
		return r, true
	}
	if p.is(j, wCung) && p.is(j+1, wNgay) {
		return dres{e: j + 2, a: p.anchor()}, true
	}
	if r, ok := p.weekdayExpr(j, loose); ok {
		return r, true
	}
	if p.is(j, wHom) || p.is(j, wNgay) {
		// "hôm thứ Sáu", "ngày thứ Năm 12/5"
		if r, ok := p.weekdayExpr(j+1, false); ok {
			return r, true
		}
	}
	if r, ok := p.ram(j); ok {
		return r, true
	}
	mung := p.is(j, wMung) || p.is(j, wMong)
	prefix := mung || p.is(j, wNgay) || p.is(j, wHom)
	k := j
	if prefix {
		k++
	}
	if r, ok := p.dateBody(k, prefix || loose, mung); ok {
		return r, true
	}
	if (mung || p.is(j, wNgay)) && !p.countBefore(j) {
		if r, ok := p.wordDate(k, mung); ok {
			return r, true
		}
	}
	if pod && (!p.touches(j) || p.punct(j+1, ",")) {
		// "đêm 11 đến sáng 12/10", "chiều 2 và ngày 3/10": the month written at the second end;
		// "đêm 14 rạng sáng 15/10", "đêm 14, rạng sáng 15/10": the night that ends on the next day
		dd, ok := p.day(j)
		n := j + 2
		if ok && (p.touches(j) || !(p.is(j+1, wDen) || p.is(j+1, wToi) || p.is(j+1, wVa) || p.dash(j+1))) {
			n = j + 1
			if p.punct(n, ",") {
				n++
			}
			if _, pod2 := p.partOfDay(n); pod2 == "" {
				ok = false
			}
		}
		if ok {
			if p.is(n, wHet) {
				n++
			}
			if r, ok := p.dayExpr(n); ok && r.a.g == gDay && r.b.g == gNone && r.a.m > 0 && dd < r.a.d {
				return dres{e: j + 1, a: dv{g: gDay, y: r.a.y, m: r.a.m, d: dd}}, true
			}
		}
	}
	if (p.is(j, wNgay) || mung) && !p.countBefore(j) {
		// "ngày 15": a day of the nearest month
		dd, ok := p.day(k)
		if !ok || p.touches(k) && k+1 < p.lim && p.d.toks[k+1].kind != tPunct || k+1 < p.lim && p.d.toks[k+1].kind == tNum {
			return dres{}, false
		}
		if p.punct(k+1, "/-.:%") || p.is(k+1, wThang) || (k+1 < p.lim && p.d.toks[k+1].kind == tWord && !p.named(k+1) && !p.in(k+1, p.r.afterOK) && !p.in(k+1, p.r.weekRel)) {
			return dres{}, false
		}
		e := k + 1
		coming := false
		if p.in(e, p.r.weekRel) && !p.is(e, wTruoc) {
			coming = p.is(e, wToi) || p.is(e, wSau2)
			e++ // "ngày 20 tới"
		}
		if p.dash(e) || p.is(e, wDen) || p.is(e, wToi) {
			// "từ ngày 15 đến 20/3": the month (and year) written at the second end
			n := e + 1
			if p.is(n, wNgay) {
				n++
			}
			if r, ok := p.dateBody(n, true, false); ok && r.a.g == gDay && r.b.g == gNone && dd < r.a.d {
				return dres{e: e, a: dv{g: gDay, y: r.a.y, m: r.a.m, d: dd}}, true
			}
		}
		if p.d.ref.IsZero() && p.lastM != 0 && validDay(dd, p.lastM, p.lastY) {
			return dres{e: e, a: dv{g: gDay, y: p.lastY, m: p.lastM, d: dd}}, true
		}
		v := p.d.dayOfMonth(dd)
		if coming && v.y != 0 && civil(v.y, v.m, v.d).Before(refDay(p.d.ref)) {
			// "ngày 5 tới" written on the 15th: the 5th of the next month that has it
			for n := 1; n <= 2; n++ {
				t := civil(v.y, v.m, 1).AddDate(0, n, 0)
				if validDay(dd, int(t.Month()), t.Year()) {
					v = dv{g: gDay, y: t.Year(), m: int(t.Month()), d: dd}
					break
				}
			}
		}
		return dres{e: e, a: v}, true
	}
	return dres{}, false
}

// relDayExpr parses hôm nay, hôm qua, hôm kia, ngày mai, ngày kia, and after a part of day nay,
// qua, mai ("sáng nay"), with a confirming date in brackets ("sáng nay (29/9)") or a weekday and
// date after ("hôm nay Thứ 7 23/10/2021").
func (p *dateParser) relDayExpr(j int, pod bool) (dres, bool) {
	if p.is(j, wHom) && p.in(j-1, p.r.counts) {
		return dres{}, false // "mấy hôm nay", "vài hôm nay" are durations
	}
	n, e := 0, 0
	switch {
	case p.is(j, wHom) && (p.is(j+1, wNow) || p.is(j+1, wQua) || p.is(j+1, wKia)),
		j+1 < p.lim && p.d.key(j) == "hom" && !p.d.toks[j].is(fAccented) && (p.d.key(j+1) == "nay" || p.d.key(j+1) == "qua"):
		// "hom nay" typed without diacritics in a document that has them
		n, e = p.r.relDays[p.d.key(j+1)], j+2
		if n > 0 {
			n = -n // hôm kia: the day before yesterday
		}
	case p.is(j, wNgay) && (p.is(j+1, wMai) || p.is(j+1, wKia)):
		if p.is(j+1, wKia) && p.in(j-1, p.r.counts) {
			return dres{}, false // "một ngày kia": some day
		}
		n, e = p.r.relDays[p.d.key(j+1)], j+2
	case p.is(j, wNgay) && p.is(j+1, wHom) && (p.is(j+2, wNow) || p.is(j+2, wQua)):
		// "ngày hôm nay", "ngày hôm qua"
		n, e = p.r.relDays[p.d.key(j+2)], j+3
	case pod && (p.is(j, wNow) || p.is(j, wQua) || p.is(j, wMai)):
		n, e = p.r.relDays[p.d.key(j)], j+1
	default:
		return dres{}, false
	}
	if r, ok := p.bracketed(e); ok {
		return r, true
	}
	if r, ok := p.weekdayExpr(e, true); ok && r.dated {
		return r, true
	}
	// "hôm nay 3/10", "hôm nay ngày 4/10/2021", "Sáng nay, 23/10": the date written right after
	k := e
	if p.punct(k, ",") {
		k++
	}
	if p.is(k, wNgay) {
		k++
	}
	if r, ok := p.dateBody(k, true, false); ok && r.b.g == gNone && r.a.g == gDay {
		return r, true
	}
	if n == 0 && !pod && p.generation(j) {
		return dres{}, false // "Thế hệ trẻ em hôm nay": today's children, no day
	}
	return dres{e: e, a: p.d.relDay(n)}, true
}

// generation reports whether the words just before token j name a generation ("thế hệ", "thế hệ trẻ
// em"): a "hôm nay" after them means the present day in general.
func (p *dateParser) generation(j int) bool {
	for k := j - 1; k >= 1 && k >= j-4; k-- {
		if p.d.toks[k].kind != tWord || p.d.toks[k].is(fLineStart) {
			return false
		}
		if p.is(k-1, wThe) && p.is(k, wHe) {
			return true
		}
	}
	return false
}

// closingOf returns the bracket that closes the one at token k, "" if there is none there.
func (p *dateParser) closingOf(k int) string {
	switch {
	case p.punct(k, "("):
		return ")"
	case p.punct(k, "["):
		return "]"
	}
	return ""
}

// bracketed parses a day in brackets at k that confirms the expression before it: "(29/9)",
// "[23/10]", "(thứ Sáu, 15/10)".
func (p *dateParser) bracketed(k int) (dres, bool) {
	closing := p.closingOf(k)
	if closing == "" {
		return dres{}, false
	}
	r, ok := p.dateBody(k+1, true, false)
	if !ok {
		// "hôm nay (thứ Sáu, 15/10)": the weekday with its date
		r, ok = p.weekdayExpr(k+1, true)
		ok = ok && r.dated
	}
	if !ok || r.b.g != gNone || r.a.g != gDay || !p.punct(r.e, closing) {
		return dres{}, false
	}
	r.e++
	return r, true
}

// weekdayExpr parses "thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7", "Chủ nhật", with an optional week
// ("thứ Năm tuần tới") and an optional date (", 12/5", "ngày 5/10/2021", "(12/5)").
func (p *dateParser) weekdayExpr(j int, loose bool) (dres, bool) {
	wd, e, sure := 0, j, false
	switch {
	case p.is(j, wThu) && j+1 < p.lim:
		if n, ok := p.r.weekdays.form(p.d, j+1); ok && p.d.toks[j+1].kind == tWord {
			wd, sure = n, p.upper(j+1)
		} else if v, nd, ok := p.num(j + 1); ok && nd == 1 && v >= 2 && v <= 7 {
			wd = v - 1
		}
		e = j + 2
	case p.is(j, wChu) && p.is(j+1, wNhat):
		wd, e, sure = 7, j+2, true
	}
	if wd == 0 {
		return dres{}, false
	}
	shift, week, occ := 0, false, 0
	switch {
	case p.is(e, wTuan) && p.in(e+1, p.r.weekRel):
		shift, week = p.shift(e+1), true
		e += 2
	case p.is(e, wNay):
		week = true // "thứ Bảy này": of this week
		e++
	case p.is(e, wToi) || p.is(e, wSau2):
		occ, week = 1, true // "thứ Hai tới": the next one
		e++
	case p.is(e, wVua) && (p.is(e+1, wQua) || p.is(e+1, wRoi)):
		occ, week = -1, true // "thứ Hai vừa qua": the last one
		e += 2
	}
	k := e
	if p.punct(k, ",") {
		k++
	}
	closing := p.closingOf(k)
	paren := closing != ""
	if paren {
		k++
	}
	if p.is(k, wNgay) {
		k++
	}
	if r, ok := p.dateBody(k, true, false); ok && r.b.g == gNone && r.a.g == gDay {
		if !paren || p.punct(r.e, closing) {
			if paren {
				r.e++
			}
			r.dated = true
			return r, true
		}
	}
	if !sure && !week && !loose && !p.in(j-1, p.r.weekdayCtx) {
		return dres{}, false
	}
	v := p.d.weekday(wd, shift)
	if occ != 0 && v.g == gDay {
		t, ref := civil(v.y, v.m, v.d), refDay(p.d.ref)
		if occ > 0 && !t.After(ref) {
			v = dayValue(t.AddDate(0, 0, 7))
		} else if occ < 0 && !t.Before(ref) {
			v = dayValue(t.AddDate(0, 0, -7))
		}
	}
	return dres{e: e, a: v}, true
}

// shift is the offset named by này (0), trước (-1), sau and tới (+1).
func (p *dateParser) shift(i int) int {
	switch {
	case p.is(i, wTruoc):
		return -1
	case p.is(i, wNay):
		return 0
	}
	return 1
}

// namYear parses the year written with "năm" at e after a date or month: "năm 2022" (not glued to
// what follows), or a relative year, "năm nay", "năm ngoái", "năm tới" ("rằm tháng Giêng năm nay",
// "mùng 1 Tết năm 2022"). It returns the year (0 when unknown: a relative year with no reference date)
// and where the expression ends (e when there is none).
func (p *dateParser) namYear(e int) (int, int) {
	if !p.is(e, wNam) {
		return 0, e
	}
	if y, ok := p.year(e + 1); ok && !p.gluedAfter(e+1) {
		return y, e + 2
	}
	if n, ok := p.yearRel(e + 1); ok {
		return p.d.relYear(n).y, e + 2 // 0 (unknown) with no reference date
	}
	return 0, e
}

// ram parses "rằm tháng Giêng", "rằm tháng 7" (lunar, the 15th), with its year after it.
func (p *dateParser) ram(j int) (dres, bool) {
	if !p.is(j, wRam) || !p.is(j+1, wThang) {
		return dres{}, false
	}
	m, e, _, ok := p.monthName(j + 2)
	if !ok {
		return dres{}, false
	}
	if p.is(e, wAm) && p.is(e+1, wLich) {
		e += 2
	}
	y, e := p.namYear(e)
	v, ok := p.d.lunarValue(15, m, y)
	if !ok {
		return dres{}, false
	}
	return dres{e: e, a: v, lunar: true}, true
}

// dateBody parses a calendar date at k: "12/5", "12/5/2016", "12-5-2016", "12.5", "11-17/5",
// "26, 27, 28/6/2024", "12 tháng 5 năm 2016", "mùng 1 Tết", "10/3 âm lịch". strong: a word before
// it ("ngày", a part of day) makes it a date, so shapes that may be fractions or scores are read as
// dates; mung: after "mùng"/"mồng".
func (p *dateParser) dateBody(k int, strong, mung bool) (dres, bool) {
	dd, ok := p.day(k)
	if !ok || p.gluedBefore(k) {
		return dres{}, false
	}
	if r, ok := p.dayRange(k, strong); ok {
		return r, true
	}
	if p.touches(k) && p.punct(k+1, "/-.") && p.touches(k+1) {
		sep := p.d.word(k + 1)
		m, y, e, ok := p.monthAfterDay(k)
		if !ok {
			return dres{}, false
		}
		if p.gluedAfter(e - 1) {
			return dres{}, false
		}
		if y == 0 && p.is(e, wNam) {
			// "ngày 1/1 năm sau", "12/5 năm 2016"
			if yy, ok := p.year(e + 1); ok {
				y, e = yy, e+2
			} else if n, ok := p.yearRel(e + 1); ok && !p.d.ref.IsZero() {
				y, e = p.d.relYear(n).y, e+2
			}
		}
		if !validDay(dd, m, y) {
			return dres{}, false
		}
		lunar := p.is(e, wAm) && p.is(e+1, wLich) // "tức 26/8 âm lịch": a date whatever precedes it
		if y == 0 && !strong && !lunar && (sep != "/" && !p.in(k-1, p.r.rangeCtx) || !p.bareDayMonth(k, e)) {
			return dres{}, false
		}
		if lunar {
			e += 2
			if y == 0 {
				y, e = p.namYear(e) // "10/3 âm lịch năm nay"
			}
			if y == 0 && p.lastG == gDay && p.hasLast && p.lastDay.y != 0 && p.lastDay.m > 0 && p.lastDay.d > 0 &&
				p.punct(p.last, "(") && k-p.last <= 4 {
				// "Sáng ngày 3/10/2021 (nhằm ngày 27/8 âm lịch)": the same day as the solar date
				// before the bracket, whose year is written
				v, ok := lunarNear(dd, m, civil(p.lastDay.y, p.lastDay.m, p.lastDay.d))
				return dres{e: e, a: v, lunar: true}, ok
			}
			v, ok := p.d.lunarValue(dd, m, y)
			return dres{e: e, a: v, lunar: true}, ok
		}
		if y == 0 && (p.is(e, wDen) || p.is(e, wToi)) {
			// "từ ngày 20/9 đến 5/10/2021": the year written once, at the second end
			n := e + 1
			if p.is(n, wHet) {
				n++
			}
			if p.is(n, wNgay) {
				n++
			}
			if _, ok := p.day(n); ok && p.touches(n) && p.punct(n+1, "/-.") && p.touches(n+1) {
				if m2, y2, _, ok := p.monthAfterDay(n); ok && y2 != 0 {
					y = y2
					if m > m2 {
						y--
					}
				}
			}
		}
		v := dv{g: gDay, y: y, m: m, d: dd}
		p.d.resolveYear(&v)
		return dres{e: e, a: v}, true
	}
	if strong && p.dash(k+1) && p.d.toks[k+1].is(fSpaceBefore) && p.touches(k+1) {
		// "ngày 06 -12-2012": a stray space before the first dash, the rest written in full
		if m, ok := p.month(k + 2); ok && p.touches(k+2) && p.dash(k+3) && p.touches(k+3) {
			if y, ok := p.year(k + 4); ok && !p.gluedAfter(k+4) && validDay(dd, m, y) {
				return dres{e: k + 5, a: dv{g: gDay, y: y, m: m, d: dd}}, true
			}
		}
	}
	if m, n, ok := p.num(k + 1); strong && ok && n <= 2 && m >= 1 && m <= 12 && p.spacedEnd(k+2) && validDay(dd, m, 0) {
		// "Ngày 3 10,", "sáng 12 10": a site that writes d/m with a space
		v := dv{g: gDay, m: m, d: dd}
		p.d.resolveYear(&v)
		return dres{e: k + 2, a: v}, true
	}
	if p.is(k+1, wThang) {
		return p.dayMonthName(k, dd, k+1, strong, mung)
	}
	if p.is(k+1, wTet) {
		return p.tetDay(dd, k+1, mung)
	}
	return dres{}, false
}

// dayMonthName parses the month (and year) written after day dd, at "tháng" at t: "12 tháng 5 năm
// 2016", "23 tháng Chạp", "mùng 5 tháng 5 âm lịch"; the day begins at k.
func (p *dateParser) dayMonthName(k, dd, t int, strong, mung bool) (dres, bool) {
	m, e, lunar, ok := p.monthName(t + 1)
	if !ok || (!strong && p.countBefore(k)) || p.is(e, wNgay) {
		return dres{}, false // "11 tháng 5 ngày": a duration
	}
	if !strong && p.in(k-1, p.r.nameCtx) {
		return dres{}, false // "đường 30 Tháng 4", like "đường 3/2": the date names the street
	}
	y := 0
	if p.is(e, wNam) {
		if yy, ok := p.year(e + 1); ok {
			y, e = yy, e+2
		} else if !p.d.ref.IsZero() {
			y, e = p.namYear(e) // "12 tháng 5 năm nay"; with no reference date "năm nay" is a DATE of its own
		}
	} else if p.punct(e, "/") && p.touches(e-1) {
		if yy, ok := p.year(e + 1); ok {
			y, e = yy, e+2
		}
	}
	if p.is(e, wAm) && p.is(e+1, wLich) {
		lunar, e = true, e+2
	}
	if lunar && y == 0 {
		y, e = p.namYear(e) // "mùng 5 tháng 5 âm lịch năm nay", "23 tháng Chạp năm nay"
	}
	if lunar || mung && dd <= 10 && m == 1 {
		v, ok := p.d.lunarValue(dd, m, y)
		return dres{e: e, a: v, lunar: true}, ok
	}
	if !validDay(dd, m, y) {
		return dres{}, false
	}
	v := dv{g: gDay, y: y, m: m, d: dd}
	p.d.resolveYear(&v)
	return dres{e: e, a: v}, true
}

// tetDay parses a day counted from Tết, dd before "Tết" at t: "mùng 1 Tết", "30 Tết", with its year.
func (p *dateParser) tetDay(dd, t int, mung bool) (dres, bool) {
	if mung && dd <= 10 || dd >= 23 && dd <= 30 {
		// "mùng 1 Tết", "30 Tết"
		m := 1
		if dd >= 23 {
			m = 12
		}
		// "mùng 1 Tết năm 2022": the Tết of that year; the days before it belong to the year before
		y, e := p.namYear(t + 1)
		ly := y
		if y != 0 && m == 12 {
			ly = y - 1
		}
		v, ok := p.d.lunarValue(dd, m, ly)
		if dd == 30 {
			// "30 Tết" is New Year's Eve, the last day of the year, also when the twelfth month
			// has 29 days
			if t, ok2 := p.d.lunarValue(1, 1, y); ok2 && t.y != 0 {
				v, ok = dayValue(civil(t.y, t.m, t.d).AddDate(0, 0, -1)), true
			}
		}
		return dres{e: e, a: v, lunar: true}, ok
	}
	return dres{}, false
}

// gluedBefore reports whether number token k is glued to what precedes it ("360B/10", "1,5/10",
// "Covid-19").
func (p *dateParser) gluedBefore(k int) bool {
	if k == 0 || p.d.toks[k].is(fSpaceBefore) || p.d.toks[k].is(fLineStart) || p.punct(k-1, "([") {
		return false
	}
	// "4/10-10/10": the second end of two full dates joined by a dash
	return !(p.dash(k-1) && p.last == k-1)
}

// gluedAfter reports whether token e-1 … continues without space into something a date never
// ends with: "15/2020/TT-BGDĐT", "12/5B", "1/4,5".
func (p *dateParser) gluedAfter(last int) bool {
	e := last + 1
	if e >= len(p.d.toks) || p.d.toks[e].is(fSpaceBefore) || p.d.toks[e].is(fLineStart) {
		return false
	}
	t := &p.d.toks[e]
	if t.kind != tPunct {
		return true
	}
	if p.dash(e) && p.fullDateAt(e+1) {
		return false // "4/10-10/10": another full date follows
	}
	if p.punct(e, "/-.,:") {
		// glued separator followed by more digits or letters: a code, not a date
		return e+1 < len(p.d.toks) && !p.d.toks[e+1].is(fSpaceBefore) && p.d.toks[e+1].kind != tPunct
	}
	return p.punct(e, "%")
}

// bareDayMonth decides whether a d/m with no year and no word before it is a date: not after a
// word that introduces a fraction, score or address ("gần 1/4", "số 12/5"), and not followed by a
// lower-case word that it counts ("6/6 tiêu chí", "2/3 so với").
func (p *dateParser) bareDayMonth(k, e int) bool {
	if p.in(k-1, p.r.fracCtx) || p.in(k-1, p.r.nameCtx) {
		return false
	}
	if d, m := p.d.word(k), p.d.word(k+2); len(d) == 1 && len(m) == 1 && d < m && m <= "5" && !p.in(k-1, p.r.rangeCtx) {
		return false // "1/2", "2/3", "3/4": a fraction unless a range word says otherwise
	}
	if p.d.word(k) == "24" && p.d.word(k+1) == "/" && p.d.word(k+2) == "7" {
		return false // "24/7": round the clock
	}
	if e < p.lim {
		t := &p.d.toks[e]
		if t.kind == tWord && !p.named(e) && !t.is(fHasDigit) && !p.in(e, p.r.afterOK) {
			return false
		}
		if t.kind == tNum {
			return false
		}
	}
	return true
}

// dayRange parses "11-17/5", "24 – 27/9/2021", "26, 27, 28/6/2024", "2 và 3-10": days of one month,
// the last one written in full.
func (p *dateParser) dayRange(k int, strong bool) (dres, bool) {
	first, _ := p.day(k)
	last, i, n, dashed := first, k, 1, false
	for {
		sep := i + 1
		isDash := p.dash(sep)
		if !isDash && !p.punct(sep, ",") && !p.is(sep, wVa) {
			return dres{}, false
		}
		v, ok := p.day(sep + 1)
		if !ok || v <= last || p.gluedBefore(sep+1) && !p.touches(sep) {
			return dres{}, false
		}
		last, i, n = v, sep+1, n+1
		dashed = dashed || isDash
		if p.touches(i) && p.punct(i+1, "/-.") && p.touches(i+1) {
			break
		}
		if isDash || n > 6 {
			return dres{}, false
		}
	}
	if !strong && !dashed {
		return dres{}, false
	}
	sep := p.d.word(i + 1)
	m, y, e, ok := p.monthAfterDay(i)
	if !ok {
		return dres{}, false
	}
	if p.gluedAfter(e-1) || !validDay(first, m, y) || !validDay(last, m, y) {
		return dres{}, false
	}
	if y == 0 && !strong && (sep != "/" || !p.bareDayMonth(k, e)) {
		return dres{}, false
	}
	a := dv{g: gDay, y: y, m: m, d: first}
	p.d.resolveYear(&a)
	b := dv{g: gDay, y: a.y, m: m, d: last}
	return dres{e: e, a: a, b: b}, true
}

// monthName parses a month at i: 1 … 12, or a name (Giêng, Hai … Mười Hai, Chạp). lunar is set for
// Chạp, a name only the lunar calendar uses.
func (p *dateParser) monthName(i int) (m, e int, lunar, ok bool) {
	if v, ok := p.month(i); ok {
		return v, i + 1, false, true
	}
	if i >= p.lim || p.d.toks[i].kind != tWord {
		return 0, i, false, false
	}
	v, ok := p.r.monthW.form(p.d, i)
	if !ok {
		return 0, i, false, false
	}
	k := p.d.key(i)
	switch k {
	case "gieng", "chap":
		return v, i + 1, k == "chap", true
	case "muoi":
		if i+1 < p.lim {
			switch p.d.key(i + 1) {
			case "mot":
				return 11, i + 2, false, true
			case "hai":
				return 12, i + 2, false, true
			}
		}
		return 10, i + 1, false, true
	}
	if !p.upper(i) {
		return 0, i, false, false
	}
	return v, i + 1, false, true
}

// spacedEnd reports whether a spaced "d m" may end before token e: at the end of the line, before
// punctuation, or before a capitalized word.
func (p *dateParser) spacedEnd(e int) bool {
	if e >= p.lim {
		return true
	}
	t := &p.d.toks[e]
	return t.kind == tPunct && !p.punct(e, "/-.:%") || t.kind == tWord && (t.is(fUpper) || p.is(e, wTaiPlace) || p.is(e, wO))
}

var (
	wTaiPlace = kw("tại")
	wO        = kw("ở")
)

// fullDateAt reports whether a d/m date written with a slash starts at token k.
func (p *dateParser) fullDateAt(k int) bool {
	_, okD := p.day(k)
	_, okM := p.month(k + 2)
	return okD && okM && p.touches(k) && p.punct(k+1, "/") && p.touches(k+1)
}

// monthAfterDay reads the month, and the year if there is one, written after the day at token k with a
// separator ("12/5", "12-5-2016", "12.5.2016": the same separator both times): the month, the year (0
// when none) and the end of the expression.
func (p *dateParser) monthAfterDay(k int) (m, y, e int, ok bool) {
	sep := p.d.word(k + 1)
	if m, ok = p.month(k + 2); !ok {
		return 0, 0, 0, false
	}
	e = k + 3
	if p.touches(k+2) && p.punct(e, sep) && p.touches(e) {
		yy, ok := p.year(e + 1)
		if !ok {
			return 0, 0, 0, false
		}
		y, e = yy, e+2
	}
	return m, y, e, true
}

var (
	wMuoi  = kw("mười")
	wMuoi2 = kw("mươi")
	wLam   = kw("lăm")
	wNham  = kw("nhăm")
	wMot2  = kw("mốt")
)

// wordDay reads a day of the month written in words at k: "năm", "mười", "mười lăm", "mười tư", "hai
// mươi", "hai mươi mốt", "ba mươi". It returns the day and where it ends. "năm" after "mười" or "mươi"
// is no unit ("mười năm" is ten years).
func (p *dateParser) wordDay(k int) (dd, e int, ok bool) {
	if k >= p.lim || p.d.toks[k].kind != tWord {
		return 0, k, false
	}
	// unit reads the unit after "mười" or "mươi" at i, 0 for none
	unit := func(i int) int {
		switch {
		case i >= p.lim || p.d.toks[i].kind != tWord || p.is(i, wNam):
			return 0
		case p.is(i, wLam), p.is(i, wNham):
			return 5
		case p.is(i, wMot2):
			return 1
		case p.is(i, wTu):
			return 4
		}
		if v, ok := p.r.numWords.form(p.d, i); ok && v < 10 {
			return v
		}
		return 0
	}
	if p.is(k, wMuoi) {
		if u := unit(k + 1); u != 0 {
			return 10 + u, k + 2, true
		}
		return 10, k + 1, true
	}
	v, ok := p.r.numWords.form(p.d, k)
	if !ok || v == 10 {
		return 0, k, false
	}
	if (v == 2 || v == 3) && p.is(k+1, wMuoi2) {
		dd, e = v*10, k+2
		if u := unit(e); u != 0 {
			dd, e = dd+u, e+1
		}
		if dd > 31 {
			return 0, k, false
		}
		return dd, e, true
	}
	return v, k + 1, true
}

// wordDate parses a day written in words after "ngày" or "mùng" at k: "ngày hai mươi tháng mười",
// "mồng năm tháng Giêng", "mùng một Tết", and, with a number word of two or more words before
// punctuation or the end of the line, "ngày mười lăm" (a day of the nearest month). "ngày một tăng",
// "ngày ba bữa", "mỗi ngày mười lăm phút" are no dates.
func (p *dateParser) wordDate(k int, mung bool) (dres, bool) {
	dd, e, ok := p.wordDay(k)
	if !ok || mung && dd > 10 {
		return dres{}, false
	}
	if p.is(e, wThang) {
		if _, _, _, ok := p.monthName(e + 1); ok {
			return p.dayMonthName(k, dd, e, true, mung)
		}
		return dres{}, false
	}
	if mung && p.is(e, wTet) {
		return p.tetDay(dd, e, true)
	}
	if mung || e-k < 2 || e < p.lim && p.d.toks[e].kind != tPunct {
		return dres{}, false
	}
	if p.d.ref.IsZero() && p.lastM != 0 && validDay(dd, p.lastM, p.lastY) {
		return dres{e: e, a: dv{g: gDay, y: p.lastY, m: p.lastM, d: dd}}, true
	}
	return dres{e: e, a: p.d.dayOfMonth(dd)}, true
}
