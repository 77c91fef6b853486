// Copyright 2026 The vietner Authors. SPDX-License-Identifier: MIT

package entities

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vietner/vietner/normalize"
)

// pressTexts returns the bundled press text: the seed article and the 1,601 DANeS headlines with
// their leads, one document each.
func pressTexts(tb testing.TB) []string {
	tb.Helper()
	dir := filepath.Join("..", "testdata", "articles")
	seed, err := os.ReadFile(filepath.Join(dir, "bo-tttt-hiep-hoi-internet-2016-05-12.txt"))
	require.NoError(tb, err)
	out := []string{string(seed)}
	f, err := os.Open(filepath.Join(dir, "danes-2021-headlines.jsonl"))
	require.NoError(tb, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d struct{ Title, Description string }
		require.NoError(tb, json.Unmarshal(sc.Bytes(), &d))
		out = append(out, d.Title+"\n"+d.Description)
	}
	require.NoError(tb, sc.Err())
	return out
}

// totalBytes is the size of texts together, for b.SetBytes.
func totalBytes(texts []string) int {
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	return n
}

func newTestExtractor(tb testing.TB, opts ...Option) *Extractor {
	tb.Helper()
	x, err := New(opts...)
	require.NoError(tb, err)
	return x
}

// checkSpans asserts the invariants every result must keep: spans in bounds, on rune boundaries,
// ordered, and input[Start:End] normalizing to Text.
func checkSpans(t *testing.T, n normalize.Normalizer, input string, d Document) {
	t.Helper()
	prev := -1
	// Rune boundaries as a UTF-8 decoder stepping through the input sees them (an invalid byte is a
	// rune of its own), unless the normalizer read the input as a legacy encoding: then a byte is a
	// character and any byte offset is a boundary.
	boundary := make([]bool, len(input)+1)
	enc, _ := normalize.Detect([]byte(input))
	legacy := enc != normalize.UTF8 && enc != normalize.Auto
	for i := 0; i < len(input); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(input[i:])
		if legacy {
			n = 1
		}
		i += n
	}
	boundary[len(input)] = true
	for _, e := range d.Entities {
		require.True(t, 0 <= e.Start && e.Start <= e.End && e.End <= len(input), "span %d-%d out of bounds (len %d)", e.Start, e.End, len(input))
		require.True(t, boundary[e.Start], "start %d not on a rune boundary", e.Start)
		require.True(t, boundary[e.End], "end %d not on a rune boundary", e.End)
		require.GreaterOrEqual(t, e.Start, prev, "entities out of order")
		prev = e.Start
		if !legacy && utf8.ValidString(input) {
			// A span of legacy text or mojibake cannot be read on its own: only the whole text
			// says what encoding it is in.
			require.Equal(t, e.Text, strings.TrimSpace(n.String(input[e.Start:e.End])), "text of span %d-%d", e.Start, e.End)
		}
	}
}

func TestExtractSpansKeepInvariantsOnPressText(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range pressTexts(t) {
		checkSpans(t, x.norm, text, x.Extract(text))
	}
}

func TestExtractorIsSafeForConcurrentUse(t *testing.T) {
	x := newTestExtractor(t, WithReferenceDate(time.Date(2021, 10, 1, 0, 0, 0, 0, time.UTC)))
	texts := pressTexts(t)
	if testing.Short() {
		texts = texts[:200]
	}
	want := make([]Document, len(texts))
	for i, s := range texts {
		want[i] = x.Extract(s)
	}
	got := make([][]Document, 64)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := make([]Document, len(texts))
			// each goroutine walks the corpus from a different place
			for k := range texts {
				i := (k + g*31) % len(texts)
				res[i] = x.Extract(texts[i])
			}
			got[g] = res
		}()
	}
	wg.Wait()
	for g := range got {
		require.Equal(t, want, got[g], "goroutine %d", g)
	}
}

func TestExtractIsDeterministic(t *testing.T) {
	x := newTestExtractor(t)
	y := newTestExtractor(t)
	for _, s := range pressTexts(t)[:300] {
		assert.Equal(t, x.Extract(s), y.Extract(s))
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	_, err := New(WithTypes(Type(42)))
	assert.ErrorIs(t, err, ErrUnknownType)
	_, err = New(WithGazetteer(GazetteerEntry{Type: Date, Text: "hôm nay"}))
	assert.ErrorIs(t, err, ErrBadGazetteer)
	_, err = New(WithGazetteer(GazetteerEntry{Type: Person}))
	assert.ErrorIs(t, err, ErrBadGazetteer)
	_, err = New(WithGazetteer(GazetteerEntry{Type: Organization, Text: "VNNIC"}, GazetteerEntry{Type: Location, Text: " \u00a0– "}))
	assert.ErrorIs(t, err, ErrBadGazetteer, "an entry with no letter or digit names nothing")
	assert.ErrorContains(t, err, "entry 1 (LOCATION", "the error names the entry")
}

func TestWithTypesReportsOnlyThoseTypes(t *testing.T) {
	x := newTestExtractor(t, WithTypes(Date, Location))
	for _, s := range pressTexts(t)[:300] {
		for _, e := range x.Extract(s).Entities {
			assert.Contains(t, []Type{Date, Location}, e.Type)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Chiều ngày 12/05, tại trụ sở Bộ, đồng chí Trương Minh Tuấn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ TT&TT đã chủ trì buổi làm việc.",
		"HLV Park Hang-seo gặp ông Kim Jong-un tại TP.HCM ngày 4/10/2021.",
		"Ba\xf9o Th\xber ng\xe0y 1",
		"B¶o Th¾ng, UBND tØnh",
		"ho\u0300a\u0301 \u0301\u0302a",
		"",
		"....!!!?",
	} {
		f.Add(s)
	}
	x, err := New(WithReferenceDate(time.Date(2021, 10, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := x.Extract(s)
		checkSpans(t, x.norm, s, d)
		require.Equal(t, d, x.Extract(s), "same input, same output")
	})
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkExtract(b *testing.B, opts ...Option) {
	x := newTestExtractor(b, opts...)
	texts := pressTexts(b)
	b.SetBytes(int64(totalBytes(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			x.Extract(s)
		}
	}
}

// BenchmarkExtract is the whole pipeline over the bundled press text (normalize, every recognizer,
// linking, offsets).
func BenchmarkExtract(b *testing.B) { benchmarkExtract(b) }

// BenchmarkExtractPathological runs inputs built to defeat greedy rules: a megabyte of capitalized
// words with no punctuation, a 10 MB single line of press text, and a megabyte with no space at all
// whose every word has its tone moved (each asks whether it is part of an address). Throughput should
// match the normal pipeline's (linear time).
func BenchmarkExtractPathological(b *testing.B) {
	x := newTestExtractor(b)
	var caps strings.Builder
	for caps.Len() < 1<<20 {
		caps.WriteString("Nguyễn Văn Bộ Trưởng Công Ty Hà Nội Ngày Tháng ")
	}
	press := strings.Join(pressTexts(b), " ")
	var line strings.Builder
	for line.Len() < 10<<20 {
		line.WriteString(strings.ReplaceAll(press, "\n", " "))
	}
	nospace := strings.Repeat("hoà.thuỷ-", 1<<20/len("hoà.thuỷ-"))
	for _, c := range []struct{ name, text string }{{"capitalized-1MB", caps.String()}, {"single-line-10MB", line.String()}, {"no-spaces-1MB", nospace}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				x.Extract(c.text)
			}
		})
	}
}

func TestPeopleOfTheSeedArticle(t *testing.T) {
	x := newTestExtractor(t)
	d := x.ExtractAt(pressTexts(t)[0], time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC))
	got := map[string][]string{}
	for _, p := range d.People() {
		for _, ti := range p.Titles {
			got[p.Name] = append(got[p.Name], ti.Text)
		}
	}
	assert.Equal(t, map[string][]string{
		"Trương Minh Tuấn": {"Ủy viên Trung ương Đảng", "Bộ trưởng Bộ TT&TT"},
		"Nguyễn Viết Thế":  {"Phó Chủ tịch thường trực Hiệp hội Internet Việt Nam"},
	}, got)
}

func TestSeedArticleDatesWithoutDiacritics(t *testing.T) {
	x := newTestExtractor(t)
	text := normalize.Fold(pressTexts(t)[0])
	var got []string
	for _, e := range x.ExtractAt(text, time.Date(2016, 5, 12, 0, 0, 0, 0, time.UTC)).OfType(Date) {
		got = append(got, e.Text+"="+e.Value)
	}
	assert.Equal(t, []string{"Chieu ngay 12/05=2016-05-12TAF", "nam 2015 - 2016=2015/2016", "Quy III=2016-Q3", "Quy IV=2016-Q4"}, got)
}

// BenchmarkNFCYardstick is x/text's NFC over the same press text as BenchmarkExtract: the yardstick
// that speed figures on a shared machine are quoted against.
func BenchmarkNFCYardstick(b *testing.B) {
	texts := pressTexts(b)
	b.SetBytes(int64(totalBytes(texts)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			norm.NFC.String(s)
		}
	}
}

// BenchmarkExtractRatioToNFC runs Extract and norm.NFC.String over the same press texts, interleaved
// round by round (each warmed once, then timed), and reports the median of each in MB/s and Extract's
// speed as a fraction of NFC's: on a shared machine, where both move with the load, the ratio holds
// better than two benchmarks run one after the other. "MB/s@NFC150" is Extract's speed on a machine
// whose NFC runs at 150 MB/s (this one's when it is quiet).
//
//	go test -run '^$' -bench ExtractRatioToNFC -benchtime 15x ./entities
func BenchmarkExtractRatioToNFC(b *testing.B) {
	x := newTestExtractor(b)
	texts := pressTexts(b)
	size := float64(totalBytes(texts))
	extract := func() {
		for _, s := range texts {
			x.Extract(s)
		}
	}
	nfc := func() {
		for _, s := range texts {
			norm.NFC.String(s)
		}
	}
	var te, tn []float64
	timed := func(f func()) float64 {
		f()
		start := time.Now()
		f()
		return time.Since(start).Seconds()
	}
	for b.Loop() {
		tn = append(tn, timed(nfc))
		te = append(te, timed(extract))
	}
	median := func(v []float64) float64 { slices.Sort(v); return v[len(v)/2] }
	e, n := size/median(te)/1e6, size/median(tn)/1e6
	b.ReportMetric(e, "extract-MB/s")
	b.ReportMetric(n, "nfc-MB/s")
	b.ReportMetric(e/n, "Extract/NFC")
	b.ReportMetric(150*e/n, "MB/s@NFC150")
}

// TestMatchingAllocatesNothingPerToken: allocations grow with the entities found and the
// document, never with the tokens the rules look at. A text with no entity and 100 times as many
// tokens costs only the few more allocations of buffers that double as they grow.
func TestMatchingAllocatesNothingPerToken(t *testing.T) {
	x := newTestExtractor(t)
	phrase := "những ngày qua nhiều người dân đã đến đây để xem và mua sắm, giá cả vẫn ổn định. "
	small := strings.Repeat(phrase, 5)
	large := strings.Repeat(phrase, 500)
	require.Empty(t, x.Extract(small).Entities)
	require.Empty(t, x.Extract(large).Entities)
	a := testing.AllocsPerRun(20, func() { x.Extract(small) })
	b := testing.AllocsPerRun(20, func() { x.Extract(large) })
	assert.Less(t, b-a, 20.0, "allocations per call: %v for %d tokens, %v for %d", a, 5*19, b, 500*19)
}

// TestDocumentsOwnTheirStrings extracts every press text, then extracts them all again (reusing the
// scratch buffers), and checks that the first Documents did not change: no string in a Document may
// view memory that a later call writes.
func TestDocumentsOwnTheirStrings(t *testing.T) {
	x := newTestExtractor(t)
	texts := pressTexts(t)
	docs := make([]Document, len(texts))
	snap := make([]string, len(texts))
	for i, s := range texts {
		docs[i] = x.Extract(s)
		snap[i] = fmt.Sprintf("%+v", docs[i])
	}
	for i := len(texts) - 1; i >= 0; i-- {
		x.Extract(strings.ToUpper(texts[i]))
		x.Extract(texts[i])
	}
	for i := range docs {
		require.Equal(t, snap[i], fmt.Sprintf("%+v", docs[i]), "document %d changed after later calls", i)
	}
}

// TestToneAndEncodingOptions checks the two normalize options an Extractor takes: the tone style of
// the canonical Text it reports, and a legacy encoding named instead of detected.
func TestToneAndEncodingOptions(t *testing.T) {
	x, err := New(WithTone(normalize.ToneNew))
	require.NoError(t, err)
	var locs []string
	for _, e := range x.Extract("Mưa lớn ở tỉnh Khánh Hòa.").OfType(Location) {
		locs = append(locs, e.Text)
	}
	assert.Equal(t, []string{"tỉnh Khánh Hoà"}, locs, "new-style tones in Text")

	x, err = New(WithEncoding(normalize.TCVN3))
	require.NoError(t, err)
	in := "Hîp t¸c víi ViÖt Nam" // TCVN3 as mojibake: "Hợp tác với Việt Nam"
	got := x.Extract(in).OfType(Location)
	require.Len(t, got, 1)
	assert.Equal(t, "Việt Nam", got[0].Text)
	assert.Equal(t, "ViÖt Nam", in[got[0].Start:got[0].End], "offsets into the input as given")

	// The named encoding is the input's only: the lexicons (bundled and the caller's, UTF-8) still
	// match, so TCVN3 text gives what the same text in UTF-8 gives (before, surnames, gazetteer names
	// and cue words with diacritics were decoded as TCVN3 too and matched nothing).
	gaz := WithGazetteer(GazetteerEntry{Type: Organization, Text: "Sở Tư pháp"})
	utf8 := "Ông Lê Văn Nam đến Sở Tư pháp Hà Nội. Bà Trần Thị Hoa, Phó Giám đốc Sở, cho biết."
	in = "\xa4ng L\xaa V\xa8n Nam \xae\xd5n S\xeb T\xad ph\xb8p H\xb5 N\xe9i. B\xb5 Tr\xc7n Th\xde Hoa, Ph\xe3 Gi\xb8m \xae\xe8c S\xeb, cho bi\xd5t."
	x, err = New(WithEncoding(normalize.TCVN3), gaz)
	require.NoError(t, err)
	require.Equal(t, utf8, x.norm.String(in))
	y, err := New(gaz)
	require.NoError(t, err)
	texts := func(d Document) (s []string) {
		for _, e := range d.Entities {
			s = append(s, e.Type.String()+" "+e.Text)
		}
		return s
	}
	want := texts(y.Extract(utf8))
	assert.Contains(t, want, "ORGANIZATION Sở Tư pháp Hà Nội")
	assert.Equal(t, want, texts(x.Extract(in)))
}

// TestSortSpansIsStable checks sortSpans against slices.SortStableFunc on spans with many ties, in
// both of resolve's orders, below and above the size at which it stops sorting by insertion.
func TestSortSpansIsStable(t *testing.T) {
	byLength := func(a, b *span) int {
		if la, lb := a.e-a.s, b.e-b.s; la != lb {
			return lb - la
		}
		return priority[b.typ] - priority[a.typ]
	}
	byStart := func(a, b *span) int { return a.s - b.s }
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 80 {
		sp := make([]span, n)
		for i := range sp {
			s := rng.IntN(10)
			sp[i] = span{typ: Type(1 + rng.IntN(5)), s: s, e: s + 1 + rng.IntN(3), ref: int32(i)}
		}
		for _, cmp := range []func(a, b *span) int{byLength, byStart} {
			got, want := slices.Clone(sp), slices.Clone(sp)
			sortSpans(got, cmp)
			slices.SortStableFunc(want, func(a, b span) int { return cmp(&a, &b) })
			require.Equal(t, want, got, "%d spans", n)
		}
	}
}
