// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// The dispatch of at (dateStartWords, startMask) must give what trying every sub-parser in order at
// every token that may begin a date gives: oldStarts and atAll are the scan as it was before the
// dispatch, kept here as the reference.

var oldStarts = newWset("ngày", "hôm", "hom", "mùng", "mồng", "tháng", "năm", "quý", "tuần", "thứ", "chủ", "cùng",
	"rằm", "buổi", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "xế", "chập", "gần", "đầu", "cuối", "giữa", "nửa",
	"trung", "thượng", "hạ", "thế", "thập", "niên", "mùa", "những", "sáu", "ba", "chín", "cách",
	"một", "hai", "bốn", "năm", "bảy", "tám", "mười",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "today", "yesterday", "tomorrow", "this", "last", "next",
	"giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm")

// oldCanStart is the test the scan made before trying at.
func (p *dateParser) oldCanStart(i int) bool {
	t := &p.d.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tWord:
		return t.is(fHasDigit) || oldStarts.has(p.d, i)
	}
	return false
}

// atAll tries every sub-parser at token i in order.
func (p *dateParser) atAll(i int) (dres, bool) {
	for _, f := range []func(int) (dres, bool){p.sameTime, p.weekDays, p.monthWeek, p.dayExpr, p.period,
		p.decade, p.century, p.modified, p.monthExpr, p.yearExpr, p.season, p.quarter, p.week, p.ago,
		p.yearRange, p.monthYear, p.bareYear, p.yearAfterYear, p.abbrevPeriod, p.englishDate, p.lunarYearName} {
		if r, ok := f(i); ok {
			return r, true
		}
	}
	return dres{}, false
}

func TestDateStartWordsAreTheOldStarts(t *testing.T) {
	seen := map[string]bool{}
	for _, sw := range dateStartWords {
		require.NotZero(t, sw.m, sw.w)
		seen[sw.w] = true
		require.True(t, oldStarts.low.len() > 0)
		_, ok := oldStarts.low.get(fnv64(sw.w))
		require.True(t, ok, sw.w)
	}
	require.Equal(t, oldStarts.low.len(), len(seen))
}

// checkDispatch scans each text (with and without a reference date) and fails at the first token
// where at with the token's mask and atAll disagree.
func checkDispatch(t *testing.T, x *Extractor, texts []string) (tried, found int) {
	t.Helper()
	for _, ref := range []string{"", "2021-10-04"} {
		for _, text := range texts {
			d := doc{x: x, text: text, ref: day(ref)}
			d.prepare()
			x.dates.scan(&d, func(p *dateParser, i int, m uint32) {
				var want, got dres
				var wok, gok bool
				if p.oldCanStart(i) {
					want, wok = p.atAll(i)
					tried++
				}
				if m != 0 {
					got, gok = p.at(i, m)
				}
				if wok != gok || want != got {
					t.Fatalf("token %d %q of %q (folded %v, ref %q, mask %b): at gives %+v %v, every sub-parser %+v %v",
						i, d.word(i), text, d.folded, ref, m, got, gok, want, wok)
				}
				if wok {
					found++
				}
			})
		}
	}
	return tried, found
}

// fold writes s without diacritics, keeping its capitals, as documents typed without them are.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dispatchShapes are date shapes rare in the corpus, for the comparisons of at with atAll.
var dispatchShapes = []string{
	"Chiều ngày 12/05, nhất là trong năm 2015 - 2016, vào Quý III hoặc Quý IV.",
	"từ ngày 11-17/5, 26, 27, 28/6/2024, lúc 14h30 ngày 4/10, 8 giờ 00 ngày 17/7/2024, 15:23",
	"sáng nay (29/9), hôm qua, tuần trước, mùng 1 Tết, rằm tháng Giêng, 23 tháng Chạp, 10/3 âm lịch",
	"thứ Năm tuần tới, những năm 90, thế kỷ XIX, 6 tháng đầu năm, cùng kỳ năm trước, cách đây 2 năm",
	"Thông tư số 15/2020/TT-BGDĐT, gần 1/4, 27/31 trận, số 360B/10, 65 tuổi, Covid-19, 31/2",
	"tuần 24/10 - 30/10, ngày 01/10 - 30/11/2021, October 1, 2021, Ngày 3 10, 4/10-10/10-",
	"năm học 2021-2022, mùa 2021/22, buổi sáng 11-9-2001, tuần qua, tuần cuối tháng 9/2021, 18h30 [23/10]",
	"On October 22, 6a.m on October 1, 2021, 10 pm on, Hội nghị X năm 2021, lần thứ VIII năm 2021, mùa",
	"đêm 11 đến sáng 12 10, chiều 2 và 3/10", "ngày 06 -12-2012", "Sáng 9 10 tại", "tối 5 - 6/10",
	"một ngày trước, hai tuần trước, ba năm trước, mười ngày về trước, năm năm trước đó, sáu tháng trước",
	"chín năm trước, cách đây ba năm, cách đây một tuần, bốn ngày trước, bảy năm trước, tám tháng trước",
	"6 a.m. on October 1, 2021; 10 p.m on October 22, 7 am on Friday, 12 pm on May 3, 2020",
	"ngày 2 và 3/10, 26, 27 và 28/6/2024, 30 Tết, mồng 2 Tết, 8 giờ 30 phút ngày 4/10, 15:23 ngày 3/10",
	"nửa đêm 3/10, cùng ngày, tuần 4-8/10, Q3/2021, H1 2021, Q4 năm nay, 17 giờ (giờ Việt Nam) ngày 2-11",
	"6h00-12h00 ngày 4/10, từ 6h-18h trưa nay, (23h00, 24/10), 20h (12/10), 9 tháng năm 2021",
	"nửa đầu tháng 6, trung tuần tháng 5, cuối tuần qua (2-3/10), Today, this month, next year, last week",
	"hôm nay Thứ 7 23/10/2021, hôm kia, ngày mai, ngày kia, ngày hôm qua, sáng mai, tối qua, chiều nay",
	"vào thứ 2, Chủ nhật (3/10), thứ Hai vừa qua, thứ Sáu tới, thứ Bảy này, thứ Năm tuần sau",
	"năm 2020 và 2021, so với 2020, SN 1991, 2011-2023, 5/2021, 12-2019, năm 2021 2022, tháng 5-6/2021",
	"tháng 2 và 3/2022, tháng 9, 10 và 11/2021, tháng mười một năm nay, tháng 7 âm lịch, quý đầu năm",
	"mot ngay truoc, hai tuan truoc, cach day ba nam, sang nay, toi qua, ngay 3/10, thang 5 nam nay",
	"hạn chót 12 và 13 - 14/10, ngày 30/9 và 1 và 2/10, từ 1/10 đến 5 và 6/10, 12 và 13 tháng 5",
	"ngày 8/10 đến 12, 13/10; hạn 26, 27 - 28/6; at 6:30 pm on October 1, 2021; Báo cáo 5.2021, 12-2019",
	"cuối giờ chiều 4/10, đầu giờ sáng thứ Hai, rạng sáng 5/10, cuối giờ sáng nay",
	"Chín tháng đầu năm 2021, sáu tháng cuối năm, ba tháng đầu năm nay, niên khóa 2020-2021, niên vụ 2021/2022",
	"Xế chiều 5/6, chập tối nay, chập choạng tối qua, giữa trưa 12/10, gần sáng 3/10, Đêm khuya 31/12, trưa muộn qua",
	"Ngày 12/10/2021 (thứ Ba), hôm nay (thứ Sáu, 15/10), năm kia, tuần trước nữa, tháng sau nữa, năm này năm kia",
	"năm Tân Sửu, Xuân Nhâm Dần, Tết Mậu Thân 1968, Tết Nguyên đán Quý Mão năm 2023, ông Đinh Dậu, kỷ niệm",
	"ngày hai mươi tháng mười, mồng năm tháng Giêng, mùng một Tết, ngày mười lăm, mùa giải 21/22, vào năm 97",
}

// corpusTexts are the press texts, the texts of the dev files and dispatchShapes, as written and
// folded.
func corpusTexts(t *testing.T) []string {
	t.Helper()
	texts := append(pressTexts(t), dispatchShapes...)
	files, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "dev-*.jsonl"))
	require.NoError(t, err)
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<22)
		for sc.Scan() {
			var d struct{ Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
			texts = append(texts, d.Text)
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	n := len(texts)
	for _, s := range texts[:n] {
		texts = append(texts, fold(s))
	}
	return texts
}

func TestDateDispatchMatchesEveryParserInOrder(t *testing.T) {
	x := newTestExtractor(t)
	texts := corpusTexts(t)
	tried, found := checkDispatch(t, x, texts)
	t.Logf("%d texts: %d tries, %d dates", len(texts), tried, found)
}

// TestDateDispatchOnMutatedDates runs the same comparison over the dates of the corpus, with a few
// tokens of context, mutated at random: a token replaced by a word, number or punctuation the date
// rules read, dropped, repeated, or glued to the one before. Shapes the press text lacks, near the
// ones it has.
func TestDateDispatchOnMutatedDates(t *testing.T) {
	x := newTestExtractor(t)
	pool := []string{"ba", "buổi", "bộ", "chín", "chính", "chủ", "cuối", "cách", "cùng", "của", "giải", "giờ",
		"giữa", "gần", "hiến", "hoặc", "hôm", "hơn", "hạ", "hết", "hệ", "học", "khi", "khoá", "khoảng", "khóa",
		"khỏi", "kia", "kì", "kỉ", "kỳ", "kỷ", "luật", "lần", "lịch", "mai", "muộn", "mùa", "mùng", "mồng", "mới",
		"nay", "ngoái", "ngày", "nhật", "những", "niên", "này", "năm", "nửa", "nữa", "phiên", "pháp", "phút", "qua",
		"quý", "rạng", "rằm", "rồi", "sau", "so", "sáng", "sáu", "sớm", "theo", "tháng", "thượng", "thập", "thế",
		"thứ", "trung", "trước", "tuần", "tài", "tư", "tại", "tết", "tối", "tới", "và", "về", "với", "vụ", "vừa",
		"âm", "đi", "đây", "đêm", "đó", "đấy", "đầu", "đến", "đời", "ở", "giêng", "chạp", "lúc", "vào", "từ",
		"trong", "số", "đường", "sang", "toi", "tu", "sn", "the", "on", "am", "pm", "a", "m", "p", "h", "g",
		"Hội", "nghị", "Luật", "Giêng", "Hai", "Năm", "Bảy", "Mười", "October", "May", "Friday", "Today", "this",
		"next", "week", "month", "year", "Việt", "Nam", "hom", "nam", "dau", "Q3", "H1", "14h30", "8h", "6am",
		"10g45", "XIX", "IV", "II", "1,5", "giai", "đoạn", "nhà", "người", "tỷ", "tuổi", "mạng", "cổ", "phiếu",
		"USA", "trưa", "chiều", "khuya", "rạng", "đây", "mấy", "vài"}
	for _, sw := range dateStartWords {
		pool = append(pool, sw.w)
	}
	pool = append(pool, "1", "2", "3", "4", "7", "9", "10", "11", "12", "13", "15", "23", "24", "29", "30", "31",
		"32", "00", "01", "06", "45", "59", "60", "90", "100", "360", "1944", "1990", "2000", "2016", "2020",
		"2021", "2022", "2025", "2100", "2200", "12345", "/", "-", "–", ".", ",", ":", "(", ")", "[", "]", "%",
		"\"", "“", "”", "+", ";")
	type tok struct {
		s     string
		space bool
	}
	// windows: every date the rules find in the corpus, three tokens either side
	var windows [][]tok
	for _, text := range corpusTexts(t) {
		for _, ref := range []string{"", "2021-10-04"} {
			d := doc{x: x, text: text, ref: day(ref)}
			d.prepare()
			x.dates.find(&d)
			for _, sp := range d.spans {
				var w []tok
				s := max(sp.s-3, 0)
				for k := s + 1; k <= sp.s; k++ {
					if d.toks[k].is(fLineStart) {
						s = k
					}
				}
				for k := s; k < sp.e+3 && k < len(d.toks); k++ {
					if k > sp.s && d.toks[k].is(fLineStart) {
						break
					}
					w = append(w, tok{d.word(k), d.toks[k].is(fSpaceBefore)})
				}
				windows = append(windows, w)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var texts []string
	for _, w := range windows {
		for range 12 {
			m := slices.Clone(w)
			for range 1 + rng.IntN(2) {
				k := rng.IntN(len(m))
				switch rng.IntN(6) {
				case 0, 1, 2:
					m[k].s = pool[rng.IntN(len(pool))]
				case 3:
					m = slices.Delete(m, k, k+1)
				case 4:
					m = slices.Insert(m, k, tok{pool[rng.IntN(len(pool))], rng.IntN(2) == 0})
				default:
					m[k].space = !m[k].space
				}
				if len(m) == 0 {
					break
				}
			}
			var b strings.Builder
			for k, tk := range m {
				if k > 0 && tk.space {
					b.WriteByte(' ')
				}
				b.WriteString(tk.s)
			}
			texts = append(texts, b.String())
		}
	}
	tried, found := checkDispatch(t, x, texts)
	t.Logf("%d windows, %d texts: %d tries, %d dates", len(windows), len(texts), tried, found)
}

// dayNumber counts days as time does.
func TestDayNumber(t *testing.T) {
	epoch := civil(1970, 1, 1)
	for y := -500; y <= 3000; y += 7 {
		for m := 1; m <= 12; m++ {
			for _, d := range []int{1, 15, 28, daysIn(m, y)} {
				want := int(civil(y, m, d).Sub(epoch).Hours() / 24)
				if y < 1700 || y > 2230 { // beyond what a time.Duration holds: compare with a nearer day
					want = dayNumber(y, 1, 1) + int(civil(y, m, d).Sub(civil(y, 1, 1)).Hours()/24)
					require.Equal(t, int(civil(y, 1, 1).Sub(civil(y-1, 1, 1)).Hours()/24), dayNumber(y, 1, 1)-dayNumber(y-1, 1, 1), "%d", y)
				}
				require.Equal(t, want, dayNumber(y, m, d), "%d-%d-%d", y, m, d)
			}
		}
	}
}
