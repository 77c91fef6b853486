// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import "math"

// The Vietnamese lunar calendar, computed with Hồ Ngọc Đức's astronomical algorithm: months begin
// on the day (in UTC+7, UTC+8 before 1968: see calendarZone) of the new moon, month 11 is the one
// containing the winter solstice, and in a year with 13 months the first month after month 11 that
// contains no major solar term is the leap month. New moons and solar longitudes come from the formulas of Jean Meeus, "Astronomical
// Algorithms" (1998), as simplified by the algorithm.

// The Vietnamese calendar has been computed for UTC+7 since 1968 and was computed for UTC+8, the
// time of the Chinese calendar, before: the North changed in August 1967, so that Tết Mậu Thân fell
// on 29 January 1968 there and on the 30th in the South. The published tables (Hồ Ngọc Đức's, as
// carried by testdata/lunar-months.tsv) make the change at the start of 1968, and so do we.
const (
	vnTimeZone      = 7.0
	vnOldTimeZone   = 8.0
	vnZoneChangeDay = 2439857 // Julian day number of 1968-01-01
)

// calendarZone returns the time zone, in hours east of UTC, of the calendar on local day jdn.
func calendarZone(jdn int) float64 {
	if jdn < vnZoneChangeDay {
		return vnOldTimeZone
	}
	return vnTimeZone
}

// julianDay returns the Julian day number of a Gregorian (after 1582-10-15) or Julian calendar date.
func julianDay(dd, mm, yy int) int {
	a := (14 - mm) / 12
	y := yy + 4800 - a
	m := mm + 12*a - 3
	jd := dd + (153*m+2)/5 + 365*y + y/4 - y/100 + y/400 - 32045
	if jd < 2299161 {
		jd = dd + (153*m+2)/5 + 365*y + y/4 - 32083
	}
	return jd
}

// fromJulianDay returns the calendar date (day, month, year) of a Julian day number.
func fromJulianDay(jd int) (int, int, int) {
	var b, c int
	if jd > 2299160 {
		a := jd + 32044
		b = (4*a + 3) / 146097
		c = a - (b*146097)/4
	} else {
		c = jd + 32082
	}
	d := (4*c + 3) / 1461
	e := c - (1461*d)/4
	m := (5*e + 2) / 153
	return e - (153*m+2)/5 + 1, m + 3 - 12*(m/10), b*100 + d - 4800 + m/10
}

// newMoon returns the Julian date (with fraction, UTC) of the k-th new moon after 1900-01-01.
func newMoon(k int) float64 {
	const dr = math.Pi / 180
	kf := float64(k)
	t := kf / 1236.85
	t2 := t * t
	t3 := t2 * t
	jd1 := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd1 += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3
	mpr := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3
	f := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3
	c1 := (0.1734-0.000393*t)*math.Sin(m*dr) + 0.0021*math.Sin(2*dr*m)
	c1 -= 0.4068*math.Sin(mpr*dr) - 0.0161*math.Sin(dr*2*mpr)
	c1 -= 0.0004 * math.Sin(dr*3*mpr)
	c1 += 0.0104*math.Sin(dr*2*f) - 0.0051*math.Sin(dr*(m+mpr))
	c1 -= 0.0074*math.Sin(dr*(m-mpr)) - 0.0004*math.Sin(dr*(2*f+m))
	c1 -= 0.0004*math.Sin(dr*(2*f-m)) + 0.0006*math.Sin(dr*(2*f+mpr))
	c1 += 0.0010*math.Sin(dr*(2*f-mpr)) + 0.0005*math.Sin(dr*(2*mpr+m))
	var deltaT float64
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd1 + c1 - deltaT
}

// newMoonDay returns the Julian day number of the local day of the k-th new moon: in UTC+8 when that
// day falls before the change of zone, else in UTC+7.
func newMoonDay(k int) int {
	nm := newMoon(k) + 0.5
	if d := int(math.Floor(nm + vnOldTimeZone/24)); d < vnZoneChangeDay {
		return d
	}
	return int(math.Floor(nm + vnTimeZone/24))
}

// sunLongitude returns the Sun's ecliptic longitude in radians, in [0, 2π), at Julian date jdn.
func sunLongitude(jdn float64) float64 {
	const dr = math.Pi / 180
	t := (jdn - 2451545.0) / 36525
	t2 := t * t
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2
	dl := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(dr*m)
	dl += (0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	return l - 2*math.Pi*math.Floor(l/(2*math.Pi))
}

// solarTerm returns the major solar term (0..11, 30° sectors of longitude) at the start of local
// day dayNumber.
func solarTerm(dayNumber int) int {
	return int(math.Floor(sunLongitude(float64(dayNumber)-0.5-calendarZone(dayNumber)/24) / math.Pi * 6))
}

// lunarMonth11 returns the Julian day number on which lunar month 11 of solar year yy begins.
func lunarMonth11(yy int) int {
	off := julianDay(31, 12, yy) - 2415021
	k := int(math.Floor(float64(off) / 29.530588853))
	nm := newMoonDay(k)
	if solarTerm(nm) >= 9 {
		nm = newMoonDay(k - 1)
	}
	return nm
}

// leapMonthOffset returns the offset, counted from month 11 starting on a11, of the leap month.
func leapMonthOffset(a11 int) int {
	k := int(math.Floor((float64(a11)-2415021.076998695)/29.530588853 + 0.5))
	i := 1
	arc := solarTerm(newMoonDay(k + i))
	for {
		last := arc
		i++
		arc = solarTerm(newMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}

// lunarToSolar converts day/month of lunar year ly (leap: the leap month of that number) to the
// solar date. ok is false when the lunar date does not exist.
func lunarToSolar(day, month, ly int, leap bool) (y, m, d int, ok bool) {
	if day < 1 || day > 30 || month < 1 || month > 12 {
		return 0, 0, 0, false
	}
	var a11, b11 int
	if month < 11 {
		a11, b11 = lunarMonth11(ly-1), lunarMonth11(ly)
	} else {
		a11, b11 = lunarMonth11(ly), lunarMonth11(ly+1)
	}
	k := int(math.Floor(0.5 + (float64(a11)-2415021.076998695)/29.530588853))
	off := month - 11
	if off < 0 {
		off += 12
	}
	if b11-a11 > 365 {
		leapOff := leapMonthOffset(a11)
		leapMonth := leapOff - 2
		if leapMonth < 0 {
			leapMonth += 12
		}
		if leap && month != leapMonth {
			return 0, 0, 0, false
		}
		if leap || off >= leapOff {
			off++
		}
	} else if leap {
		return 0, 0, 0, false
	}
	start := newMoonDay(k + off)
	if day == 30 && newMoonDay(k+off+1)-start < 30 {
		return 0, 0, 0, false
	}
	d, m, y = fromJulianDay(start + day - 1)
	return y, m, d, true
}
