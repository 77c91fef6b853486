// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLunarToSolarGivesKnownTetDates(t *testing.T) {
	for _, c := range []struct {
		year int
		want string
	}{
		{2016, "2016-02-08"}, {2020, "2020-01-25"}, {2021, "2021-02-12"}, {2022, "2022-02-01"},
		{2023, "2023-01-22"}, {2024, "2024-02-10"}, {2025, "2025-01-29"},
		{1985, "1985-01-21"}, // a month before China's (20 February): UTC+7 moves a new moon across midnight
		{1968, "1968-01-29"}, // Tết Mậu Thân: the first Tết in UTC+7, a day before the South's
		{1965, "1965-02-02"}, // before 1968 the calendar was kept in UTC+8; UTC+7 would give 02-01
	} {
		y, m, d, ok := lunarToSolar(1, 1, c.year, false)
		assert.True(t, ok)
		assert.Equal(t, c.want, fmt.Sprintf("%04d-%02d-%02d", y, m, d), "Tết %d", c.year)
	}
}

func TestLunarToSolarKnownFestivalsAndLeapMonths(t *testing.T) {
	for _, c := range []struct {
		day, month, year int
		leap             bool
		want             string
	}{
		{15, 1, 2021, false, "2021-02-26"},  // rằm tháng Giêng
		{15, 8, 2021, false, "2021-09-21"},  // Tết Trung thu
		{23, 12, 2020, false, "2021-02-04"}, // ông Công ông Táo
		{1, 2, 2023, true, "2023-03-22"},    // leap second month of Quý Mão
		{1, 3, 2023, false, "2023-04-20"},
		{1, 4, 2020, true, "2020-05-23"}, // leap fourth month of Canh Tý
	} {
		y, m, d, ok := lunarToSolar(c.day, c.month, c.year, c.leap)
		assert.True(t, ok)
		assert.Equal(t, c.want, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
	}
	_, _, _, ok := lunarToSolar(1, 5, 2023, true)
	assert.False(t, ok, "2023 has no leap fifth month")
}

// TestLunarMonthStartsAgreeWithPublishedTable converts the first day of every lunar month from 1900
// to 2100 (testdata/lunar-months.tsv, taken from a library that tabulates Hồ Ngọc Đức's calendar)
// and compares it with the table. The months listed below are where the table and the computation
// part; a month missing from the list, or listed but now agreeing, fails the test.
func TestLunarMonthStartsAgreeWithPublishedTable(t *testing.T) {
	// lunar year/month → the day the computation gives, one day from the table's.
	known := map[string]string{
		// New moons within two minutes after local midnight, closer than the approximate
		// formulas of the algorithm can decide.
		"2054/4": "2054-05-08", "2072/11": "2072-12-10", "2077/10": "2077-11-16",
		// Before 1926, where the table follows another reckoning than UTC+8.
		"1906/4": "1906-04-24", "1914/10": "1914-11-18", "1916/1": "1916-02-04",
		"1920/10": "1920-11-11", "1925/1": "1925-01-24",
	}
	data, err := os.ReadFile("testdata/lunar-months.tsv")
	require.NoError(t, err)
	rows := 0
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 4, line)
		ly, err1 := strconv.Atoi(f[1])
		lm, err2 := strconv.Atoi(f[2])
		require.NoError(t, errors.Join(err1, err2), line)
		y, m, d, ok := lunarToSolar(1, lm, ly, f[3] == "1")
		rows++
		got := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		if !ok {
			got = "no such month"
		}
		key := fmt.Sprintf("%d/%d", ly, lm)
		if f[3] == "1" {
			key += " leap"
		}
		want := f[0]
		if k, listed := known[key]; listed {
			want = k
			delete(known, key)
		}
		assert.Equal(t, want, got, "lunar month %s", key)
	}
	assert.Equal(t, 2487, rows, "months in the table")
	assert.Empty(t, known, "listed months that are not in the table")
}
