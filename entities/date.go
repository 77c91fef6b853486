// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/vietner/vietner/normalize"
)

// dateRules finds DATE entities and resolves their values. It holds only word sets built once by
// newDateRules; matching walks tokens and allocates nothing but the values of the dates it finds.
type dateRules struct {
	starts       dateStartSet      // words that can begin a date expression, with the sub-parsers that may
	podWords     wordMap[string]   // sáng, trưa, chiều, tối, đêm, khuya → MO, MI, AF, EV, NI
	relDays      map[string]int    // nay, qua, mai, kia after hôm/ngày or a part of day
	weekRel      wset              // này, trước, sau, tới after tuần/tháng/năm/quý
	counts       wset              // words that count (những, các, mấy, hai …): "2 tháng", "mấy năm nay" are durations
	monthW       wordMap[int]      // month names: giêng, hai … mười hai, chạp
	weekdays     wordMap[int]      // thứ Hai … thứ Bảy (the word after "thứ")
	fracCtx      wset              // words before a fraction, score or address, never before a bare d/m date
	docWords     wset              // words before a document number ("số 12/2020", "Nghị định 13/2023")
	yearCtx      wset              // words after which a bare four-digit number is a year
	afterOK      wset              // lower-case words that may follow a bare d/m date or year
	english      map[string]int    // English month names
	straight     map[string]bool   // folded verbs of motion before "thang toi" (đi thẳng tới), not "tháng tới"
	quaAdj       map[string]bool   // folded words after "qua" that make it quá ("quá nhiều"), not a past day
	eventHeads   [][2]vw           // two-word heads of event names ("hội nghị", "liên hoan")
	englishCtx   map[string]bool   // English words before a month and day with no year ("on October 22")
	engDays      map[string]int    // English weekdays: monday 1 … sunday 7
	engRel       map[string]engRel // English relative words: today, yesterday, tomorrow; this, last, next
	engUnits     map[string]gran   // week, month, year after this, last, next
	nameNouns    wset              // last word of what a quoted name names ("triển lãm “…”", "cuộc thi “…”")
	durCtx       wset              // words before a duration, never before a clock time ("trong 8 giờ")
	clockCtx     wset              // words before a clock time that has no minutes ("lúc 8h")
	weekdayCtx   wset              // words before a weekday written in lower case or digits ("vào thứ 2")
	numWords     wordMap[int]      // một … mười
	shortYearCtx wset              // words before "năm 97" that place it in time: vào, từ, hồi, sau …
	stems        wordMap[int]      // the ten heavenly stems of a year's name: giáp (0) … quý (9)
	branches     wordMap[int]      // the twelve earthly branches: tý (0) … hợi (11)
	nameCtx      wset              // words before a date that names a place or event ("đường 3/2", "Cách mạng Tháng Tám")
	rangeCtx     wset              // từ, đến, tới: before them a bare "13.10" is a date
}

// engRel is what an English relative word means: a day n days away (today, yesterday, tomorrow), or,
// with g none, the unit after it n units away (this, last, next).
type engRel struct {
	g gran
	n int
}

// wset is a set of words, compared in lower case with diacritics, or folded in folded documents.
// It is keyed by the hashes the tokenizer computed for every token, so a lookup hashes nothing; a
// 1,024-bit filter answers most lookups (a token is rarely in a set) without touching the map, and
// the word found is compared, so a collision cannot make a false member.
type wset struct {
	low, key *hashTab[string]
	filter   *[16]uint64
}

func newWset(words ...string) wset {
	s := wset{low: new(hashTab[string]), key: new(hashTab[string]), filter: new([16]uint64)}
	for _, w := range words {
		k := normalize.Key(w)
		s.low.put(fnv64(w), w)
		s.key.put(fnv64(k), k)
		s.mark(fnv64(w))
		s.mark(fnv64(k))
	}
	return s
}

func (s wset) mark(h uint64) { s.filter[h>>6&15] |= 1 << (h & 63) }

func (s wset) has(d *doc, i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	h := d.toks[i].lowH
	if d.folded {
		h = d.toks[i].keyH
	}
	if s.filter[h>>6&15]&(1<<(h&63)) == 0 {
		return false
	}
	if d.folded {
		w, ok := s.key.get(h)
		return ok && w == d.key(i)
	}
	w, ok := s.low.get(h)
	return ok && w == d.low(i)
}

// wordMap maps words to values like a map[string]V, but is keyed by the hashes the tokenizer computed
// for every token, so a lookup hashes nothing; the word found is compared, so a collision cannot make
// a false match.
type wordMap[V any] struct {
	tab *hashTab[wordVal[V]]
}

type wordVal[V any] struct {
	w string
	v V
}

// newWordMap builds the wordMap of m, a fixed set of words: two of them with one hash would be a bug
// that no input can cause, and it panics.
func newWordMap[V any](m map[string]V) wordMap[V] {
	t := wordMap[V]{tab: new(hashTab[wordVal[V]])}
	for w, v := range m {
		h := fnv64(w)
		if old, ok := t.tab.get(h); ok {
			panic("entities: date words " + old.w + " and " + w + " have one hash")
		}
		t.tab.put(h, wordVal[V]{w, v})
	}
	return t
}

// form looks token i up by its form: the key in a document typed without diacritics, else the
// lower-case form (as m[d.form(i)]).
func (m wordMap[V]) form(d *doc, i int) (V, bool) {
	t := &d.toks[i]
	if d.folded {
		return m.get(t.keyH, d.keys[t.keyS:t.keyE])
	}
	return m.get(t.lowH, d.lows[t.lowS:t.lowE])
}

func (m wordMap[V]) get(h uint64, w string) (V, bool) {
	if e, ok := m.tab.get(h); ok && e.w == w {
		return e.v, true
	}
	var z V
	return z, false
}

// vw is one keyword in its two comparable forms, with their hashes: a token is compared by the
// hash the tokenizer computed for it first, so a mismatch costs one integer comparison.
type vw struct {
	low, key string
	h        [2]uint64 // the hashes of low and key: h[dateParser.mode]
}

func kw(s string) vw {
	k := normalize.Key(s)
	return vw{low: s, key: k, h: [2]uint64{fnv64(s), fnv64(k)}}
}

// Keywords. Package-level values that are never written after initialization.
var (
	wNgay   = kw("ngày")
	wHom    = kw("hôm")
	wMung   = kw("mùng")
	wMong   = kw("mồng")
	wThang  = kw("tháng")
	wNam    = kw("năm")
	wQuy    = kw("quý")
	wTuan   = kw("tuần")
	wThu    = kw("thứ")
	wChu    = kw("chủ")
	wNhat   = kw("nhật")
	wCung   = kw("cùng")
	wDen    = kw("đến")
	wTet    = kw("tết")
	wRam    = kw("rằm")
	wAm     = kw("âm")
	wLich   = kw("lịch")
	wGio    = kw("giờ")
	wPhut   = kw("phút")
	wDau    = kw("đầu")
	wCuoi   = kw("cuối")
	wGiua   = kw("giữa")
	wNua    = kw("nửa")
	wTrung  = kw("trung")
	wThuong = kw("thượng")
	wHa     = kw("hạ")
	wThe    = kw("thế")
	wKy     = kw("kỷ")
	wKi     = kw("kỉ")
	wThap   = kw("thập")
	wNien   = kw("niên")
	wNhung  = kw("những")
	wTruoc  = kw("trước")
	wNay    = kw("này")
	wNgoai  = kw("ngoái")
	wHoc    = kw("học")
	wTai    = kw("tài")
	wVa     = kw("và")
	wToi    = kw("tới")
)

func newDateRules() (*dateRules, error) {
	r := &dateRules{
		starts:  newDateStartSet(),
		relDays: map[string]int{},
		weekRel: newWset("này", "trước", "sau", "tới"),
		counts: newWset("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "trăm",
			"những", "các", "mấy", "vài", "nhiều", "mỗi", "hàng", "từng", "bao", "mọi", "nửa", "ít"),
		fracCtx: newWset("gần", "chỉ", "đạt", "khoảng", "hơn", "trên", "dưới", "tại", "còn", "có", "được", "là",
			"tỷ", "tỉ", "số", "ngõ", "ngách", "hẻm", "kiệt", "nhà", "phòng", "lô", "tổ", "tầng", "lớp", "tuổi",
			"thắng", "thua", "hòa", "hoà", "tập", "mục", "khoản", "điều", "chương", "phần", "top", "hạng", "lệ",
			"thứ", "vòng", "điểm", "câu", "trận", "bàn", "hộ", "ấp", "khu"),
		docWords: newWset("số", "định", "tư", "quyết", "lệnh", "thị", "văn", "bản", "luật", "hiệu",
			"qđ", "nq", "nđ", "tt", "cv", "kh", "ngõ", "ngách", "hẻm", "kiệt"),
		yearCtx: newWset("từ", "đến", "tới", "vào", "trong", "hồi", "sau", "trước", "đầu", "cuối", "giữa", "kỳ", "kì",
			"sn", "xuất", "sx", "nhìn", "tết", "đán"),
		afterOK: newWset("đến", "tới", "và", "hoặc", "lúc", "vừa", "qua", "nhưng", "thì", "là", "sẽ", "đã",
			"khi", "trở", "với", "của", "cho", "mà", "nữa", "để", "tại", "ở", "trên"),
		rangeCtx: newWset("từ", "đến", "tới"),
		shortYearCtx: newWset("vào", "từ", "đến", "tới", "hồi", "trong", "sau", "trước", "cuối", "đầu", "giữa",
			"khoảng"),
		nameCtx: newWset("mạng", "đường", "phố", "lộ", "cầu", "trường", "viên", "bến", "thpt", "thcs", "xưởng",
			"chiếm", "bằng", "gấp"),
		durCtx:     newWset("trong", "mất", "suốt", "vòng", "hơn", "gần", "sau", "cách", "khoảng thời gian"),
		clockCtx:   newWset("lúc", "vào", "khoảng", "từ", "đến", "tới", "trước"),
		weekdayCtx: newWset("vào", "hôm", "từ", "đến", "tới", "sáng", "trưa", "chiều", "tối", "đêm", "các", "mỗi"),
		englishCtx: map[string]bool{"on": true, "since": true, "by": true, "from": true, "until": true,
			"dated": true, "before": true, "after": true},
		engDays: map[string]int{"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
			"saturday": 6, "sunday": 7},
		engRel: map[string]engRel{"today": {gDay, 0}, "yesterday": {gDay, -1}, "tomorrow": {gDay, 1},
			"this": {gNone, 0}, "last": {gNone, -1}, "next": {gNone, 1}},
		engUnits: map[string]gran{"week": gWeek, "month": gMonth, "year": gYear},
		nameNouns: newWset("lãm", "thi", "giải", "thưởng", "trình", "hội", "hoan", "đề", "dịch", "án", "phim", "sách",
			"hát", "khúc", "album", "show", "trào", "đàn", "chợ", "nghị", "festival", "phẩm"),
		english: map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
			"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12},
	}
	for _, h := range [][2]string{{"hội", "nghị"}, {"đại", "hội"}, {"hội", "thi"}, {"hội", "thao"}, {"hội", "diễn"},
		{"hội", "chợ"}, {"hội", "thảo"}, {"liên", "hoan"}, {"lễ", "hội"}, {"diễn", "đàn"}, {"tuần", "lễ"},
		{"ngày", "hội"}, {"cuộc", "thi"}} {
		r.eventHeads = append(r.eventHeads, [2]vw{kw(h[0]), kw(h[1])})
	}
	r.straight = map[string]bool{"di": true, "bay": true, "chay": true, "lao": true, "tien": true, "huong": true, "nhin": true}
	r.quaAdj = map[string]bool{}
	for _, w := range []string{"nhieu", "it", "lon", "cao", "thap", "lau", "kho", "dong", "nhanh", "cham", "re", "nang", "manh"} {
		r.quaAdj[w] = true
	}
	// folded, "tu", "thi", "van", "ban" are mostly từ, thì, vẫn, bạn: not document words there
	for _, k := range []string{"tu", "thi", "van", "ban"} {
		r.docWords.key.put(fnv64(k), "") // no token is empty: the word is out of the set
	}
	podWords := map[string]string{}
	for w, c := range map[string]string{"sáng": "MO", "trưa": "MI", "chiều": "AF", "tối": "EV", "đêm": "NI", "khuya": "NI"} {
		podWords[w] = c
		podWords[normalize.Key(w)] = c
	}
	for w, n := range map[string]int{"nay": 0, "qua": -1, "mai": 1, "kia": 2} {
		r.relDays[w] = n
	}
	monthW := map[string]int{}
	for w, m := range map[string]int{"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
		"sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "chạp": 12} {
		monthW[w] = m
		monthW[normalize.Key(w)] = m
	}
	numWords := map[string]int{}
	for w, n := range map[string]int{"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
		"tám": 8, "chín": 9, "mười": 10} {
		numWords[w] = n
		numWords[normalize.Key(w)] = n
	}
	stems, branches := map[string]int{}, map[string]int{}
	for k, w := range []string{"giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"} {
		stems[w] = k
		stems[normalize.Key(w)] = k
	}
	for w, k := range map[string]int{"tý": 0, "tí": 0, "sửu": 1, "dần": 2, "mão": 3, "mẹo": 3, "thìn": 4, "tỵ": 5,
		"tị": 5, "ngọ": 6, "mùi": 7, "thân": 8, "dậu": 9, "tuất": 10, "hợi": 11} {
		branches[w] = k
		branches[normalize.Key(w)] = k
	}
	r.stems, r.branches = newWordMap(stems), newWordMap(branches)
	weekdays := map[string]int{}
	for w, n := range map[string]int{"hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6} {
		weekdays[w] = n
		weekdays[normalize.Key(w)] = n
	}
	r.podWords, r.monthW, r.numWords, r.weekdays = newWordMap(podWords), newWordMap(monthW), newWordMap(numWords),
		newWordMap(weekdays)
	return r, nil
}

// find adds the DATE spans of d.
func (r *dateRules) find(d *doc) { r.scan(d, nil) }

// scan is find; check, when not nil, is called with a copy of the parser at every token the scan
// looks at, and the start mask of that token, before at is tried there (the tests compare at with
// every sub-parser tried in order).
func (r *dateRules) scan(d *doc, check func(p *dateParser, i int, m uint32)) {
	p := dateParser{d: d, r: r, last: -1, open: -1}
	toks := d.toks
	if d.folded {
		p.mode = 1
	}
	// One pass over the tokens: the line of a token is looked for only when something may begin
	// there (startMask reads no further than the next token, and knows a line start by its flag).
	lineEnd := 0
	vw := d.vw
	for i := 0; i < len(toks); {
		if check == nil {
			// most tokens are punctuation or a word that is no start word (the vocabulary says
			// which): the test is written without branches, which the kinds of tokens would defeat
			t := &toks[i]
			pass := uint64(vw[i].sets) >> setDateStartBit & 1
			if t.flags&fHasDigit != 0 {
				pass = 1
			}
			if t.kind == tPunct {
				pass = 0
			}
			if pass == 0 {
				i++
				continue
			}
		}
		m := p.startMask(i)
		if m == 0 && check == nil {
			i++
			continue
		}
		if i >= lineEnd {
			lineEnd = i + 1
			for lineEnd < len(toks) && !toks[lineEnd].is(fLineStart) {
				lineEnd++
			}
			p.lim, p.toks = lineEnd, toks[:lineEnd]
		}
		if check != nil {
			c := p // a copy, so that p stays off the heap
			check(&c, i, m)
			if m == 0 {
				i++
				continue
			}
		}
		res, ok := p.at(i, m)
		if !ok || res.e <= i {
			i++
			continue
		}
		if res.a.g == gDay && res.b.g == gNone {
			res = p.extendDay(i, res, false)
		}
		if res.a.g == gQuarter || res.a.g == gHalf || res.a.g == gMonth && (res.b.g == gMonth || res.a.y != 0) {
			p.lastPeriod, p.hasPeriod = res, true
		}
		value := res.a.String()
		if res.b.g != gNone {
			value += "/" + res.b.String()
		}
		if d.ref.IsZero() && res.a.g == p.openDV.g && res.a.y != 0 && res.b.g == gNone && p.open >= 0 &&
			p.openEnd == i-1 && (p.dash(i-1) || p.is(i-1, wDen) || p.is(i-1, wToi) || p.is(i-1, wVa)) {
			// "từ ngày 01/10 - 30/11/2021", "từ tháng 3 đến tháng 5/2021": the first end takes
			// the year written at the second
			prev := p.openDV
			prev.y = res.a.y
			if prev.m > res.a.m {
				prev.y--
			}
			d.spans[p.open].value = prev.String()
		}
		p.open = -1
		if (res.a.g == gDay || res.a.g == gMonth) && res.a.y == 0 && res.a.m != 0 && res.b.g == gNone {
			p.open, p.openEnd, p.openDV = len(d.spans), res.e, res.a
		}
		sent := toks[i].sent
		if p.nPend > 0 && p.pendSent != sent {
			p.nPend = 0
		}
		switch {
		case res.anchored:
			if !(p.hasLast && toks[p.lastDayAt].sent == sent) && p.nPend < len(p.pend) {
				p.pend[p.nPend], p.pendV[p.nPend], p.pendSent = len(d.spans), res.a, sent
				p.nPend++
			}
		case p.nPend > 0 && res.a.g == gDay && res.b.g == gNone:
			for k := range p.nPend {
				v := res.a
				v.pod, v.clock, v.hh, v.mm = "", true, p.pendV[k].hh, p.pendV[k].mm
				d.spans[p.pend[k]].value = v.String()
			}
			p.nPend = 0
		}
		sp := span{typ: Date, s: i, e: res.e, value: value}
		if res.lunar {
			sp.calendar = "lunar"
		}
		d.add(sp)
		if res.a.g == gDay && res.b.g == gNone && !res.anchored && !p.is(i-1, wHoi) {
			// a day recalled ("hồi ngày 12/5") is not the day the story is at: "cùng ngày" and
			// bare clock times after it keep the day before
			p.lastDay = res.a
			p.lastDay.pod, p.lastDay.clock = "", false
			p.hasLast, p.lastDayAt = true, i
		}
		if (res.a.g == gDay || res.a.g == gMonth) && res.a.m > 0 {
			p.lastM, p.lastY = res.a.m, res.a.y
		}
		p.last, p.lastG = res.e, res.a.g
		i = res.e
	}
}

// yearWritten reports whether tokens [s, e) hold a four-digit year.
func (p *dateParser) yearWritten(s, e int) bool {
	for k := s; k < e && k < p.lim; k++ {
		if _, ok := p.year(k); ok {
			return true
		}
	}
	return false
}

// dateParser is the state of one find call.
type dateParser struct {
	d   *doc
	r   *dateRules
	lim int // end of the current line: expressions never cross it
	// toks are the tokens of the document up to lim; mode says which of their hashes the keywords
	// are compared with: of the lower-case forms (0) or, in a document typed without diacritics, of
	// the keys (1)
	toks    []token
	mode    uint8
	last    int  // end of the previous date, -1 for none
	lastG   gran // granularity of the previous date
	lastDay dv   // the previous day-level date, the anchor of "cùng ngày" and bare clock times
	hasLast bool // lastDay is set
	lastM   int  // month of the previous date that names one, 0 for none
	lastY   int  // its year, 0 if unknown
	// lastPeriod is the last quarter, half or run of months, the period "cùng kỳ" repeats
	lastPeriod dres
	hasPeriod  bool
	// open is the index in d.spans of the last day written without a year (with no reference
	// date), -1 for none; openEnd is where it ends and openDV its value
	open    int
	openEnd int
	openDV  dv
	// lastDayAt is the token where lastDay starts. pend holds the clock times of one sentence (indexes
	// in d.spans, and their values) that had no day before them in it: the day written after them in
	// the sentence is theirs ("Chờ từ hơn 14h tới 21h … hôm 29/9").
	lastDayAt int
	pend      [4]int
	pendV     [4]dv
	nPend     int
	pendSent  int32
}

// relMonth is the month n months from the reference date's; with no reference date, from the month
// last named in the text ("tháng 8 … cuối tháng trước"), the year staying unknown unless named.
func (p *dateParser) relMonth(n int) dv {
	if !p.d.ref.IsZero() || p.lastM == 0 {
		return p.d.relMonth(n)
	}
	m, y := p.lastM+n, p.lastY
	for m < 1 {
		m += 12
		if y != 0 {
			y--
		}
	}
	for m > 12 {
		m -= 12
		if y != 0 {
			y++
		}
	}
	return dv{g: gMonth, y: y, m: m}
}

// dres is a recognized expression: tokens [start, e), value a, or interval a/b.
type dres struct {
	e     int
	a, b  dv
	lunar bool
	dated bool // a weekday with its date
	// anchored: a clock time with no day of its own, given the day last named (or the reference)
	anchored bool
}

func (p *dateParser) is(i int, w vw) bool {
	// The parser asks this many times a token: the hash test is small enough to be inlined, and
	// the words are compared (out of line) only when the hashes agree.
	if uint(i) >= uint(len(p.toks)) {
		return false
	}
	t := &p.toks[i]
	if p.mode == 0 {
		return t.lowH == w.h[0] && p.d.lows[t.lowS:t.lowE] == w.low
	}
	return t.keyH == w.h[1] && p.d.keys[t.keyS:t.keyE] == w.key
}

// hash is the hash of token i (of the document) that keywords are compared with.
func (p *dateParser) hash(i int) uint64 {
	t := &p.d.toks[i]
	if p.mode != 0 {
		return t.keyH
	}
	return t.lowH
}

// same reports whether token i is w, in the document's form.
func (p *dateParser) same(i int, w *vw) bool {
	if p.d.folded {
		return p.d.key(i) == w.key
	}
	return p.d.low(i) == w.low
}

func (p *dateParser) in(i int, s wset) bool { return i >= 0 && i < p.lim && s.has(p.d, i) }

// num returns the value and digit count of number token i.
func (p *dateParser) num(i int) (int, int, bool) {
	if i < 0 || i >= p.lim || p.d.toks[i].kind != tNum {
		return 0, 0, false
	}
	w := p.d.word(i)
	if len(w) > 4 {
		return 0, len(w), false
	}
	v := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, len(w), true
}

// punct reports whether token i is a punctuation rune among set.
func (p *dateParser) punct(i int, set string) bool {
	if i < 0 || i >= p.lim || p.d.toks[i].kind != tPunct {
		return false
	}
	// a punctuation token is one rune, and set is valid UTF-8: a rune of several bytes is in set
	// when its bytes are, and a single byte only if it is ASCII (not a continuation byte)
	w := p.d.word(i)
	if len(w) == 1 {
		return w[0] < utf8.RuneSelf && strings.IndexByte(set, w[0]) >= 0
	}
	return strings.Contains(set, w)
}

// dash reports whether token i is a hyphen or dash.
func (p *dateParser) dash(i int) bool { return p.punct(i, "-–—") }

// touches reports whether tokens i and i+1 have no space between them.
func (p *dateParser) touches(i int) bool { return i+1 < p.lim && p.d.adjacent(i) }

func (p *dateParser) year(i int) (int, bool) {
	v, n, ok := p.num(i)
	return v, ok && n == 4 && v >= 1000 && v <= 2100
}

func (p *dateParser) month(i int) (int, bool) {
	v, n, ok := p.num(i)
	return v, ok && n <= 2 && v >= 1 && v <= 12
}

func (p *dateParser) day(i int) (int, bool) {
	v, n, ok := p.num(i)
	return v, ok && n <= 2 && v >= 1 && v <= 31
}

// upper reports whether token i starts with a capital in a line that is not all capitals.
func (p *dateParser) upper(i int) bool {
	t := &p.d.toks[i]
	return t.is(fUpper) && !t.is(fCapsLine) && !t.is(fAllCaps)
}

// countBefore reports whether token i is preceded by a number or a counting word: "3 tháng",
// "mấy năm nay" are durations.
func (p *dateParser) countBefore(i int) bool {
	if i == 0 || p.d.toks[i].is(fLineStart) {
		return false
	}
	if p.d.toks[i-1].kind == tNum {
		return !(i >= 2 && p.gluedBefore(i-1) && p.punct(i-2, "-")) // "Covid-19 năm nay" is no count
	}
	return p.r.counts.has(p.d, i-1)
}

// extendDay extends a day starting at token s over a final "tới" (or "tới đây"), "vừa qua" ("ngày
// 8/10 tới", "ngày 3/10 vừa qua"), "hôm nay" or "hôm qua" before punctuation ("ngày 10/10/2021 hôm
// nay,") and into an interval with the day after a dash, when the first day is written without its
// year ("ngày 01/10 - 30/11/2021", "8/10-22/10/2021", "4/10-10/10") or in a week ("tuần 24/10 -
// 30/10"): a compact range. Two full dates joined by a dash stay two dates ("22/12/1944 -
// 22/12/2020"), and so do two ends joined by a word ("từ 24-7 đến 31-7").
func (p *dateParser) extendDay(s int, r dres, week bool) dres {
	if p.dash(r.e) && !r.a.clock && r.a.d > 0 && (week || !p.yearWritten(s, r.e)) {
		last := p.last
		p.last = r.e // the dash may be glued to the second date
		r2, ok := p.dateBody(r.e+1, true, false)
		p.last = last
		if ok && r2.a.g == gDay && r2.b.g == gNone && r2.a.d > 0 {
			firstYear, secondYear := p.yearWritten(s, r.e), p.yearWritten(r.e+1, r2.e)
			r.b, r.e = r2.a, r2.e
			r.b.pod, r.b.clock, r.a.pod, r.a.clock = "", false, "", false
			if secondYear && !firstYear {
				// "ngày 01/10 - 30/11/2021": the year written once, at the end
				r.a.y = r.b.y
				if r.a.m > r.b.m {
					r.a.y--
				}
			}
			return r
		}
	}
	r.e = p.coming(r.e) // "ngày 8/10 tới", "ngày 28/10 tới đây"
	if p.is(r.e, wVua) && (p.is(r.e+1, wQua) || p.is(r.e+1, wRoi)) && !p.is(r.e+2, wDoi) {
		r.e += 2 // "ngày 3/10 vừa qua", but not "… vừa qua đời"
	}
	if p.is(r.e, wHom) && (p.is(r.e+1, wNow) || p.is(r.e+1, wQua)) && p.d.toks[r.e-1].kind == tNum &&
		(r.e+2 >= p.lim || p.d.toks[r.e+2].kind == tPunct) {
		// "Chủ nhật ngày 10/10/2021 hôm nay,": the relative day confirms the date written before
		// it, like "hôm nay 3/10" after it; before a word it may begin the next clause
		r.e += 2
	}
	return r
}
