package entities

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLunarToSolarGivesKnownTetDates(t *testing.T) {
	for _, c := range []struct {
		year int
		want string
	}{
		{2016, "2016-02-08"}, {2020, "2020-01-25"}, {2021, "2021-02-12"}, {2022, "2022-02-01"},
		{2023, "2023-01-22"}, {2024, "2024-02-10"}, {2025, "2025-01-29"},
		{1985, "1985-01-21"}, // a month before China's (20 February): UTC+7 moves a new moon across midnight
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
