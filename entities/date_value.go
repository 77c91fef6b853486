// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"strconv"
	"time"
)

// gran is the granularity of a date value.
type gran uint8

const (
	gNone    gran = iota
	gDay          // YYYY-MM-DD
	gMonth        // YYYY-MM
	gYear         // YYYY
	gQuarter      // YYYY-Qn
	gHalf         // YYYY-Hn
	gWeek         // YYYY-Wnn
	gWeekday      // XXXX-WXX-n: a weekday in an unknown week
	gWeekend      // YYYY-Wnn-WE
	gDecade       // 199
	gCentury      // 18
)

// dv is a date value being built. Parts that are not known are 0 and print as X.
type dv struct {
	g       gran
	y, m, d int
	n       int // quarter, half, ISO week, decade or century; the weekday of gWeekday
	pod     string
	hh, mm  int
	clock   bool
}

// String spells v as a TIMEX3 value.
func (v dv) String() string {
	b := make([]byte, 0, 24)
	year := func() {
		if v.y > 0 {
			b = appendPad(b, v.y, 4)
		} else {
			b = append(b, "XXXX"...)
		}
	}
	two := func(x int) {
		if x > 0 {
			b = appendPad(b, x, 2)
		} else {
			b = append(b, "XX"...)
		}
	}
	switch v.g {
	case gDay:
		year()
		b = append(b, '-')
		two(v.m)
		b = append(b, '-')
		two(v.d)
	case gMonth:
		year()
		b = append(b, '-')
		two(v.m)
	case gYear:
		year()
	case gQuarter:
		year()
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(v.n), 10)
	case gHalf:
		year()
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(v.n), 10)
	case gWeek, gWeekend:
		year()
		b = append(b, "-W"...)
		two(v.n)
		if v.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gWeekday:
		b = append(b, "XXXX-WXX-"...)
		b = strconv.AppendInt(b, int64(v.n), 10)
	case gDecade:
		b = appendPad(b, v.n, 3)
	case gCentury:
		b = appendPad(b, v.n, 2)
	}
	if v.g == gDay || v.g == gWeekday {
		switch {
		case v.clock:
			b = append(b, 'T')
			b = appendPad(b, v.hh, 2)
			b = append(b, ':')
			b = appendPad(b, v.mm, 2)
		case v.pod != "":
			b = append(b, 'T')
			b = append(b, v.pod...)
		}
	}
	return string(b)
}

func appendPad(b []byte, x, w int) []byte {
	n := len(b)
	b = strconv.AppendInt(b, int64(x), 10)
	for d := len(b) - n; d < w; d++ {
		b = append(b, 0)
		copy(b[n+1:], b[n:])
		b[n] = '0'
	}
	return b
}

// daysIn returns the number of days of month m in year y (29 for February of an unknown year).
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// validDay reports whether d/m/y is a date (y may be 0, unknown).
func validDay(d, m, y int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y) }

// dayValue returns the value of a solar date.
func dayValue(t time.Time) dv { return dv{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()} }

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func refDay(ref time.Time) time.Time { return civil(ref.Year(), int(ref.Month()), ref.Day()) }

// absDays is |a - b| in days.
func absDays(a, b time.Time) int {
	h := a.Sub(b).Hours()
	if h < 0 {
		h = -h
	}
	return int(h / 24)
}

// dayNumber is the number of day d/m/y of the proleptic Gregorian calendar, counted from 1970-01-01:
// the days between two valid dates without building a time.Time for each.
func dayNumber(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + d - 1
	return era*146097 + yoe*365 + yoe/4 - yoe/100 + doy - 719468
}

// resolveYear fills in the year of a year-less value of granularity day, month, quarter or half:
// the year that puts it nearest to the reference date, the reference year on a tie.
func (d *doc) resolveYear(v *dv) {
	if v.y != 0 || d.ref.IsZero() {
		return
	}
	ry, rmo, rd := d.ref.Date()
	rm := int(rmo)
	best, bestDist := 0, 1<<30
	for _, y := range [3]int{ry, ry - 1, ry + 1} {
		var dist int
		switch v.g {
		case gDay:
			if !validDay(v.d, v.m, y) {
				continue
			}
			dist = abs(dayNumber(y, v.m, v.d) - dayNumber(ry, rm, rd))
		case gMonth:
			dist = abs((y*12 + v.m) - (ry*12 + rm))
		case gQuarter:
			dist = abs((y*4 + v.n) - (ry*4 + (rm+2)/3))
		case gHalf:
			dist = abs((y*2 + v.n) - (ry*2 + (rm+5)/6))
		default:
			return
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	v.y = best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// relDay is the day n days from the reference date, or an unknown day.
func (d *doc) relDay(n int) dv {
	if d.ref.IsZero() {
		return dv{g: gDay}
	}
	return dayValue(refDay(d.ref).AddDate(0, 0, n))
}

// relWeek is the ISO week n weeks from the reference date's.
func (d *doc) relWeek(n int) dv {
	if d.ref.IsZero() {
		return dv{g: gWeek}
	}
	y, w := refDay(d.ref).AddDate(0, 0, 7*n).ISOWeek()
	return dv{g: gWeek, y: y, n: w}
}

// relMonth is the month n months from the reference date's.
func (d *doc) relMonth(n int) dv {
	if d.ref.IsZero() {
		return dv{g: gMonth}
	}
	t := civil(d.ref.Year(), int(d.ref.Month()), 1).AddDate(0, n, 0)
	return dv{g: gMonth, y: t.Year(), m: int(t.Month())}
}

// relYear is the year n years from the reference date's.
func (d *doc) relYear(n int) dv {
	if d.ref.IsZero() {
		return dv{g: gYear}
	}
	return dv{g: gYear, y: d.ref.Year() + n}
}

// weekday is ISO weekday wd (1 Monday … 7 Sunday) of the week n weeks from the reference date's.
func (d *doc) weekday(wd, n int) dv {
	if d.ref.IsZero() {
		return dv{g: gWeekday, n: wd}
	}
	t := refDay(d.ref)
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	return dayValue(t.AddDate(0, 0, wd-cur+7*n))
}

// lunarValue converts lunar day/month to a solar day: of lunar year y when known, else of the
// lunar year that puts it nearest to the reference date; XXXX-MM-DD (the lunar month and day) when
// neither is known.
func (d *doc) lunarValue(day, month, y int) (dv, bool) {
	if y != 0 {
		sy, sm, sd, ok := lunarToSolar(day, month, y, false)
		return dv{g: gDay, y: sy, m: sm, d: sd}, ok
	}
	if d.ref.IsZero() {
		return dv{g: gDay, m: month, d: day}, day >= 1 && day <= 30 && month >= 1 && month <= 12
	}
	return lunarNear(day, month, refDay(d.ref))
}

// lunarNear converts lunar day/month to the solar day nearest ref, of the lunar year of ref's
// year, the year before or the year after.
func lunarNear(day, month int, ref time.Time) (dv, bool) {
	best, bestDist, found := dv{}, 1<<30, false
	for _, ly := range [3]int{ref.Year(), ref.Year() - 1, ref.Year() + 1} {
		sy, sm, sd, ok := lunarToSolar(day, month, ly, false)
		if !ok {
			continue
		}
		if dist := absDays(civil(sy, sm, sd), ref); dist < bestDist {
			best, bestDist, found = dv{g: gDay, y: sy, m: sm, d: sd}, dist, true
		}
	}
	return best, found
}

// dayOfMonth is day dd of the month nearest the reference date that has it ("ngày 15").
func (d *doc) dayOfMonth(dd int) dv {
	if d.ref.IsZero() {
		return dv{g: gDay, d: dd}
	}
	ref := refDay(d.ref)
	best, bestDist := dv{g: gDay, d: dd}, 1<<30
	for _, n := range [3]int{0, -1, 1} {
		t := civil(ref.Year(), int(ref.Month()), 1).AddDate(0, n, 0)
		if !validDay(dd, int(t.Month()), t.Year()) {
			continue
		}
		if dist := absDays(civil(t.Year(), int(t.Month()), dd), ref); dist < bestDist {
			best, bestDist = dv{g: gDay, y: t.Year(), m: int(t.Month()), d: dd}, dist
		}
	}
	return best
}

// lunarMonth is lunar month m (of lunar year y, or the nearest one) as an interval of solar days;
// XXXX-MM (the lunar month) when no year is known.
func (d *doc) lunarMonth(m, y int) (dv, dv, bool) {
	if m < 1 || m > 12 {
		return dv{}, dv{}, false
	}
	if y == 0 && d.ref.IsZero() {
		return dv{g: gMonth, m: m}, dv{}, true
	}
	if y == 0 {
		ref := refDay(d.ref)
		bestDist := 1 << 30
		for _, ly := range [3]int{ref.Year(), ref.Year() - 1, ref.Year() + 1} {
			sy, sm, sd, ok := lunarToSolar(15, m, ly, false)
			if !ok {
				continue
			}
			if dist := absDays(civil(sy, sm, sd), ref); dist < bestDist {
				y, bestDist = ly, dist
			}
		}
	}
	sy, sm, sd, ok := lunarToSolar(1, m, y, false)
	if !ok {
		return dv{}, dv{}, false
	}
	last := 30
	ey, em, ed, ok := lunarToSolar(last, m, y, false)
	if !ok {
		ey, em, ed, ok = lunarToSolar(29, m, y, false)
	}
	return dv{g: gDay, y: sy, m: sm, d: sd}, dv{g: gDay, y: ey, m: em, d: ed}, ok
}
