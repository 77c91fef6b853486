// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"slices"

	"github.com/vietner/vietner/normalize"
)

// Where a date can begin. Most tokens that may begin a date begin none (nine in ten tries find
// nothing), so at tries only the sub-parsers that can begin at the token: each start word carries a
// mask of them, numbers and words with digits one mask each, and a number is first checked against
// what must follow it for anything but a bare year to begin there.

// The sub-parsers of at, one bit each, in the order at tries them: the order decides which one wins.
const (
	sSameTime      uint32 = 1 << iota // cùng kỳ năm trước
	sWeekDays                         // tuần 24/10 - 30/10
	sMonthWeek                        // tuần đầu tháng 10
	sDayExpr                          // clock, part of day, day
	sPeriod                           // 6 tháng đầu năm
	sDecade                           // những năm 90
	sCentury                          // thế kỷ XIX
	sModified                         // đầu tháng 6
	sMonthExpr                        // tháng 5
	sYearExpr                         // năm 2015
	sSeason                           // mùa giải 2021-2022
	sQuarter                          // quý III
	sWeek                             // tuần này
	sAgo                              // 3 ngày trước
	sYearRange                        // 2011-2023
	sMonthYear                        // 5/2021
	sBareYear                         // từ 2019
	sYearAfterYear                    // và 2021
	sAbbrevPeriod                     // Q3/2021
	sEnglishDate                      // October 1, 2021
	sLunarYear                        // Tết Nhâm Dần
)

// Masks of the sub-parsers that can begin at a number (their first test reads the number) and at a
// word with digits (a clock time "14h30", "6am", an abbreviated period "Q3").
const (
	numStarts       = sDayExpr | sPeriod | sAgo | sYearRange | sMonthYear | sBareYear | sYearAfterYear | sEnglishDate
	digitWordStarts = sDayExpr | sAbbrevPeriod | sEnglishDate
	yearStarts      = sBareYear | sYearAfterYear
)

// dateStartWords are the words a date expression can begin with, and the sub-parsers that can begin
// at each: those whose first test accepts the word (keywords compared in the document's form; the
// part-of-day and number words of dayExpr, period and ago; English words of englishDate).
var dateStartWords = []struct {
	w string
	m uint32
}{
	{"ngày", sDayExpr}, {"hôm", sDayExpr}, {"hom", sDayExpr}, {"mùng", sDayExpr}, {"mồng", sDayExpr},
	{"tháng", sMonthExpr}, {"năm", sYearExpr | sAgo},
	{"tuần", sWeekDays | sMonthWeek | sWeek}, {"thứ", sDayExpr}, {"chủ", sDayExpr},
	{"cùng", sSameTime | sDayExpr}, {"rằm", sDayExpr}, {"buổi", sDayExpr},
	{"sáng", sDayExpr}, {"trưa", sDayExpr}, {"chiều", sDayExpr}, {"tối", sDayExpr}, {"đêm", sDayExpr},
	{"khuya", sDayExpr}, {"rạng", sDayExpr}, {"xế", sDayExpr}, {"chập", sDayExpr}, {"gần", sDayExpr},
	{"đầu", sDayExpr | sModified}, {"cuối", sDayExpr | sModified}, {"giữa", sDayExpr | sModified},
	{"nửa", sDayExpr | sPeriod | sModified}, {"trung", sModified}, {"thượng", sModified}, {"hạ", sModified},
	{"thế", sCentury}, {"thập", sDecade}, {"niên", sSeason}, {"mùa", sSeason}, {"những", sDecade},
	{"sáu", sPeriod | sAgo}, {"ba", sPeriod | sAgo}, {"chín", sPeriod | sAgo}, {"cách", sAgo},
	{"một", sAgo}, {"hai", sAgo}, {"bốn", sAgo}, {"bảy", sAgo}, {"tám", sAgo}, {"mười", sAgo},
	{"january", sEnglishDate}, {"february", sEnglishDate}, {"march", sEnglishDate}, {"april", sEnglishDate},
	{"may", sEnglishDate}, {"june", sEnglishDate}, {"july", sEnglishDate}, {"august", sEnglishDate},
	{"september", sEnglishDate}, {"october", sEnglishDate}, {"november", sEnglishDate},
	{"december", sEnglishDate}, {"monday", sEnglishDate}, {"tuesday", sEnglishDate},
	{"wednesday", sEnglishDate}, {"thursday", sEnglishDate}, {"friday", sEnglishDate},
	{"saturday", sEnglishDate}, {"sunday", sEnglishDate}, {"today", sEnglishDate},
	{"yesterday", sEnglishDate}, {"tomorrow", sEnglishDate}, {"this", sEnglishDate}, {"last", sEnglishDate},
	{"next", sEnglishDate},
	{"giáp", sLunarYear}, {"ất", sLunarYear}, {"bính", sLunarYear}, {"đinh", sLunarYear}, {"mậu", sLunarYear},
	{"kỷ", sLunarYear}, {"canh", sLunarYear}, {"tân", sLunarYear}, {"nhâm", sLunarYear}, {"quý", sQuarter | sLunarYear},
}

// dateDayNext lists, for some start words, the words one of which must follow for dayExpr to begin at
// the word: there its first tests read "đầu giờ", "cuối giờ", "Chủ nhật", "cùng ngày", "nửa đêm",
// "rạng sáng", "xế chiều", "chập tối", "chập choạng tối", "giữa trưa", "giữa đêm", "gần trưa", "gần sáng",
// "gần tối".
var dateDayNext = map[string][]vw{"đầu": {wGio}, "cuối": {wGio}, "chủ": {wNhat}, "cùng": {wNgay}, "nửa": {wDem},
	"rạng": {wSang}, "xế": {wChieu}, "chập": {wToiEv, wChoang}, "giữa": {wTrua, wDem}, "gần": {wTrua, wSang, wToiEv}}

// dateStartSet maps the start words, in lower case (low) and folded (key), to their masks; words whose
// folded forms meet share the union of their masks. Like wset it is keyed by the tokens' hashes and
// compares the word found; its filter is large enough (16,384 bits for some 150 hashes) that a word
// which begins nothing rarely gets past it.
type dateStartSet struct {
	low, key *hashTab[dateStartWord]
	filter   *[256]uint64
}

type dateStartWord struct {
	w       string
	m       uint32
	dayNext []vw
}

func newDateStartSet() dateStartSet {
	s := dateStartSet{low: new(hashTab[dateStartWord]), key: new(hashTab[dateStartWord]), filter: new([256]uint64)}
	add := func(t *hashTab[dateStartWord], w string, m uint32, dayNext []vw) {
		h := fnv64(w)
		if old, ok := t.get(h); ok {
			// two words with one folded form: either's sub-parsers, and either's conditions
			if old.dayNext == nil && old.m&sDayExpr != 0 || dayNext == nil && m&sDayExpr != 0 {
				dayNext = nil
			} else {
				dayNext = append(slices.Clip(old.dayNext), dayNext...)
			}
			m |= old.m
		}
		t.put(h, dateStartWord{w: w, m: m, dayNext: dayNext})
		s.filter[h>>6&255] |= 1 << (h & 63)
	}
	for _, sw := range dateStartWords {
		add(s.low, sw.w, sw.m, dateDayNext[sw.w])
		add(s.key, normalize.Key(sw.w), sw.m, dateDayNext[sw.w])
	}
	return s
}

// startMask returns the sub-parsers of at that can begin at token i (of the current line), 0 for none.
func (p *dateParser) startMask(i int) uint32 {
	t := &p.d.toks[i]
	switch t.kind {
	case tNum:
		m := p.numMask(i)
		if t.end-t.start != 4 {
			m &^= yearStarts // a year has four digits
		}
		return m
	case tWord:
		if t.is(fHasDigit) {
			return p.digitWordMask(i)
		}
		h := p.hash(i)
		if p.r.starts.filter[h>>6&255]&(1<<(h&63)) == 0 {
			return 0
		}
		var sw dateStartWord
		var ok bool
		if p.d.folded {
			sw, ok = p.r.starts.key.get(h)
			ok = ok && sw.w == p.d.key(i)
		} else {
			sw, ok = p.r.starts.low.get(h)
			ok = ok && sw.w == p.d.low(i)
		}
		if !ok {
			return 0
		}
		if sw.dayNext != nil && !p.nextIs(i+1, sw.dayNext) {
			return sw.m &^ sDayExpr
		}
		return sw.m
	}
	return 0
}

// digitWordMask returns the sub-parsers that can begin at word i, which has digits, by its shape: a
// clock time "14h30", "15g" (dayExpr), an English one "6am", "6a.m" (englishDate), two bytes such as
// "Q3" (abbrevPeriod).
func (p *dateParser) digitWordMask(i int) uint32 {
	w := p.d.low(i)
	k := 0
	for k < len(w) && k < 3 && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	m := uint32(0)
	if k >= 1 && k <= 2 && k < len(w) {
		switch w[k] {
		case 'h', 'g':
			m = sDayExpr
		case 'a', 'p':
			m = sEnglishDate
		}
	}
	if t := &p.d.toks[i]; t.end-t.start == 2 {
		m |= sAbbrevPeriod
	}
	return m & digitWordStarts
}

// numMask returns the sub-parsers that can begin at number i, by what follows it: each reads a
// particular token right after the number it begins with (the bare year ones, anything).
func (p *dateParser) numMask(i int) uint32 {
	n := i + 1
	if n >= len(p.d.toks) || p.d.toks[n].is(fLineStart) {
		return yearStarts
	}
	switch p.d.toks[n].kind {
	case tWord:
		if p.numFollower(n) {
			return numStarts
		}
		return yearStarts
	case tNum:
		return sDayExpr | yearStarts // "sáng 12 10": a day and month written with a space
	}
	switch w := p.d.word(n); w {
	case ":":
		return sDayExpr | sEnglishDate | yearStarts // "15:23", "10:30 pm"
	case "/":
		return sDayExpr | sMonthYear | yearStarts
	case "-", "–", "—":
		return sDayExpr | sYearRange | sMonthYear | yearStarts
	case ".":
		return sDayExpr | sMonthYear | yearStarts
	case ",":
		return sDayExpr | yearStarts // "26, 27, 28/6"
	}
	return yearStarts
}

// nextIs reports whether token n, in the line of token n-1 whatever lim is, is one of ws.
func (p *dateParser) nextIs(n int, ws []vw) bool {
	if n >= len(p.d.toks) || p.d.toks[n].is(fLineStart) {
		return false
	}
	h := p.hash(n)
	for k := range ws {
		if h == ws[k].h[p.mode] && p.same(n, &ws[k]) {
			return true
		}
	}
	return false
}

// numFollower reports whether word n, after a number, is one that a sub-parser other than the bare
// year ones reads right after the number it begins with: giờ (clock), tháng (dateBody, period, ago),
// Tết, và (dateBody, dayRange), ngày, tuần, năm (ago), am, pm, a, p (englishClock).
// n is a token of the document, in the line of the number whatever lim is.
func (p *dateParser) numFollower(n int) bool {
	switch h := p.hash(n); {
	case h == wGio.h[p.mode] && p.same(n, &wGio), h == wThang.h[p.mode] && p.same(n, &wThang),
		h == wTet.h[p.mode] && p.same(n, &wTet), h == wVa.h[p.mode] && p.same(n, &wVa),
		h == wNgay.h[p.mode] && p.same(n, &wNgay), h == wTuan.h[p.mode] && p.same(n, &wTuan),
		h == wNam.h[p.mode] && p.same(n, &wNam):
		return true
	}
	switch p.d.low(n) {
	case "am", "pm", "a", "p":
		return true
	}
	return false
}

// at tries the forms of date expression that mask m allows at token i, the most specific first.
func (p *dateParser) at(i int, m uint32) (dres, bool) {
	if m&sSameTime != 0 {
		if r, ok := p.sameTime(i); ok {
			return r, true
		}
	}
	if m&sWeekDays != 0 {
		if r, ok := p.weekDays(i); ok {
			return r, true
		}
	}
	if m&sMonthWeek != 0 {
		if r, ok := p.monthWeek(i); ok {
			return r, true
		}
	}
	if m&sDayExpr != 0 {
		if r, ok := p.dayExpr(i); ok {
			return r, true
		}
	}
	if m&sPeriod != 0 {
		if r, ok := p.period(i); ok {
			return r, true
		}
	}
	if m&sDecade != 0 {
		if r, ok := p.decade(i); ok {
			return r, true
		}
	}
	if m&sCentury != 0 {
		if r, ok := p.century(i); ok {
			return r, true
		}
	}
	if m&sModified != 0 {
		if r, ok := p.modified(i); ok {
			return r, true
		}
	}
	if m&sMonthExpr != 0 {
		if r, ok := p.monthExpr(i); ok {
			return r, true
		}
	}
	if m&sYearExpr != 0 {
		if r, ok := p.yearExpr(i); ok {
			return r, true
		}
	}
	if m&sSeason != 0 {
		if r, ok := p.season(i); ok {
			return r, true
		}
	}
	if m&sQuarter != 0 {
		if r, ok := p.quarter(i); ok {
			return r, true
		}
	}
	if m&sWeek != 0 {
		if r, ok := p.week(i); ok {
			return r, true
		}
	}
	if m&sAgo != 0 {
		if r, ok := p.ago(i); ok {
			return r, true
		}
	}
	if m&sYearRange != 0 {
		if r, ok := p.yearRange(i); ok {
			return r, true
		}
	}
	if m&sMonthYear != 0 {
		if r, ok := p.monthYear(i); ok {
			return r, true
		}
	}
	if m&sBareYear != 0 {
		if r, ok := p.bareYear(i); ok {
			return r, true
		}
	}
	if m&sYearAfterYear != 0 {
		if r, ok := p.yearAfterYear(i); ok {
			return r, true
		}
	}
	if m&sAbbrevPeriod != 0 {
		if r, ok := p.abbrevPeriod(i); ok {
			return r, true
		}
	}
	if m&sEnglishDate != 0 {
		if r, ok := p.englishDate(i); ok {
			return r, true
		}
	}
	if m&sLunarYear != 0 {
		if r, ok := p.lunarYearName(i); ok {
			return r, true
		}
	}
	return dres{}, false
}

// weekDays parses a week spelled out by its days: "tuần 24/10 - 30/10", "tuần 4-8/10".
func (p *dateParser) weekDays(i int) (dres, bool) {
	if !p.is(i, wTuan) {
		return dres{}, false
	}
	r, ok := p.dateBody(i+1, true, false)
	if !ok || r.a.g != gDay {
		return dres{}, false
	}
	if r.b.g == gNone {
		r = p.extendDay(i+1, r, true)
	}
	return r, r.b.g != gNone
}
